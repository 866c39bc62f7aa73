// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Versus {

// Text for a tooltip. It is here, beside the model, because the model's Qt::ToolTipRole gives it
// and every item view shows that role as it is.
class ToolTip
{
public:
    // A tooltip showing `plain` as it is. QToolTip takes text that looks like HTML for HTML (a
    // name "<img src=...>" would load a file); this is escaped HTML, which also wraps when long.
    static QString html(const QString &plain);
};

} // namespace Versus
