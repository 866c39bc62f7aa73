// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExporter.h"
#include "ComparisonTable.h"
#include "ExportChartDialog.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "Windows.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// Presses `key` on whatever has the keyboard, as a person's keyboard would.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

// The section of `header` whose text is `text`, or -1.
int sectionOf(const QHeaderView *header, const QString &text)
{
    for (int section = 0; section < header->count(); ++section)
        if (header->model()->headerData(section, header->orientation()).toString() == text)
            return section;
    return -1;
}

} // namespace

// A whole task with the keyboard alone, on the real window and the bundled data: go to
// Theano's column, raise its Performance rating, export the chart. Only key presses; the test
// looks at the window and the model only to know where it is and what came of it.
class TestKeyboardTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectRateAndExport();
};

void TestKeyboardTask::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"versus-test"_s);
    QSettings().clear();
}

void TestKeyboardTask::selectRateAndExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<MainWindow> window(Windows::showBundled());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    ComparisonTable *table = window->table();
    FrameworkModel *model = window->model();
    // The window starts with the keyboard in the table.
    QTRY_COMPARE(QApplication::focusWidget(), table);

    const int theanoColumn = sectionOf(table->horizontalHeader(), u"Theano"_s);
    const int performanceRow = sectionOf(table->verticalHeader(), u"Performance"_s);
    QVERIFY(theanoColumn >= 0 && performanceRow >= 0);
    const int theano = model->rowOfFramework(u"theano"_s);
    const QModelIndex performance = model->index(theano, model->metricColumn(0));
    QCOMPARE(performance.data(Role::Score).toInt(), 3); // Moderate

    // Arrow keys to Theano's Performance cell, however many frameworks there are, with a
    // bound on the presses: a cell a key cannot reach fails here rather than looping.
    const int bound = table->model()->columnCount() + table->model()->rowCount() + 2;
    int presses = 0;
    if (!table->currentIndex().isValid())
        press(Qt::Key_Down), ++presses;
    while (table->currentIndex().column() != theanoColumn && presses < bound) {
        press(table->currentIndex().column() < theanoColumn ? Qt::Key_Right : Qt::Key_Left);
        ++presses;
    }
    while (table->currentIndex().row() != performanceRow && presses < bound) {
        press(table->currentIndex().row() < performanceRow ? Qt::Key_Down : Qt::Key_Up);
        ++presses;
    }
    QVERIFY2(presses < bound, "the arrow keys did not reach Theano's Performance");
    QCOMPARE(table->horizontalHeader()->model()->headerData(table->currentIndex().column(),
                                                            Qt::Horizontal),
             QVariant(u"Theano"_s));

    // F2 edits the cell: one level up, Enter takes it.
    press(Qt::Key_F2);
    QComboBox *editor = nullptr;
    QTRY_VERIFY((editor = table->findChild<QComboBox *>(u"ratingEditor"_s)) && editor->hasFocus());
    QCOMPARE(editor->currentText(), u"Moderate"_s);
    press(Qt::Key_Down);
    QCOMPARE(editor->currentText(), u"High"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(performance.data(Role::Score).toInt(), 4);
    QCOMPARE(performance.data().toString(), u"High"_s);
    QTRY_COMPARE(QApplication::focusWidget(), table);

    // Ctrl+Shift+E opens Export Chart with the keyboard in the file name; Enter exports.
    ChartExporter::Options options = ExportChartDialog::savedOptions();
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ExportChartDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ExportChartDialog *>()) && dialog->isVisible());
    auto *path = dialog->findChild<QLineEdit *>(u"path"_s);
    QTRY_COMPARE(QApplication::focusWidget(), path);
    const QString file = dir.filePath(u"theano-high.png"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), file);
    QCOMPARE(path->text(), file);
    press(Qt::Key_Return);
    QTRY_VERIFY(!window->findChild<ExportChartDialog *>());

    // The picture is the chart with the new rating: what the exporter draws from the model
    // now, and not what it drew before the change.
    QImage written;
    QVERIFY(written.load(file, "PNG"));
    QCOMPARE(written.size(), options.size * options.scale);
    const ChartExporter exporter(model);
    QCOMPARE(written.convertToFormat(QImage::Format_RGB32),
             exporter.toImage(options).convertToFormat(QImage::Format_RGB32));
    QVERIFY(model->undoStack()->canUndo());
    model->undoStack()->undo();
    QCOMPARE(performance.data(Role::Score).toInt(), 3);
    QVERIFY(written.convertToFormat(QImage::Format_RGB32) !=
            exporter.toImage(options).convertToFormat(QImage::Format_RGB32));
}

QTEST_MAIN(TestKeyboardTask)
#include "tst_keyboardtask.moc"
