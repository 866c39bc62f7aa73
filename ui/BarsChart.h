// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartDrawing.h"

#include <QLineF>

#include <optional>
#include <utility>

namespace Versus {

// Grouped horizontal bars: a group per metric, in it a bar per plotted framework in its colour,
// as long as its rating's share of the metric's top level, with the level's name at its end. A
// metric not rated says "Not rated" where its bar would be, instead of a bar of zero. Exact to
// read at any number of frameworks, where overlapping polygons hide each other. A rating with a
// range has an error bar from its lowest level to its highest.
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
        std::optional<std::pair<int, int>> range; // the rating's lowest and highest level
        QLineF errorBar; // from the low level to the high one, across the bar; null when none
    };
    static constexpr qreal ErrorBarWidth = 2;

    BarsChart(const FrameworkModel *model, Selection *selection, const Setup &setup = {},
              QObject *parent = nullptr);

    qreal neededHeight(qreal width, qreal height) const override;
    const QList<Bar> &bars() const;

    QString toolTipAt(const QPointF &point, QString *framework = nullptr) const override;
    QString description() const override;
    // What the error bars mean, said under the chart when a plotted rating has a range.
    static QString rangeNote();

protected:
    void layout() override;
    void paintPlot(QPainter *painter) const override;
    virtual void drawBar(QPainter *painter, const Bar &bar) const;
    void drawErrorBar(QPainter *painter, const Bar &bar, const QColor &color) const;

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
    qreal nameWidthFor(qreal plotWidth, qreal pixelSize) const;
    QList<int> shownRows() const;

    QList<Bar> m_bars;
    QRectF m_scale; // from the origin to the top level, across every group
    bool m_uniformLevels = false;
};

} // namespace Versus
