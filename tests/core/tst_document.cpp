// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataReader.h"
#include "DataStore.h"
#include "DataWriter.h"
#include "Document.h"
#include "FrameworkModel.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// Theano's Performance: Moderate (3) in the bundled data.
QModelIndex theanoPerformance(const FrameworkModel &model)
{
    return model.index(model.rowOfFramework(u"theano"_s), model.metricColumn(0));
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsMarkModified();
    void saveBundledWritesUserData();
    void saveOpenedFileWritesItBack();
    void saveAsAndExportCopy();
    void failedSaveKeepsOldFileAndEdits();
    void fullDiskKeepsOldFileAndEdits_data();
    void fullDiskKeepsOldFileAndEdits();
    void revertKeepsBackup();
    void recoveryWrittenAfterChange();
    void copyOfGoneDocumentIsFound();
    void recoveryAfterKill();
    void unreadableRecoveryIsReported();
    void recoveryWrittenOffTheEventLoop();
    void newestOfQuickEditsWins();
    void discardDuringWriteLeavesNoCopy();
    void closingDuringWriteLeavesNoCopy();
    void destroyedDuringWriteKeepsNewestCopy();

private:
    // Holds the recovery writer just before it puts a complete copy in place, until released.
    struct HeldWriter
    {
        QSemaphore reached;
        QSemaphore release;
    };
    static void hold(Document *document, HeldWriter *held);
    // The files of the recovery folder, but the lock files.
    static QStringList recoveryFiles();

    FrameworkModel *model = nullptr;
    Document *document = nullptr;
    QString dataDir;
};

void TestDocument::init()
{
    dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // ctest gives this test its own HOME and XDG folders; refuse to run against real ones.
    QVERIFY2(dataDir.contains(u"-home/"_s), qPrintable(dataDir));
    QDir(dataDir).removeRecursively();
    model = new FrameworkModel;
    document = new Document(model);
    document->setRecoveryDelay(20);
    document->load(TestData::bundled(), DataStore::bundledPath(), Document::Origin::Bundled);
}

void TestDocument::cleanup()
{
    delete document;
    delete model;
    QDir(dataDir).removeRecursively();
}

void TestDocument::editsMarkModified()
{
    QSignalSpy modified(document, &Document::modifiedChanged);
    QVERIFY(!document->isModified());
    QVERIFY(model->setData(theanoPerformance(*model), 4));
    QVERIFY(document->isModified());
    QCOMPARE(modified.last().first().toBool(), true);
    model->undoStack()->undo();
    QVERIFY(!document->isModified());
    QCOMPARE(modified.last().first().toBool(), false);
}

void TestDocument::saveBundledWritesUserData()
{
    QVERIFY(model->setData(theanoPerformance(*model), 4));
    QCOMPARE(document->savePath(), DataStore::userDataPath());
    const Document::Result result = document->save();
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(!document->isModified());
    QCOMPARE(document->origin(), Document::Origin::UserData);
    // What the next start shows: the user's file, with the change.
    const DataStore::Loaded next = DataStore::loadStartupData();
    QVERIFY(!next.bundled);
    QCOMPARE(next.data.frameworks.at(1).rating(u"performance"_s)->score, 4);
    QVERIFY(next.data == model->dataSet());
    // The bundled data itself is untouched.
    QCOMPARE(TestData::bundled().frameworks.at(1).rating(u"performance"_s)->score, 3);
}

void TestDocument::saveOpenedFileWritesItBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.json"_s);
    QVERIFY(QFile::copy(TestData::file(u"valid/three-frameworks.json"_s), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    document->load(TestData::load(path), path, Document::Origin::File);
    QVERIFY(model->setData(model->index(0, 0), u"Alpha Prime"_s));
    QVERIFY(document->save().ok);
    QCOMPARE(document->path(), path);
    QCOMPARE(TestData::load(path).frameworks.at(0).name, u"Alpha Prime"_s);
    QVERIFY(!QFile::exists(DataStore::userDataPath()));
}

void TestDocument::saveAsAndExportCopy()
{
    QTemporaryDir dir;
    QVERIFY(model->setData(theanoPerformance(*model), 5));
    const QString copy = dir.filePath(u"copy.json"_s);
    QVERIFY(document->exportCopy(copy).ok);
    QVERIFY(document->isModified()); // a copy does not save the document
    QCOMPARE(document->origin(), Document::Origin::Bundled);
    QCOMPARE(TestData::load(copy).frameworks.at(1).rating(u"performance"_s)->score, 5);

    QSignalSpy pathChanged(document, &Document::pathChanged);
    const QString other = dir.filePath(u"other.json"_s);
    QVERIFY(document->saveAs(other).ok);
    QVERIFY(!document->isModified());
    QCOMPARE(document->path(), other);
    QCOMPARE(document->origin(), Document::Origin::File);
    QCOMPARE(pathChanged.size(), 1);
    QCOMPARE(TestData::contents(copy), TestData::contents(other)); // same data, same bytes
}

void TestDocument::failedSaveKeepsOldFileAndEdits()
{
    QTemporaryDir dir;
    // A path that is a directory cannot be written over.
    const QString asDir = dir.filePath(u"folder.json"_s);
    QVERIFY(QDir().mkpath(asDir));
    QVERIFY(model->setData(theanoPerformance(*model), 5));
    Document::Result result = document->saveAs(asDir);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(asDir)), qPrintable(result.message));
    QVERIFY(document->isModified());
    QCOMPARE(theanoPerformance(*model).data(Role::Score).toInt(), 5);

    if (::geteuid() == 0)
        QSKIP("root writes into read-only folders");
    const QString saved = dir.filePath(u"locked/data.json"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"locked"_s)));
    QVERIFY(QFile::copy(TestData::file(u"valid/three-frameworks.json"_s), saved));
    const QByteArray before = TestData::contents(saved);
    document->load(TestData::load(saved), saved, Document::Origin::File);
    QVERIFY(model->setData(model->index(0, 0), u"Changed"_s));
    QVERIFY(QFile::setPermissions(dir.filePath(u"locked"_s), QFile::ReadOwner | QFile::ExeOwner));
    result = document->save();
    QFile::setPermissions(dir.filePath(u"locked"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(saved)), qPrintable(result.message));
    QCOMPARE(TestData::contents(saved), before); // byte for byte
    QVERIFY(document->isModified());
    QCOMPARE(model->index(0, 0).data().toString(), u"Changed"_s);
}

void TestDocument::fullDiskKeepsOldFileAndEdits_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("padding");

    // As in tst_datawriter: the file (3 KB) fits Qt's write buffer and fails when flushed, the
    // padded data fails in write() itself, and with no room at all it fails at the first byte.
    QTest::newRow("nothing written") << 0 << 0;
    QTest::newRow("short at flush") << 1024 << 0;
    QTest::newRow("short in write") << 1024 << 100000;
}

// A save that runs out of room part-way, for every person, root included: a limit on the size
// of the files this process writes fails the write (EFBIG) as a full disk would (ENOSPC).
void TestDocument::fullDiskKeepsOldFileAndEdits()
{
    QFETCH(int, limit);
    QFETCH(int, padding);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"data.json"_s);
    QVERIFY(QFile::copy(TestData::file(u"valid/three-frameworks.json"_s), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = TestData::contents(path);
    DataSet data = TestData::load(path);
    data.extra.insert(u"x-padding"_s, QString(padding, u'x'));
    document->load(data, path, Document::Origin::File);
    QVERIFY(model->setData(model->index(0, 0), u"Changed"_s));
    const DataSet edited = model->dataSet();
    QVERIFY(DataWriter::toJson(edited).size() > qMax(limit, padding));

    rlimit old{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    rlimit limited = old;
    limited.rlim_cur = rlim_t(limit);
    // The kernel's signal for a file grown past the limit would end the test; ignored, the
    // write fails instead.
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(oldHandler != SIG_ERR);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const Document::Result saved = document->save();
    const Document::Result savedAs = document->saveAs(dir.filePath(u"other.json"_s));
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &old) == 0);
    std::signal(SIGXFSZ, oldHandler);

    for (const Document::Result &result : {saved, savedAs}) {
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"File too large"_s) ||
                     result.message.contains(u"the disk may be full"_s),
                 qPrintable(result.message));
    }
    QVERIFY2(saved.message.contains(QDir::toNativeSeparators(path)), qPrintable(saved.message));
    // The old file byte for byte, and no half-written file beside it.
    QCOMPARE(TestData::contents(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"data.json"_s});
    // The edits in memory, still unsaved, still undoable, still this file's.
    QVERIFY(document->isModified());
    QCOMPARE(document->path(), path);
    QVERIFY(model->dataSet() == edited);
    QCOMPARE(model->index(0, 0).data().toString(), u"Changed"_s);
    QVERIFY(model->undoStack()->canUndo());

    // With room again, the same save goes through.
    const Document::Result retried = document->save();
    QVERIFY2(retried.ok, qPrintable(retried.message));
    QVERIFY(!document->isModified());
    QVERIFY(TestData::load(path) == edited);
}

