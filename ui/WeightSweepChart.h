// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;

namespace Versus {

class FrameworkModel;

// A small chart of each compared framework's weighted score as one chosen metric's weight goes
// from 0 to 5, the others kept: where lines cross, that weight changes the order. It has a
// QChart (so that only chart classes include Qt Charts headers) and a box to choose the metric.
class WeightSweepChart : public QWidget
{
    Q_OBJECT

public:
    explicit WeightSweepChart(FrameworkModel *model, QWidget *parent = nullptr);

    QComboBox *metricBox() const { return m_metric; }
    // How many frameworks' lines are drawn.
    int lineCount() const;
    // Draws the chart again from the model (the ranking's results changed).
    void refresh();

private:
    void fillMetrics();

    FrameworkModel *m_model;
    QComboBox *m_metric;
    QChart *m_chart;
    QChartView *m_view;
};

} // namespace Versus
