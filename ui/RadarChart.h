// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartDrawing.h"
#include "RadarRanges.h"

#include <QPointF>

#include <memory>
#include <optional>

namespace Versus {

class RadarPlot;

// What RadarChart would otherwise be told after it is made.
struct RadarChartSetup
{
    std::optional<QStringList> frameworks;
    bool titledByFramework = false; // a small multiple: titled with its one framework's name
    bool dark = false;
};

// The radar chart of the compared frameworks: a spoke per metric, a ring per level, one
// semi-transparent polygon per framework, and a whisker along the spoke for each rating with a
// range (RadarRanges). Each score is plotted as a fraction of its metric's
// top level, so the outer ring is every metric's top level whatever its number of levels.
//
// It has a RadarPlot (a QPolarChart), which draws the rings, spokes and polygons in the plot
// square this class lays out (RadarGeometry); the title, legend, spoke labels and ring numbers are
// laid out and drawn here, so that none is shortened, none overlaps another and the plot takes the
// room the texts leave.
class RadarChart : public ChartDrawing
{
    Q_OBJECT

public:
    using Setup = RadarChartSetup;
    static constexpr qreal VertexRadius = 4.5;
    static constexpr qreal PenWidth = 2.5;
    static constexpr qreal HighlightPenWidth = 4.0;

    explicit RadarChart(const FrameworkModel *model, Selection *selection = nullptr,
                        const Setup &setup = {}, QObject *parent = nullptr);
    ~RadarChart() override;

    // The plot, once laid out: its centre and the radius of its outer ring.
    QPointF center() const;
    qreal radius() const;
    // Each metric's plotted value for a framework, as a fraction of the top level; no value
    // when not rated. Empty when the framework is not plotted.
    QList<std::optional<qreal>> values(const QString &frameworkId) const;
    // Where a framework's rated vertices are drawn, and every place a vertex could be drawn.
    QList<QPointF> vertices(const QString &frameworkId) const;
    QList<QPointF> possibleVertices() const;
    qreal lineWidth(const QString &frameworkId) const;
    // The whiskers of the ranged ratings drawn (not of hidden frameworks).
    QList<RadarRanges::Whisker> whiskers() const;
    QString title() const;

    // Text this small (a small multiple's) instead of a share of the chart's size.
    void setPixelSize(std::optional<qreal> pixelSize);
    bool isTitledByFramework() const { return m_titledByFramework; }

    // What the whiskers mean, said under the chart (and under small multiples) when a plotted
    // rating has a range.
    static QString rangeNote();

    QString toolTipAt(const QPointF &point, QString *framework = nullptr) const override;
    QString description() const override;

protected:
    void layout() override;
    void paintPlot(QPainter *painter) const override;
    void plottedChanged() override;

private:
    void rebuildSeries();
    void updateColors();
    QString comparedTitle() const;
    QPointF pointAt(int metric, qreal fraction) const;
    void layoutRanges(qreal pixelSize);

    std::unique_ptr<RadarPlot> m_plot;
    QStringList m_plotted; // the frameworks m_plot has a polygon for
    RadarRanges m_ranges;
    bool m_seriesStale = true;
    bool m_titledByFramework;
    std::optional<qreal> m_pixelSize;
    QPointF m_center;
    qreal m_radius = 0;
};

} // namespace Versus
