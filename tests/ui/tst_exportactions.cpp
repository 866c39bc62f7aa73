// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "TestData.h"
#include "Windows.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

// File ▸ Export… from the window, answered as a person would in the file dialog.
class TestExportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableAsCsv();
    void formatFollowsTheChosenFilterAndIsRemembered();
    void failedTableExportSaysWhy();

private:
    QFileDialog *openTableDialog() const;
    void accept(QFileDialog *dialog, const QString &path);

    MainWindow *window = nullptr;
    QTemporaryDir dir;
};

void TestExportActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir.isValid());
}

void TestExportActions::init()
{
    QSettings().clear();
    window = Windows::showBundled();
}

void TestExportActions::cleanup()
{
    delete window;
    window = nullptr;
}

QFileDialog *TestExportActions::openTableDialog() const
{
    window->findChild<QAction *>(u"actionExportTable"_s)->trigger();
    QFileDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = window->findChild<QFileDialog *>(u"exportTableDialog"_s)) &&
                    dialog->isVisible());
    }();
    return dialog;
}

void TestExportActions::accept(QFileDialog *dialog, const QString &path)
{
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, &QDialog::accept); // protected in QFileDialog
}

void TestExportActions::tableAsCsv()
{
    QFileDialog *dialog = openTableDialog();
    QCOMPARE(dialog->selectedNameFilter(), u"CSV (*.csv)"_s); // the first time: CSV
    const QString path = dir.filePath(u"table.csv"_s);
    accept(dialog, path);
    QTRY_VERIFY(QFile::exists(path));
    const QByteArray csv = TestData::contents(path);
    QVERIFY(csv.startsWith("Metric,Caffe,Caffe score,Theano,Theano score\r\n"));
    QVERIFY(csv.contains("Performance,High,4,Moderate,3\r\n"));
}

void TestExportActions::formatFollowsTheChosenFilterAndIsRemembered()
{
    QFileDialog *dialog = openTableDialog();
    const QString markdown = u"Markdown (*.md *.markdown)"_s;
    dialog->selectNameFilter(markdown);
    emit dialog->filterSelected(markdown);    // as the dialog's filter box does
    accept(dialog, dir.filePath(u"notes"_s)); // no extension typed
    const QString path = dir.filePath(u"notes.md"_s);
    QTRY_VERIFY(QFile::exists(path));
    QVERIFY(TestData::contents(path).contains("| Performance | High (4/5) | Moderate (3/5) |"));

    dialog = openTableDialog();
    QCOMPARE(dialog->selectedNameFilter(), markdown);
    dialog->reject();
}

void TestExportActions::failedTableExportSaysWhy()
{
    QVERIFY(window->findChild<ExportActions *>());
    const QString folder = dir.filePath(u"folder.csv"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!window->findChild<ExportActions *>()->exportTableTo(folder));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"errorDialog"_s)));
    QVERIFY2(box->text().contains(u"folder.csv"_s), qPrintable(box->text()));
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
