// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace Versus {

class FrameworkModel;
class RadarChart;
class Selection;

// Shows the radar chart in the window: antialiased, with a tooltip on each vertex, and
// following the application palette between light and dark. For screen readers, which cannot
// read a picture, its accessible description states the plotted ratings in words and points to
// the comparison table, which holds them as text.
class RadarChartView : public QChartView
{
    Q_OBJECT

public:
    RadarChartView(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);

    RadarChart *radarChart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void followPalette();
    void describe();

    FrameworkModel *m_model;
    RadarChart *m_chart;
};

} // namespace Versus
