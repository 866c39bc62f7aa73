// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"
#include "ExportActions.h"
#include "ExportChartDialog.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "TestData.h"
#include "Windows.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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
    void chartWithOptionsIsRemembered();
    void chartDialogSaysWhatIsWrong();
    void chartGrid();
    void copyChart();

private:
    QFileDialog *openTableDialog() const;
    ExportChartDialog *openChartDialog() const;
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
    // A column of labels and one of scores for every bundled framework, in the file's order.
    QByteArray header = "Metric";
    for (const Framework &framework : TestData::bundled().frameworks)
        header += ',' + framework.name.toUtf8() + ',' + framework.name.toUtf8() + " score";
    header += "\r\n";
    QVERIFY(csv.startsWith(header));
    QVERIFY(csv.startsWith("Metric,Caffe,Caffe score,Theano,Theano score,TensorFlow,"));
    QVERIFY(csv.contains("\r\nPerformance,High,4,Moderate,3,"));
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

ExportChartDialog *TestExportActions::openChartDialog() const
{
    window->findChild<QAction *>(u"actionExportChart"_s)->trigger();
    ExportChartDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = window->findChild<ExportChartDialog *>()) && dialog->isVisible());
    }();
    return dialog;
}

void TestExportActions::chartWithOptionsIsRemembered()
{
    ExportChartDialog *dialog = openChartDialog();
    QCOMPARE(dialog->options().size, QSize(1200, 1200)); // the defaults, the first time
    QCOMPARE(dialog->options().scale, 1);
    const QString path = dir.filePath(u"slide.png"_s);
    auto *file = dialog->findChild<QLineEdit *>(u"path"_s);
    file->clear();
    QTest::keyClicks(file, path);
    dialog->findChild<QSpinBox *>(u"width"_s)->setValue(400);
    dialog->findChild<QSpinBox *>(u"height"_s)->setValue(300);
    auto *scale = dialog->findChild<QComboBox *>(u"scale"_s);
    scale->setCurrentIndex(scale->findData(2));
    auto *background = dialog->findChild<QComboBox *>(u"background"_s);
    background->setCurrentIndex(background->findData(int(ChartExporter::Background::Transparent)));
    QTest::keyClick(file, Qt::Key_Return); // Export is the default button
    QTRY_VERIFY(!window->findChild<ExportChartDialog *>());

    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(800, 600)); // 400 × 300 at 2×
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QVERIFY(TestData::pixelsNear(image, window->model()->frameworkColor(0)) > 100);
    QVERIFY(TestData::pixelsNear(image, window->model()->frameworkColor(1)) > 100);

    dialog = openChartDialog();
    QCOMPARE(dialog->path(), path);
    QCOMPARE(dialog->options().size, QSize(400, 300));
    QCOMPARE(dialog->options().scale, 2);
    QCOMPARE(dialog->options().background, ChartExporter::Background::Transparent);
    dialog->reject();
}

void TestExportActions::chartDialogSaysWhatIsWrong()
{
    ExportChartDialog *dialog = openChartDialog();
    auto *problem = dialog->findChild<QLabel *>(u"problem"_s);
    QPushButton *exportButton = nullptr;
    for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons())
        if (button->text() == u"&Export"_s)
            exportButton = qobject_cast<QPushButton *>(button);
    QVERIFY(exportButton);
    QVERIFY(exportButton->isEnabled());
    dialog->setPath(dir.filePath(u"chart.gif"_s));
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(problem->isVisibleTo(dialog));
    QVERIFY(problem->text().contains(u".png"_s));
    dialog->setPath(dir.filePath(u"chart.svg"_s));
    QVERIFY(exportButton->isEnabled());
    auto *background = dialog->findChild<QComboBox *>(u"background"_s);
    background->setCurrentIndex(background->findData(int(ChartExporter::Background::Transparent)));
    QVERIFY(!exportButton->isEnabled()); // transparent is for PNG
    QVERIFY(!problem->text().isEmpty());
    // A folder in the way: the write fails, the dialog says why and stays open.
    background->setCurrentIndex(0);
    QVERIFY(QDir().mkpath(dir.filePath(u"taken.svg"_s)));
    dialog->setPath(dir.filePath(u"taken.svg"_s));
    QString text;
    Dialogs::answerNextMessageBox(QMessageBox::Ok, nullptr, &text);
    exportButton->click();
    QVERIFY2(text.contains(u"taken.svg"_s), qPrintable(text));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestExportActions::chartGrid()
{
    ExportChartDialog *dialog = openChartDialog();
    const QString path = dir.filePath(u"grid.png"_s);
    dialog->setPath(path);
    auto *layout = dialog->findChild<QComboBox *>(u"layout"_s);
    layout->setCurrentIndex(layout->findData(int(ChartExporter::Layout::Grid)));
    dialog->accept();
    QImage image;
    QVERIFY(image.load(path));
    // One small chart per framework, side by side: Caffe's colour on the left half only.
    const QImage left = image.copy(0, 0, image.width() / 2, image.height());
    const QImage right = image.copy(image.width() / 2, 0, image.width() / 2, image.height());
    const QColor caffe = window->model()->frameworkColor(0);
    QVERIFY(TestData::pixelsNear(left, caffe) > 100);
    QCOMPARE(TestData::pixelsNear(right, caffe, 6), 0);
}

void TestExportActions::copyChart()
{
    QGuiApplication::clipboard()->clear();
    window->findChild<QAction *>(u"actionCopyChart"_s)->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1200, 1200));
    QVERIFY(TestData::pixelsNear(image, window->model()->frameworkColor(0)) > 100);
    QVERIFY(TestData::pixelsNear(image, window->model()->frameworkColor(1)) > 100);
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
