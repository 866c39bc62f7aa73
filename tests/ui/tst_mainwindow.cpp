// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"
#include "ComparisonTable.h"
#include "DataStore.h"
#include "DescriptionPane.h"
#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "RadarChart.h"
#include "RadarChartView.h"
#include "RankingPanel.h"
#include "Selection.h"
#include "Settings.h"
#include "TestData.h"
#include "WeightSweepChart.h"
#include "Windows.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTransposeProxyModel>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// The title as the window manager shows it: Qt puts "*" for "[*]" when there are unsaved
// changes, and nothing otherwise.
QString shownTitle(const QWidget *window)
{
    QString title = window->windowTitle();
    return title.replace(u"[*]"_s, window->isWindowModified() ? u"*"_s : QString());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void threePartsAtOnce();
    void tableShowsTheComparedSideBySide();
    void showAllFrameworksIsRemembered();
    void firstStartFitsTheScreen();
    void firstStartLayout_data();
    void firstStartLayout();
    void widerWindowWidensTheChart();
    void chartLayoutsByKeyboardAndRemembered();
    void editorIsMadeWhenFirstShown();
    void brokenFileKeepsCurrentData();
    void openValidFile();
    void openThroughFileDialog();
    void frameworkListSelectsAndCompares();
    void comparisonAndSplittersRestored();
    void unchangedSettingsAreNotRewritten();
    void aboutNamesVersionAndLicense();
    void helpMenuOffersWhatsThisAndAboutQt();
    void startFileComesBeforeSavedData();
    void badStartFileFallsBackAndTellsAll();

private:
    QMessageBox *waitForMessageBox(const QString &objectName) const;
    // A first start (no settings) in a window of `size`, on the bundled data.
    void startFirstTime(const QSize &size);
    // Where the table shows `id`'s column, and whether it is whole in the viewport.
    QString columnProblem(const QString &id) const;

    MainWindow *window = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Settings and data go to the test folders (inside the build tree: see tests/CMakeLists.txt).
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"versus-test"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    window = Windows::showBundled();
}

void TestMainWindow::cleanup()
{
    delete window;
    window = nullptr;
}

// The editor's form is made when its dock is first shown, not at start, where it is hidden.
// With Caffe and Theano compared, the table showed all ten frameworks, Caffe whole and half of
// Theano: now only the compared ones, both whole beside the chart at 1280 x 800.
void TestMainWindow::tableShowsTheComparedSideBySide()
{
    QCOMPARE(window->size(), QSize(1280, 800));
    ComparisonTable *table = window->table();
    const auto columnOf = [&](const QString &id) {
        return table->proxy()
            ->mapFromSource(window->model()->index(window->model()->rowOfFramework(id), 0))
            .column();
    };
    int shown = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        shown += !table->isColumnHidden(column);
    QCOMPARE(shown, 2);
    for (const QString &id : {u"caffe"_s, u"theano"_s}) {
        const int column = columnOf(id);
        QVERIFY(!table->isColumnHidden(column));
        const int left = table->columnViewportPosition(column);
        QVERIFY2(left >= 0 && left + table->columnWidth(column) <= table->viewport()->width(),
                 qPrintable(id + u" at %1, %2 wide, in %3"_s.arg(left)
                                     .arg(table->columnWidth(column))
                                     .arg(table->viewport()->width())));
    }
    // In the model's order: Caffe left of Theano.
    QVERIFY(table->columnViewportPosition(columnOf(u"caffe"_s)) <
            table->columnViewportPosition(columnOf(u"theano"_s)));
    // Ten compared: the table scrolls, the metric names stay in sight at its left.
    QStringList all;
    for (const Framework &framework : window->model()->dataSet().frameworks)
        all << framework.id;
    window->model()->setComparedIds(all);
    QVERIFY(!table->isColumnHidden(columnOf(u"jax"_s)));
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QVERIFY(table->verticalHeader()->isVisible());
    QCOMPARE(table->verticalHeader()->x(), table->frameWidth());
}

