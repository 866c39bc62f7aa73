// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarPlot.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>

#include <algorithm>

namespace Versus {

RadarPlot::RadarPlot()
    : m_scene(std::make_unique<QGraphicsScene>()), m_chart(new QPolarChart),
      m_angular(new QCategoryAxis(m_chart)), m_radial(new QCategoryAxis(m_chart))
{
    m_scene->addItem(m_chart);
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins());
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radial->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_angular->setLabelsVisible(false);
    m_radial->setLabelsVisible(false);
    m_chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(m_radial, QPolarChart::PolarOrientationRadial);
}

RadarPlot::~RadarPlot() = default;

void RadarPlot::rebuild(const QStringList &frameworkIds, int metrics, int maxLevels)
{
    m_chart->removeAllSeries();
    m_series.clear();
    for (const QString &label : m_angular->categoriesLabels())
        m_angular->remove(label);
    for (const QString &label : m_radial->categoriesLabels())
        m_radial->remove(label);
    m_angular->setStartValue(0);
    m_angular->setRange(0, std::max(1, metrics));
    // The labels are not shown (RadarChart draws them); QCategoryAxis only needs unique ones.
    for (int i = 0; i < metrics; ++i)
        m_angular->append(QString::number(i), i);
    maxLevels = std::max(1, maxLevels);
    m_radial->setStartValue(0);
    m_radial->setRange(0, 1);
    for (int level = 1; level <= maxLevels; ++level)
        m_radial->append(QString::number(level), qreal(level) / maxLevels);

    const auto attach = [this](QAbstractSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(m_angular);
        series->attachAxis(m_radial);
    };
    for (const QString &id : frameworkIds) {
        Series series;
        series.id = id;
        // The area has no pen: in a polar chart its border would run from the centre to the
        // first point. The visible border is a line series of its own.
        series.upper = new QLineSeries;
        series.area = new QAreaSeries(series.upper);
        series.upper->setParent(series.area);
        series.outline = new QLineSeries;
        m_series.push_back(series);
    }
    // Series are drawn in the order they are added: every area first, then every outline, so
    // that no framework's fill covers another's line.
    for (const Series &series : m_series)
        attach(series.area);
    for (const Series &series : m_series) {
        attach(series.outline);
    }
}

const RadarPlot::Series *RadarPlot::find(const QString &frameworkId) const
{
    for (const Series &series : m_series)
        if (series.id == frameworkId)
            return &series;
    return nullptr;
}

void RadarPlot::setValues(const QString &frameworkId, const QList<std::optional<qreal>> &fractions)
{
    const Series *series = find(frameworkId);
    if (!series)
        return;
    QList<QPointF> points;
    for (int i = 0; i < fractions.size(); ++i)
        points << QPointF(i, fractions.at(i).value_or(0.0));
    if (!points.isEmpty())
        points << QPointF(fractions.size(), points.first().y()); // close the polygon
    series->upper->replace(points);
    series->outline->replace(points);
}

void RadarPlot::setStyle(const QString &frameworkId, const Style &style)
{
    const Series *series = find(frameworkId);
    if (!series)
        return;
    QColor fill = style.color;
    fill.setAlphaF(style.fillAlpha);
    series->area->setBrush(fill);
    series->area->setPen(Qt::NoPen);
    QPen pen(style.color, style.penWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    series->outline->setPen(pen);
    series->area->setVisible(style.visible);
    series->outline->setVisible(style.visible);
}

void RadarPlot::setGridColor(const QColor &color)
{
    const QPen grid(color, 1);
    for (QCategoryAxis *axis : {m_angular, m_radial}) {
        axis->setGridLinePen(grid);
        axis->setLinePen(grid);
        axis->setShadesVisible(false);
    }
}

void RadarPlot::setGeometry(const QRectF &square)
{
    // The chart is the plot's square, with no margins: Qt Charts keeps its grid and its series
    // in step only for a plot area it computed itself.
    m_chart->setGeometry(square);
    m_chart->layout()->activate();
}

void RadarPlot::render(QPainter *painter, const QRectF &whole) const
{
    // The chart item sits at the plot's square in the scene, which is the picture's coordinates.
    m_scene->render(painter, whole, whole);
}

qreal RadarPlot::lineWidth(const QString &frameworkId) const
{
    const Series *series = find(frameworkId);
    return series ? series->outline->pen().widthF() : 0;
}

} // namespace Versus
