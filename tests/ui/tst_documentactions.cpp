// SPDX-License-Identifier: GPL-3.0-or-later
// New…, Import Table, Open Recent, Data Set Properties, a file dropped on the window, and the
// window's title. Settings and files live in the test's own folders (QStandardPaths' test
// mode, QTemporaryDir); every dialog is answered as a person would.
#include "DataSetPropertiesDialog.h"
#include "DataWriter.h"
#include "Dialogs.h"
#include "Document.h"
#include "DocumentActions.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "MetricDialog.h"
#include "NewDataSetDialog.h"
#include "RecentFiles.h"
#include "Settings.h"
#include "TestData.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

QString shownTitle(const QWidget *window)
{
    QString title = window->windowTitle();
    return title.replace(u"[*]"_s, window->isWindowModified() ? u"*"_s : QString());
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The menu as a person sees it when it opens: the texts and which can be chosen.
QStringList menuEntries(QMenu *menu)
{
    emit menu->aboutToShow();
    QStringList entries;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        entries << (action->isEnabled() ? QString() : u"(disabled) "_s) + action->text();
    }
    return entries;
}

// The action of the menu, as it stands, named `name`.
QAction *menuAction(QMenu *menu, const QString &name)
{
    emit menu->aboutToShow();
    for (QAction *action : menu->actions())
        if (action->objectName() == name)
            return action;
    return nullptr;
}

