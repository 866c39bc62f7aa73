// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' geometry, read from the drawing itself and from its SVG export: every text inside
// the picture and on no other, none smaller than 9 px, the overlay's plot at least 0.55 of the
// smaller side, no ring number under a vertex or a range's whisker. The SVG checks use only the
// exporter's public interface, so that they ran on the charts before they were laid out by Versus
// (and failed).
#include "ChartDrawing.h"
#include "ChartExporter.h"
#include "FrameworkModel.h"
#include "RadarChart.h"
#include "SvgGeometry.h"
#include "TestData.h"

#include <QFontMetricsF>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

constexpr qreal MinTextPixels = SvgGeometry::MinTextPixels;

const QStringList allIds{u"caffe"_s, u"theano"_s, u"tensorflow"_s, u"pytorch"_s, u"keras"_s,
                         u"mxnet"_s, u"cntk"_s,   u"torch7"_s,     u"chainer"_s, u"jax"_s};

QStringList firstIds(int count)
{
    return allIds.mid(0, count);
}

// The bundled data with every rating ranged over all its metric's levels: a whisker (an error
// bar) from the first ring to the last on every spoke of every framework, ten side by side,
// across the places the inner ring numbers would take.
DataSet everyRatingRanged()
{
    DataSet data = TestData::bundled();
    for (Framework &framework : data.frameworks)
        for (const Metric &metric : data.metrics)
            if (const auto it = framework.ratings.find(metric.id); it != framework.ratings.end())
                it->range = std::pair(1, metric.levelCount());
    return data;
}

using SvgGeometry::describe;

} // namespace

class TestChartGeometry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drawing_data();
    void drawing();
    void svg_data();
    void svg();
    void svgIsTheSameDrawing_data();
    void svgIsTheSameDrawing();
    void ringNumbersAvoidWhiskers_data();
    void ringNumbersAvoidWhiskers();

private:
    void addRows(bool withNewLayouts);
    FrameworkModel *model = nullptr;
};

void TestChartGeometry::init()
{
    model = new FrameworkModel;
    model->setDataSet(TestData::bundled());
}

void TestChartGeometry::cleanup()
{
    delete model;
}

void TestChartGeometry::addRows(bool withNewLayouts)
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("layout");
    QTest::addColumn<bool>("ranged");
    const QList<QPair<QString, int>> layouts{
        {u"overlay"_s, 0}, {u"grid"_s, 1}, {u"bars"_s, 2}, {u"score"_s, 3}};
    for (const auto &[name, layout] : layouts) {
        if (!withNewLayouts && layout > 1)
            continue;
        for (int count : {1, 2, 4, 10})
            for (const QSize size :
                 {QSize(480, 480), QSize(560, 710), QSize(800, 800), QSize(1200, 900)})
                QTest::addRow("%s %d %dx%d", qPrintable(name), count, size.width(), size.height())
                    << count << size << layout << false;
    }
    // With ranges: the note saying what the marks mean, and whiskers the ring numbers avoid.
    for (const auto &[name, layout] : layouts) {
        if (layout == 3)
            continue; // the score chart draws no rating
        for (int count : {2, 10})
            for (const QSize size :
                 {QSize(480, 480), QSize(560, 710), QSize(800, 800), QSize(1200, 900)})
                QTest::addRow("%s ranged %d %dx%d", qPrintable(name), count, size.width(),
                              size.height())
                    << count << size << layout << true;
    }
}

void TestChartGeometry::drawing_data()
{
    addRows(true);
}

