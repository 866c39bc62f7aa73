// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonTable.h"
#include "ExportChartDialog.h"
#include "FrameworkModel.h"
#include "GridChart.h"
#include "MainWindow.h"
#include "RadarChart.h"
#include "RadarChartView.h"
#include "RankingPanel.h"
#include "RankingProxyModel.h"
#include "SmallMultiplesView.h"
#include "TestData.h"
#include "WeightsEditor.h"
#include "Windows.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTransposeProxyModel>
#include <QUndoStack>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// CIE L*a*b* (D65) of an sRGB colour, to measure how different two colours look.
std::array<double, 3> lab(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear(color.redF());
    const double g = linear(color.greenF());
    const double b = linear(color.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const QColor &a, const QColor &b)
{
    const auto p = lab(a);
    const auto q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

QImage render(RadarChart *chart, int side = 600)
{
    chart->setSize(QSizeF(side, side));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart->paint(&painter);
    return image;
}

// The middle of a framework's legend entry, where a person clicks.
QPointF legendEntry(const RadarChart &chart, const QString &id)
{
    for (const ChartText &text : chart.texts())
        if (text.kind == ChartText::Kind::Legend && text.key == id)
            return text.rect.center();
    return {-1, -1};
}

} // namespace

class TestDecisionSupport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void weightSpinBoxUpdatesTableAndRankingUndoRestores();
    void weightStepsAreOneUndoStep();
    void weightsAreRememberedForFilesWithout();
    void scoreRowInTheTable();
    void filterThenCompareThese();
    void tenComparedHaveTenDistinctColours();
    void legendClickTogglesSeries();
    void hoveredSeriesIsRaised();
    void smallMultiplesToggle();
    void smallMultiplesScrollWhenTheyGrow();
    void manyMetricsLeaveTheRankingInView();

private:
    MainWindow *window = nullptr;
};

void TestDecisionSupport::initTestCase()
{
    // Settings and data go to the test folders (inside the build tree: see tests/CMakeLists.txt).
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"versus-test"_s);
    QSettings().clear();
}

void TestDecisionSupport::cleanup()
{
    if (window) {
        window->document()->discardRecovery();
        delete window;
        window = nullptr;
    }
    QSettings().clear();
}

void TestDecisionSupport::weightSpinBoxUpdatesTableAndRankingUndoRestores()
{
    window = Windows::showBundled();
    FrameworkModel *model = window->model();
    RankingPanel *ranking = window->rankingPanel();
    QSpinBox *performance = window->findChild<QSpinBox *>(u"weight:performance"_s);
    QSpinBox *ecosystem = window->findChild<QSpinBox *>(u"weight:ecosystem"_s);
    QVERIFY(performance && ecosystem);
    QCOMPARE(performance->value(), 1);

    // The table's score row, as the person reads it: the transposed model's cell.
    const auto tableScore = [&](const QString &id) {
        const QModelIndex source = model->index(model->rowOfFramework(id), model->scoreColumn());
        return window->table()->proxy()->mapFromSource(source).data().toString();
    };
    const auto rankingFirst = [&]() -> QString {
        const QAbstractItemModel *list = ranking->view()->model();
        return list->index(0, 0).data().toString() + u' ' +
               list->index(0, model->scoreColumn()).data().toString();
    };
    // All weights 1 on the bundled data: TensorFlow and PyTorch share the top (4, 5, 4, 5 → 9.0),
    // TensorFlow first as it comes first in the file.
    QCOMPARE(tableScore(u"caffe"_s), u"7.5"_s);
    QCOMPARE(rankingFirst(), u"TensorFlow 9.0"_s);

    // Typed into the spin boxes as a person would: select all, type, Enter. Ease of use 5 and
    // Ecosystem 0 put Keras (4, 4, 5) on top and Theano ahead of Caffe:
    // Keras (4/5 + 4/5 + 5 × 5/5) / 7 × 10 = 9.43, Theano 7.71, Caffe 6.29.
    QSpinBox *ease = window->findChild<QSpinBox *>(u"weight:ease_of_use"_s);
    QVERIFY(ease);
    ease->setFocus();
    ease->selectAll();
    QTest::keyClicks(ease, u"5"_s);
    QTest::keyClick(ease, Qt::Key_Enter);
    ecosystem->setFocus();
    ecosystem->selectAll();
    QTest::keyClicks(ecosystem, u"0"_s);
    QTest::keyClick(ecosystem, Qt::Key_Enter);
    QTRY_COMPARE(tableScore(u"caffe"_s), u"6.3"_s);
    QCOMPARE(tableScore(u"theano"_s), u"7.7"_s);
    QCOMPARE(tableScore(u"keras"_s), u"9.4"_s);
    QCOMPARE(rankingFirst(), u"Keras 9.4"_s);
    QVERIFY(window->isWindowModified());
    // Two steps: one a weight.
    QCOMPARE(model->undoStack()->count(), 2);

    // Undo, twice, through the Edit menu's action, restores the scores, the order and the boxes.
    QAction *undo = window->findChild<QAction *>(u"actionUndo"_s);
    QVERIFY(undo);
    undo->trigger();
    undo->trigger();
    QCOMPARE(tableScore(u"caffe"_s), u"7.5"_s);
    QCOMPARE(tableScore(u"keras"_s), u"8.5"_s);
    QCOMPARE(rankingFirst(), u"TensorFlow 9.0"_s);
    QCOMPARE(performance->value(), 1);
    QCOMPARE(ease->value(), 1);
    QCOMPARE(ecosystem->value(), 1);
    QVERIFY(!window->isWindowModified());
}

