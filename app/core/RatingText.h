// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QString>

namespace Versus {

// How a rating reads, wherever it is shown: the one line that names it, the cell's text and its
// tooltip. Kept out of the model, which hands these texts to its views through roles. The texts
// are translated in FrameworkModel's context, where they were first.
namespace RatingText {

// "Theano — Scalability: High (4 of 5)", or "… : Not rated".
QString summary(const Framework &framework, const Metric &metric);
// "High", "High, 2–5" for a ranged rating, or "Not rated".
QString cell(const Metric &metric, const Rating *rating);
// The summary, the range in words, whether it is unsourced, each rater's score (`raters`: the
// data set's) and the note: plain text.
QString toolTip(const Framework &framework, const Metric &metric, const QStringList &raters);
// A merged rating's votes, one a line, named by `raters` in their order: "Ann: High (4)", or
// "Bo: not rated". Empty when the rating has no votes. The raters' notes are in its note.
QString votes(const Metric &metric, const Rating &rating, const QStringList &raters);
// Whether the raters of a merged rating are two levels or more apart.
bool disagreement(const Rating *rating);

} // namespace RatingText

} // namespace Versus
