// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonTable.h"
#include "DescriptionPane.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "RadarChart.h"
#include "RadarChartView.h"
#include "TestData.h"
#include "Windows.h"

#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTransposeProxyModel>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

// Editing in place in the comparison table, by keyboard and mouse, in the real main window:
// the model, the chart and the description pane all follow.
class TestRatingDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardChangesRatingEverywhere();
    void escapeCancels();
    void enterStartsEditingAndTabMovesOn();
    void doubleClickOffersLevelsAndNotRated();
    void yearEditor();
    void textFactEditor();

private:
    QModelIndex fact(int row, Fact which) const;
    QWidget *startEditing(const QModelIndex &cell, int key = Qt::Key_F2);
    // Where the chart draws Theano's Performance vertex, as a fraction of the radius.
    qreal theanoPerformanceOnChart() const;

    MainWindow *window = nullptr;
    ComparisonTable *table = nullptr;
    FrameworkModel *model = nullptr;
    int theano = -1;
};

void TestRatingDelegate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRatingDelegate::init()
{
    QSettings().clear();
    window = Windows::showBundled();
    table = window->table();
    model = window->model();
    theano = model->rowOfFramework(u"theano"_s);
}

void TestRatingDelegate::cleanup()
{
    delete window;
    window = nullptr;
}

QModelIndex TestRatingDelegate::fact(int row, Fact which) const
{
    return table->proxy()->mapFromSource(model->index(row, model->factColumn(which)));
}

QWidget *TestRatingDelegate::startEditing(const QModelIndex &cell, int key)
{
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key(key));
    QWidget *editor = nullptr;
    [&] { QTRY_VERIFY((editor = QApplication::focusWidget()) && editor != table); }();
    return editor;
}

qreal TestRatingDelegate::theanoPerformanceOnChart() const
{
    const QList<std::optional<qreal>> values =
        window->chartView()->radarChart()->values(u"theano"_s);
    return values.isEmpty() || !values.first() ? -1 : *values.first();
}

void TestRatingDelegate::keyboardChangesRatingEverywhere()
{
    const QModelIndex cell = table->ratingIndex(theano, 0);
    QCOMPARE(cell.data().toString(), u"Moderate"_s);
    QCOMPARE(theanoPerformanceOnChart(), 0.6);

    auto *combo = qobject_cast<QComboBox *>(startEditing(cell));
    QVERIFY(combo);
    QCOMPARE(combo->objectName(), u"ratingEditor"_s);
    QCOMPARE(combo->currentText(), u"Moderate"_s);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), u"High"_s);
    QTest::keyClick(combo, Qt::Key_Return);

    // The delegate commits once the editor has handled the key: queued, hence QTRY.
    QTRY_COMPARE(model->index(theano, model->metricColumn(0)).data(Role::Score).toInt(), 4);
    QCOMPARE(cell.data().toString(), u"High"_s);
    QCOMPARE(theanoPerformanceOnChart(), 0.8);
    QVERIFY(window->descriptionPane()->toPlainText().contains(u"Performance: High (4 of 5)"_s));
    QVERIFY(window->isWindowModified());
    QCOMPARE(model->undoStack()->count(), 1);

    model->undoStack()->undo();
    QCOMPARE(cell.data().toString(), u"Moderate"_s);
    QCOMPARE(theanoPerformanceOnChart(), 0.6);
    QVERIFY(!window->isWindowModified());
}

void TestRatingDelegate::escapeCancels()
{
    const QModelIndex cell = table->ratingIndex(theano, 0);
    auto *combo = qobject_cast<QComboBox *>(startEditing(cell));
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QCOMPARE(cell.data().toString(), u"Moderate"_s);
    QCOMPARE(model->undoStack()->count(), 0);
    QCOMPARE(theanoPerformanceOnChart(), 0.6);
}

void TestRatingDelegate::enterStartsEditingAndTabMovesOn()
{
    const QModelIndex cell = table->ratingIndex(theano, 1); // Scalability: High
    auto *combo = qobject_cast<QComboBox *>(startEditing(cell, Qt::Key_Return));
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Up);
    QTest::keyClick(combo, Qt::Key_Tab); // commits, and edits the next cell
    QTRY_COMPARE(cell.data().toString(), u"Moderate"_s);
    QTRY_VERIFY(table->currentIndex() != cell);
    QComboBox *next = nullptr;
    QTRY_VERIFY((next = qobject_cast<QComboBox *>(QApplication::focusWidget())));
    QCOMPARE(next->currentText(), table->currentIndex().data().toString());
    QTest::keyClick(next, Qt::Key_Escape);
    // Arrow keys move between cells once no editor is open.
    QTRY_COMPARE(QApplication::focusWidget(), table);
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex(), table->ratingIndex(theano, 2));
}

void TestRatingDelegate::doubleClickOffersLevelsAndNotRated()
{
    const QModelIndex cell = table->ratingIndex(theano, 3); // Ecosystem: Growing
    const QRect rect = table->visualRect(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QComboBox *combo = nullptr;
    QTRY_VERIFY((combo = table->findChild<QComboBox *>(u"ratingEditor"_s)));
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    QCOMPARE(items, QStringList({u"Not rated"_s, u"Minimal"_s, u"Limited"_s, u"Growing"_s,
                                 u"Established"_s, u"Extensive"_s}));
    combo->setCurrentIndex(0);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(cell.data().toString(), u"Not rated"_s);
    QVERIFY(!model->index(theano, model->metricColumn(3)).data(Role::Score).isValid());
    // Not rated is a gap in the polygon, not the lowest level.
    QVERIFY(!window->chartView()->radarChart()->values(u"theano"_s).at(3));
}

void TestRatingDelegate::yearEditor()
{
    QVERIFY(startEditing(fact(theano, Fact::FirstRelease)));
    auto *year = table->findChild<QSpinBox *>(u"yearEditor"_s);
    QVERIFY(year);
    QCOMPARE(year->value(), 2009);
    QTest::keyClick(year, Qt::Key_Up);
    QTest::keyClick(year, Qt::Key_Return);
    QTRY_COMPARE(fact(theano, Fact::FirstRelease).data().toString(), u"2010"_s);
    QVERIFY(window->descriptionPane()->toPlainText().contains(u"2010"_s));

    // The last release takes a year the same way.
    QVERIFY(startEditing(fact(theano, Fact::LastRelease)));
    QTRY_VERIFY((year = table->findChild<QSpinBox *>(u"yearEditor"_s)));
    QCOMPARE(year->value(), 2020);
    QTest::keyClick(year, Qt::Key_Down);
    QTest::keyClick(year, Qt::Key_Return);
    QTRY_COMPARE(fact(theano, Fact::LastRelease).data().toString(), u"2019"_s);
    QCOMPARE(model->undoStack()->undoText(), u"Change Theano: Last release"_s);
    QCOMPARE(fact(theano, Fact::FirstRelease).data().toString(), u"2010"_s);
}

void TestRatingDelegate::textFactEditor()
{
    QWidget *editor = startEditing(fact(theano, Fact::License));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"MIT"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(fact(theano, Fact::License).data().toString(), u"MIT"_s);
    QCOMPARE(model->undoStack()->undoText(), u"Change Theano: License"_s);
}

QTEST_MAIN(TestRatingDelegate)
#include "tst_ratingdelegate.moc"
