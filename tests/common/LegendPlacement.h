// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartText.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <initializer_list>

// A chart laid out as a title, a plot and its legend under it, read from its texts: the plot is
// the rectangle `plot` together with the texts of `plotKinds` (its labels). Shared by the tests
// of the radar and the bar chart, which keep their legend with the plot.
namespace LegendPlacement {

using namespace Qt::StringLiterals;

// Empty when the legend starts under the plot, at most two lines of its text below it, and the
// plot and legend together sit centred between the title and the bottom edge (within three
// lines); else what is wrong, in words.
inline QString check(const QList<Versus::ChartText> &texts, QRectF plot,
                     std::initializer_list<Versus::ChartText::Kind> plotKinds, qreal height)
{
    using Kind = Versus::ChartText::Kind;
    qreal plotTop = plot.top();
    qreal plotBottom = plot.bottom();
    qreal legendTop = height;
    qreal bottom = 0;
    qreal titleBottom = 0;
    qreal pixelSize = 0;
    for (const Versus::ChartText &text : texts) {
        if (std::find(plotKinds.begin(), plotKinds.end(), text.kind) != plotKinds.end()) {
            plotBottom = qMax(plotBottom, text.rect.bottom());
            plotTop = qMin(plotTop, text.rect.top());
        } else if (text.kind == Kind::Legend) {
            legendTop = qMin(legendTop, text.rect.top());
            pixelSize = text.font.pixelSize();
            bottom = qMax(bottom, text.rect.bottom());
        } else if (text.kind == Kind::Title) {
            titleBottom = qMax(titleBottom, text.rect.bottom());
        } else {
            bottom = qMax(bottom, text.rect.bottom());
        }
    }
    if (pixelSize <= 0)
        return u"no legend"_s;
    const qreal space = legendTop - plotBottom;
    if (space < 0)
        return u"the legend is %1 px into the plot"_s.arg(-space);
    if (space > 2 * pixelSize)
        return u"%1 px between the plot (bottom at %2) and the legend (top at %3), %4 text lines"_s
            .arg(space)
            .arg(plotBottom)
            .arg(legendTop)
            .arg(space / pixelSize, 0, 'f', 1);
    const qreal above = plotTop - titleBottom;
    const qreal below = height - bottom;
    if (qAbs(above - below) > 3 * pixelSize)
        return u"%1 px above the plot, %2 px under the legend"_s.arg(above).arg(below);
    return {};
}

} // namespace LegendPlacement
