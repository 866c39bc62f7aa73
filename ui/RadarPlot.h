// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// Qt Charts stays inside this class: its header names the classes, never includes them.
class QAreaSeries;
class QCategoryAxis;
class QGraphicsScene;
class QLineSeries;
class QPainter;
class QPolarChart;

namespace Versus {

// The part of a radar chart that Qt Charts draws: the rings, the spokes, and per framework a
// semi-transparent polygon and its outline, in the square it is given. (The vertices are
// RadarChart's: Qt Charts clips its points to the plot's square, which cut those on the outer
// ring in half.) It has no
// title, legend, labels, background or margins of its own: RadarChart lays those out and draws
// them, so that none is shortened and none overlaps another.
class RadarPlot
{
public:
    struct Style
    {
        QColor color;
        qreal fillAlpha = 0;
        qreal penWidth = 0;
        bool visible = true;
    };

    RadarPlot();
    ~RadarPlot();

    // A polygon per framework, in this order, for `metrics` spokes and rings up to `maxLevels`.
    void rebuild(const QStringList &frameworkIds, int metrics, int maxLevels);
    // A framework's values, each a fraction of its metric's top level; none: not rated (it sits
    // at the centre, without a vertex, so that it does not read as a rating of zero).
    void setValues(const QString &frameworkId, const QList<std::optional<qreal>> &fractions);
    void setStyle(const QString &frameworkId, const Style &style);
    void setGridColor(const QColor &color);
    // The plot's square, in the picture's coordinates; laid out at once (an export has no event
    // loop between building and painting).
    void setGeometry(const QRectF &square);
    // Draws it into `whole`, the picture's rectangle.
    void render(QPainter *painter, const QRectF &whole) const;
    qreal lineWidth(const QString &frameworkId) const;

private:
    struct Series
    {
        QString id;
        QLineSeries *outline = nullptr;
        QLineSeries *upper = nullptr;
        QAreaSeries *area = nullptr;
    };
    const Series *find(const QString &frameworkId) const;

    std::unique_ptr<QGraphicsScene> m_scene;
    QPolarChart *m_chart;
    QCategoryAxis *m_angular;
    QCategoryAxis *m_radial;
    std::vector<Series> m_series;
};

} // namespace Versus
