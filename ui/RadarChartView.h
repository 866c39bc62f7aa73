// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartView.h"

namespace Versus {

class FrameworkModel;
class RadarChart;
class Selection;

// The overlaid radar chart in the window (see ChartView).
class RadarChartView : public ChartView
{
    Q_OBJECT

public:
    RadarChartView(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);

    RadarChart *radarChart() const;
};

} // namespace Versus
