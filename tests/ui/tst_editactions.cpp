// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonTable.h"
#include "Dialogs.h"
#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "MetricDialog.h"
#include "RadarChart.h"
#include "RadarChartView.h"
#include "Selection.h"
#include "TestData.h"
#include "Windows.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace Qt::StringLiterals;
using namespace Versus;

// The Edit menu on the real window: undo and redo, and every change to the structure, with
// its question before ratings are dropped.
class TestEditActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoRedoActions();
    void addFrameworkOpensEditorOnName();
    void deleteFrameworkAsksAndUndoRestores();
    void duplicateAndMove();
    void addMetricThroughDialog();
    void editMetricAsksBeforeDroppingRatings();
    void deleteMetricSaysHowMany();
    void historyViewListsSteps();

private:
    QAction *action(const QString &name) const;
    MetricDialog *waitForMetricDialog() const;

    MainWindow *window = nullptr;
    FrameworkModel *model = nullptr;
};

void TestEditActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEditActions::init()
{
    QSettings().clear();
    window = Windows::showBundled();
    model = window->model();
}

void TestEditActions::cleanup()
{
    delete window;
    window = nullptr;
}

QAction *TestEditActions::action(const QString &name) const
{
    auto *found = window->findChild<QAction *>(name);
    if (!found)
        qFatal("no action %s", qPrintable(name));
    return found;
}

MetricDialog *TestEditActions::waitForMetricDialog() const
{
    MetricDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = window->findChild<MetricDialog *>()) && dialog->isVisible()); }();
    return dialog;
}

void TestEditActions::undoRedoActions()
{
    QAction *undo = action(u"actionUndo"_s);
    QAction *redo = action(u"actionRedo"_s);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());
    const QModelIndex cell = model->index(1, model->metricColumn(0));
    QVERIFY(model->setData(cell, 5));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Set Theano's Performance to Very high"_s);
    undo->trigger();
    QCOMPARE(cell.data().toString(), u"Moderate"_s);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(cell.data().toString(), u"Very high"_s);
}

void TestEditActions::addFrameworkOpensEditorOnName()
{
    action(u"actionAddFramework"_s)->trigger();
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = window->findChild<QInputDialog *>(u"addFrameworkDialog"_s)) &&
                ask->isVisible());
    auto *nameInput = ask->findChild<QLineEdit *>();
    QVERIFY(nameInput);
    const int row = model->rowCount(); // a new framework comes last
    QTest::keyClicks(nameInput, u"DyNet"_s);
    QTest::keyClick(nameInput, Qt::Key_Return);
    QTRY_COMPARE(model->rowCount(), row + 1);
    QCOMPARE(model->index(row, 0).data().toString(), u"DyNet"_s);
    QCOMPARE(model->index(row, 0).data(Role::Id).toString(), u"dynet"_s);
    QCOMPARE(window->selection()->frameworkId(), u"dynet"_s);
    QCOMPARE(window->table()->model()->headerData(row, Qt::Horizontal).toString(), u"DyNet"_s);
    QVERIFY(window->chartView()->radarChart()->plottedFrameworks().contains(u"dynet"_s));
    // The editor shows it, ready for the rest.
    QVERIFY(window->editor()->isVisible());
    auto *name = window->editor()->findChild<QLineEdit *>(u"nameField"_s);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QCOMPARE(name->text(), u"DyNet"_s);
    QCOMPARE(model->undoStack()->count(), 1);
}

void TestEditActions::deleteFrameworkAsksAndUndoRestores()
{
    const int count = model->rowCount();
    QAction *remove = action(u"actionDeleteFramework"_s);
    QVERIFY(!remove->isEnabled()); // nothing selected
    window->selection()->selectFramework(u"caffe"_s);
    QVERIFY(remove->isEnabled());

    QString text;
    Dialogs::answerNextMessageBox(QMessageBox::Cancel, nullptr, &text);
    remove->trigger();
    QVERIFY2(text.contains(u"“Caffe”"_s) && text.contains(u"4 ratings"_s), qPrintable(text));
    QCOMPARE(model->rowCount(), count);

    Dialogs::answerNextMessageBoxWithRole(QMessageBox::DestructiveRole);
    remove->trigger();
    QCOMPARE(model->rowCount(), count - 1);
    QCOMPARE(model->rowOfFramework(u"caffe"_s), -1);
    QCOMPARE(window->chartView()->radarChart()->plottedFrameworks(), QStringList{u"theano"_s});
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(model->rowCount(), count);
    QCOMPARE(model->rowOfFramework(u"caffe"_s), 0);
    QCOMPARE(model->index(0, model->metricColumn(3)).data().toString(), u"Extensive"_s);
    QCOMPARE(window->chartView()->radarChart()->plottedFrameworks(),
             QStringList({u"caffe"_s, u"theano"_s}));
}

