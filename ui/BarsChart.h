// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartDrawing.h"

#include <optional>

namespace Versus {

// Grouped horizontal bars: a group per metric, in it a bar per plotted framework in its colour,
// as long as its rating's share of the metric's top level, with the level's name at its end. A
// metric not rated says "Not rated" where its bar would be, instead of a bar of zero. Exact to
// read at any number of frameworks, where overlapping polygons hide each other.
class BarsChart : public ChartDrawing
{
    Q_OBJECT

public:
    // One framework's bar in one metric's group. A bar of score s runs from `origin` to
    // origin + s × perLevel: whatever else is drawn on the same scale (a range of levels, as an
    // error bar) is placed with these, and drawBar() is where it would be drawn.
    struct Bar
    {
        QString frameworkId;
        int metric = -1;
        std::optional<int> score; // none: not rated
        int levels = 0;
        QRectF row; // the band the bar and its label sit in
        QRectF bar; // empty when not rated
        qreal origin = 0;
        qreal perLevel = 0;
    };

    BarsChart(const FrameworkModel *model, Selection *selection, const Setup &setup = {},
              QObject *parent = nullptr);

    qreal neededHeight(qreal width, qreal height) const override;
    const QList<Bar> &bars() const;

    QString toolTipAt(const QPointF &point, QString *framework = nullptr) const override;
    QString description() const override;

protected:
    void layout() override;
    void paintPlot(QPainter *painter) const override;
    virtual void drawBar(QPainter *painter, const Bar &bar) const;

private:
    struct Frame
    {
        QRectF plot;
        qreal pixelSize = 0;
        bool legendBeside = false;
    };
    // The area left for the groups once the title and legend are placed (without placing them).
    Frame frameFor(const QSizeF &size);
    qreal groupsHeight(qreal pixelSize, qreal rowHeight, qreal nameWidth) const;
    QList<int> shownRows() const;

    QList<Bar> m_bars;
    QRectF m_scale; // from the origin to the top level, across every group
    bool m_uniformLevels = false;
};

} // namespace Versus