void TestMainWindow::showAllFrameworksIsRemembered()
{
    ComparisonTable *table = window->table();
    QAction *showAll = window->findChild<QAction *>(u"actionShowAllFrameworks"_s);
    QVERIFY(showAll && showAll->isCheckable() && !showAll->isChecked());
    showAll->trigger();
    QVERIFY(table->showsAll());
    for (int column = 0; column < table->model()->columnCount(); ++column)
        QVERIFY(!table->isColumnHidden(column));
    window->close();
    delete window;
    window = Windows::showBundled();
    QVERIFY(window->findChild<QAction *>(u"actionShowAllFrameworks"_s)->isChecked());
    QVERIFY(window->table()->showsAll());
}

// No settings: about 80 % of the available screen, centred.
void TestMainWindow::firstStartFitsTheScreen()
{
    window->close();
    delete window;
    QSettings().clear();
    window = new MainWindow;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(qAbs(window->width() - available.width() * 0.8) <= 2);
    QVERIFY(qAbs(window->height() - available.height() * 0.8) <= 2);
    QVERIFY(qAbs(window->geometry().center().x() - available.center().x()) <= 2);
    QVERIFY(qAbs(window->geometry().center().y() - available.center().y()) <= 2);
}

void TestMainWindow::startFirstTime(const QSize &size)
{
    delete window;
    QSettings().clear();
    window = new MainWindow;
    window->setData(TestData::bundled(), u":/frameworks.json"_s, Document::Origin::Bundled);
    window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
}

QString TestMainWindow::columnProblem(const QString &id) const
{
    ComparisonTable *table = window->table();
    const int column =
        table->proxy()
            ->mapFromSource(window->model()->index(window->model()->rowOfFramework(id), 0))
            .column();
    const int left = table->columnViewportPosition(column);
    const int width = table->columnWidth(column);
    if (!table->isColumnHidden(column) && left >= 0 && left + width <= table->viewport()->width())
        return {};
    return u"%1's column at %2, %3 wide, in a viewport of %4"_s.arg(id).arg(left).arg(width).arg(
        table->viewport()->width());
}

void TestMainWindow::firstStartLayout_data()
{
    QTest::addColumn<QSize>("size");
    // The first start on a screen of 1280 x 800 (80 %), and on one of 1600 x 1000.
    QTest::newRow("1024 x 640") << QSize(1024, 640);
    QTest::newRow("1280 x 800") << QSize(1280, 800);
}