void TestDocument::revertKeepsBackup()
{
    QVERIFY(model->setData(theanoPerformance(*model), 5));
    QVERIFY(document->save().ok);
    const QByteArray saved = TestData::contents(DataStore::userDataPath());
    const Document::Result result = document->revertToBundled();
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(!QFile::exists(DataStore::userDataPath()));
    const QStringList backups =
        QDir(dataDir).entryList({u"frameworks.json.backup-*"_s}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(result.message.contains(backups.first()), qPrintable(result.message));
    QCOMPARE(TestData::contents(dataDir + u'/' + backups.first()), saved);
    QCOMPARE(theanoPerformance(*model).data(Role::Score).toInt(), 3);
    QCOMPARE(document->origin(), Document::Origin::Bundled);
    QVERIFY(!document->isModified());
}

void TestDocument::recoveryWrittenAfterChange()
{
    const QString copy = document->recoveryPath();
    QVERIFY(copy.startsWith(Document::recoveryFolder()));
    QVERIFY(!QFile::exists(copy));
    QVERIFY(model->setData(theanoPerformance(*model), 5));
    QTRY_VERIFY(QFile::exists(copy));
    QCOMPARE(TestData::load(copy).frameworks.at(1).rating(u"performance"_s)->score, 5);
    // A running document's copy is no crash's: nobody else may take it.
    QVERIFY(!Document::findRecovery());
    // Undoing back to the saved state leaves nothing to recover; so does saving.
    model->undoStack()->undo();
    QVERIFY(!QFile::exists(copy));
    model->undoStack()->redo();
    QTRY_VERIFY(QFile::exists(copy));
    QVERIFY(document->save().ok);
    QVERIFY(!QFile::exists(copy));
}

void TestDocument::copyOfGoneDocumentIsFound()
{
    QString copy;
    {
        FrameworkModel other;
        Document gone(&other);
        gone.setRecoveryDelay(5);
        gone.load(TestData::bundled(), DataStore::bundledPath(), Document::Origin::Bundled);
        QVERIFY(other.setData(theanoPerformance(other), 1));
        copy = gone.recoveryPath();
        QTRY_VERIFY(QFile::exists(copy));
        QVERIFY(copy != document->recoveryPath()); // every document has its own
    } // destroyed without saving or discarding: as if the program had died
    std::optional<Document::Recovery> recovery = Document::findRecovery();
    QVERIFY(recovery);
    QCOMPARE(recovery->file, copy);
    QCOMPARE(recovery->origin, Document::Origin::Bundled);
    QCOMPARE(recovery->data.frameworks.at(1).rating(u"performance"_s)->score, 1);
    QVERIFY(recovery->data.extra.isEmpty()); // the note on where it came from is taken out
    Document::discardRecovery(*recovery);
    QVERIFY(!QFile::exists(copy));
    QVERIFY(!Document::findRecovery());
}

// A real crash: a child process makes an edit, waits for its recovery file and is killed with
// SIGKILL. The next "start" finds the edit and restores it as unsaved.
void TestDocument::recoveryAfterKill()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--edit-and-die"_s});
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // The child's lock file is still there, naming a process that no longer runs.
    std::optional<Document::Recovery> recovery = Document::findRecovery();
    QVERIFY(recovery);
    QVERIFY(recovery->savedAt.isValid());
    document->restore(*recovery);
    QVERIFY(document->isModified());
    QCOMPARE(theanoPerformance(*model).data().toString(), u"Very high"_s);
    QCOMPARE(document->origin(), Document::Origin::Bundled);
    // Restored changes are the document's own: its copy now, the child's gone.
    QVERIFY(!QFile::exists(recovery->file));
    QVERIFY(QFile::exists(document->recoveryPath()));
    QVERIFY(document->save().ok);
    QVERIFY(!QFile::exists(document->recoveryPath()));
    QCOMPARE(
        TestData::load(DataStore::userDataPath()).frameworks.at(1).rating(u"performance"_s)->score,
        5);
}

