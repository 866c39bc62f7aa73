// SPDX-License-Identifier: GPL-3.0-or-later
// The two views that stay exact at any number of frameworks: bars per metric, and the weighted
// score as stacked bars.
#include "BarsChart.h"
#include "FrameworkModel.h"
#include "LegendPlacement.h"
#include "ScoreChart.h"
#include "TestData.h"

#include <QPainter>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

class TestBarsChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void barPerFrameworkAndMetric();
    void notRatedIsSaidNotDrawnAsZero();
    void barsFollowEditsAndHiding();
    void scoreIsBestFirstAndAddsUp();
    void scoreFollowsWeightsLive();
    void partialScoreIsMarked();
    void rangeIsAnErrorBar();
    void ratingWithoutRangeHasNoErrorBar();
    void metricNamesStayInANarrowChart();
    void legendIsUnderTheBars_data();
    void legendIsUnderTheBars();

private:
    const ChartText *textAt(const ChartDrawing &chart, ChartText::Kind kind, const QRectF &band);
    FrameworkModel *model = nullptr;
};

void TestBarsChart::init()
{
    model = new FrameworkModel;
    model->setDataSet(TestData::bundled());
}

void TestBarsChart::cleanup()
{
    delete model;
}

const ChartText *TestBarsChart::textAt(const ChartDrawing &chart, ChartText::Kind kind,
                                       const QRectF &band)
{
    for (const ChartText &text : chart.texts())
        if (text.kind == kind && text.rect.center().y() >= band.top() &&
            text.rect.center().y() <= band.bottom())
            return &text;
    return nullptr;
}

void TestBarsChart::barPerFrameworkAndMetric()
{
    BarsChart chart(model, nullptr);
    chart.setSize(QSizeF(800, 800));
    QCOMPARE(chart.bars().size(), 2 * 4);
    // Caffe's Performance: High, 4 of 5: four fifths of the full length, labelled "High".
    const BarsChart::Bar &caffe = chart.bars().at(0);
    QCOMPARE(caffe.frameworkId, u"caffe"_s);
    QCOMPARE(caffe.metric, 0);
    QCOMPARE(caffe.score, 4);
    QVERIFY(qAbs(caffe.bar.width() - 4 * caffe.perLevel) < 0.01);
    QCOMPARE(textAt(chart, ChartText::Kind::Value, caffe.row)->text, u"High"_s);
    // In its framework's colour, the tooltip says the rating.
    QCOMPARE(chart.toolTipAt(caffe.bar.center()), u"Caffe — Performance: High (4 of 5)"_s);
}

void TestBarsChart::notRatedIsSaidNotDrawnAsZero()
{
    QVERIFY(model->setData(model->index(1, model->metricColumn(2)), 0)); // Theano: not rated
    BarsChart chart(model, nullptr);
    chart.setSize(QSizeF(800, 800));
    const auto it =
        std::find_if(chart.bars().cbegin(), chart.bars().cend(), [](const BarsChart::Bar &bar) {
            return bar.frameworkId == u"theano"_s && bar.metric == 2;
        });
    QVERIFY(it != chart.bars().cend());
    QVERIFY(!it->score);
    QVERIFY(it->bar.isEmpty());
    QCOMPARE(textAt(chart, ChartText::Kind::Value, it->row)->text, u"Not rated"_s);
}

void TestBarsChart::barsFollowEditsAndHiding()
{
    BarsChart chart(model, nullptr);
    chart.setSize(QSizeF(800, 800));
    const qreal before = chart.bars().at(0).bar.width();
    QVERIFY(model->setData(model->index(0, model->metricColumn(0)), 5));
    QVERIFY(chart.bars().at(0).bar.width() > before);
    model->undoStack()->undo();
    QCOMPARE(chart.bars().at(0).bar.width(), before);
    chart.setHidden(u"caffe"_s, true); // a click on its legend entry
    QCOMPARE(chart.bars().size(), 4);
    QVERIFY(!chart.legendKeyAt(QPointF(-10, -10)).size());
}

