// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarRanges.h"

#include "RadarGeometry.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>

namespace Versus {

void RadarRanges::layout(const QList<Range> &ranges, const QPointF &center, qreal radius,
                         int metrics, qreal scale)
{
    m_whiskers.clear();
    const auto drawn = [metrics](const Range &range) {
        return range.metric >= 0 && range.metric < metrics && range.levels > 0 &&
               range.high > range.low;
    };
    QList<int> perMetric(std::max(0, metrics), 0); // how many whiskers share each spoke
    for (const Range &range : ranges)
        if (drawn(range))
            ++perMetric[range.metric];
    QList<int> placed(perMetric.size(), 0);
    for (const Range &range : ranges) {
        if (!drawn(range))
            continue;
        const QPointF along = RadarGeometry::direction(range.metric, metrics);
        const QPointF across(-along.y(), along.x());
        // Centred on the spoke: a lone whisker runs along it, through the vertex.
        const int count = perMetric.at(range.metric);
        const qreal spacing = Spacing * scale;
        Whisker whisker;
        whisker.frameworkId = range.frameworkId;
        whisker.metric = range.metric;
        whisker.low = range.low;
        whisker.high = range.high;
        whisker.offset = (placed[range.metric]++ - (count - 1) / 2.0) * spacing;
        whisker.width = Width * scale;
        // Side by side, the cross-bars and dots stay within the whisker's lane.
        whisker.cap = count > 1 ? spacing - scale : CapLength * scale;
        whisker.dot = count > 1 ? spacing / 2 : DotRadius * scale;
        const QPointF base = center + across * whisker.offset;
        whisker.line = QLineF(base + along * (radius * range.low / range.levels),
                              base + along * (radius * range.high / range.levels));
        whisker.score = base + along * (radius * range.score / range.levels);
        m_whiskers << whisker;
    }
}

bool RadarRanges::touches(const QRectF &rect) const
{
    for (const Whisker &whisker : m_whiskers) {
        QPainterPath path(whisker.line.p1());
        path.lineTo(whisker.line.p2());
        QPainterPathStroker stroker;
        stroker.setWidth(std::max({whisker.width + 2, whisker.cap, 2 * whisker.dot + 2}));
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
        const QPointF across = QPointF(-unit.y(), unit.x()) * (whisker->cap / 2);
        const QList<QLineF> strokes{line, QLineF(line.p1() - across, line.p1() + across),
                                    QLineF(line.p2() - across, line.p2() + across)};
        const QColor own = color(whisker->frameworkId);
        QColor halo = background;
        halo.setAlphaF(own.alphaF() * 0.9f);
        painter->setPen(QPen(halo, whisker->width + 2, Qt::SolidLine, Qt::SquareCap));
        painter->drawLines(strokes);
        painter->setPen(QPen(own, whisker->width, Qt::SolidLine, Qt::FlatCap));
        painter->drawLines(strokes);
        painter->setPen(QPen(halo, 1));
        painter->setBrush(own);
        painter->drawEllipse(whisker->score, whisker->dot, whisker->dot);
    }
    painter->restore();
}

} // namespace Versus