void TestDocument::unreadableRecoveryIsReported()
{
    const QString broken = Document::recoveryFolder() + u"/12345-1.json"_s;
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"schemaVersion\": 1, ");
    file.close();
    DataErrors errors;
    QVERIFY(!Document::findRecovery(&errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!QFile::exists(broken));
    // Kept for the person to look at, where it is no longer offered.
    QCOMPARE(QDir(Document::recoveryFolder()).entryList({u"12345-1.json.invalid-*"_s}).size(), 1);
    QVERIFY(!Document::findRecovery());
}

void TestDocument::hold(Document *document, HeldWriter *held)
{
    document->setRecoveryDelay(24 * 60 * 60 * 1000); // written only when the test says so
    document->recoveryWriter()->setBeforeCommit([held] {
        held->reached.release();
        held->release.acquire();
    });
}

QStringList TestDocument::recoveryFiles()
{
    QStringList files = QDir(Document::recoveryFolder()).entryList(QDir::Files | QDir::Hidden);
    files.removeIf([](const QString &name) { return name.endsWith(u".lock"_s); });
    return files;
}

// The copy is serialised and written in another thread: when the event loop gets the timer's
// call, the copy is not yet on disk; the writer finishes it by itself.
void TestDocument::recoveryWrittenOffTheEventLoop()
{
    HeldWriter held;
    hold(document, &held);
    QVERIFY(model->setData(theanoPerformance(*model), 5));
    document->writeRecovery();
    // The writer has the whole copy ready while this thread goes on: it is not written here.
    QVERIFY(held.reached.tryAcquire(1, 10000));
    QVERIFY(document->recoveryWriter()->isBusy());
    QVERIFY(!QFile::exists(document->recoveryPath()));
    held.release.release();
    document->waitForRecovery();
    QVERIFY(!document->recoveryWriter()->isBusy());
    QCOMPARE(
        TestData::load(document->recoveryPath()).frameworks.at(1).rating(u"performance"_s)->score,
        5);
    QCOMPARE(recoveryFiles(), QStringList{QFileInfo(document->recoveryPath()).fileName()});
}

// Many edits in quick succession, each written at once while earlier writes are still under
// way: whatever order the threads run in, the copy ends as the last edit left the data.
void TestDocument::newestOfQuickEditsWins()
{
    // A thousand frameworks, so that each write takes long enough for the next edits to come
    // while it runs.
    DataSet large = TestData::bundled();
    const QList<Framework> bundled = large.frameworks;
    for (int copy = 1; large.frameworks.size() < 1000; ++copy)
        for (Framework framework : bundled) {
            framework.id += u'-' + QString::number(copy);
            large.frameworks << framework;
        }
    document->load(large, DataStore::bundledPath(), Document::Origin::Bundled);
    document->setRecoveryDelay(0);
    const QModelIndex cell = theanoPerformance(*model);
    int score = 3;
    for (int edit = 0; edit < 40; ++edit) {
        score = score % 5 + 1;
        QVERIFY(model->setData(cell, score));
        QCoreApplication::processEvents(); // the timer's write, while the last may be running
    }
    QVERIFY(model->setData(cell, 2)); // the last edit, with writes still queued or running
    const auto written = [this] {
        if (!QFile::exists(document->recoveryPath()))
            return 0;
        return TestData::load(document->recoveryPath())
            .frameworks.at(1)
            .rating(u"performance"_s)
            ->score;
    };
    QTRY_COMPARE(written(), 2);
    // And it stays so once every write asked for is done.
    QTRY_VERIFY(!document->recoveryWriter()->isBusy());
    document->waitForRecovery();
    QCOMPARE(written(), 2);
    // One copy, nothing half-written beside it.
    QCOMPARE(recoveryFiles(), QStringList{QFileInfo(document->recoveryPath()).fileName()});
}

