// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled chart drawn the way a first Qt Charts program would: a QPolarChart with a line and
// an area series per framework in a QChartView, grabbed and saved with QImage::save() and its
// defaults. The Caffe and Theano ratings of resources/frameworks.json are written here.
//   build/release/bench/peers/naive_qtcharts      writes radar-qtcharts.png in the current folder
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList metrics{"Performance", "Scalability", "Ease of Use", "Ecosystem"};
    struct Row
    {
        const char *name;
        const char *colour;
        QList<int> scores;
    };
    const QList<Row> rows{{"Caffe", "#0072B2", {4, 3, 3, 5}}, {"Theano", "#D55E00", {3, 4, 4, 3}}};

    auto *chart = new QPolarChart;
    chart->setTitle("Caffe vs. Theano");
    auto *angular = new QCategoryAxis;
    angular->setRange(0, metrics.size());
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < metrics.size(); ++i)
        angular->append(metrics.at(i), i);
    auto *radial = new QValueAxis;
    radial->setRange(0, 5);
    radial->setTickCount(6);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (const Row &row : rows) {
        auto *line = new QLineSeries;
        for (int i = 0; i <= metrics.size(); ++i)
            line->append(i, row.scores.at(i % metrics.size()));
        auto *area = new QAreaSeries(line);
        area->setName(row.name);
        QColor fill(row.colour);
        fill.setAlphaF(0.22);
        area->setBrush(fill);
        area->setPen(QPen(QColor(row.colour), 2.5));
        chart->addSeries(area);
        area->attachAxis(angular);
        area->attachAxis(radial);
    }
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(800, 800);
    return view.grab().save("radar-qtcharts.png") ? 0 : 1;
}