// At 1024 x 640 Theano's column was cut, the radar was about 130 pixels across beside the table,
// and the ranking's chances were out of sight to the right of the dock. Now: both columns
// whole, a radar of more than half the chart's width, the chances in view, and the ranking
// keeps rows when the weight sweep is shown.
void TestMainWindow::firstStartLayout()
{
    QFETCH(QSize, size);
    startFirstTime(size);
    QCOMPARE(window->size(), size);
    QCOMPARE(window->model()->comparedIds(), (QStringList{u"caffe"_s, u"theano"_s}));
    for (const QString &id : {u"caffe"_s, u"theano"_s})
        QTRY_VERIFY2(columnProblem(id).isEmpty(), qPrintable(columnProblem(id)));

    // The radar: the chart more than a quarter of the window, its plot half the chart's width.
    RadarChart *radar = window->chartView()->radarChart();
    QTRY_VERIFY(radar->size().width() > 0);
    const qreal chartWidth = radar->size().width();
    const qreal plot = 2 * radar->radius();
    QVERIFY2(chartWidth >= size.width() * 0.28 && plot >= 0.5 * chartWidth,
             qPrintable(u"a plot of %1 px in a chart of %2 x %3 (table %4, list %5)"_s.arg(plot)
                            .arg(chartWidth)
                            .arg(radar->size().height())
                            .arg(window->table()->width())
                            .arg(window->rankingPanel()->width())));
    // The chart is not the narrowest part: wider than the Frameworks list.
    QVERIFY2(
        chartWidth > window->rankingPanel()->width(),
        qPrintable(u"chart %1, list %2"_s.arg(chartWidth).arg(window->rankingPanel()->width())));

    // The ranking: name, score and both chances in sight at the dock's first width.
    RankingPanel *ranking = window->rankingPanel();
    QTableView *list = ranking->view();
    const auto *header = list->horizontalHeader();
    for (const QString &name : {u"Weighted score"_s, u"P(first)"_s, u"P(top 3)"_s}) {
        int column = -1;
        for (int c = 0; c < list->model()->columnCount(); ++c)
            for (const int role : {int(Qt::AccessibleTextRole), int(Qt::DisplayRole)})
                if (list->model()->headerData(c, Qt::Horizontal, role).toString() == name)
                    column = c;
        QVERIFY2(column >= 0, qPrintable(name));
        const int left = header->sectionViewportPosition(column);
        QVERIFY2(!list->isColumnHidden(column) && left >= 0 &&
                     left + header->sectionSize(column) <= list->viewport()->width(),
                 qPrintable(u"%1 at %2, %3 wide, in %4"_s.arg(name)
                                .arg(left)
                                .arg(header->sectionSize(column))
                                .arg(list->viewport()->width())));
    }
    // The names are elided, not shortened to nothing.
    QVERIFY(header->sectionSize(0) >= list->fontMetrics().averageCharWidth() * 9);
    // With the weight sweep shown, the ranking still shows five frameworks and the sweep's
    // chart its full height; nothing in the dock is squeezed under its size.
    ranking->findChild<QCheckBox *>(u"sweepToggle"_s)->setChecked(true);
    QWidget *sweep = ranking->sweep();
    QTRY_VERIFY(sweep->isVisible());
    // The sweep fits the dock as it is: it does not widen it over the chart.
    QTRY_COMPARE(radar->size().width(), chartWidth);
    QTRY_VERIFY2(list->viewport()->height() >= 5 * list->verticalHeader()->defaultSectionSize(),
                 qPrintable(u"the ranking is %1 px high with the sweep shown"_s.arg(
                     list->viewport()->height())));
    QVERIFY2(sweep->height() >= sweep->minimumSizeHint().height(),
             qPrintable(u"the sweep is %1 px high"_s.arg(sweep->height())));
    QVERIFY2(ranking->height() >= ranking->minimumSizeHint().height(),
             qPrintable(u"the panel is %1 px high, needs %2"_s.arg(ranking->height())
                            .arg(ranking->minimumSizeHint().height())));
}

// A first start at 1024 pixels enlarged to 1280 kept the splitter's proportions: the chart
// stayed the narrowest pane. The table keeps its width; the chart takes the room.
void TestMainWindow::widerWindowWidensTheChart()
{
    startFirstTime(QSize(1024, 640));
    QWidget *chart = window->findChild<QWidget *>(u"chartStack"_s);
    QTRY_VERIFY(chart->width() > 0);
    const int table = window->table()->width();
    const int before = chart->width();
    window->resize(1280, 800);
    QTRY_COMPARE(window->size(), QSize(1280, 800));
    QTRY_VERIFY2(chart->width() >= before + 256 - 4,
                 qPrintable(u"the chart went from %1 to %2 px"_s.arg(before).arg(chart->width())));
    QCOMPARE(window->table()->width(), table);
    for (const QString &id : {u"caffe"_s, u"theano"_s})
        QVERIFY2(columnProblem(id).isEmpty(), qPrintable(columnProblem(id)));
    // And back.
    window->resize(1024, 640);
    QTRY_COMPARE(chart->width(), before);
    QCOMPARE(window->table()->width(), table);
    // What the person leaves is what the next start restores, at its own size.
    auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
    splitter->setSizes({splitter->sizes().at(0) + 60, splitter->sizes().at(1) - 60});
    const QList<int> left = splitter->sizes();
    window->close();
    delete window;
    window = Windows::showBundled();
    QCOMPARE(window->size(), QSize(1024, 640));
    QCOMPARE(window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), left);
}

