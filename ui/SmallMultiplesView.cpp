// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallMultiplesView.h"

#include "GridChart.h"
#include "RadarChart.h"

using namespace Qt::StringLiterals;

namespace Versus {

SmallMultiplesView::SmallMultiplesView(FrameworkModel *model, Selection *selection, QWidget *parent)
    : ChartView(new GridChart(model, selection), parent)
{
    setObjectName(u"smallMultiplesView"_s);
    setAccessibleName(tr("Small multiples"));
}

GridChart *SmallMultiplesView::gridChart() const
{
    return static_cast<GridChart *>(drawing());
}

QList<RadarChart *> SmallMultiplesView::charts() const
{
    return gridChart()->panels();
}

int SmallMultiplesView::columnCount() const
{
    return gridChart()->columnCount();
}

} // namespace Versus
