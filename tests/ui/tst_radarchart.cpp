// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkModel.h"
#include "RadarChart.h"
#include "Selection.h"
#include "TestData.h"

#include <QCategoryAxis>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

QList<QPointF> expectedPoints(const QList<qreal> &fractions)
{
    QList<QPointF> points;
    for (qsizetype i = 0; i < fractions.size(); ++i)
        points << QPointF(qreal(i), fractions.at(i));
    points << QPointF(qreal(fractions.size()), fractions.first());
    return points;
}

void compareFuzzy(const QList<QPointF> &actual, const QList<QPointF> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QVERIFY2(qFuzzyCompare(actual.at(i).x() + 1, expected.at(i).x() + 1) &&
                     qFuzzyCompare(actual.at(i).y() + 1, expected.at(i).y() + 1),
                 qPrintable(u"point %1"_s.arg(i)));
    }
}

QImage render(RadarChart *chart)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(600, 600);
    QImage image(600, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(0, 0, 600, 600), QRectF(0, 0, 600, 600));
    }
    scene.removeItem(chart);
    return image;
}

} // namespace

class TestRadarChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onePolygonPerComparedFramework();
    void pointsAreFractionsOfTheTopLevel();
    void spokesAreLabelledWithMetricNames();
    void titleNamesTwoOrThreeCompared();
    void legendShowsEachFrameworkOnce();
    void followsUncheckedFramework();
    void followsRatingChangeInPlace();
    void followsUndo();
    void unratedMetricHasNoVertex();
    void mixedLevelCounts();
    void selectedFrameworkIsHighlighted();
    void tooltipTextOnHover();
    void selectedMetricSpoke();
    void drawsFrameworkColours();
    void plotsChosenFrameworks();
    void spokeLabelsAreNotClipped();
    void manyFrameworksAreListedBeside();

private:
    FrameworkModel *model = nullptr;
    Selection *selection = nullptr;
    RadarChart *chart = nullptr;
};

void TestRadarChart::init()
{
    model = new FrameworkModel;
    model->setDataSet(TestData::bundled());
    selection = new Selection;
    chart = new RadarChart(model, selection);
}

void TestRadarChart::cleanup()
{
    delete chart;
    delete selection;
    delete model;
}

void TestRadarChart::onePolygonPerComparedFramework()
{
    QCOMPARE(chart->plottedFrameworks(), QStringList({u"caffe"_s, u"theano"_s}));
    QVERIFY(chart->outline(u"caffe"_s));
    QVERIFY(chart->outline(u"theano"_s));
    QCOMPARE(chart->outline(u"caffe"_s)->name(), u"Caffe"_s);
}

void TestRadarChart::pointsAreFractionsOfTheTopLevel()
{
    compareFuzzy(chart->outline(u"caffe"_s)->points(), expectedPoints({0.8, 0.6, 0.6, 1.0}));
    compareFuzzy(chart->outline(u"theano"_s)->points(), expectedPoints({0.6, 0.8, 0.8, 0.6}));
}

void TestRadarChart::spokesAreLabelledWithMetricNames()
{
    QCategoryAxis *angular = nullptr;
    for (QAbstractAxis *axis : chart->axes())
        if (chart->axisPolarOrientation(axis) == QPolarChart::PolarOrientationAngular)
            angular = qobject_cast<QCategoryAxis *>(axis);
    QVERIFY(angular);
    QCOMPARE(angular->categoriesLabels(),
             QStringList({u"Performance"_s, u"Scalability"_s, u"Ease of Use"_s, u"Ecosystem"_s}));
    QCOMPARE(chart->title(), u"Caffe vs. Theano"_s);
}

void TestRadarChart::titleNamesTwoOrThreeCompared()
{
    // The bundled data set compares Caffe and Theano at first, and the title names them.
    QCOMPARE(chart->title(), u"Caffe vs. Theano"_s);
    model->setComparedIds({u"tensorflow"_s, u"pytorch"_s});
    QCOMPARE(chart->title(), u"TensorFlow vs. PyTorch"_s);
    model->setComparedIds({u"tensorflow"_s, u"pytorch"_s, u"jax"_s});
    QCOMPARE(chart->title(), u"TensorFlow vs. PyTorch vs. JAX"_s);
    // More than three: the data set's own title, not a list of names; so too all of them.
    model->setComparedIds({u"tensorflow"_s, u"pytorch"_s, u"jax"_s, u"keras"_s});
    QCOMPARE(chart->title(), u"Deep-learning frameworks"_s);
    QStringList all;
    for (const Framework &framework : model->dataSet().frameworks)
        all << framework.id;
    model->setComparedIds(all);
    QCOMPARE(model->comparedIds().size(), 14);
    QCOMPARE(chart->title(), u"Deep-learning frameworks"_s);
    // One alone: the data set's title too.
    model->setComparedIds({u"jax"_s});
    QCOMPARE(chart->title(), u"Deep-learning frameworks"_s);
}

