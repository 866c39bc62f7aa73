// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeightSweepChart.h"

#include "Appearance.h"
#include "FrameworkModel.h"
#include "RankOdds.h"
#include "WinnerSensitivity.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Versus {

WeightSweepChart::WeightSweepChart(FrameworkModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_metric(new QComboBox), m_chart(new QChart),
      m_view(new QChartView(m_chart))
{
    setObjectName(u"weightSweep"_s);
    m_metric->setObjectName(u"sweepMetric"_s);
    m_metric->setAccessibleName(tr("Metric whose weight is swept"));
    m_view->setObjectName(u"sweepChart"_s);
    m_view->setAccessibleName(tr("Weighted scores as one weight goes from 0 to 5"));
    m_view->setAccessibleDescription(tr("A line per compared framework: its weighted score at "
                                        "each weight of the chosen metric, the others kept"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // Low enough to leave the ranking its rows in the dock of a window of 640 pixels.
    m_view->setMinimumHeight(120);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);

    // Short, and the box as wide as eight characters at least: a wider row widened the
    // Frameworks dock when the sweep was shown, and took the room of the chart beside it. The
    // check box that shows the sweep says the rest ("Scores as one weight goes 0–5").
    auto *label = new QLabel(tr("Weight of"));
    label->setBuddy(m_metric);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(8);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_metric, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &WeightSweepChart::refresh);
    const auto metricsChanged = [this] { fillMetrics(); };
    connect(model, &QAbstractItemModel::modelReset, this, metricsChanged);
    connect(model, &QAbstractItemModel::columnsInserted, this, metricsChanged);
    connect(model, &QAbstractItemModel::columnsRemoved, this, metricsChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, metricsChanged);
    connect(model, &FrameworkModel::comparedChanged, this, &WeightSweepChart::refresh);
    fillMetrics();
}

void WeightSweepChart::fillMetrics()
{
    const QString current = m_metric->currentData().toString();
    {
        const QSignalBlocker blocker(m_metric);
        m_metric->clear();
        for (const Metric &metric : m_model->dataSet().metrics)
            m_metric->addItem(metric.name, metric.id);
        const int at = m_metric->findData(current);
        m_metric->setCurrentIndex(at >= 0 ? at : 0);
    }
    refresh();
}

int WeightSweepChart::lineCount() const
{
    return int(m_chart->series().size());
}

void WeightSweepChart::refresh()
{
    m_chart->removeAllSeries();
    // removeAxis() hands the axis back instead of deleting it.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const int metric = m_model->dataSet().metricIndex(m_metric->currentData().toString());
    if (metric < 0)
        return;
    QList<int> weights;
    for (int m = 0; m < m_model->metricCount(); ++m)
        weights << m_model->weight(m);
    const RankInput input = RankInput::fromDataSet(m_model->dataSet(), weights);
    // Each compared framework only: a line per framework of 10,000 would say nothing.
    const QStringList compared = m_model->comparedIds();
    auto *x = new QValueAxis;
    x->setRange(0, 5);
    x->setTickCount(6);
    x->setLabelFormat(u"%d"_s);
    auto *y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(3);
    y->setLabelFormat(u"%d"_s);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    const bool dark = Appearance::isDark(palette());
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    QList<int> rows;
    for (const QString &id : compared)
        rows << m_model->rowOfFramework(id);
    QList<int> frameworkRows;
    for (int f = 0; f < input.frameworkCount(); ++f)
        if (rows.contains(f))
            frameworkRows << f;
    // The sweep of the compared rows alone: a data set of 10,000 frameworks costs no more.
    RankInput shown = input;
    shown.ids.clear();
    shown.names.clear();
    shown.score.clear();
    for (const int f : frameworkRows) {
        shown.ids << input.ids.at(f);
        shown.names << input.names.at(f);
        for (int m = 0; m < input.metricCount(); ++m)
            shown.score << input.score.at(input.cell(f, m));
    }
    const auto scores = WinnerSensitivity::sweep(shown, metric);
    for (int i = 0; i < frameworkRows.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(shown.names.at(i));
        series->setPointsVisible(true);
        QPen pen(m_model->frameworkColor(frameworkRows.at(i)), 2);
        series->setPen(pen);
        for (int w = 0; w <= 5; ++w)
            if (const std::optional<double> value = scores.at(i).at(w))
                series->append(w, *value);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_chart->legend()->setVisible(frameworkRows.size() <= 10);
}

} // namespace Versus
