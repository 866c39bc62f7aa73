// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChartView.h"

#include "RadarChart.h"

using namespace Qt::StringLiterals;

namespace Versus {

RadarChartView::RadarChartView(FrameworkModel *model, Selection *selection, QWidget *parent)
    : ChartView(new RadarChart(model, selection), parent)
{
    setObjectName(u"radarChartView"_s);
    setAccessibleName(tr("Radar chart"));
    setWhatsThis(tr("<p>The radar chart: one polygon per compared framework, one spoke per "
                    "metric, one ring per level. A rating that is not rated has no point.</p>"
                    "<p>Point at a corner for its rating. Choose the frameworks it compares "
                    "in the Frameworks list.</p>"));
}

RadarChart *RadarChartView::radarChart() const
{
    return static_cast<RadarChart *>(drawing());
}

} // namespace Versus