void TestChartGeometry::drawing()
{
    QFETCH(int, count);
    QFETCH(QSize, size);
    QFETCH(int, layout);
    QFETCH(bool, ranged);
    if (ranged)
        model->setDataSet(everyRatingRanged());
    ChartExporter::Options options;
    options.size = size;
    options.layout = ChartExporter::Layout(layout);
    options.frameworks = firstIds(count);
    const ChartExporter exporter(model);
    const std::unique_ptr<ChartDrawing> chart = exporter.drawing(options);
    const QRectF picture(QPointF(0, 0), chart->size());
    QCOMPARE(chart->size().width(), qreal(size.width()));
    QVERIFY(chart->size().height() >= size.height());
    const QList<ChartText> texts = chart->texts();
    QVERIFY(texts.size() >= 4);
    for (int i = 0; i < texts.size(); ++i) {
        const ChartText &text = texts.at(i);
        QVERIFY2(
            picture.contains(text.rect),
            qPrintable(text.text + u" at "_s + describe(text.rect) + u" leaves the picture"_s));
        QVERIFY2(text.font.pixelSize() >= MinTextPixels,
                 qPrintable(text.text + u" is %1 px"_s.arg(text.font.pixelSize())));
        // What is drawn fits the rectangle it was given: nothing spills onto a neighbour.
        const QRectF needed = QFontMetricsF(text.font).boundingRect(
            QRectF(QPointF(0, 0), text.rect.size()), text.flags, text.text);
        QVERIFY2(needed.width() <= text.rect.width() + 1 &&
                     needed.height() <= text.rect.height() + 1,
                 qPrintable(text.text + u" needs "_s + describe(needed) + u" in "_s +
                            describe(text.rect)));
        for (int j = 0; j < i; ++j)
            QVERIFY2(!text.rect.intersects(texts.at(j).rect),
                     qPrintable(text.text + u" "_s + describe(text.rect) + u" is on "_s +
                                texts.at(j).text + u" "_s + describe(texts.at(j).rect)));
    }
    if (options.layout != ChartExporter::Layout::Overlay)
        return;
    const auto *radar = static_cast<const RadarChart *>(chart.get());
    const qreal smaller = qMin(size.width(), size.height());
    QVERIFY2(2 * radar->radius() >= 0.55 * smaller,
             qPrintable(u"the plot is %1 across, %2 of %3"_s.arg(2 * radar->radius())
                            .arg(2 * radar->radius() / smaller)
                            .arg(smaller)));
    // No ring number where a vertex can be drawn, on any spoke at any level.
    const qreal r = RadarChart::VertexRadius;
    int numbers = 0;
    for (const ChartText &text : texts) {
        if (text.kind != ChartText::Kind::RingNumber)
            continue;
        ++numbers;
        for (const QPointF &vertex : radar->possibleVertices())
            QVERIFY2(!text.rect.intersects(QRectF(vertex - QPointF(r, r), QSizeF(2 * r, 2 * r))),
                     qPrintable(u"ring number "_s + text.text + u" is under a vertex"_s));
        // Nor under a whisker: its line, as wide as drawn with its halo, sampled every pixel.
        for (const RadarRanges::Whisker &whisker : radar->whiskers()) {
            const qreal half = whisker.width / 2 + 1;
            for (qreal t = 0; t <= 1; t += 1 / std::max(1.0, whisker.line.length()))
                QVERIFY2(!text.rect.intersects(QRectF(whisker.line.pointAt(t) - QPointF(half, half),
                                                      QSizeF(2 * half, 2 * half))),
                         qPrintable(u"ring number "_s + text.text + u" is under a whisker"_s));
        }
    }
    if (ranged) {
        qsizetype ratings = 0;
        for (const Framework &framework : model->dataSet().frameworks)
            if (options.frameworks->contains(framework.id))
                ratings += framework.ratings.size();
        QCOMPARE(radar->whiskers().size(), ratings); // a whisker for every ranged rating
    }
    QVERIFY2(numbers >= 3, "the rings are numbered");
}

void TestChartGeometry::svg_data()
{
    addRows(true);
}

