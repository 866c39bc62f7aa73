// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartExporter.h"

#include <QList>
#include <QStackedWidget>

class QAction;
class QActionGroup;

namespace Versus {

class ChartView;
class FrameworkModel;
class RadarChartView;
class Selection;
class SmallMultiplesView;

// The window's chart: one of the four layouts of the same model (the radar overlay, small
// multiples, bars, the weighted score), chosen by a group of checkable actions that the window
// puts in its toolbar and View menu. The overlay is made at once; the others the first time they
// are shown, as most sessions never open them.
class ChartStack : public QStackedWidget
{
    Q_OBJECT

public:
    ChartStack(FrameworkModel *model, Selection *selection, RadarChartView *overlay,
               QWidget *parent = nullptr);

    QList<QAction *> actions() const;

    void showLayout(ChartExporter::Layout layout);
    ChartExporter::Layout layout() const { return m_layout; }
    // The view of a layout, or none when it has not been shown yet.
    ChartView *viewOf(ChartExporter::Layout layout) const;
    SmallMultiplesView *smallMultiples() const { return m_smallMultiples; }

signals:
    // A view made on first showing, for the window to place in its tab order.
    void viewAdded(QWidget *view);

private:
    FrameworkModel *m_model;
    Selection *m_selection;
    RadarChartView *m_overlay;
    SmallMultiplesView *m_smallMultiples = nullptr;
    ChartView *m_bars = nullptr;
    ChartView *m_score = nullptr;
    ChartExporter::Layout m_layout = ChartExporter::Layout::Overlay;
    QActionGroup *m_actions;
};

} // namespace Versus
