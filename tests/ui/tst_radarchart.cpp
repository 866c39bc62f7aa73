// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkModel.h"
#include "LegendPlacement.h"
#include "RadarChart.h"
#include "Selection.h"
#include "TestData.h"

#include <QPainter>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// A framework's plotted values, -1 for a metric with no vertex.
QList<qreal> plotted(const RadarChart *chart, const QString &id)
{
    QList<qreal> values;
    for (const std::optional<qreal> &value : chart->values(id))
        values << value.value_or(-1);
    return values;
}

void compareFuzzy(const QList<qreal> &actual, const QList<qreal> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QVERIFY2(
            qFuzzyCompare(actual.at(i) + 2, expected.at(i) + 2),
            qPrintable(u"value %1: %2, not %3"_s.arg(i).arg(actual.at(i)).arg(expected.at(i))));
}

QImage render(RadarChart *chart)
{
    chart->setSize(QSizeF(600, 600));
    QImage image(600, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart->paint(&painter);
    return image;
}

// The bundled data with a range on Caffe's Performance (High, 4 of 5: could be 2 to 5) and, when
// asked, on Theano's (High, 4 of 5: could be 3 to 5).
DataSet withRanges(bool theanoToo = false)
{
    DataSet data = TestData::bundled();
    data.frameworks[0].ratings[u"performance"_s].range = std::pair(2, 5);
    if (theanoToo)
        data.frameworks[1].ratings[u"performance"_s].range = std::pair(3, 5);
    return data;
}

// How many of the points along `line`, from `from` to `to` of its length, have `color`.
int pointsOfColor(const QImage &image, const QLineF &line, qreal from, qreal to,
                  const QColor &color)
{
    int count = 0;
    for (int i = 0; i <= 10; ++i) {
        const QPoint at = line.pointAt(from + (to - from) * i / 10).toPoint();
        // The pixel or one beside it: a line 2.5 px wide covers one whole pixel, not always the
        // one its centre rounds to.
        bool found = false;
        for (int dx = -1; dx <= 1 && !found; ++dx)
            for (int dy = -1; dy <= 1 && !found; ++dy) {
                const QColor p = image.pixelColor(at + QPoint(dx, dy));
                found = qAbs(p.red() - color.red()) <= 24 &&
                        qAbs(p.green() - color.green()) <= 24 &&
                        qAbs(p.blue() - color.blue()) <= 24;
            }
        count += found;
    }
    return count;
}

QStringList textsOf(const RadarChart *chart, ChartText::Kind kind)
{
    QStringList texts;
    for (const ChartText &text : chart->texts())
        if (text.kind == kind)
            texts << text.text;
    return texts;
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
    void outerVertexIsWhole();
    void plotsChosenFrameworks();
    void spokeLabelsAreNotClipped();
    void manyFrameworksAreListedBeside();
    void legendIsUnderThePlot_data();
    void legendIsUnderThePlot();
    void rangeIsAWhiskerAlongItsSpoke();
    void ratingWithoutRangeHasNoWhisker();
    void rangesOfOneSpokeStandSideBySide();
    void whiskersAreSaidInTheChartAndToAScreenReader();

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
    chart->setSize(QSizeF(600, 600));
    QCOMPARE(chart->vertices(u"caffe"_s).size(), 4);
    QCOMPARE(chart->vertices(u"theano"_s).size(), 4);
    QVERIFY(chart->vertices(u"tensorflow"_s).isEmpty());
}

void TestRadarChart::pointsAreFractionsOfTheTopLevel()
{
    compareFuzzy(plotted(chart, u"caffe"_s), {0.8, 0.6, 0.6, 1.0});
    compareFuzzy(plotted(chart, u"theano"_s), {0.6, 0.8, 0.8, 0.6});
    // Drawn there: Caffe's Performance vertex is 0.8 of the radius straight up.
    chart->setSize(QSizeF(600, 600));
    const QPointF top = chart->vertices(u"caffe"_s).first();
    QCOMPARE(top.x(), chart->center().x());
    QVERIFY(qAbs(chart->center().y() - top.y() - 0.8 * chart->radius()) < 0.01);
}

void TestRadarChart::spokesAreLabelledWithMetricNames()
{
    chart->setSize(QSizeF(600, 600));
    QCOMPARE(textsOf(chart, ChartText::Kind::SpokeLabel),
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
    chart->setSize(QSizeF(500, 500));
    QCOMPARE(textsOf(chart, ChartText::Kind::Legend), QStringList({u"Caffe"_s, u"Theano"_s}));
}

void TestRadarChart::followsUncheckedFramework()
{
    QVERIFY(model->setData(model->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(chart->plottedFrameworks(), QStringList({u"theano"_s}));
    QVERIFY(chart->values(u"caffe"_s).isEmpty());
    QVERIFY(model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(chart->plottedFrameworks(), QStringList({u"caffe"_s, u"theano"_s}));
}

void TestRadarChart::followsRatingChangeInPlace()
{
    chart->setSize(QSizeF(600, 600));
    const QPointF before = chart->vertices(u"theano"_s).first();
    QVERIFY(model->setData(model->index(1, model->metricColumn(0)), 4));
    compareFuzzy(plotted(chart, u"theano"_s), {0.8, 0.8, 0.8, 0.6});
    // Drawn further out on its spoke.
    QVERIFY(chart->vertices(u"theano"_s).first().y() < before.y() - 10);
}

void TestRadarChart::followsUndo()
{
    QVERIFY(model->setData(model->index(0, model->metricColumn(3)), 2));
    compareFuzzy(plotted(chart, u"caffe"_s), {0.8, 0.6, 0.6, 0.4});
    model->undoStack()->undo();
    compareFuzzy(plotted(chart, u"caffe"_s), {0.8, 0.6, 0.6, 1.0});
}

void TestRadarChart::unratedMetricHasNoVertex()
{
    QVERIFY(model->setData(model->index(1, model->metricColumn(2)), 0));
    compareFuzzy(plotted(chart, u"theano"_s), {0.6, 0.8, -1, 0.6});
    chart->setSize(QSizeF(600, 600));
    QCOMPARE(chart->vertices(u"theano"_s).size(), 3);
}

void TestRadarChart::mixedLevelCounts()
{
    DataSet data = model->dataSet();
    data.metrics[1].levels = {u"Low"_s, u"Medium"_s, u"High"_s};
    data.frameworks[0].ratings[u"scalability"_s].score = 3;
    model->setDataSet(data);
    // 3 of 3 is the outer ring, like 5 of 5.
    compareFuzzy(plotted(chart, u"caffe"_s), {0.8, 1.0, 0.6, 1.0});
    // The rings mean different levels on different spokes: not numbered.
    chart->setSize(QSizeF(600, 600));
    QVERIFY(textsOf(chart, ChartText::Kind::RingNumber).isEmpty());
}

void TestRadarChart::selectedFrameworkIsHighlighted()
{
    const qreal before = chart->lineWidth(u"theano"_s);
    QCOMPARE(chart->lineWidth(u"caffe"_s), before);
    selection->selectFramework(u"theano"_s);
    QVERIFY(chart->lineWidth(u"theano"_s) > before);
    QCOMPARE(chart->lineWidth(u"caffe"_s), before);
}

void TestRadarChart::selectedMetricSpoke()
{
    // Drawn dashed in the dark accent from the centre to the spoke's end: the pixels halfway
    // along the Scalability spoke (to the right of the centre) turn dark.
    const auto darkOnSpoke = [this] {
        const QImage image = render(chart);
        const QPointF middle = chart->center() + QPointF(chart->radius() * 0.45, 0);
        int dark = 0;
        for (int dx = -12; dx <= 12; ++dx)
            dark += image.pixelColor((middle + QPointF(dx, 0)).toPoint()).lightness() < 90;
        return dark;
    };
    const int none = darkOnSpoke();
    selection->selectMetric(u"scalability"_s);
    QVERIFY2(darkOnSpoke() > none + 6, qPrintable(u"%1 vs %2"_s.arg(darkOnSpoke()).arg(none)));
    selection->selectFramework(u"theano"_s);
    QCOMPARE(darkOnSpoke(), none);
}

void TestRadarChart::tooltipTextOnHover()
{
    chart->setSize(QSizeF(600, 600));
    // Theano's Scalability vertex: 0.8 of the radius to the right.
    const QPointF vertex = chart->center() + QPointF(0.8 * chart->radius(), 0);
    QString framework;
    QCOMPARE(chart->toolTipAt(vertex + QPointF(1, 1), &framework),
             u"Theano — Scalability: High (4 of 5)"_s);
    QCOMPARE(framework, u"theano"_s);
    // Away from every vertex and polygon: nothing.
    QVERIFY(chart->toolTipAt(QPointF(2, 2), &framework).isEmpty());
    QVERIFY(framework.isEmpty());
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

// A vertex on the outer ring (Caffe's Ecosystem, Extensive: 5 of 5, on the left spoke) is drawn
// whole: Qt Charts clipped its points to the plot's square, which cut off the outer half.
void TestRadarChart::outerVertexIsWhole()
{
    const QImage image = render(chart);
    const QColor caffe(u"#0072B2"_s);
    const QPointF vertex = chart->vertices(u"caffe"_s).at(3);
    // The 7 × 7 pixels around its centre lie inside the marker (radius 4.5, ringed by 1 px).
    const QPoint at = vertex.toPoint();
    const int filled = TestData::pixelsNear(image.copy(at.x() - 3, at.y() - 3, 7, 7), caffe, 40);
    QVERIFY2(filled >= 40,
             qPrintable(u"%1 of the 49 pixels at the vertex in Caffe's colour"_s.arg(filled)));
}

void TestRadarChart::plotsChosenFrameworks()
{
    chart->setFrameworks(QStringList{u"theano"_s});
    QCOMPARE(chart->plottedFrameworks(), QStringList{u"theano"_s});
    QVERIFY(chart->values(u"caffe"_s).isEmpty());
    // The comparison stays the model's, and is not followed while frameworks are chosen.
    QCOMPARE(model->comparedIds(), QStringList({u"caffe"_s, u"theano"_s}));
    QVERIFY(model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(chart->plottedFrameworks(), QStringList{u"theano"_s});
    // Ratings are still followed.
    QVERIFY(model->setData(model->index(1, model->metricColumn(0)), 5));
    compareFuzzy(plotted(chart, u"theano"_s), {1.0, 0.8, 0.8, 0.6});

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

// The legend goes below a square or tall chart, in columns; beside a wide one.
void TestRadarChart::manyFrameworksAreListedBeside()
{
    QStringList all;
    for (const Framework &framework : model->dataSet().frameworks)
        all << framework.id;
    model->setComparedIds(all);
    const auto legendBox = [this] {
        QRectF box;
        for (const ChartText &text : chart->texts())
            if (text.kind == ChartText::Kind::Legend)
                box = box.united(text.rect);
        return box;
    };
    chart->setSize(QSizeF(560, 710));
    QVERIFY2(legendBox().top() > chart->center().y() + chart->radius(), "below the plot");
    QVERIFY2(legendBox().width() > 280, "in columns across the chart");
    chart->setSize(QSizeF(1200, 800));
    QVERIFY2(legendBox().left() > chart->center().x() + chart->radius(), "beside the plot");
}

void TestRadarChart::legendIsUnderThePlot_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("size");
    // The window's chart pane at 1024 x 640, and an export of the tall size.
    QTest::newRow("2 in a 310 x 560 pane") << 2 << QSize(310, 560);
    QTest::newRow("10 in a 310 x 560 pane") << 10 << QSize(310, 560);
    QTest::newRow("2 at 560 x 710") << 2 << QSize(560, 710);
    QTest::newRow("10 at 560 x 710") << 10 << QSize(560, 710);
}

// In a tall chart the plot is as wide as the chart lets it be, and the legend was at the bottom
// of the picture, far under it (seen failing before the plot and legend were kept together:
// 113 px between them at 560 x 710 with two, 9.4 text lines; 160 px in the 310 x 560 pane).
// Now the legend follows the outer ring
// and its spoke labels, at most two text lines under them, and the plot, legend and note stay
// a group centred in the room under the title.
void TestRadarChart::legendIsUnderThePlot()
{
    QFETCH(int, count);
    QFETCH(QSize, size);
    const QStringList ids{u"caffe"_s, u"theano"_s, u"tensorflow"_s, u"pytorch"_s, u"keras"_s,
                          u"mxnet"_s, u"cntk"_s,   u"torch7"_s,     u"chainer"_s, u"jax"_s};
    model->setComparedIds(ids.mid(0, count));
    chart->setSize(QSizeF(size));
    const QRectF plot(chart->center() - QPointF(chart->radius(), chart->radius()),
                      QSizeF(2, 2) * chart->radius());
    const QString wrong = LegendPlacement::check(
        chart->texts(), plot, {ChartText::Kind::SpokeLabel, ChartText::Kind::RingNumber},
        size.height());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

// A ranged rating: a whisker on its spoke from the ring of its low level to the ring of its high
// one, drawn in its framework's colour (seen failing with RadarRanges::paint() not called: no
// pixel of Caffe's colour along the spoke away from the vertex).
void TestRadarChart::rangeIsAWhiskerAlongItsSpoke()
{
    model->setDataSet(withRanges());
    const QImage image = render(chart);
    const QList<RadarRanges::Whisker> whiskers = chart->whiskers();
    QCOMPARE(whiskers.size(), 1);
    const RadarRanges::Whisker &whisker = whiskers.front();
    QCOMPARE(whisker.frameworkId, u"caffe"_s);
    QCOMPARE(whisker.metric, 0); // Performance: the top spoke
    QCOMPARE(whisker.low, 2);
    QCOMPARE(whisker.high, 5);
    // Along the spoke (up from the centre), from two fifths of the radius to all of it, on it.
    const QPointF center = chart->center();
    const qreal radius = chart->radius();
    QVERIFY(qAbs(whisker.line.p1().x() - center.x()) < 0.01);
    QVERIFY(qAbs(whisker.line.p2().x() - center.x()) < 0.01);
    QVERIFY(qAbs(center.y() - whisker.line.p1().y() - radius * 2 / 5) < 0.01);
    QVERIFY(qAbs(center.y() - whisker.line.p2().y() - radius) < 0.01);
    // Through Caffe's vertex, High being 4 of 5, where its dot is.
    QCOMPARE(whisker.score, chart->vertices(u"caffe"_s).front());
    QVERIFY(qAbs(chart->vertices(u"caffe"_s).front().y() - (center.y() - radius * 4 / 5)) < 0.01);
    // Drawn: Caffe's colour below the vertex (from the Low ring to the Moderate one, where only
    // the grey spoke and the fills would be) and above it.
    const QColor caffe(u"#0072B2"_s);
    const QLineF spoke(center, center - QPointF(0, radius));
    QCOMPARE(pointsOfColor(image, spoke, 0.44, 0.72, caffe), 11);
    QCOMPARE(pointsOfColor(image, spoke, 0.86, 0.96, caffe), 11);
    // Its tooltip says the range, away from the vertex.
    QCOMPARE(chart->toolTipAt(spoke.pointAt(0.5)),
             u"Caffe — Performance: High (4 of 5)\nCould be Low to Very high"_s);
}

// Without a range, nothing is drawn along the spoke: the same points are not Caffe's colour.
void TestRadarChart::ratingWithoutRangeHasNoWhisker()
{
    const QImage image = render(chart);
    QVERIFY(chart->whiskers().isEmpty());
    const QColor caffe(u"#0072B2"_s);
    const QLineF spoke(chart->center(), chart->center() - QPointF(0, chart->radius()));
    QCOMPARE(pointsOfColor(image, spoke, 0.44, 0.72, caffe), 0);
    QCOMPARE(pointsOfColor(image, spoke, 0.86, 0.96, caffe), 0);
    // A hidden framework's range is not drawn either.
    model->setDataSet(withRanges());
    chart->setHidden(u"caffe"_s, true);
    QVERIFY(chart->whiskers().isEmpty());
}

// Two frameworks ranged on one metric: side by side across the spoke, each in its colour, each
// still from its low ring to its high ring.
void TestRadarChart::rangesOfOneSpokeStandSideBySide()
{
    model->setDataSet(withRanges(true));
    const QImage image = render(chart);
    const QList<RadarRanges::Whisker> whiskers = chart->whiskers();
    QCOMPARE(whiskers.size(), 2);
    const QPointF center = chart->center();
    const qreal radius = chart->radius();
    const QColor colors[] = {QColor(u"#0072B2"_s), QColor(u"#D55E00"_s)};
    const int lows[] = {2, 3};
    for (int i = 0; i < 2; ++i) {
        const QLineF &line = whiskers.at(i).line;
        QCOMPARE(whiskers.at(i).low, lows[i]);
        QVERIFY(qAbs(center.y() - line.p1().y() - radius * lows[i] / 5) < 0.01);
        QVERIFY(qAbs(center.y() - line.p2().y() - radius) < 0.01);
        // Half a lane either side of the spoke.
        QVERIFY(qAbs(line.p1().x() - center.x() - whiskers.at(i).offset) < 0.01);
        QVERIFY(qAbs(qAbs(whiskers.at(i).offset) * 2 -
                     RadarRanges::Spacing * whiskers.at(i).width / RadarRanges::Width) < 0.01);
        QCOMPARE(pointsOfColor(image, line, 0.05, 0.3, colors[i]), 11);
    }
    QVERIFY(whiskers.at(0).line.p1().x() < whiskers.at(1).line.p1().x());
}

void TestRadarChart::whiskersAreSaidInTheChartAndToAScreenReader()
{
    chart->setSize(QSizeF(600, 600));
    QVERIFY(textsOf(chart, ChartText::Kind::Note).isEmpty());
    QVERIFY(!chart->description().contains(u"Whiskers"_s));
    model->setDataSet(withRanges());
    QCOMPARE(textsOf(chart, ChartText::Kind::Note),
             QStringList{u"Whiskers along a spoke: the range a rating could be in"_s});
    QVERIFY(chart->description().contains(u"Whiskers along a spoke"_s));
    QVERIFY2(chart->description().contains(
                 u"Caffe: Performance High (4 of 5, could be Low to Very high)"_s),
             qPrintable(chart->description()));
}

QTEST_MAIN(TestRadarChart)
#include "tst_radarchart.moc"