void TestRadarChart::legendShowsEachFrameworkOnce()
{
    // Legend markers report themselves visible only once the chart is in a scene.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(500, 500);
    QStringList visible;
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible())
            visible << marker->label();
    QCOMPARE(visible, QStringList({u"Caffe"_s, u"Theano"_s}));
    // A dimmed polygon keeps a legible swatch.
    selection->selectFramework(u"theano"_s);
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible())
            QVERIFY2(marker->brush().color().alphaF() > 0.5, qPrintable(marker->label()));
    scene.removeItem(chart);
}

void TestRadarChart::followsUncheckedFramework()
{
    QVERIFY(model->setData(model->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(chart->plottedFrameworks(), QStringList({u"theano"_s}));
    QVERIFY(!chart->outline(u"caffe"_s));
    QVERIFY(model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(chart->plottedFrameworks(), QStringList({u"caffe"_s, u"theano"_s}));
}

void TestRadarChart::followsRatingChangeInPlace()
{
    QLineSeries *theano = chart->outline(u"theano"_s);
    QVERIFY(model->setData(model->index(1, model->metricColumn(0)), 4));
    // The same series, moved: no rebuild for a changed rating.
    QCOMPARE(chart->outline(u"theano"_s), theano);
    compareFuzzy(theano->points(), expectedPoints({0.8, 0.8, 0.8, 0.6}));
}

void TestRadarChart::followsUndo()
{
    QVERIFY(model->setData(model->index(0, model->metricColumn(3)), 2));
    compareFuzzy(chart->outline(u"caffe"_s)->points(), expectedPoints({0.8, 0.6, 0.6, 0.4}));
    model->undoStack()->undo();
    compareFuzzy(chart->outline(u"caffe"_s)->points(), expectedPoints({0.8, 0.6, 0.6, 1.0}));
}

void TestRadarChart::unratedMetricHasNoVertex()
{
    QVERIFY(model->setData(model->index(1, model->metricColumn(2)), 0));
    compareFuzzy(chart->outline(u"theano"_s)->points(), expectedPoints({0.6, 0.8, 0.0, 0.6}));
    for (QAbstractSeries *series : chart->series()) {
        auto *vertices = qobject_cast<QScatterSeries *>(series);
        if (vertices && vertices->name() == u"Theano"_s) {
            QCOMPARE(vertices->count(), 3);
            for (const QPointF &p : vertices->points())
                QVERIFY(qRound(p.x()) != 2);
            return;
        }
    }
    QFAIL("no vertex series for Theano");
}

void TestRadarChart::mixedLevelCounts()
{
    DataSet data = model->dataSet();
    data.metrics[1].levels = {u"Low"_s, u"Medium"_s, u"High"_s};
    data.frameworks[0].ratings[u"scalability"_s].score = 3;
    model->setDataSet(data);
    // 3 of 3 is the outer ring, like 5 of 5.
    compareFuzzy(chart->outline(u"caffe"_s)->points(), expectedPoints({0.8, 1.0, 0.6, 1.0}));
}

void TestRadarChart::selectedFrameworkIsHighlighted()
{
    const qreal before = chart->outline(u"theano"_s)->pen().widthF();
    QCOMPARE(chart->outline(u"caffe"_s)->pen().widthF(), before);
    selection->selectFramework(u"theano"_s);
    QVERIFY(chart->outline(u"theano"_s)->pen().widthF() > before);
    QCOMPARE(chart->outline(u"caffe"_s)->pen().widthF(), before);
}

void TestRadarChart::selectedMetricSpoke()
{
    QLineSeries *spoke = nullptr;
    for (QAbstractSeries *series : chart->series())
        if (series->name() == u"Selected metric"_s)
            spoke = qobject_cast<QLineSeries *>(series);
    QVERIFY(spoke);
    QCOMPARE(spoke->count(), 0);
    selection->selectMetric(u"scalability"_s);
    QCOMPARE(spoke->points(), QList<QPointF>({QPointF(1, 0), QPointF(1, 1)}));
    selection->selectRating(u"caffe"_s, u"performance"_s);
    QCOMPARE(spoke->points(), QList<QPointF>({QPointF(0, 0), QPointF(0, 1)}));
    selection->selectFramework(u"theano"_s);
    QCOMPARE(spoke->count(), 0);
}

void TestRadarChart::tooltipTextOnHover()
{
    QSignalSpy spy(chart, &RadarChart::vertexHovered);
    for (QAbstractSeries *series : chart->series()) {
        auto *vertices = qobject_cast<QScatterSeries *>(series);
        if (vertices && vertices->name() == u"Theano"_s)
            emit vertices->hovered(QPointF(1, 0.8), true);
    }
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"Theano — Scalability: High (4 of 5)"_s);
}

void TestRadarChart::drawsFrameworkColours()
{
    const QImage both = render(chart);
    const QColor caffe(u"#0072B2"_s);
    const QColor theano(u"#D55E00"_s);
    QVERIFY2(TestData::pixelsNear(both, caffe) > 200, "Caffe's outline is drawn in its colour");
    QVERIFY2(TestData::pixelsNear(both, theano) > 200, "Theano's outline is drawn in its colour");

    QVERIFY(model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    const QImage caffeOnly = render(chart);
    QVERIFY(TestData::pixelsNear(caffeOnly, caffe) > 200);
    QCOMPARE(TestData::pixelsNear(caffeOnly, theano), 0);
}

void TestRadarChart::plotsChosenFrameworks()
{
    chart->setFrameworks(QStringList{u"theano"_s});
    QCOMPARE(chart->plottedFrameworks(), QStringList{u"theano"_s});
    QVERIFY(!chart->outline(u"caffe"_s));
    // The comparison stays the model's, and is not followed while frameworks are chosen.
    QCOMPARE(model->comparedIds(), QStringList({u"caffe"_s, u"theano"_s}));
    QVERIFY(model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(chart->plottedFrameworks(), QStringList{u"theano"_s});
    // Ratings are still followed.
    QVERIFY(model->setData(model->index(1, model->metricColumn(0)), 5));
    compareFuzzy(chart->outline(u"theano"_s)->points(), expectedPoints({1.0, 0.8, 0.8, 0.6}));

    // In the model's order; an id the model does not have is not plotted.
    chart->setFrameworks(QStringList{u"theano"_s, u"nosuch"_s, u"caffe"_s});
    QCOMPARE(chart->plottedFrameworks(), QStringList({u"caffe"_s, u"theano"_s}));
    chart->setFrameworks(QStringList());
    QCOMPARE(chart->plottedFrameworks(), QStringList());

    // Back to the comparison, in which Theano is no longer.
    chart->setFrameworks(std::nullopt);
    QCOMPARE(chart->plottedFrameworks(), QStringList{u"caffe"_s});
}

// In a square chart the polar layout leaves the labels on the left and right spokes too little
// room; the chart's margins make up for it.
void TestRadarChart::spokeLabelsAreNotClipped()
{
    const QImage image = render(chart);
    const QColor background = image.pixelColor(0, 0);
    for (int x :
         {0, 1, 2, 3, image.width() - 4, image.width() - 3, image.width() - 2, image.width() - 1}) {
        for (int y = 0; y < image.height(); ++y)
            QVERIFY2(image.pixelColor(x, y) == background,
                     qPrintable(u"something is drawn at the edge, at %1, %2"_s.arg(x).arg(y)));
    }
}

// A legend below the chart is one row, which shortens names that do not fit.
void TestRadarChart::manyFrameworksAreListedBeside()
{
    QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
    DataSet data = TestData::bundledOnly(); // Caffe and Theano, and three copies of them
    for (int i = 0; i < 3; ++i) {
        Framework copy = data.frameworks.at(i % 2);
        copy.id += QString::number(i);
        copy.name += QString::number(i);
        data.frameworks << copy;
    }
    data.compare.reset(); // all five
    model->setDataSet(data);
    QCOMPARE(chart->plottedFrameworks().size(), 5);
    QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
    chart->setFrameworks(QStringList{u"caffe"_s, u"theano"_s, u"caffe0"_s, u"theano1"_s});
    QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
}

QTEST_MAIN(TestRadarChart)
#include "tst_radarchart.moc"
