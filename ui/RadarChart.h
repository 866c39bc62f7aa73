// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPolarChart>
#include <QSet>

#include <optional>
#include <vector>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;

namespace Versus {

class FrameworkModel;
class Selection;

// What RadarChart's setFrameworks(), setTitledByFramework() and setDark() would change, given
// when it is made: each of them rebuilds the chart, and building it is a good part of an export.
struct RadarChartSetup
{
    std::optional<QStringList> frameworks;
    bool titledByFramework = false;
    bool dark = false;
};

// The radar chart of the compared frameworks: a spoke per metric, a ring per level, one
// semi-transparent polygon per framework. Each score is plotted as a fraction of its metric's
// top level, so the outer ring is every metric's top level whatever its number of levels.
//
// It owns no ratings: it reads the model and follows its signals, updating the points of the
// affected series in place. Everything Qt Charts is confined to this class (and the view that
// shows it), so that moving to another chart library touches only these files.
class RadarChart : public QPolarChart
{
    Q_OBJECT

public:
    using Setup = RadarChartSetup;

    explicit RadarChart(const FrameworkModel *model, Selection *selection = nullptr,
                        const Setup &setup = {}, QGraphicsItem *parent = nullptr);
    ~RadarChart() override;

    // The outline of a framework's polygon (closed: the first point is repeated at the end),
    // or nullptr when it is not plotted.
    QLineSeries *outline(const QString &frameworkId) const;
    QStringList plottedFrameworks() const;

    // Plots these frameworks (in the model's row order) instead of the compared ones, or
    // follows the comparison again for std::nullopt. The exporter draws the frameworks it was
    // asked for this way, without changing what the window compares.
    void setFrameworks(const std::optional<QStringList> &ids);

    // A framework hidden by a click on its legend entry: its polygon is not drawn, its entry
    // stays, greyed, and a second click shows it again. Kept while the chart is rebuilt.
    bool isHidden(const QString &frameworkId) const { return m_hidden.contains(frameworkId); }
    void setHidden(const QString &frameworkId, bool hidden);
    // The framework under the pointer, drawn above the others with a thicker line; empty when
    // none.
    QString hoveredFramework() const { return m_hovered; }
    void setHovered(const QString &frameworkId);
    // A chart of one framework (small multiples) is titled with its name, not the data set's.
    void setTitledByFramework(bool titled);

    // Matches the chart to a light or dark application palette. The one place colours are set.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

signals:
    // The text for a tooltip while the pointer is on a vertex, an empty text when it leaves.
    void vertexHovered(const QString &text);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    // How wide a spoke label may be: a fifth of the chart's width, within fixed bounds, so that
    // in a narrow chart long metric names are shortened rather than the plot squeezed away.
    int labelWidthLimit() const;
    QString comparedTitle() const;
    void placeLegend();
    struct Plot
    {
        QString id;
        QLineSeries *outline = nullptr;
        QLineSeries *upper = nullptr;
        QAreaSeries *area = nullptr;
        QScatterSeries *vertices = nullptr;
    };

    void rebuild();
    void rebuildAxes();
    void addPlot(int row);
    void updatePoints(const Plot &plot, int row);
    void updateHighlight();
    void hideFromLegend(QAbstractSeries *series);
    void connectInteraction(const Plot &plot);
    void applyHidden();
    void attach(QAbstractSeries *series);
    bool isPlotted(int row) const;

    const FrameworkModel *m_model;
    Selection *m_selection;
    QCategoryAxis *m_angular;
    QCategoryAxis *m_radial;
    QLineSeries *m_metricSpoke = nullptr;
    std::vector<Plot> m_plots;
    std::optional<QStringList> m_frameworks; // plotted instead of the compared ones when set
    bool m_dark = false;
    bool m_titledByFramework = false;
    int m_labelWidth = 0; // the limit the spoke labels were last shortened to
    QSet<QString> m_hidden;
    QString m_hovered;
};

} // namespace Versus