void TestMainWindow::chartLayoutsByKeyboardAndRemembered()
{
    // In the View menu, with mnemonics, and named for screen readers.
    for (const auto &name :
         {u"actionOverlay"_s, u"actionSmallMultiples"_s, u"actionBars"_s, u"actionScore"_s}) {
        QAction *action = window->findChild<QAction *>(name);
        QVERIFY(action);
        QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
    }
    window->findChild<QAction *>(u"actionBars"_s)->trigger();
    QCOMPARE(window->chartLayout(), ChartExporter::Layout::Bars);
    ChartView *bars = window->chartViewOf(ChartExporter::Layout::Bars);
    QVERIFY(bars && bars->isVisible());
    QCOMPARE(bars->accessibleName(), u"Bar chart"_s);
    QVERIFY(bars->accessibleDescription().contains(u"Caffe: Performance High (4 of 5)"_s));
    window->findChild<QAction *>(u"actionScore"_s)->trigger();
    ChartView *score = window->chartViewOf(ChartExporter::Layout::Score);
    QVERIFY(score && score->isVisible() && !bars->isVisible());
    window->close();
    delete window;
    window = Windows::showBundled();
    QCOMPARE(window->chartLayout(), ChartExporter::Layout::Score);
    QVERIFY(window->findChild<QAction *>(u"actionScore"_s)->isChecked());
}

void TestMainWindow::editorIsMadeWhenFirstShown()
{
    auto *dock = window->findChild<QDockWidget *>(u"editorDock"_s);
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QVERIFY(!window->findChild<FrameworkEditor *>());
    dock->toggleViewAction()->trigger();
    auto *editor = window->findChild<FrameworkEditor *>();
    QVERIFY(editor);
    QCOMPARE(dock->widget(), editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(window->editor(), editor); // and the same one from then on
}

QMessageBox *TestMainWindow::waitForMessageBox(const QString &objectName) const
{
    QMessageBox *box = nullptr;
    [&] { QTRY_VERIFY((box = window->findChild<QMessageBox *>(objectName))); }();
    return box;
}

void TestMainWindow::threePartsAtOnce()
{
    for (QWidget *part :
         {static_cast<QWidget *>(window->table()), static_cast<QWidget *>(window->chartView()),
          static_cast<QWidget *>(window->descriptionPane())}) {
        QVERIFY(part->isVisible());
        QVERIFY2(part->width() > 150 && part->height() > 150,
                 qPrintable(part->objectName() + u" %1 x %2 in %3 x %4"_s.arg(part->width())
                                                     .arg(part->height())
                                                     .arg(window->width())
                                                     .arg(window->height())));
    }
    QCOMPARE(shownTitle(window), u"Deep-learning frameworks — Versus"_s);
    QCOMPARE(window->chartView()->radarChart()->plottedFrameworks(),
             QStringList({u"caffe"_s, u"theano"_s}));
}

void TestMainWindow::brokenFileKeepsCurrentData()
{
    const QString broken = TestData::file(u"invalid/score-out-of-range.json"_s);
    QVERIFY(!window->openFile(broken));
    QMessageBox *box = waitForMessageBox(u"problemDialog"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"score-out-of-range.json"_s));
    QVERIFY(box->informativeText().contains(u"/frameworks/0/ratings/performance/score"_s));
    box->close();
    QCOMPARE(window->model()->rowCount(), TestData::bundled().frameworks.size());
    QCOMPARE(window->currentPath(), u":/frameworks.json"_s);
    QCOMPARE(shownTitle(window), u"Deep-learning frameworks — Versus"_s);
}