// Drags `path` onto the window and drops it there, as a file manager does.
bool dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestDocumentActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"versus-test"_s);
    }

    void init()
    {
        QSettings().clear();
        window = new MainWindow;
        window->openAtStart(QString());
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }

    void cleanup()
    {
        window->model()->undoStack()->setClean(); // nothing to ask about
        delete window;
        window = nullptr;
    }

    void recentFilesOrderLimitMissingClear()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 1; i <= 12; ++i)
            paths << writeFile(dir, u"file%1.json"_s.arg(i), "{}");
        RecentFiles *recent = window->documentActions()->recentFiles();
        for (const QString &path : std::as_const(paths))
            recent->add(path);
        // Newest first, ten at most: file12 … file3.
        QStringList expected;
        for (int i = 12; i >= 3; --i)
            expected << dir.filePath(u"file%1.json"_s.arg(i));
        QCOMPARE(recent->files(), expected);
        // Opened again, a file moves to the top rather than appearing twice.
        recent->add(paths.at(4));
        QCOMPARE(recent->files().first(), paths.at(4));
        QCOMPARE(recent->files().size(), 10);
        QCOMPARE(recent->files().count(paths.at(4)), 1);

        // A file deleted meanwhile is shown, disabled, and can be taken off.
        QVERIFY(QFile::remove(paths.at(11)));
        QStringList entries = menuEntries(recent->menu());
        QCOMPARE(entries.size(), 12);
        QCOMPARE(entries.at(0), u"&1 file5.json"_s);
        QCOMPARE(entries.at(1), u"(disabled) &2 file12.json (missing)"_s);
        QCOMPARE(entries.at(9), u"1&0 file3.json"_s);
        QCOMPARE(entries.at(10), u"Remove &Missing Files"_s);
        QCOMPARE(entries.at(11), u"&Clear Menu"_s);
        menuAction(recent->menu(), u"actionRemoveMissing"_s)->trigger();
        QVERIFY(!recent->files().contains(paths.at(11)));
        QCOMPARE(recent->files().size(), 9);
        entries = menuEntries(recent->menu());
        QCOMPARE(entries.at(9), u"(disabled) Remove &Missing Files"_s);

        // Kept in the settings: a new window has the same list.
        QCOMPARE(Settings().value(Settings::Key::RecentFiles).toStringList(), recent->files());

        menuAction(recent->menu(), u"actionClearRecent"_s)->trigger();
        QCOMPARE(recent->files(), QStringList());
        QCOMPARE(menuEntries(recent->menu()),
                 (QStringList{u"(disabled) No recent files"_s,
                              u"(disabled) Remove &Missing Files"_s, u"(disabled) &Clear Menu"_s}));
    }

    void openRecentOpensTheFile()
    {
        const QString path = TestData::file(u"valid/three-frameworks.json"_s);
        QVERIFY(window->openFile(path));
        RecentFiles *recent = window->documentActions()->recentFiles();
        QCOMPARE(recent->files(), QStringList{QFileInfo(path).absoluteFilePath()});
        // Back to the bundled data, then the recent entry opens the file again.
        window->setData(TestData::bundled(), u":/frameworks.json"_s, Document::Origin::Bundled);
        QAction *entry = menuAction(recent->menu(), u"recentFile"_s);
        QVERIFY(entry);
        entry->trigger();
        QCOMPARE(window->model()->rowCount(), 3);
        QCOMPARE(window->currentPath(), path);
    }

    void dropOpensDataFile()
    {
        QTemporaryDir dir;
        DataSet data = TestData::bundledOnly();
        data.title = u"Dropped"_s;
        const QString path = dir.filePath(u"dropped.json"_s);
        QVERIFY(DataWriter::writeFile(data, path).ok);
        QVERIFY(dropFile(window, path));
        QTRY_COMPARE(window->currentPath(), path);
        QCOMPARE(window->model()->rowCount(), 2);
        QCOMPARE(shownTitle(window), u"dropped.json — Versus"_s);
        QCOMPARE(window->windowFilePath(), path);
        QCOMPARE(window->documentActions()->recentFiles()->files().first(), path);
    }

    void dropAsksBeforeUnsavedChangesAreLost()
    {
        FrameworkModel *model = window->model();
        QVERIFY(model->setData(model->index(0, model->metricColumn(0)), 5));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.json"_s);
        QVERIFY(DataWriter::writeFile(TestData::bundledOnly(), path).ok);
        QString asked;
        Dialogs::answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(dropFile(window, path));
        QTRY_COMPARE(asked, u"unsavedDialog"_s);
        QCOMPARE(window->model()->rowCount(), TestData::bundled().frameworks.size());
        QVERIFY(window->isWindowModified());
    }

    void dropImportsTable()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"clouds.csv"_s,
                                       "Provider;Support;Price;Homepage\r\n"
                                       "Alpha;High;3;https://alpha.example\r\n"
                                       "Beta;Low;5;\r\n");
        QVERIFY(dropFile(window, path));
        QTRY_COMPARE(window->model()->rowCount(), 2);
        QCOMPARE(window->model()->metricCount(), 2);
        // New data, not saved anywhere yet.
        QCOMPARE(window->currentPath(), QString());
        QVERIFY(window->isWindowModified());
        QCOMPARE(shownTitle(window), u"clouds* — Versus"_s);
    }

    void dropIgnoresWhatIsNoFile()
    {
        QMimeData mime;
        mime.setText(u"just text"_s);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void importedTableWithProblemsKeepsData()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"bad.csv"_s, "Name,Speed\nA,3\nB,4,5\n");
        QVERIFY(!window->documentActions()->importTable(path));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"problemDialog"_s)));
        QVERIFY2(box->informativeText().contains(u"bad.csv:3:5: this row has 3 cells"_s),
                 qPrintable(box->informativeText()));
        box->close();
        QCOMPARE(window->model()->rowCount(), TestData::bundled().frameworks.size());
    }

    void windowTitle()
    {
        QCOMPARE(shownTitle(window), u"Deep-learning frameworks — Versus"_s);
        const QString path = TestData::file(u"valid/three-frameworks.json"_s);
        QVERIFY(window->openFile(path));
        QCOMPARE(shownTitle(window), u"three-frameworks.json — Versus"_s);
        QCOMPARE(window->windowFilePath(), path);
        FrameworkModel *model = window->model();
        QVERIFY(model->setData(model->index(0, model->metricColumn(0)), 1));
        QCOMPARE(shownTitle(window), u"three-frameworks.json* — Versus"_s);
        model->undoStack()->undo();
        QCOMPARE(shownTitle(window), u"three-frameworks.json — Versus"_s);
    }

    void newFromTemplate()
    {
        window->documentActions()->newDataSet();
        NewDataSetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<NewDataSetDialog *>()));
        dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Databases"_s);
        dialog->findChild<QRadioButton *>(u"templateNamed"_s)->setChecked(true);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no metric named yet
        dialog->findChild<QPlainTextEdit *>(u"metricNames"_s)
            ->setPlainText(u"Speed\n\nSupport\nSpeed\n"_s);
        auto *levels = dialog->findChild<QComboBox *>(u"levelsCombo"_s);
        levels->setCurrentIndex(2); // labels of my own
        dialog->findChild<QLineEdit *>(u"ownLevels"_s)->setText(u"Poor, , Good"_s);
        QVERIFY(!ok->isEnabled()); // an empty label
        dialog->findChild<QLineEdit *>(u"ownLevels"_s)->setText(u"Poor, Fair, Good"_s);
        QVERIFY(ok->isEnabled());
        ok->click();

        const DataSet &data = window->model()->dataSet();
        QCOMPARE(data.title, u"Databases"_s);
        QCOMPARE(data.metrics.size(), 3);
        QCOMPARE(data.metrics.at(0).id, u"speed"_s);
        QCOMPARE(data.metrics.at(2).id, u"speed-2"_s);
        QCOMPARE(data.metrics.at(1).levels, (QStringList{u"Poor"_s, u"Fair"_s, u"Good"_s}));
        QCOMPARE(window->model()->rowCount(), 0);
        QVERIFY(window->isWindowModified());
        QCOMPARE(shownTitle(window), u"Databases* — Versus"_s);
        QCOMPARE(window->currentPath(), QString());
    }

    void newDeepLearningTemplate()
    {
        window->documentActions()->newDataSet();
        NewDataSetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<NewDataSetDialog *>()));
        dialog->accept();
        QCOMPARE(window->model()->dataSet().metrics, TestData::bundled().metrics);
        QCOMPARE(window->model()->rowCount(), 0);
    }

    void propertiesAreOneUndoStep()
    {
        QUndoStack *stack = window->model()->undoStack();
        const DataSet before = window->model()->dataSet();
        auto *dialog = new DataSetPropertiesDialog(window->model(), window);
        dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"My frameworks"_s);
        MetricDialog *add = dialog->addMetric();
        add->findChild<QLineEdit *>()->setText(u"Documentation"_s);
        add->accept();
        QCOMPARE(window->model()->metricCount(), before.metrics.size() + 1);
        dialog->accept();
        QCOMPARE(window->model()->dataSet().title, u"My frameworks"_s);
        QCOMPARE(shownTitle(window), u"My frameworks* — Versus"_s);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), u"Change data set properties"_s);
        stack->undo();
        QCOMPARE(window->model()->dataSet(), before);
        QCOMPARE(shownTitle(window), u"Deep-learning frameworks — Versus"_s);
        delete dialog;
    }

    void propertiesCancelTakesBack()
    {
        const DataSet before = window->model()->dataSet();
        auto *dialog = new DataSetPropertiesDialog(window->model(), window);
        dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Ignored"_s);
        // Performance is rated: asked first.
        QString asked;
        Dialogs::answerNextMessageBoxWithRole(QMessageBox::DestructiveRole, &asked);
        dialog->deleteMetric();
        QCOMPARE(asked, u"deleteMetricQuestion"_s);
        QCOMPARE(window->model()->metricCount(), before.metrics.size() - 1);
        dialog->reject();
        QCOMPARE(window->model()->dataSet(), before);
        QVERIFY(!window->isWindowModified());
        delete dialog;
    }

private:
    MainWindow *window = nullptr;
};

QTEST_MAIN(TestDocumentActions)
#include "tst_documentactions.moc"