// Stepping a weight's spin box with the arrow key, 1 to 4, is one undo step; the next weight
// is one of its own.
void TestDecisionSupport::weightStepsAreOneUndoStep()
{
    window = Windows::showBundled();
    FrameworkModel *model = window->model();
    QSpinBox *performance = window->findChild<QSpinBox *>(u"weight:performance"_s);
    QSpinBox *ecosystem = window->findChild<QSpinBox *>(u"weight:ecosystem"_s);
    QVERIFY(performance && ecosystem);
    performance->setFocus();
    for (int step = 0; step < 3; ++step)
        QTest::keyClick(performance, Qt::Key_Up);
    QCOMPARE(performance->value(), 4);
    QCOMPARE(model->undoStack()->count(), 1);
    QCOMPARE(model->undoStack()->undoText(), u"Set the weight of Performance to 4"_s);
    ecosystem->setFocus();
    QTest::keyClick(ecosystem, Qt::Key_Down);
    QCOMPARE(model->undoStack()->count(), 2);

    QAction *undo = window->findChild<QAction *>(u"actionUndo"_s);
    undo->trigger();
    QCOMPARE(ecosystem->value(), 1);
    QCOMPARE(performance->value(), 4);
    undo->trigger();
    QCOMPARE(performance->value(), 1);
    QVERIFY(!window->isWindowModified());
}

void TestDecisionSupport::weightsAreRememberedForFilesWithout()
{
    window = Windows::showBundled();
    QSpinBox *ease = window->findChild<QSpinBox *>(u"weight:ease_of_use"_s);
    QVERIFY(ease);
    ease->setValue(0);
    delete window;
    window = nullptr;

    // A new window on data without weights applies the remembered ones, as no edit.
    window = Windows::showBundled();
    ease = window->findChild<QSpinBox *>(u"weight:ease_of_use"_s);
    QCOMPARE(ease->value(), 0);
    QCOMPARE(window->model()->weight(window->model()->dataSet().metricIndex(u"ease_of_use"_s)), 0);
    QVERIFY(!window->isWindowModified());
    // A file with weights of its own shows them.
    QVERIFY(window->openFile(TestData::file(u"valid/weights.json"_s)));
    ease = window->findChild<QSpinBox *>(u"weight:ease_of_use"_s);
    QCOMPARE(ease->value(), 1);
    QCOMPARE(window->findChild<QSpinBox *>(u"weight:performance"_s)->value(), 5);
}

