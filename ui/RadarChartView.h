// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace Versus {

class FrameworkModel;
class RadarChart;
class Selection;

// Shows the radar chart in the window: antialiased, with a tooltip on each vertex, and
// following the application palette between light and dark.
class RadarChartView : public QChartView
{
    Q_OBJECT

public:
    RadarChartView(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);

    RadarChart *radarChart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();

    RadarChart *m_chart;
};

} // namespace Versus
