// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"
#include "ModelRoles.h"

#include <QString>
#include <QVariant>

namespace Versus {

// How a framework's facts read, wherever they are shown: a fact's name and its value as the
// table shows it and as an editor takes it. Like RatingText, kept out of the model and
// translated in FrameworkModel's context, where the texts were first.
namespace FactText {

// "Developer", "First release", …
QString name(Fact fact);
// The value as text: "2015", "Python, C++"; empty when the framework has none.
QString display(const Framework &framework, Fact fact);
// The value as an editor takes it: a year as a number (invalid when absent), else the text.
QVariant edit(const Framework &framework, Fact fact);

} // namespace FactText

} // namespace Versus
