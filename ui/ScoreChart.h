// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartDrawing.h"

#include <optional>

namespace Versus {

// The weighted score as stacked horizontal bars: one per plotted framework, best first, each
// segment one metric's weighted contribution (a metric weighted 0 has none), the total at the
// end, a partial score marked "*" as in the table. It follows the weights as they change.
// The legend lists the metrics; a click on one leaves its segments empty, outlined.
class ScoreChart : public ChartDrawing
{
    Q_OBJECT

public:
    struct Segment
    {
        int metric = -1;
        qreal contribution = 0; // of the score, 0 to 10
        QRectF rect;
    };
    struct Row
    {
        QString frameworkId;
        std::optional<double> score;
        bool partial = false;
        QRectF band;
        QList<Segment> segments;
    };

    ScoreChart(const FrameworkModel *model, Selection *selection, const Setup &setup = {},
               QObject *parent = nullptr);

    qreal neededHeight(qreal width, qreal height) const override;
    // The rows, best first, once laid out.
    const QList<Row> &rows() const;
    // The colour of a metric's segments.
    QColor metricColor(int metric) const;

    QString toolTipAt(const QPointF &point, QString *framework = nullptr) const override;
    QString description() const override;

protected:
    void layout() override;
    void paintPlot(QPainter *painter) const override;

private:
    QList<Row> scoredRows() const;
    // The room for the bars under the title and over the legend; the legend's rectangle in
    // `legendRect` when asked.
    QRectF plotArea(const QSizeF &size, qreal pixelSize, bool place, QRectF *legendRect);

    QList<Row> m_rows;
    QRectF m_scale;
};

} // namespace Versus
