// SPDX-License-Identifier: GPL-3.0-or-later
// Where the score chart puts its legend: right under the bars and their scale, whatever the
// number of bars, in the window's pane and in exports.
#include "ChartExporter.h"
#include "FrameworkModel.h"
#include "ScoreChart.h"
#include "TestData.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// The legend's top, and the bottom of everything drawn above it (bars, scale, note).
struct Gap
{
    qreal barsBottom = 0;
    qreal legendTop = 0;
    qreal pixelSize = 0;
};

Gap gapOf(const ScoreChart &chart)
{
    Gap gap;
    gap.legendTop = chart.size().height();
    for (const ChartText &text : chart.texts()) {
        if (text.kind == ChartText::Kind::Legend) {
            gap.legendTop = qMin(gap.legendTop, text.rect.top());
            gap.pixelSize = text.font.pixelSize();
        } else if (text.kind != ChartText::Kind::Title) {
            gap.barsBottom = qMax(gap.barsBottom, text.rect.bottom());
        }
    }
    for (const ScoreChart::Row &row : chart.rows())
        gap.barsBottom = qMax(gap.barsBottom, row.band.bottom());
    return gap;
}

} // namespace

class TestScoreChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void legendIsUnderTheBars_data();
    void legendIsUnderTheBars();

private:
    FrameworkModel *model = nullptr;
};

void TestScoreChart::init()
{
    model = new FrameworkModel;
    model->setDataSet(TestData::bundled());
}

void TestScoreChart::cleanup()
{
    delete model;
}

void TestScoreChart::legendIsUnderTheBars_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("size");
    // Two bars in the window's chart pane at 1024 x 640 and at 1280 x 800, and in exports.
    QTest::newRow("2 in a 350 x 560 pane") << 2 << QSize(350, 560);
    QTest::newRow("2 in a 540 x 700 pane") << 2 << QSize(540, 700);
    QTest::newRow("2 at 800 x 800") << 2 << QSize(800, 800);
    QTest::newRow("1 at 1200 x 900") << 1 << QSize(1200, 900);
    QTest::newRow("4 at 560 x 710") << 4 << QSize(560, 710);
    QTest::newRow("10 at 800 x 800") << 10 << QSize(800, 800);
}

// Two short bars in a tall chart had the legend at the bottom of the picture, 500 pixels
// under them at 800 x 800: now it follows the scale, a text line's height under it at most.
void TestScoreChart::legendIsUnderTheBars()
{
    QFETCH(int, count);
    QFETCH(QSize, size);
    const QStringList ids{u"caffe"_s, u"theano"_s, u"tensorflow"_s, u"pytorch"_s, u"keras"_s,
                          u"mxnet"_s, u"cntk"_s,   u"torch7"_s,     u"chainer"_s, u"jax"_s};
    ChartExporter::Options options;
    options.size = size;
    options.layout = ChartExporter::Layout::Score;
    options.frameworks = ids.mid(0, count);
    const std::unique_ptr<ChartDrawing> drawing = ChartExporter(model).drawing(options);
    const auto *chart = static_cast<const ScoreChart *>(drawing.get());
    QCOMPARE(chart->rows().size(), count);
    const Gap gap = gapOf(*chart);
    QVERIFY(gap.pixelSize > 0);
    const qreal space = gap.legendTop - gap.barsBottom;
    QVERIFY2(space >= 0, qPrintable(u"the legend is %1 px into the bars"_s.arg(-space)));
    QVERIFY2(space <= 2 * gap.pixelSize,
             qPrintable(u"%1 px between the bars' scale (bottom at %2) and the legend (top at "
                        "%3), %4 text lines"_s.arg(space)
                            .arg(gap.barsBottom)
                            .arg(gap.legendTop)
                            .arg(space / gap.pixelSize, 0, 'f', 1)));
    // The legend and the bars stay a group in the room under the title: as much room above
    // the bars as under the legend.
    qreal titleBottom = 0;
    for (const ChartText &text : chart->texts())
        if (text.kind == ChartText::Kind::Title)
            titleBottom = qMax(titleBottom, text.rect.bottom());
    qreal legendBottom = 0;
    for (const ChartText &text : chart->texts())
        if (text.kind == ChartText::Kind::Legend)
            legendBottom = qMax(legendBottom, text.rect.bottom());
    const qreal above = chart->rows().first().band.top() - titleBottom;
    const qreal below = chart->size().height() - legendBottom;
    QVERIFY2(qAbs(above - below) <= 3 * gap.pixelSize,
             qPrintable(u"%1 px above the bars, %2 px under the legend"_s.arg(above).arg(below)));
}

QTEST_MAIN(TestScoreChart)
#include "tst_scorechart.moc"