void TestMainWindow::openValidFile()
{
    QVERIFY(window->openFile(TestData::file(u"valid/three-frameworks.json"_s)));
    QCOMPARE(window->model()->rowCount(), 3);
    QCOMPARE(shownTitle(window), u"three-frameworks.json — Versus"_s);
    QCOMPARE(window->chartView()->radarChart()->plottedFrameworks(),
             QStringList({u"alpha"_s, u"gamma"_s}));
}

void TestMainWindow::openThroughFileDialog()
{
    auto *open = window->findChild<QAction *>(u"actionOpen"_s);
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    open->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QFileDialog *>(u"openDialog"_s)));
    dialog->selectFile(TestData::file(u"valid/three-frameworks.json"_s));
    QMetaObject::invokeMethod(dialog, &QDialog::accept); // protected in QFileDialog
    QTRY_COMPARE(window->model()->rowCount(), 3);
}

void TestMainWindow::frameworkListSelectsAndCompares()
{
    auto *list = window->findChild<QTableView *>(u"frameworkList"_s);
    QVERIFY(list);
    // The list is the ranking, best weighted score first: find Theano's row as a person reads it.
    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                                                       u"Theano"_s, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    list->scrollTo(found.first());
    const QRect theano = list->visualRect(found.first());
    QVERIFY(list->viewport()->rect().contains(theano.center()));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, theano.center());
    QTRY_COMPARE(window->selection()->frameworkId(), u"theano"_s);
    QVERIFY(window->descriptionPane()->toPlainText().contains(u"Université de Montréal"_s));

    // The keyboard toggles the check box: Theano leaves the chart.
    list->setFocus();
    QStringList plotted = window->chartView()->radarChart()->plottedFrameworks();
    QVERIFY(plotted.contains(u"theano"_s));
    plotted.removeAll(u"theano"_s);
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(window->chartView()->radarChart()->plottedFrameworks(), plotted);
}

void TestMainWindow::comparisonAndSplittersRestored()
{
    window->model()->setComparedIds({u"theano"_s});
    auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({300, 900});
    const QList<int> sizes = splitter->sizes();
    window->close();
    delete window;

    window = Windows::showBundled();
    QCOMPARE(window->model()->comparedIds(), QStringList({u"theano"_s}));
    QCOMPARE(window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
}

// Opening the window with the settings of the last run does not write the settings file:
// saving the comparison the window had just restored rewrote it at every start (a lock, a
// temporary file, fdatasync()s and a rename). QSettings drops comments when it rewrites its
// file, so a comment added by hand shows whether the file was written again. (Closing saves the
// window's geometry, which the offscreen platform shifts on every round trip; Settings' own
// test covers the unchanged values written at close.)
void TestMainWindow::unchangedSettingsAreNotRewritten()
{
    window->model()->setComparedIds({u"theano"_s});
    window->close();
    delete window;
    window = nullptr;

    const QString path = QSettings().fileName();
    QFile file(path);
    QVERIFY2(file.open(QIODevice::Append | QIODevice::Text), qPrintable(path));
    file.write("; left by hand\n");
    file.close();

    window = Windows::showBundled();
    QCOMPARE(window->model()->comparedIds(), QStringList({u"theano"_s}));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QVERIFY2(file.readAll().contains("; left by hand"), "the settings file was rewritten");
    file.close();

    // A change is still written, at once.
    window->model()->setComparedIds({u"caffe"_s});
    QCOMPARE(Settings().value(Settings::Key::ComparedFrameworks).toStringList(),
             QStringList({u"caffe"_s}));
}

void TestMainWindow::aboutNamesVersionAndLicense()
{
    auto *about = window->findChild<QAction *>(u"actionAbout"_s);
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = waitForMessageBox(u"aboutDialog"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"9.8.7"_s));
    QVERIFY(box->text().contains(u"GNU General Public License, version 3 or later"_s));
    QVERIFY(box->text().contains(u"GPL-3.0-or-later"_s));
    // The bundled data set by its title, and where its ratings come from.
    QVERIFY(box->text().contains(u"“Deep-learning frameworks”"_s));
    QVERIFY(
        box->text().contains(u"Caffe's and Theano's ratings from the article “Caffe vs. Theano"_s));
    QVERIFY(box->text().contains(u"the projects' own repositories"_s));
    // How many frameworks it compares and when its facts were last checked.
    QVERIFY2(box->text().contains(u"compares "_s +
                                  QString::number(TestData::bundled().frameworks.size()) +
                                  u" frameworks"_s),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"last checked on 2026-12-07"_s), qPrintable(box->text()));
    // The bundled data is dated once, not again as the data shown.
    QVERIFY2(!box->text().contains(u"Its facts were last checked on 2026-12-07.</p>"_s),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(u"running on Qt "_s + QLatin1StringView(qVersion())));
    // The license text itself, behind Show Details.
    QVERIFY(box->detailedText().contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    QVERIFY(box->detailedText().contains(u"Version 3, 29 June 2007"_s));
    QVERIFY(!box->iconPixmap().isNull());
    box->close();
}

