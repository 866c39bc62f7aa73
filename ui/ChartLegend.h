// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartText.h"

#include <QList>
#include <QStringList>

namespace Versus {

// A chart's legend: a swatch and a name per entry, in a grid. Below the plot it has as many
// columns as fit across the area; beside it, one column at the area's right edge. A long name
// wraps (at most three lines), none is shortened otherwise.
class ChartLegend
{
public:
    struct Entry
    {
        QString key; // a framework's id (a metric's in the score chart)
        QString label;
        QColor color;
    };
    struct Swatch
    {
        QRectF rect;
        QColor color;
        QString key;
    };

    ChartLegend(const QList<Entry> &entries, const QRectF &area, bool beside, qreal pixelSize);

    // The room it takes (empty without entries).
    QSizeF size() const { return m_size; }
    // Places it (below: centred at the bottom of the area; beside: at the right edge, centred
    // vertically), appends its texts and swatches, and returns the rectangle it takes.
    QRectF place(const QColor &textColor, QList<ChartText> *texts, QList<Swatch> *swatches) const;

private:
    QList<Entry> m_entries;
    QStringList m_labels; // as drawn: within three lines
    QRectF m_area;
    bool m_beside;
    qreal m_pixelSize;
    QFont m_font;
    int m_columns = 1;
    qreal m_columnWidth = 0; // swatch and name
    QList<QSizeF> m_names;   // each name's wrapped size
    QList<qreal> m_rowHeights;
    QSizeF m_size;
};

} // namespace Versus
