// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarGeometry.h"

#include "DataSet.h"
#include "TextFit.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

constexpr int MaxLines = 4;

} // namespace

QPointF RadarGeometry::direction(int metric, int metrics)
{
    const qreal angle = 2 * std::numbers::pi * metric / std::max(1, metrics);
    return {std::sin(angle), -std::cos(angle)};
}

qreal RadarGeometry::placeSpokeLabels(const QList<Metric> &metrics, const QRectF &area,
                                      qreal pixelSize, const QColor &color, QList<ChartText> *texts)
{
    const int count = int(metrics.size());
    const QFont labelFont = TextFit::font(pixelSize);
    // A long name wraps at this width, onto as many lines as it needs.
    qreal limit = std::clamp(area.width() * 0.22, pixelSize * 5, pixelSize * 12);
    // Never narrower than its longest word: a name breaks between words, not inside one.
    const QFontMetricsF labelMetrics(labelFont);
    for (const Metric &metric : metrics)
        for (const QString &word : metric.name.split(u' ', Qt::SkipEmptyParts))
            limit = std::max(limit, std::min(std::ceil(labelMetrics.horizontalAdvance(word)) + 1,
                                             area.width() / 3));
    QList<QSizeF> sizes;
    QStringList names;
    for (const Metric &metric : metrics) {
        names << TextFit::withinLines(metric.name, labelFont, limit, MaxLines);
        sizes << TextFit::wrappedSize(names.last(), labelFont, limit);
    }
    const qreal gap = pixelSize * 0.6;
    const QPointF center = area.center();
    const auto rects = [&](qreal radius) {
        QList<QRectF> result;
        for (int i = 0; i < count; ++i) {
            const QPointF toward = direction(i, count);
            const QPointF anchor = center + toward * (radius + gap);
            // Placed outward from the end of its spoke: above the top one, left of the left one,
            // at a corner for a spoke between.
            const QSizeF size = sizes.at(i);
            const QPointF middle =
                anchor + QPointF(toward.x() * size.width() / 2, toward.y() * size.height() / 2);
            result << QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
        }
        return result;
    };
    const auto fits = [&](qreal radius) {
        for (const QRectF &rect : rects(radius))
            if (!area.contains(rect))
                return false;
        return true;
    };
    // The largest circle whose labels all fit in the area.
    qreal low = 0;
    qreal high = std::max(0.0, std::min(area.width(), area.height()) / 2);
    if (fits(high))
        low = high;
    for (int step = 0; step < 24 && high - low > 0.25; ++step) {
        const qreal middle = (low + high) / 2;
        (fits(middle) ? low : high) = middle;
    }
    const qreal radius = std::floor(low);
    const QList<QRectF> placed = rects(radius);
    for (int i = 0; i < count; ++i) {
        ChartText text;
        text.kind = ChartText::Kind::SpokeLabel;
        text.text = names.at(i);
        text.font = labelFont;
        text.color = color;
        text.flags = Qt::AlignCenter | TextFit::WrapFlags;
        text.rect = placed.at(i);
        text.key = metrics.at(i).id;
        *texts << text;
    }
    return radius;
}

QPointF RadarGeometry::keepWithLegend(const QRectF &area, const QRectF &circle, bool beside,
                                      qsizetype firstLabel, QList<ChartText> *texts,
                                      QList<ChartLegend::Swatch> *swatches)
{
    QRectF block = circle;
    for (qsizetype i = firstLabel; i < texts->size(); ++i)
        block |= texts->at(i).rect;
    const qreal slack = beside ? area.width() - block.width() : area.height() - block.height();
    if (slack <= 0)
        return {};
    const QPointF plotBy = beside ? QPointF(area.left() + slack / 2 - block.left(), 0)
                                  : QPointF(0, area.top() + slack / 2 - block.top());
    const QPointF legendBy = beside ? QPointF(-slack / 2, 0) : QPointF(0, -slack / 2);
    for (qsizetype i = 0; i < texts->size(); ++i) {
        ChartText &text = (*texts)[i];
        if (i >= firstLabel)
            text.rect.translate(plotBy);
        else if (text.kind == ChartText::Kind::Legend ||
                 (!beside && text.kind == ChartText::Kind::Note))
            text.rect.translate(legendBy);
    }
    for (ChartLegend::Swatch &swatch : *swatches)
        swatch.rect.translate(legendBy);
    return plotBy;
}

void RadarGeometry::placeRingNumbers(const QList<Metric> &metrics, const QPointF &center,
                                     qreal radius, qreal pixelSize, const QColor &color,
                                     const std::function<bool(const QRectF &)> &blocked,
                                     QList<ChartText> *texts)
{
    if (metrics.isEmpty())
        return;
    const int levels = metrics.front().levelCount();
    for (const Metric &metric : metrics)
        if (metric.levelCount() != levels)
            return;
    // Halfway between the first two spokes, where no vertex can be: each number on its ring,
    // on a patch of the background that keeps it readable over a polygon's line.
    const qreal angle = std::numbers::pi / std::max<qsizetype>(2, metrics.size());
    const QPointF toward(std::sin(angle), -std::cos(angle));
    const QFont numberFont = TextFit::font(std::max(TextFit::MinPixelSize, pixelSize * 0.85));
    const QFontMetricsF metricsOfFont(numberFont);
    QList<QRectF> placed;
    for (int level = 1; level <= levels; ++level) {
        const QString number = QString::number(level);
        const QSizeF size(metricsOfFont.horizontalAdvance(number) + 4, metricsOfFont.height());
        const QPointF at = center + toward * (radius * level / levels);
        const QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
        // In a small plot the inner numbers would touch a vertex or each other: left out.
        if (blocked(rect) || std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &other) {
                return rect.intersects(other);
            }))
            continue;
        placed << rect;
        ChartText text;
        text.kind = ChartText::Kind::RingNumber;
        text.text = number;
        text.font = numberFont;
        text.color = color;
        text.flags = Qt::AlignCenter;
        text.rect = rect;
        text.backed = true;
        *texts << text;
    }
}

} // namespace Versus