void TestMainWindow::helpMenuOffersWhatsThisAndAboutQt()
{
    auto *help = window->findChild<QMenu *>(u"helpMenu"_s);
    QVERIFY(help);
    QStringList names;
    for (QAction *action : help->actions())
        if (!action->isSeparator())
            names << action->objectName();
    QCOMPARE(names, QStringList({u"actionWhatsThis"_s, u"actionAbout"_s, u"actionAboutQt"_s}));
    // What's This? has something to say about each of the three parts and the list.
    for (const QString &name :
         {u"comparisonTable"_s, u"radarChartView"_s, u"descriptionPane"_s, u"frameworkList"_s}) {
        auto *widget = window->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->whatsThis().isEmpty(), qPrintable(name));
    }
    // Every menu action that does something not said by its name says it in the status bar.
    for (const QString &name : {u"actionOpen"_s, u"actionSave"_s, u"actionAddFramework"_s,
                                u"actionDeleteMetric"_s, u"actionMoveLeft"_s}) {
        auto *action = window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(name));
    }
}

void TestMainWindow::startFileComesBeforeSavedData()
{
    // A broken saved file must stay where it is when the person opens another file.
    const QString saved = DataStore::userDataPath();
    QVERIFY(QDir().mkpath(QFileInfo(saved).absolutePath()));
    QFile::remove(saved);
    QVERIFY(QFile::copy(TestData::file(u"invalid/score-out-of-range.json"_s), saved));
    delete window;
    window = new MainWindow;
    window->openAtStart(TestData::file(u"valid/three-frameworks.json"_s));
    QCOMPARE(window->model()->rowCount(), 3);
    QVERIFY(QFile::exists(saved));
    QVERIFY(!window->findChild<QMessageBox *>(u"problemDialog"_s));
    QFile::remove(saved);
}

void TestMainWindow::badStartFileFallsBackAndTellsAll()
{
    const QString saved = DataStore::userDataPath();
    QDir folder(QFileInfo(saved).absolutePath());
    QVERIFY(folder.mkpath(u"."_s));
    for (const QString &aside : folder.entryList({u"frameworks.json.invalid-*"_s}))
        QVERIFY(folder.remove(aside));
    QFile::remove(saved);
    QVERIFY(QFile::copy(TestData::file(u"invalid/score-out-of-range.json"_s), saved));
    delete window;
    window = new MainWindow;
    window->openAtStart(TestData::file(u"invalid/score-out-of-range.json"_s));
    QCOMPARE(window->currentPath(), u":/frameworks.json"_s); // the bundled data
    QTRY_COMPARE(window->findChildren<QMessageBox *>(u"problemDialog"_s).size(), 2);
    QVERIFY(!QFile::exists(saved));
    QCOMPARE(folder.entryList({u"frameworks.json.invalid-*"_s}).size(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
