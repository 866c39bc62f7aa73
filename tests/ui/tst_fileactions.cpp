// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataStore.h"
#include "Dialogs.h"
#include "Document.h"
#include "FileActions.h"
#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "Selection.h"
#include "TestData.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

// Unsaved work in the window: the Save / Discard / Cancel question, saving, failed saves,
// reverting, and the offer to restore what a crash left behind. Every dialog is answered as a
// person would, by clicking its button.
class TestFileActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void closeUnmodifiedAsksNothing();
    void closeCancelKeepsEverything();
    void closeDiscardLeavesNothing();
    void closeSaveWritesUserData();
    void openingAnotherFileAsksFirst();
    void failedSaveSaysWhereAndWhy();
    void revertAsksAndKeepsBackup();
    void crashRecoveryRestore();
    void crashRecoveryDiscard();
    void startWithFileStillOffersRecovery();
    void runningWindowsKeepTheirCopies();
    void closeTakesTextBeingTyped();
    void saveAsProposesVersusDataFile();

private:
    MainWindow *newWindow();
    QMessageBox *recoveryQuestion() const;
    void answer(QMessageBox *box, QMessageBox::ButtonRole role);
    // Edits, waits for the recovery copy and destroys the window as a crash would; returns
    // the copy's path.
    QString crashAfterEdit();
    void editTheano(int score);
    int theanoPerformance() const;

    MainWindow *window = nullptr;
    QString dataDir;
};

void TestFileActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"versus-test"_s);
    dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

MainWindow *TestFileActions::newWindow()
{
    auto *created = new MainWindow;
    created->document()->setRecoveryDelay(10);
    return created;
}

void TestFileActions::init()
{
    QSettings().clear();
    QDir(dataDir).removeRecursively();
    window = newWindow();
    window->openAtStart(QString()); // no user file: the bundled data
    QVERIFY(QTest::qWaitForWindowExposed(window));
}

void TestFileActions::cleanup()
{
    delete window;
    window = nullptr;
    QDir(dataDir).removeRecursively();
}

void TestFileActions::editTheano(int score)
{
    FrameworkModel *model = window->model();
    QVERIFY(model->setData(model->index(model->rowOfFramework(u"theano"_s), model->metricColumn(0)),
                           score));
}

int TestFileActions::theanoPerformance() const
{
    const FrameworkModel *model = window->model();
    return model->index(model->rowOfFramework(u"theano"_s), model->metricColumn(0))
        .data(Role::Score)
        .toInt();
}

void TestFileActions::closeUnmodifiedAsksNothing()
{
    QVERIFY(window->close());
    QVERIFY(!QFile::exists(DataStore::userDataPath()));
}

void TestFileActions::closeCancelKeepsEverything()
{
    editTheano(5);
    QString asked;
    Dialogs::answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!window->close());
    QCOMPARE(asked, u"unsavedDialog"_s);
    QVERIFY(window->isVisible());
    QVERIFY(window->isWindowModified());
    QCOMPARE(theanoPerformance(), 5);
    QVERIFY(!QFile::exists(DataStore::userDataPath()));
}

void TestFileActions::closeDiscardLeavesNothing()
{
    editTheano(5);
    QTRY_VERIFY(QFile::exists(window->document()->recoveryPath()));
    Dialogs::answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window->close());
    QVERIFY(!QFile::exists(DataStore::userDataPath()));
    QVERIFY(!QFile::exists(window->document()->recoveryPath()));
}

void TestFileActions::closeSaveWritesUserData()
{
    editTheano(5);
    QString text;
    Dialogs::answerNextMessageBox(QMessageBox::Save, nullptr, &text);
    QVERIFY(window->close());
    QVERIFY2(text.contains(QDir::toNativeSeparators(DataStore::userDataPath())), qPrintable(text));
    QCOMPARE(
        TestData::load(DataStore::userDataPath()).frameworks.at(1).rating(u"performance"_s)->score,
        5);
    QVERIFY(!QFile::exists(window->document()->recoveryPath()));

    // The next start finds the change.
    delete window;
    window = newWindow();
    window->openAtStart(QString());
    QCOMPARE(theanoPerformance(), 5);
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->currentPath(), DataStore::userDataPath());
}

void TestFileActions::openingAnotherFileAsksFirst()
{
    editTheano(5);
    const QString other = TestData::file(u"valid/three-frameworks.json"_s);
    Dialogs::answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window->openFile(other));
    QCOMPARE(window->model()->rowCount(), TestData::bundled().frameworks.size());
    QCOMPARE(theanoPerformance(), 5);
    Dialogs::answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window->openFile(other));
    QCOMPARE(window->model()->rowCount(), 3);
    QVERIFY(!window->isWindowModified());
}

void TestFileActions::failedSaveSaysWhereAndWhy()
{
    // A folder where the data file should be: no save can replace it.
    QVERIFY(QDir().mkpath(DataStore::userDataPath()));
    editTheano(5);
    QVERIFY(!window->fileActions()->save());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"errorDialog"_s)));
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(DataStore::userDataPath())),
             qPrintable(box->text()));
    box->close();
    QVERIFY(window->isWindowModified());
    QCOMPARE(theanoPerformance(), 5);
    QVERIFY(QFileInfo(DataStore::userDataPath()).isDir());
}