void TestDecisionSupport::scoreRowInTheTable()
{
    window = Windows::showBundled();
    FrameworkModel *model = window->model();
    ComparisonTable *table = window->table();
    table->setShowAll(true); // every framework's score, not only the compared ones'
    const auto scoreCell = [&](int row) {
        return table->proxy()->mapFromSource(model->index(row, model->scoreColumn()));
    };
    const QModelIndex caffe = scoreCell(model->rowOfFramework(u"caffe"_s));
    QVERIFY(!table->isRowHidden(caffe.row()));
    QCOMPARE(table->model()->headerData(caffe.row(), Qt::Vertical).toString(), u"Weighted score"_s);
    // Right after the metrics.
    QCOMPARE(caffe.row(), model->metricCount() + 1);
    // The best score stands out: every framework with the highest score, and no other. On the
    // bundled data with all weights 1 that is TensorFlow and PyTorch (4, 5, 4, 5 → 9.0).
    double highest = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        highest = qMax(highest, scoreCell(row).data(Role::WeightedScore).toDouble());
    QCOMPARE(highest, 9.0);
    QStringList best;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = scoreCell(row);
        QCOMPARE(cell.data(Role::Best).toBool(),
                 cell.data(Role::WeightedScore).toDouble() == highest);
        if (cell.data(Role::Best).toBool())
            best << model->dataSet().frameworks.at(row).id;
    }
    QCOMPARE(best, QStringList({u"tensorflow"_s, u"pytorch"_s}));
    QVERIFY(!caffe.data(Role::Best).toBool());
    // The best cell is painted bold on a tint, as a bar in the framework's colour.
    const int tensorflow = model->rowOfFramework(u"tensorflow"_s);
    const QModelIndex top = scoreCell(tensorflow);
    // Scrolled to once the table has laid out its columns: the table beside the chart is two
    // columns wide, and the scroll range follows Show All only when the table is laid out again.
    const auto inView = [table](const QModelIndex &index) {
        table->scrollTo(index);
        return table->viewport()->rect().contains(table->visualRect(index));
    };
    QTRY_VERIFY(inView(top));
    const QImage cell = table->viewport()->grab(table->visualRect(top)).toImage();
    QVERIFY(!cell.isNull());
    QVERIFY2(TestData::pixelsNear(cell, model->frameworkColor(tensorflow), 30) > 100,
             "the score's bar is drawn in the framework's colour");
    // The tint sets the best apart: a faint wash of the highlight colour, which Caffe's cell lacks.
    const QColor base = table->palette().color(QPalette::Base);
    const QColor highlight = table->palette().color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return qRound(a * 0.84 + b * 0.16); };
    const QColor tint(mix(base.red(), highlight.red()), mix(base.green(), highlight.green()),
                      mix(base.blue(), highlight.blue()));
    QTRY_VERIFY(inView(caffe));
    const QImage plain = table->viewport()->grab(table->visualRect(caffe)).toImage();
    QVERIFY(!plain.isNull());
    QVERIFY2(TestData::pixelsNear(cell, tint, 4) > 200, "the best score is tinted");
    QVERIFY2(TestData::pixelsNear(plain, tint, 4) < 20, "a score that is not best is not tinted");
}

void TestDecisionSupport::filterThenCompareThese()
{
    window = Windows::showBundled();
    QVERIFY(window->openFile(TestData::file(u"valid/ten-frameworks.json"_s)));
    RankingPanel *ranking = window->rankingPanel();
    QTest::keyClicks(ranking->filterEdit(), u"python"_s);
    QCOMPARE(ranking->view()->model()->rowCount(), 3);
    QComboBox *status = ranking->statusFilter();
    status->setCurrentIndex(status->findData(int(RankingProxyModel::Status::Active)));
    QCOMPARE(ranking->view()->model()->rowCount(), 2); // Beta and Epsilon; Kappa is archived
    auto *compareThese = ranking->findChild<QPushButton *>(u"compareThese"_s);
    QTest::mouseClick(compareThese, Qt::LeftButton);
    QCOMPARE(window->model()->comparedIds(), QStringList({u"beta"_s, u"epsilon"_s}));
    QCOMPARE(window->chartView()->radarChart()->plottedFrameworks(),
             QStringList({u"beta"_s, u"epsilon"_s}));
    QTest::mouseClick(ranking->findChild<QPushButton *>(u"compareNone"_s), Qt::LeftButton);
    QVERIFY(window->model()->comparedIds().isEmpty());
    QTest::mouseClick(ranking->findChild<QPushButton *>(u"compareAll"_s), Qt::LeftButton);
    QCOMPARE(window->model()->comparedIds().size(), 10);
}

