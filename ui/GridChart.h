// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartDrawing.h"

#include <memory>
#include <vector>

namespace Versus {

class RadarChart;

// Small multiples: one small radar chart per plotted framework, each titled with its name, in
// a grid under the data set's title. Every chart runs from the centre to each metric's top
// level, so all share one scale and can be compared panel to panel.
//
// The grid has as many columns as give the largest panels. Where that would make a panel
// smaller than MinPanelSide, whose labels would no longer be legible, it has fewer columns and
// needs a taller picture (neededHeight()): the window scrolls, an export grows taller.
class GridChart : public ChartDrawing
{
    Q_OBJECT

public:
    static constexpr qreal MinPanelSide = 250;

    GridChart(const FrameworkModel *model, Selection *selection, const Setup &setup = {},
              QObject *parent = nullptr);
    ~GridChart() override;

    qreal neededHeight(qreal width, qreal height) const override;
    QList<RadarChart *> panels() const;
    int columnCount() const;
    // A panel's place in the picture.
    QRectF panelRect(int index) const;

    QString toolTipAt(const QPointF &point, QString *framework = nullptr) const override;
    QString description() const override;

protected:
    void layout() override;
    void paintPlot(QPainter *painter) const override;
    void plottedChanged() override;

private:
    struct Grid
    {
        int columns = 1;
        int rows = 0;
        qreal side = 0;
        qreal band = 0; // the title's (and the note's)
        qreal note = 0; // the note's height, when a panel has a whisker
    };
    Grid gridFor(const QSizeF &size) const;
    void rebuildPanels();

    std::vector<std::unique_ptr<RadarChart>> m_panels;
    QList<QRectF> m_rects;
    int m_columns = 1;
    bool m_panelsStale = true;
};

} // namespace Versus
