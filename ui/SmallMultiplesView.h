// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartView.h"

#include <QList>

namespace Versus {

class FrameworkModel;
class GridChart;
class RadarChart;
class Selection;

// Small multiples in the window: one small radar chart per compared framework, on one scale
// (GridChart). When the panels would be too small to read, fewer columns and a scroll.
class SmallMultiplesView : public ChartView
{
    Q_OBJECT

public:
    SmallMultiplesView(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);

    GridChart *gridChart() const;
    QList<RadarChart *> charts() const;
    int columnCount() const;
};

} // namespace Versus