// The same from the SVG, as any program reading the export sees it: the checks that
// tests/tools/svggeometry runs on files (docs/charts.md: what they found in the old program's).
void TestChartGeometry::svg()
{
    QFETCH(int, count);
    QFETCH(QSize, size);
    QFETCH(int, layout);
    QFETCH(bool, ranged);
    if (ranged)
        model->setDataSet(everyRatingRanged());
    ChartExporter::Options options;
    options.size = size;
    options.layout = ChartExporter::Layout(layout);
    options.frameworks = firstIds(count);
    QString error;
    const QByteArray bytes =
        ChartExporter(model).toBytes(ChartExporter::Format::Svg, options, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    const SvgGeometry::Picture svg = SvgGeometry::read(bytes);
    QCOMPARE(svg.box.width(), qreal(size.width()));
    QVERIFY(svg.texts.size() >= 4);
    const bool overlay = options.layout == ChartExporter::Layout::Overlay;
    if (overlay)
        QVERIFY(!svg.markers.isEmpty());
    const QStringList problems = SvgGeometry::problems(svg, overlay);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestChartGeometry::svgIsTheSameDrawing_data()
{
    QTest::addColumn<int>("layout");
    QTest::newRow("overlay") << 0;
    QTest::newRow("grid") << 1;
    QTest::newRow("bars") << 2;
    QTest::newRow("score") << 3;
}

// Every text line of the SVG is one of the drawing's texts, where the drawing put it: the SVG
// can be read for the geometry as well as the drawing.
void TestChartGeometry::svgIsTheSameDrawing()
{
    QFETCH(int, layout);
    ChartExporter::Options options;
    options.size = QSize(800, 800);
    options.layout = ChartExporter::Layout(layout);
    options.frameworks = firstIds(4);
    const ChartExporter exporter(model);
    const SvgGeometry::Picture svg =
        SvgGeometry::read(exporter.toBytes(ChartExporter::Format::Svg, options));
    const std::unique_ptr<ChartDrawing> chart = exporter.drawing(options);
    const QList<ChartText> texts = chart->texts();
    QVERIFY(!svg.texts.isEmpty());
    int lines = 0;
    for (const SvgGeometry::Text &line : svg.texts) {
        const bool placed = std::any_of(texts.cbegin(), texts.cend(), [&](const ChartText &text) {
            return text.text.contains(line.text.trimmed()) &&
                   text.rect.adjusted(-2, -2, 2, 2).contains(line.rect);
        });
        QVERIFY2(placed, qPrintable(line.text + u" at "_s + describe(line.rect)));
        ++lines;
    }
    // And every text of the drawing is in the SVG.
    for (const ChartText &text : texts)
        QVERIFY2(std::any_of(svg.texts.cbegin(), svg.texts.cend(),
                             [&](const SvgGeometry::Text &line) {
                                 return text.text.startsWith(line.text.trimmed());
                             }),
                 qPrintable(text.text));
    QVERIFY(lines >= texts.size());
}

void TestChartGeometry::ringNumbersAvoidWhiskers_data()
{
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(480, 480), QSize(560, 710), QSize(800, 800), QSize(1200, 900)})
        QTest::addRow("%dx%d", size.width(), size.height()) << size;
}

// With eight metrics the spokes are 45 degrees apart and the ring numbers, halfway between the
// first two, lie close enough to the top spoke that ten whiskers side by side would run under the
// inner ones (seen failing with RadarGeometry told of vertices only: "ring number 1 (2) is under
// a whisker" at every size).
void TestChartGeometry::ringNumbersAvoidWhiskers()
{
    QFETCH(QSize, size);
    DataSet data = everyRatingRanged();
    for (int i = 0; i < 4; ++i) {
        Metric metric = data.metrics.at(i);
        metric.id += u"_again"_s;
        metric.name += u" again"_s;
        data.metrics << metric;
        for (Framework &framework : data.frameworks)
            if (const Rating *rating = framework.rating(data.metrics.at(i).id))
                framework.ratings.insert(metric.id, *rating);
    }
    model->setDataSet(data);
    ChartExporter::Options options;
    options.size = size;
    options.layout = ChartExporter::Layout::Overlay;
    options.frameworks = firstIds(10);
    const std::unique_ptr<ChartDrawing> chart = ChartExporter(model).drawing(options);
    const auto *radar = static_cast<const RadarChart *>(chart.get());
    QVERIFY(radar->whiskers().size() >= 60);
    int numbers = 0;
    for (const ChartText &text : chart->texts()) {
        if (text.kind != ChartText::Kind::RingNumber)
            continue;
        ++numbers;
        for (const RadarRanges::Whisker &whisker : radar->whiskers()) {
            const qreal half = whisker.width / 2 + 1;
            for (qreal t = 0; t <= 1; t += 1 / std::max(1.0, whisker.line.length()))
                QVERIFY2(!text.rect.intersects(QRectF(whisker.line.pointAt(t) - QPointF(half, half),
                                                      QSizeF(2 * half, 2 * half))),
                         qPrintable(u"ring number "_s + text.text + u" is under a whisker"_s));
        }
    }
    // Ten whiskers side by side take 45 px across a spoke: at 480 x 480 rings 4 and 5 keep theirs.
    QVERIFY2(numbers >= 2, "the outer rings are still numbered");
}

QTEST_MAIN(TestChartGeometry)
#include "tst_chartgeometry.moc"
