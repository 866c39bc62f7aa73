// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartLegend.h"
#include "ChartText.h"

#include <QList>
#include <QPointF>

#include <functional>

namespace Versus {

struct Metric;

// Where a radar chart's parts go: the direction of each spoke, the largest circle whose spoke
// labels fit around it, and the ring numbers, placed where nothing drawn on the plot can be.
class RadarGeometry
{
public:
    // The unit vector of a spoke: spoke 0 points up, the others follow clockwise, as Qt's polar
    // chart draws them.
    static QPointF direction(int metric, int metrics);

    // Lays the metrics' names out around the largest circle centred in `area` whose names all
    // fit in it, each outward from the end of its spoke, wrapped between words; appends them to
    // `texts` and returns the circle's radius.
    static qreal placeSpokeLabels(const QList<Metric> &metrics, const QRectF &area, qreal pixelSize,
                                  const QColor &color, QList<ChartText> *texts);

    // A circle limited by the chart's narrow side leaves room around it along the long side,
    // which the legend, placed at the far edge of `area`, would have between it and the plot.
    // They keep together instead, centred in that room: the legend (and, below, the note under
    // it) moves towards the plot by half of it, the plot (`circle` and the spoke labels, texts
    // from `firstLabel` on) towards the legend by the rest. Returns how far the plot moved.
    static QPointF keepWithLegend(const QRectF &area, const QRectF &circle, bool beside,
                                  qsizetype firstLabel, QList<ChartText> *texts,
                                  QList<ChartLegend::Swatch> *swatches);

    // Numbers the rings halfway between the first two spokes, where no vertex can be, on a
    // patch of the background; a number that would touch what `blocked` says is drawn there
    // (a vertex, a range's whisker) or another number is left out. Only when every metric has
    // the same number of levels: otherwise a number would mean different levels on different
    // spokes.
    static void placeRingNumbers(const QList<Metric> &metrics, const QPointF &center, qreal radius,
                                 qreal pixelSize, const QColor &color,
                                 const std::function<bool(const QRectF &)> &blocked,
                                 QList<ChartText> *texts);
};

} // namespace Versus