void TestDecisionSupport::tenComparedHaveTenDistinctColours()
{
    FrameworkModel model;
    model.setDataSet(TestData::load(TestData::file(u"valid/ten-frameworks.json"_s)));
    QCOMPARE(model.comparedIds().size(), 10);
    RadarChart chart(&model);
    QList<QColor> colours;
    for (const QString &id : chart.plottedFrameworks())
        colours << chart.frameworkColor(id);
    QCOMPARE(colours.size(), 10);
    double closest = 1e9;
    QString pair;
    for (int i = 0; i < colours.size(); ++i)
        for (int j = i + 1; j < colours.size(); ++j) {
            QVERIFY2(colours.at(i) != colours.at(j), "two frameworks share a colour");
            if (const double d = deltaE(colours.at(i), colours.at(j)); d < closest) {
                closest = d;
                pair = colours.at(i).name() + u" and "_s + colours.at(j).name();
            }
        }
    // ΔE*76 of 20 is far beyond "just noticeable" (about 2.3): no two outlines are confused.
    QVERIFY2(closest >= 20, qPrintable(u"closest pair %1: ΔE %2"_s.arg(pair).arg(closest)));
    // Each is drawn: its colour shows in the picture.
    const QImage image = render(&chart, 900);
    for (const QColor &colour : colours)
        QVERIFY2(TestData::pixelsNear(image, colour, 8) > 30, qPrintable(colour.name()));
}

void TestDecisionSupport::legendClickTogglesSeries()
{
    FrameworkModel model;
    model.setDataSet(TestData::bundled());
    RadarChart chart(&model);
    const QColor colour = model.frameworkColor(1);
    QVERIFY(TestData::pixelsNear(render(&chart), colour) > 200);
    const QPointF entry = legendEntry(chart, u"theano"_s);
    QCOMPARE(chart.legendKeyAt(entry), u"theano"_s);

    chart.setHidden(u"theano"_s, true); // what a click on the entry does (ChartView)
    QVERIFY(chart.isHidden(u"theano"_s));
    QVERIFY2(legendEntry(chart, u"theano"_s) == entry,
             "the legend entry stays, to be clicked again");
    QVERIFY2(TestData::pixelsNear(render(&chart), colour) < 30, "only its faded swatch is left");
    QVERIFY(TestData::pixelsNear(render(&chart), model.frameworkColor(0)) > 200);

    // Hidden it stays while the chart is rebuilt (another framework checked, say).
    model.setComparedIds({u"caffe"_s, u"theano"_s});
    model.setData(model.index(0, model.metricColumn(0)), 5);
    QVERIFY(chart.isHidden(u"theano"_s));

    chart.setHidden(u"theano"_s, false);
    QVERIFY(TestData::pixelsNear(render(&chart), colour) > 200);
}

void TestDecisionSupport::hoveredSeriesIsRaised()
{
    FrameworkModel model;
    model.setDataSet(TestData::load(TestData::file(u"valid/ten-frameworks.json"_s)));
    RadarChart chart(&model);
    chart.setSize(QSizeF(600, 600));
    const qreal normal = chart.lineWidth(u"beta"_s);
    // The pointer on Beta's first vertex.
    QString framework;
    chart.toolTipAt(chart.vertices(u"beta"_s).first(), &framework);
    QVERIFY(!framework.isEmpty());
    chart.setHovered(framework); // what the view does with it
    QCOMPARE(chart.hoveredFramework(), framework);
    QVERIFY(chart.lineWidth(framework) > normal);
    QVERIFY(chart.lineWidth(framework == u"alpha"_s ? u"gamma"_s : u"alpha"_s) <= normal);
    // Drawn last, over every other polygon: its colour at its own vertex.
    const QImage image = render(&chart);
    const QPoint vertex = chart.vertices(framework).first().toPoint();
    QVERIFY(TestData::pixelsNear(image.copy(QRect(vertex - QPoint(3, 3), QSize(7, 7))),
                                 chart.frameworkColor(framework), 10) > 4);
    chart.setHovered(QString());
    QVERIFY(chart.hoveredFramework().isEmpty());
    QCOMPARE(chart.lineWidth(framework), normal);
}