void TestBarsChart::scoreIsBestFirstAndAddsUp()
{
    QStringList all;
    for (const Framework &framework : model->dataSet().frameworks)
        all << framework.id;
    model->setComparedIds(all);
    ScoreChart chart(model, nullptr);
    chart.setSize(QSizeF(800, 800));
    QCOMPARE(chart.rows().size(), all.size());
    double previous = 11;
    for (const ScoreChart::Row &row : chart.rows()) {
        QVERIFY(row.score);
        QVERIFY(*row.score <= previous);
        previous = *row.score;
        double sum = 0;
        for (const ScoreChart::Segment &segment : row.segments)
            sum += segment.contribution;
        QVERIFY2(qAbs(sum - *row.score) < 1e-9, qPrintable(row.frameworkId));
        // The total at the end of the bar.
        QCOMPARE(textAt(chart, ChartText::Kind::Value, row.band)->text,
                 QString::number(*row.score, 'f', 1));
    }
    QCOMPARE(chart.rows().first().frameworkId, u"tensorflow"_s);
}

void TestBarsChart::scoreFollowsWeightsLive()
{
    ScoreChart chart(model, nullptr);
    chart.setSize(QSizeF(800, 800));
    QCOMPARE(chart.rows().first().frameworkId, u"caffe"_s); // 7.5 against Theano's 7.0
    QCOMPARE(chart.rows().first().segments.size(), 4);
    // Ecosystem, where Caffe leads, weighted 0: no segment, and Theano comes first.
    QVERIFY(model->setWeight(3, 0));
    QCOMPARE(chart.rows().first().frameworkId, u"theano"_s);
    for (const ScoreChart::Row &row : chart.rows()) {
        QCOMPARE(row.segments.size(), 3);
        for (const ScoreChart::Segment &segment : row.segments)
            QVERIFY(segment.metric != 3);
    }
}

void TestBarsChart::partialScoreIsMarked()
{
    QVERIFY(model->setData(model->index(1, model->metricColumn(2)), 0)); // Theano: not rated
    ScoreChart chart(model, nullptr);
    chart.setSize(QSizeF(800, 800));
    const auto it =
        std::find_if(chart.rows().cbegin(), chart.rows().cend(),
                     [](const ScoreChart::Row &row) { return row.frameworkId == u"theano"_s; });
    QVERIFY(it != chart.rows().cend() && it->partial);
    QVERIFY(textAt(chart, ChartText::Kind::Value, it->band)->text.endsWith(u'*'));
    bool explained = false;
    for (const ChartText &text : chart.texts())
        explained |= text.kind == ChartText::Kind::Note && text.text.startsWith(u'*');
    QVERIFY(explained);
}

