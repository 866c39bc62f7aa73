// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartLegend.h"

#include "TextFit.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace Versus {

namespace {

// A legend entry: a square swatch, a gap, the name; entries this far apart.
constexpr qreal SwatchShare = 0.9; // of the text's pixel size
// The widest a legend name may be, of the chart's width: beside the plot, and below it.
constexpr qreal NameShareBeside = 0.28;
constexpr qreal NameShareBelow = 0.45;

} // namespace

ChartLegend::ChartLegend(const QList<Entry> &entries, const QRectF &area, bool beside,
                         qreal pixelSize)
    : m_entries(entries), m_area(area), m_beside(beside), m_pixelSize(pixelSize),
      m_font(TextFit::font(pixelSize))
{
    if (entries.isEmpty())
        return;
    const qreal nameLimit =
        std::max(pixelSize * 6, area.width() * (beside ? NameShareBeside : NameShareBelow));
    for (const Entry &entry : entries)
        m_labels << TextFit::withinLines(entry.label, m_font, nameLimit, 3);
    const qreal swatch = pixelSize * SwatchShare;
    const qreal gap = pixelSize * 0.5;
    const qreal spacing = pixelSize * 1.2; // between columns
    qreal widest = 0;
    // Measured as drawn, not by advance: a name exactly as wide would otherwise wrap.
    for (const QString &label : m_labels)
        widest = std::max(widest, TextFit::wrappedSize(label, m_font, 1e6).width());
    const qreal nameWidth = std::min(std::ceil(widest) + 2, nameLimit);
    m_columnWidth = swatch + gap + nameWidth;
    const int count = int(m_labels.size());
    if (!beside)
        m_columns = std::clamp(int((area.width() + spacing) / (m_columnWidth + spacing)), 1,
                               std::max(1, count));
    for (const QString &label : m_labels)
        m_names << TextFit::wrappedSize(label, m_font, nameWidth);
    const int rows = (count + m_columns - 1) / m_columns;
    qreal height = 0;
    for (int r = 0; r < rows; ++r) {
        qreal rowHeight = 0;
        for (int c = 0; c < m_columns && r * m_columns + c < count; ++c)
            rowHeight = std::max(rowHeight, m_names.at(r * m_columns + c).height());
        m_rowHeights << rowHeight;
        height += rowHeight + (r > 0 ? gap * 0.6 : 0);
    }
    m_size = QSizeF(m_columns * m_columnWidth + (m_columns - 1) * spacing, height);
}

QRectF ChartLegend::place(const QColor &textColor, QList<ChartText> *texts,
                          QList<Swatch> *swatches) const
{
    if (m_entries.isEmpty())
        return {};
    const qreal swatch = m_pixelSize * SwatchShare;
    const qreal gap = m_pixelSize * 0.5;
    const qreal spacing = m_pixelSize * 1.2;
    const QPointF origin =
        m_beside
            ? QPointF(m_area.right() - m_size.width(), m_area.center().y() - m_size.height() / 2)
            : QPointF(m_area.center().x() - m_size.width() / 2, m_area.bottom() - m_size.height());
    const qreal firstLine = QFontMetricsF(m_font).height();
    qreal y = origin.y();
    for (int r = 0; r < m_rowHeights.size(); ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const int i = r * m_columns + c;
            if (i >= m_entries.size())
                break;
            const qreal x = origin.x() + c * (m_columnWidth + spacing);
            *swatches << Swatch{QRectF(x, y + (firstLine - swatch) / 2, swatch, swatch),
                                m_entries.at(i).color, m_entries.at(i).key};
            ChartText text;
            text.kind = ChartText::Kind::Legend;
            text.text = m_labels.at(i);
            text.font = m_font;
            text.color = textColor;
            text.flags = Qt::AlignLeft | Qt::AlignTop | TextFit::WrapFlags;
            text.rect = QRectF(QPointF(x + swatch + gap, y), m_names.at(i));
            text.key = m_entries.at(i).key;
            *texts << text;
        }
        y += m_rowHeights.at(r) + gap * 0.6;
    }
    return QRectF(origin, m_size);
}

} // namespace Versus
