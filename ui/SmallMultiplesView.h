// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QScrollArea>

class QChartView;

namespace Versus {

class FrameworkModel;
class RadarChart;
class Selection;

// Small multiples: one small radar chart per compared framework, each titled with its name, in
// a near-square grid. Every chart runs from the centre to each metric's top level, so all share
// one scale and can be compared panel to panel. The alternative to the overlaid chart. Panels
// are at least MinPanelSide wide, as many to a row as fit; more rows than fit are scrolled.
class SmallMultiplesView : public QScrollArea
{
    Q_OBJECT

public:
    SmallMultiplesView(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);

    QList<RadarChart *> charts() const;
    int columnCount() const { return m_columns; }
    static constexpr int MinPanelSide = 280;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void layoutPanels();

    FrameworkModel *m_model;
    Selection *m_selection;
    QWidget *m_canvas;
    QWidget *m_empty;
    QList<QChartView *> m_views;
    QStringList m_ids;
    int m_columns = 0;
};

} // namespace Versus
