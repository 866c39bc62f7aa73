// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarRanges.h"

#include "RadarGeometry.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>

namespace Versus {

void RadarRanges::layout(const QList<Range> &ranges, const QPointF &center, qreal radius,
                         int metrics)
{
    m_whiskers.clear();
    m_perMetric = QList<int>(std::max(0, metrics), 0);
    for (const Range &range : ranges)
        if (range.metric >= 0 && range.metric < metrics && range.levels > 0 &&
            range.high > range.low)
            ++m_perMetric[range.metric];
    QList<int> placed(m_perMetric.size(), 0);
    for (const Range &range : ranges) {
        if (range.metric < 0 || range.metric >= metrics || range.levels <= 0 ||
            range.high <= range.low)
            continue;
        const QPointF along = RadarGeometry::direction(range.metric, metrics);
        const QPointF across(-along.y(), along.x());
        // Centred on the spoke: a lone whisker runs along it, through the vertex.
        const int count = m_perMetric.at(range.metric);
        const qreal offset = (placed[range.metric]++ - (count - 1) / 2.0) * Spacing;
        const QPointF base = center + across * offset;
        Whisker whisker;
        whisker.frameworkId = range.frameworkId;
        whisker.metric = range.metric;
        whisker.low = range.low;
        whisker.high = range.high;
        whisker.line = QLineF(base + along * (radius * range.low / range.levels),
                              base + along * (radius * range.high / range.levels));
        whisker.score = base + along * (radius * range.score / range.levels);
        m_whiskers << whisker;
    }
}

qreal RadarRanges::capLength(const Whisker &whisker) const
{
    // Side by side, the cross-bars would join into one: they stay within the whisker's lane.
    return m_perMetric.value(whisker.metric) > 1 ? Spacing - 1 : CapLength;
}

qreal RadarRanges::dotRadius(const Whisker &whisker) const
{
    // As large as a vertex alone; side by side, within the whisker's lane.
    return m_perMetric.value(whisker.metric) > 1 ? Spacing / 2 : 4.5;
}

bool RadarRanges::touches(const QRectF &rect) const
{
    for (const Whisker &whisker : m_whiskers) {
        QPainterPath path(whisker.line.p1());
        path.lineTo(whisker.line.p2());
        QPainterPathStroker stroker;
        stroker.setWidth(std::max({Width + 2, capLength(whisker), 2 * dotRadius(whisker) + 2}));
        stroker.setCapStyle(Qt::SquareCap);
        if (stroker.createStroke(path).intersects(rect))
            return true;
    }
    return false;
}

void RadarRanges::paint(QPainter *painter, const std::function<QColor(const QString &)> &color,
                        const QColor &background, const QString &onTop) const
{
    QList<const Whisker *> order;
    for (const Whisker &whisker : m_whiskers)
        if (whisker.frameworkId != onTop)
            order << &whisker;
    for (const Whisker &whisker : m_whiskers)
        if (whisker.frameworkId == onTop)
            order << &whisker;
    painter->save();
    for (const Whisker *whisker : order) {
        const QLineF &line = whisker->line;
        const QPointF unit =
            line.length() > 0 ? (line.p2() - line.p1()) / line.length() : QPointF(0, -1);
        const QPointF across = QPointF(-unit.y(), unit.x()) * (capLength(*whisker) / 2);
        const QList<QLineF> strokes{line, QLineF(line.p1() - across, line.p1() + across),
                                    QLineF(line.p2() - across, line.p2() + across)};
        const QColor own = color(whisker->frameworkId);
        QColor halo = background;
        halo.setAlphaF(own.alphaF() * 0.9f);
        painter->setPen(QPen(halo, Width + 2, Qt::SolidLine, Qt::SquareCap));
        painter->drawLines(strokes);
        painter->setPen(QPen(own, Width, Qt::SolidLine, Qt::FlatCap));
        painter->drawLines(strokes);
        painter->setPen(QPen(halo, 1));
        painter->setBrush(own);
        painter->drawEllipse(whisker->score, dotRadius(*whisker), dotRadius(*whisker));
    }
    painter->restore();
}

} // namespace Versus