// Saved (or undone to the saved state) while a copy is being written: the copy must not come
// back once the write finishes, nor one waiting its turn after it.
void TestDocument::discardDuringWriteLeavesNoCopy()
{
    HeldWriter held;
    hold(document, &held);
    QVERIFY(model->setData(theanoPerformance(*model), 5));
    document->writeRecovery();
    QVERIFY(held.reached.tryAcquire(1, 10000)); // complete, about to be put in place
    QVERIFY(model->setData(theanoPerformance(*model), 1));
    document->writeRecovery(); // waits for the first
    QVERIFY(document->save().ok);
    held.release.release(2);
    document->waitForRecovery();
    QVERIFY(!QFile::exists(document->recoveryPath()));
    QCOMPARE(recoveryFiles(), QStringList());
    QVERIFY(!Document::findRecovery());
    QCOMPARE(
        TestData::load(DataStore::userDataPath()).frameworks.at(1).rating(u"performance"_s)->score,
        1);
}

// Quitting cleanly (the window discards the copy, then the document goes) while a copy is being
// written: the document waits for the writer, and no copy is left to be offered at the next
// start.
void TestDocument::closingDuringWriteLeavesNoCopy()
{
    HeldWriter held;
    hold(document, &held);
    QVERIFY(model->setData(theanoPerformance(*model), 5));
    document->writeRecovery();
    QVERIFY(held.reached.tryAcquire(1, 10000));
    document->discardRecovery();
    held.release.release();
    delete document; // waits for the writer
    document = nullptr;
    QCOMPARE(recoveryFiles(), QStringList());
    QVERIFY(!Document::findRecovery());
}

// A document that goes without discarding its changes (the window was destroyed, not closed)
// finishes the writes asked for: the copy then has the last of them, as after a crash.
void TestDocument::destroyedDuringWriteKeepsNewestCopy()
{
    HeldWriter held;
    hold(document, &held);
    const QString copy = document->recoveryPath();
    QVERIFY(model->setData(theanoPerformance(*model), 5));
    document->writeRecovery();
    QVERIFY(held.reached.tryAcquire(1, 10000));
    QVERIFY(model->setData(theanoPerformance(*model), 1));
    document->writeRecovery(); // queued behind the held one
    held.release.release(2);
    delete document; // waits for both
    document = nullptr;
    std::optional<Document::Recovery> recovery = Document::findRecovery();
    QVERIFY(recovery);
    QCOMPARE(recovery->file, copy);
    QCOMPARE(recovery->data.frameworks.at(1).rating(u"performance"_s)->score, 1);
}

// The child of recoveryAfterKill(): edit, wait for the recovery copy, die without cleaning up.
static int editAndDie(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FrameworkModel model;
    Document document(&model);
    document.setRecoveryDelay(10);
    document.load(TestData::bundled(), DataStore::bundledPath(), Document::Origin::Bundled);
    model.setData(theanoPerformance(model), 5);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&document] {
        if (QFile::exists(document.recoveryPath()))
            ::kill(::getpid(), SIGKILL);
    });
    poll.start(5);
    return app.exec();
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--edit-and-die") == 0)
        return editAndDie(argc, argv);
    QCoreApplication app(argc, argv);
    TestDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_document.moc"