namespace {

QImage render(const ChartDrawing &chart)
{
    QImage image(chart.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.paint(&painter);
    return image;
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 24 && qAbs(a.green() - b.green()) <= 24 &&
           qAbs(a.blue() - b.blue()) <= 24;
}

} // namespace

// Caffe's Performance, High (4 of 5) that could be Low to Very high (2 to 5): an error bar from
// level 2 to level 5 on the bars' scale, across the middle of its bar, drawn in the text's
// colour; the label after it, saying the range. Seen failing with drawErrorBar() not called: the
// pixels on the line are the bar's blue inside it and white beyond it.
void TestBarsChart::rangeIsAnErrorBar()
{
    DataSet data = TestData::bundled();
    data.frameworks[0].ratings[u"performance"_s].range = std::pair(2, 5);
    model->setDataSet(data);
    BarsChart chart(model, nullptr);
    chart.setSize(QSizeF(800, 800));
    const BarsChart::Bar &caffe = chart.bars().at(0);
    QCOMPARE(caffe.frameworkId, u"caffe"_s);
    QCOMPARE(caffe.range, std::optional(std::pair(2, 5)));
    QVERIFY(qAbs(caffe.errorBar.x1() - (caffe.origin + 2 * caffe.perLevel)) < 0.01);
    QVERIFY(qAbs(caffe.errorBar.x2() - (caffe.origin + 5 * caffe.perLevel)) < 0.01);
    QVERIFY(qAbs(caffe.errorBar.y1() - caffe.row.center().y()) < 0.01);
    QCOMPARE(caffe.errorBar.y1(), caffe.errorBar.y2());
    const ChartText *label = textAt(chart, ChartText::Kind::Value, caffe.row);
    QCOMPARE(label->text, u"High, 2–5"_s);
    QVERIFY2(label->rect.left() > caffe.errorBar.x2() + BarsChart::ErrorBarWidth,
             "the label is clear of the error bar's end");
    QVERIFY(label->rect.right() <= chart.size().width());

    const QImage image = render(chart);
    const QColor ink(0x20, 0x20, 0x20);
    const int y = int(caffe.errorBar.y1());
    // Inside the bar (Low to High) and beyond it (High to Very high): the line.
    for (const qreal level : {2.5, 3.0, 3.5, 4.3, 4.6, 4.9})
        QVERIFY2(near(image.pixelColor(int(caffe.origin + level * caffe.perLevel), y), ink),
                 qPrintable(u"no error bar at level %1"_s.arg(level)));
    // Not before the low end.
    QVERIFY(
        near(image.pixelColor(int(caffe.origin + 1.5 * caffe.perLevel), y), QColor(u"#0072B2"_s)));
    QVERIFY(chart.description().contains(u"Error bars: the range a rating could be in"_s));
    bool noted = false;
    for (const ChartText &text : chart.texts())
        noted |= text.kind == ChartText::Kind::Note &&
                 text.text == u"Error bars: the range a rating could be in"_s;
    QVERIFY(noted);
}

// The bundled data has no range: no error bar, the middle of each bar is its colour, no note.
void TestBarsChart::ratingWithoutRangeHasNoErrorBar()
{
    BarsChart chart(model, nullptr);
    chart.setSize(QSizeF(800, 800));
    const QImage image = render(chart);
    const BarsChart::Bar &caffe = chart.bars().at(0);
    QVERIFY(!caffe.range);
    QVERIFY(caffe.errorBar.isNull());
    const int y = int(caffe.row.center().y());
    for (const qreal level : {2.5, 3.0, 3.5})
        QVERIFY(near(image.pixelColor(int(caffe.origin + level * caffe.perLevel), y),
                     QColor(u"#0072B2"_s)));
    for (const ChartText &text : chart.texts())
        QVERIFY(text.kind != ChartText::Kind::Note);
}

// In the window's narrow chart pane a quarter of the plot is narrower than "Performance" in bold:
// the name, which cannot break inside its one word, ran out of the picture on the left (seen
// failing before nameWidthFor(): "Performance" at x = -4.1 in a chart 290 px wide).
void TestBarsChart::metricNamesStayInANarrowChart()
{
    BarsChart chart(model, nullptr);
    chart.setSize(QSizeF(290, 560));
    int names = 0;
    for (const ChartText &text : chart.texts()) {
        if (text.kind != ChartText::Kind::Category)
            continue;
        ++names;
        QVERIFY2(text.rect.left() >= 0,
                 qPrintable(text.text + u" at x = %1"_s.arg(text.rect.left())));
        for (const BarsChart::Bar &bar : chart.bars())
            QVERIFY(!text.rect.intersects(bar.bar));
    }
    QCOMPARE(names, 4);
}

void TestBarsChart::legendIsUnderTheBars_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("size");
    // The window's chart pane at 1024 x 640, and an export of the tall size.
    QTest::newRow("2 in a 310 x 560 pane") << 2 << QSize(310, 560);
    QTest::newRow("10 in a 310 x 560 pane") << 10 << QSize(310, 560);
    QTest::newRow("2 at 560 x 710") << 2 << QSize(560, 710);
    QTest::newRow("10 at 560 x 710") << 10 << QSize(560, 710);
}

// A few bars in a tall chart left the legend at the bottom of the picture, far under the last
// bar (seen failing before the bars and legend were kept together: 232 px between them at
// 560 x 710 with two, 21 text lines; ten fill the height and passed). Now it follows
// the last bar and its labels, at most two text lines under them, and the bars, legend and
// note stay a group centred in the room under the title. The chart is as tall as the window or
// the exporter makes it (neededHeight()).
void TestBarsChart::legendIsUnderTheBars()
{
    QFETCH(int, count);
    QFETCH(QSize, size);
    const QStringList ids{u"caffe"_s, u"theano"_s, u"tensorflow"_s, u"pytorch"_s, u"keras"_s,
                          u"mxnet"_s, u"cntk"_s,   u"torch7"_s,     u"chainer"_s, u"jax"_s};
    model->setComparedIds(ids.mid(0, count));
    BarsChart chart(model, nullptr);
    const qreal height = chart.neededHeight(size.width(), size.height());
    chart.setSize(QSizeF(size.width(), height));
    QCOMPARE(chart.bars().size(), count * model->metricCount());
    QRectF bars;
    for (const BarsChart::Bar &bar : chart.bars())
        bars = bars.isNull() ? bar.row : bars.united(bar.row);
    const QString wrong = LegendPlacement::check(
        chart.texts(), bars, {ChartText::Kind::Category, ChartText::Kind::Value}, height);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

QTEST_MAIN(TestBarsChart)
#include "tst_barschart.moc"
