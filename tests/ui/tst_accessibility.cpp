// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonTable.h"
#include "DescriptionPane.h"
#include "ExportChartDialog.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "RadarChartView.h"
#include "RankingPanel.h"
#include "WeightsEditor.h"
#include "Windows.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// What a screen reader is told about `widget`.
QString accessible(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(text) : QString();
}

// The names of the labels that label `widget` (on Linux a combo box's name is its current
// choice, and its label is told through this relation).
QStringList labels(QWidget *widget)
{
    QStringList names;
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    for (const auto &[other, relation] : face->relations(QAccessible::Label))
        names << other->text(QAccessible::Name);
    return names;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void partsHaveNamesAndDescriptions();
    void chartDescriptionStatesTheData();
    void chartDescriptionFollowsTheModel();
    void tabGoesThroughTheWindowInReadingOrder();
    void exportDialogControlsAreNamed();

private:
    MainWindow *window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"versus-test"_s);
}

void TestAccessibility::init()
{
    QSettings().clear();
    window = Windows::showBundled();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

void TestAccessibility::cleanup()
{
    delete window;
    window = nullptr;
}

void TestAccessibility::partsHaveNamesAndDescriptions()
{
    QCOMPARE(accessible(window->table(), QAccessible::Name), u"Comparison table"_s);
    QVERIFY(accessible(window->table(), QAccessible::Description).contains(u"Arrow keys"_s));
    QCOMPARE(accessible(window->chartView(), QAccessible::Name), u"Radar chart"_s);
    QCOMPARE(accessible(window->descriptionPane(), QAccessible::Name), u"Description"_s);
    QVERIFY(!accessible(window->descriptionPane(), QAccessible::Description).isEmpty());
    // The Frameworks dock: the ranking, its filters, its buttons.
    QTableView *list = window->rankingPanel()->view();
    QCOMPARE(list->objectName(), u"frameworkList"_s);
    QCOMPARE(accessible(list, QAccessible::Name), u"Frameworks ranked by weighted score"_s);
    QVERIFY(accessible(list, QAccessible::Description).contains(u"radar chart"_s));
    QCOMPARE(accessible(window->rankingPanel()->filterEdit(), QAccessible::Name),
             u"Filter frameworks"_s);
    // (A combo box reads out its current item as its accessible name; its label is this.)
    QCOMPARE(window->rankingPanel()->statusFilter()->accessibleName(), u"Filter by status"_s);
}

void TestAccessibility::chartDescriptionStatesTheData()
{
    const QString description = accessible(window->chartView(), QAccessible::Description);
    QVERIFY2(description.contains(u"Caffe: Performance High (4 of 5), Scalability Moderate (3 of "
                                  u"5), Ease of Use Moderate (3 of 5), Ecosystem Extensive (5 of "
                                  u"5)."_s),
             qPrintable(description));
    QVERIFY2(description.contains(u"Theano: Performance Moderate (3 of 5)"_s),
             qPrintable(description));
    // Where to read the same as text.
    QVERIFY(description.contains(u"comparison table"_s));
}

void TestAccessibility::chartDescriptionFollowsTheModel()
{
    FrameworkModel *model = window->model();
    const int theano = model->rowOfFramework(u"theano"_s);
    QVERIFY(model->setData(model->index(theano, model->metricColumn(0)), 5));
    QTRY_VERIFY2(accessible(window->chartView(), QAccessible::Description)
                     .contains(u"Theano: Performance Very high (5 of 5)"_s),
                 qPrintable(accessible(window->chartView(), QAccessible::Description)));
    model->setComparedIds({});
    QTRY_VERIFY(accessible(window->chartView(), QAccessible::Description)
                    .startsWith(u"No framework is compared"_s));
}

void TestAccessibility::tabGoesThroughTheWindowInReadingOrder()
{
    // The Frameworks dock reads first, top to bottom: the filters, the ranking, then the rest of
    // the panel (buttons, weights); from its last control Tab goes on to the table.
    RankingPanel *ranking = window->rankingPanel();
    ranking->filterEdit()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), ranking->filterEdit());
    QList<QWidget *> visited;
    while (QApplication::focusWidget() && ranking->isAncestorOf(QApplication::focusWidget()) &&
           visited.size() < 40) {
        visited << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QVERIFY(visited.size() >= 4);
    QCOMPARE(visited.at(1), ranking->statusFilter());
    QCOMPARE(visited.at(2), ranking->sourcedOnly());
    QCOMPARE(visited.at(3), ranking->view());
    // Every weight on the way, in the metrics' order, the last one last.
    const QList<QSpinBox *> weights = ranking->weightsEditor()->spinBoxes();
    QCOMPARE(weights.size(), window->model()->metricCount());
    QCOMPARE(visited.mid(visited.size() - weights.size()),
             QList<QWidget *>(weights.cbegin(), weights.cend()));
    QCOMPARE(QApplication::focusWidget(), window->table());
    QWidget *lastInPanel = visited.constLast();
    QTest::keyClick(window->table(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), window->descriptionPane());
    // In the description Tab first goes from link to link (the framework's homepage and
    // sources), then on to the chart.
    int links = 0;
    while (QApplication::focusWidget() == window->descriptionPane() && links < 40) {
        QTest::keyClick(window->descriptionPane(), Qt::Key_Tab);
        ++links;
    }
    QCOMPARE(QApplication::focusWidget(), window->chartView());
    QVERIFY2(links > 1, "the framework's links were not reachable with Tab");
    // And back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window->descriptionPane());
    // And from the table back into the Frameworks dock, where Tab left it.
    window->table()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), window->table());
    QTest::keyClick(window->table(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), lastInPanel);
}

void TestAccessibility::exportDialogControlsAreNamed()
{
    window->findChild<QAction *>(u"actionExportChart"_s)->trigger();
    ExportChartDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ExportChartDialog *>()) && dialog->isVisible());
    // Named by their labels (the buddies), or by their own name where the label is shared.
    QCOMPARE(accessible(dialog->findChild<QLineEdit *>(u"path"_s), QAccessible::Name), u"File:"_s);
    QCOMPARE(accessible(dialog->findChild<QSpinBox *>(u"width"_s), QAccessible::Name), u"Width"_s);
    QCOMPARE(accessible(dialog->findChild<QSpinBox *>(u"height"_s), QAccessible::Name),
             u"Height"_s);
    QCOMPARE(labels(dialog->findChild<QComboBox *>(u"background"_s)),
             QStringList{u"Background:"_s});
    QCOMPARE(labels(dialog->findChild<QComboBox *>(u"scale"_s)), QStringList{u"Scale:"_s});
    QCOMPARE(labels(dialog->findChild<QSpinBox *>(u"width"_s)), QStringList{u"Size:"_s});
    // The keyboard starts in the file name.
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"path"_s));
    dialog->reject();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