void TestFileActions::revertAsksAndKeepsBackup()
{
    editTheano(5);
    QVERIFY(window->fileActions()->save());
    Dialogs::answerNextMessageBox(QMessageBox::Cancel);
    window->fileActions()->revertToBundled();
    QCOMPARE(theanoPerformance(), 5);
    Dialogs::answerNextMessageBoxWithRole(QMessageBox::DestructiveRole);
    window->fileActions()->revertToBundled();
    QCOMPARE(theanoPerformance(), 3);
    QVERIFY(!QFile::exists(DataStore::userDataPath()));
    QCOMPARE(QDir(dataDir).entryList({u"frameworks.json.backup-*"_s}, QDir::Files).size(), 1);
}

QMessageBox *TestFileActions::recoveryQuestion() const
{
    QMessageBox *box = nullptr;
    [&] {
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"recoveryDialog"_s)) &&
                    box->isVisible());
    }();
    return box;
}

void TestFileActions::answer(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == role) {
            button->click();
            return;
        }
    QFAIL("no such button");
}

QString TestFileActions::crashAfterEdit()
{
    editTheano(5);
    const QString copy = window->document()->recoveryPath();
    [&] { QTRY_VERIFY(QFile::exists(copy)); }();
    // The program dies: the window goes without closeEvent, as under SIGKILL.
    delete window;
    window = nullptr;
    return copy;
}

void TestFileActions::crashRecoveryRestore()
{
    const QString copy = crashAfterEdit();
    QVERIFY(QFile::exists(copy));

    window = newWindow();
    window->openAtStart(QString());
    QCOMPARE(theanoPerformance(), 3); // the saved (here: bundled) data first
    answer(recoveryQuestion(), QMessageBox::AcceptRole);
    QCOMPARE(theanoPerformance(), 5);
    QVERIFY(window->isWindowModified()); // restored, not saved
    // The changes are the new window's now: its own copy holds them, the old one is gone.
    QVERIFY(!QFile::exists(copy));
    QVERIFY(QFile::exists(window->document()->recoveryPath()));
    QVERIFY(window->fileActions()->save());
    QVERIFY(!QFile::exists(window->document()->recoveryPath()));
    QCOMPARE(QDir(Document::recoveryFolder()).entryList({u"*.json"_s}, QDir::Files), QStringList());
}

void TestFileActions::crashRecoveryDiscard()
{
    const QString copy = crashAfterEdit();
    window = newWindow();
    window->openAtStart(QString());
    answer(recoveryQuestion(), QMessageBox::DestructiveRole);
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(theanoPerformance(), 3);
    QVERIFY(!window->isWindowModified());
}

void TestFileActions::startWithFileStillOffersRecovery()
{
    const QString copy = crashAfterEdit();
    window = newWindow();
    window->openAtStart(TestData::file(u"valid/three-frameworks.json"_s));
    QCOMPARE(window->model()->rowCount(), 3);
    answer(recoveryQuestion(), QMessageBox::AcceptRole);
    QCOMPARE(theanoPerformance(), 5);
    QVERIFY(!QFile::exists(copy));
}

void TestFileActions::runningWindowsKeepTheirCopies()
{
    editTheano(5);
    const QString copy = window->document()->recoveryPath();
    QTRY_VERIFY(QFile::exists(copy));
    // A second window (or a second Versus) starting now must not take the first one's
    // changes for a crash's, nor delete them.
    MainWindow *second = newWindow();
    auto *actions = second->findChild<FileActions *>();
    QVERIFY(actions);
    QSignalSpy checked(actions, &FileActions::recoveryChecked);
    second->openAtStart(QString());
    // Until the second window has looked for a crash's changes, no question proves nothing.
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(!second->findChild<QMessageBox *>(u"recoveryDialog"_s));
    QVERIFY(second->close());
    delete second;
    QVERIFY(QFile::exists(copy));
    QVERIFY(window->isWindowModified());
}

void TestFileActions::closeTakesTextBeingTyped()
{
    FrameworkModel *model = window->model();
    window->selection()->selectFramework(u"theano"_s);
    window->editor()->parentWidget()->show(); // the Editor dock
    auto *summary = window->editor()->findChild<QWidget *>(u"summaryField"_s);
    QVERIFY(summary);
    summary->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), summary);
    QTest::keyClick(summary, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(summary, u" More."_s);
    QVERIFY(!window->isWindowModified()); // still being typed
    QString asked;
    Dialogs::answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!window->close());
    QCOMPARE(asked, u"unsavedDialog"_s);
    QVERIFY(model->index(model->rowOfFramework(u"theano"_s), 0)
                .data(Role::Summary)
                .toString()
                .endsWith(u"More."_s));
}

// A file saved as proposed is one that a file manager opens in Versus (*.versus.json).
void TestFileActions::saveAsProposesVersusDataFile()
{
    auto *saveAs = window->findChild<QAction *>(u"actionSaveAs"_s);
    QVERIFY(saveAs);
    saveAs->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QFileDialog *>(u"saveAsDialog"_s)));
    QCOMPARE(dialog->nameFilters().value(0), u"Versus data (*.versus.json)"_s);
    QVERIFY(dialog->nameFilters().contains(u"JSON data (*.json)"_s));
    QVERIFY2(dialog->selectedFiles().value(0).endsWith(u"/frameworks.versus.json"_s),
             qPrintable(dialog->selectedFiles().join(u", "_s)));
    dialog->reject();
}

QTEST_MAIN(TestFileActions)
#include "tst_fileactions.moc"