void TestEditActions::duplicateAndMove()
{
    window->selection()->selectFramework(u"caffe"_s);
    QVERIFY(!action(u"actionMoveLeft"_s)->isEnabled());
    action(u"actionDuplicateFramework"_s)->trigger();
    QCOMPARE(model->index(1, 0).data().toString(), u"Caffe (copy)"_s);
    QCOMPARE(window->selection()->frameworkId(), u"caffe-2"_s);
    action(u"actionMoveRight"_s)->trigger();
    QCOMPARE(model->index(2, 0).data().toString(), u"Caffe (copy)"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"Theano"_s);
    action(u"actionMoveLeft"_s)->trigger();
    QCOMPARE(model->index(1, 0).data().toString(), u"Caffe (copy)"_s);
    QCOMPARE(model->undoStack()->count(), 3);
    // The last framework cannot move further right.
    const int last = model->rowCount() - 1;
    window->selection()->selectFramework(model->index(last, 0).data(Role::Id).toString());
    QVERIFY(!action(u"actionMoveRight"_s)->isEnabled());
    QVERIFY(action(u"actionMoveLeft"_s)->isEnabled());
}

void TestEditActions::addMetricThroughDialog()
{
    action(u"actionAddMetric"_s)->trigger();
    MetricDialog *dialog = waitForMetricDialog();
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a metric needs a name
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"metricName"_s), u"Deployment"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog->levels().size(), 5);
    ok->click();
    QCOMPARE(model->metricCount(), 5);
    QCOMPARE(model->headerData(model->metricColumn(4), Qt::Horizontal).toString(), u"Deployment"_s);
    QCOMPARE(model->index(0, model->metricColumn(4)).data().toString(), u"Not rated"_s);
    QCOMPARE(window->selection()->metricId(), u"deployment"_s);
}

void TestEditActions::editMetricAsksBeforeDroppingRatings()
{
    window->selection()->selectMetric(u"ecosystem"_s);
    action(u"actionEditMetric"_s)->trigger();
    MetricDialog *dialog = waitForMetricDialog();
    auto *levels = dialog->findChild<QListWidget *>(u"levelList"_s);
    QCOMPARE(levels->count(), 5);
    levels->setCurrentRow(2); // "Growing": Theano's, MindSpore's and MLX's level
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeLevel"_s), Qt::LeftButton);
    QCOMPARE(dialog->origins(), QList<int>({1, 2, 4, 5}));

    // Cancel on the question goes back to the dialog with the edit still there.
    QString text;
    Dialogs::answerNextMessageBox(QMessageBox::Cancel, nullptr, &text);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(text.contains(u"3 ratings"_s), qPrintable(text));
    QVERIFY(dialog->isVisible());
    QCOMPARE(levels->count(), 4);
    QCOMPARE(model->index(1, model->metricColumn(3)).data().toString(), u"Growing"_s);

    Dialogs::answerNextMessageBoxWithRole(QMessageBox::DestructiveRole);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    const int column = model->metricColumn(3);
    QCOMPARE(model->index(1, column).data().toString(), u"Not rated"_s);
    QCOMPARE(model->index(0, column).data().toString(), u"Extensive"_s);
    QCOMPARE(model->index(0, column).data(Role::Score).toInt(), 4);
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(model->index(1, column).data().toString(), u"Growing"_s);
    QCOMPARE(model->index(0, column).data(Role::Score).toInt(), 5);
}

void TestEditActions::deleteMetricSaysHowMany()
{
    window->selection()->selectMetric(u"scalability"_s);
    QString text;
    Dialogs::answerNextMessageBoxWithRole(QMessageBox::DestructiveRole, nullptr, &text);
    action(u"actionDeleteMetric"_s)->trigger();
    // Every bundled framework has a Scalability rating.
    QVERIFY2(text.contains(u"“Scalability”"_s) &&
                 text.contains(u"%1 frameworks"_s.arg(model->rowCount())),
             qPrintable(text));
    QCOMPARE(model->metricCount(), 3);
    QCOMPARE(window->chartView()->radarChart()->values(u"caffe"_s).size(), 3);
}

void TestEditActions::historyViewListsSteps()
{
    auto *history = window->findChild<QUndoView *>(u"undoView"_s);
    QVERIFY(history);
    QVERIFY(model->setData(model->index(1, model->metricColumn(0)), 4));
    QVERIFY(model->setData(model->index(1, model->metricColumn(0)), 5));
    QCOMPARE(history->model()->rowCount(), 3); // the opened data, then two steps
    QCOMPARE(history->model()->index(2, 0).data().toString(),
             u"Set Theano's Performance to Very high"_s);
    // Clicking the first row goes back to the opened data.
    history->setCurrentIndex(history->model()->index(0, 0));
    QCOMPARE(model->index(1, model->metricColumn(0)).data().toString(), u"Moderate"_s);
    QVERIFY(!window->isWindowModified());
}

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