void TestDecisionSupport::smallMultiplesToggle()
{
    window = Windows::showBundled();
    QVERIFY(window->openFile(TestData::file(u"valid/ten-frameworks.json"_s)));
    QAction *grid = window->findChild<QAction *>(u"actionSmallMultiples"_s);
    QAction *overlay = window->findChild<QAction *>(u"actionOverlay"_s);
    QVERIFY(grid && overlay);
    QVERIFY(overlay->isChecked());
    grid->trigger();
    QVERIFY(window->showsSmallMultiples());
    SmallMultiplesView *view = window->smallMultiplesView();
    QVERIFY(view && view->isVisible());
    QVERIFY(!window->chartView()->isVisible());
    const QList<RadarChart *> charts = view->charts();
    QCOMPARE(charts.size(), 10);
    QCOMPARE(charts.first()->title(), u"Alpha"_s);
    QCOMPARE(charts.first()->plottedFrameworks(), QStringList({u"alpha"_s}));
    // Square panels, none on another, each at least the legible minimum.
    const GridChart *grid2 = view->gridChart();
    for (int i = 0; i < 10; ++i) {
        const QRectF panel = grid2->panelRect(i);
        QCOMPARE(panel.width(), panel.height());
        QVERIFY(panel.width() >= qMin(GridChart::MinPanelSide, view->viewport()->width() - 20.0));
        for (int j = 0; j < i; ++j)
            QVERIFY(!panel.intersects(grid2->panelRect(j).adjusted(1, 1, -1, -1)));
    }
    // Export Chart starts with what the window shows.
    QCOMPARE(ExportChartDialog::savedOptions().layout, ChartExporter::Layout::Grid);

    // The panels follow the comparison.
    window->model()->setComparedIds({u"beta"_s, u"gamma"_s});
    QCOMPARE(view->charts().size(), 2);
    QCOMPARE(view->charts().at(1)->title(), u"Gamma"_s);

    overlay->trigger();
    QVERIFY(!window->showsSmallMultiples());
    QVERIFY(window->chartView()->isVisible());
    QCOMPARE(ExportChartDialog::savedOptions().layout, ChartExporter::Layout::Overlay);
}

// Panels added while the view keeps its size make the picture taller than the view: the scroll
// bar follows at once, so that the last panels can be reached. (It used to wait for the view
// itself to be resized: the canvas's resize never reached the scroll area.)
void TestDecisionSupport::smallMultiplesScrollWhenTheyGrow()
{
    window = Windows::showBundled();
    QVERIFY(window->openFile(TestData::file(u"valid/ten-frameworks.json"_s)));
    window->model()->setComparedIds({u"alpha"_s});
    window->findChild<QAction *>(u"actionSmallMultiples"_s)->trigger();
    SmallMultiplesView *view = window->smallMultiplesView();
    QVERIFY(view && view->isVisible());
    QTRY_COMPARE(view->verticalScrollBar()->maximum(), 0);
    QStringList all;
    for (const Framework &framework : window->model()->dataSet().frameworks)
        all << framework.id;
    window->model()->setComparedIds(all);
    QCOMPARE(view->charts().size(), 10);
    const int hidden = view->canvas()->height() - view->viewport()->height();
    QVERIFY2(hidden > 0,
             qPrintable(u"the ten panels take %1 px of %2"_s.arg(view->canvas()->height())
                            .arg(view->viewport()->height())));
    QTRY_COMPARE(view->verticalScrollBar()->maximum(), hidden);
    QTRY_VERIFY(view->verticalScrollBar()->isVisible());
}

// With twenty metrics, the weights scroll in their own area, and the ranking keeps room for
// most of the frameworks: the twenty spin boxes used to leave it two rows.
void TestDecisionSupport::manyMetricsLeaveTheRankingInView()
{
    DataSet data = TestData::bundled();
    for (int i = int(data.metrics.size()); i < 20; ++i) {
        Metric metric;
        metric.id = u"extra%1"_s.arg(i);
        metric.name = u"Extra metric %1"_s.arg(i);
        metric.levels = {u"Low"_s, u"High"_s};
        data.metrics << metric;
    }
    window = new MainWindow;
    window->setData(data, u"many-metrics.json"_s, Document::Origin::File);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTableView *ranking = window->rankingPanel()->view();
    const int rowHeight = ranking->verticalHeader()->defaultSectionSize();
    QTRY_VERIFY2(
        ranking->viewport()->height() >= 8 * rowHeight,
        qPrintable(u"%1 px for rows of %2 px"_s.arg(ranking->viewport()->height()).arg(rowHeight)));
    auto *area = window->findChild<QScrollArea *>(u"weightsArea"_s);
    QVERIFY(area);
    QVERIFY(area->verticalScrollBar()->isVisible());
    // The last weight is out of view until the area is scrolled to its end.
    QSpinBox *last = window->rankingPanel()->weightsEditor()->spinBoxes().constLast();
    QVERIFY(last->visibleRegion().isEmpty());
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    QTRY_COMPARE(last->visibleRegion().boundingRect().height(), last->height());
}

QTEST_MAIN(TestDecisionSupport)
#include "tst_decisionsupport.moc"
