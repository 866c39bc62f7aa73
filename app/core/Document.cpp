// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include "DataReader.h"
#include "DataStore.h"
#include "DataWriter.h"
#include "FrameworkModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The recovery file is an ordinary data file with one extra top-level member saying what the
// changes were made to; it is taken out again when the file is read back.
const auto RecoveryKey = u"versusRecovery"_s;

// Long enough that typing in the editor does not write on every key, short enough that a
// crash loses at most a moment's work.
constexpr int DefaultRecoveryDelay = 1500;

QString originName(Document::Origin origin)
{
    switch (origin) {
    case Document::Origin::Bundled:
        return u"bundled"_s;
    case Document::Origin::UserData:
        return u"user"_s;
    case Document::Origin::File:
        break;
    }
    return u"file"_s;
}

Document::Origin originFromName(const QString &name)
{
    if (name == u"user"_s)
        return Document::Origin::UserData;
    if (name == u"file"_s)
        return Document::Origin::File;
    return Document::Origin::Bundled;
}

} // namespace

namespace {

// Each document has its own recovery copy, named after the process and a counter, so that two
// windows or two running Versus never take each other's copies.
QString newRecoveryName()
{
    static int counter = 0;
    return QString::number(QCoreApplication::applicationPid()) + u'-' + QString::number(++counter);
}

} // namespace

Document::Document(FrameworkModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_recoveryName(newRecoveryName()),
      m_recoveryPath(recoveryFolder() + u'/' + m_recoveryName + u".json"_s),
      m_recoveryLock(recoveryFolder() + u'/' + m_recoveryName + u".lock"_s)
{
    // Held while this document lives: it marks the copy as in use, not left by a crash.
    QDir().mkpath(recoveryFolder());
    m_recoveryLock.tryLock(0);

    m_recoveryTimer.setSingleShot(true);
    m_recoveryTimer.setInterval(DefaultRecoveryDelay);
    connect(&m_recoveryTimer, &QTimer::timeout, this, &Document::writeRecovery);
    QUndoStack *stack = m_model->undoStack();
    connect(stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    connect(stack, &QUndoStack::indexChanged, this, &Document::changed);
    // The stack clears itself as the model is destroyed; that is no undo back to the saved
    // state, and must not delete the recovery file of edits that were never saved.
    connect(m_model, &QObject::destroyed, this,
            [this, stack] { QObject::disconnect(stack, nullptr, this, nullptr); });
}

void Document::compareWith(const DataSet &compared, const QString &path)
{
    auto marks = std::make_unique<ChangeMarks>(compared, path);
    m_model->setChangeMarks(marks.get());
    m_marks = std::move(marks); // the old marks go once the model no longer reads them
    emit comparisonChanged();
}

void Document::clearComparison()
{
    if (!m_marks)
        return;
    m_model->setChangeMarks(nullptr);
    m_marks.reset();
    emit comparisonChanged();
}

void Document::load(const DataSet &data, const QString &path, Origin origin)
{
    clearComparison(); // marks against another file's data would mean nothing
    m_recoveryTimer.stop();
    m_model->setDataSet(data); // clears the undo stack: clean
    setPath(path, origin);
    emit modifiedChanged(false);
}

QString Document::savePath() const
{
    return m_origin == Origin::Bundled ? DataStore::userDataPath() : m_path;
}

bool Document::isModified() const
{
    return !m_model->undoStack()->isClean();
}

QString Document::title() const
{
    const QString title = m_model->dataSet().title;
    if (!title.isEmpty())
        return title;
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void Document::changed()
{
    if (isModified()) {
        m_recoveryTimer.start();
    } else {
        // Undone back to what is saved: there is nothing left to recover.
        m_recoveryTimer.stop();
        discardRecovery();
    }
}

Document::Result Document::write(const QString &path) const
{
    const WriteResult written = DataWriter::writeFile(m_model->dataSet(), path);
    return {written.ok, written.error};
}

void Document::setPath(const QString &path, Origin origin)
{
    const bool changed = path != m_path;
    m_path = path;
    m_origin = origin;
    if (changed)
        emit pathChanged(m_path);
}

Document::Result Document::save()
{
    if (m_origin == Origin::Bundled)
        QDir().mkpath(QFileInfo(DataStore::userDataPath()).absolutePath());
    const QString target = savePath();
    const Result result = write(target);
    if (!result.ok)
        return result; // the edits stay, unsaved, and so does the recovery file
    setPath(target, m_origin == Origin::Bundled ? Origin::UserData : m_origin);
    m_recoveryTimer.stop();
    m_model->undoStack()->setClean();
    discardRecovery();
    return result;
}

Document::Result Document::saveAs(const QString &path)
{
    const Result result = write(path);
    if (!result.ok)
        return result;
    const bool isUserData = QFileInfo(path).absoluteFilePath() ==
                            QFileInfo(DataStore::userDataPath()).absoluteFilePath();
    setPath(path, isUserData ? Origin::UserData : Origin::File);
    m_recoveryTimer.stop();
    m_model->undoStack()->setClean();
    discardRecovery();
    return result;
}

Document::Result Document::exportCopy(const QString &path) const
{
    return write(path);
}

Document::Result Document::revertToBundled()
{
    const QString userPath = DataStore::userDataPath();
    QString backup;
    if (QFile::exists(userPath)) {
        const QString stem =
            userPath + u".backup-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        backup = stem;
        for (int n = 2; QFile::exists(backup); ++n)
            backup = stem + u'-' + QString::number(n);
        QFile file(userPath);
        if (!file.rename(backup))
            return {false, tr("Could not keep a backup of “%1”: %2. Nothing was changed.")
                               .arg(QDir::toNativeSeparators(userPath), file.errorString())};
    }
    const DataStore::Loaded bundled = DataStore::loadBundled();
    load(bundled.data, bundled.path, Origin::Bundled);
    discardRecovery();
    if (backup.isEmpty())
        return {true, tr("The bundled data is shown.")};
    return {true, tr("The bundled data is shown. Your previous data was kept as %1.")
                      .arg(QDir::toNativeSeparators(backup))};
}

QString Document::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

void Document::writeRecovery()
{
    if (!isModified())
        return;
    // A copy that shares the model's containers: taking it costs nothing, and serialising and
    // writing it (150 ms for 10,000 frameworks) happen in the writer's thread.
    DataSet data = m_model->dataSet();
    data.extra.insert(RecoveryKey,
                      QJsonObject{{u"path"_s, m_path}, {u"origin"_s, originName(m_origin)}});
    m_recoveryWriter.write(std::move(data), m_recoveryPath);
}

std::optional<Document::Recovery> Document::findRecovery(DataErrors *errors)
{
    QDir folder(recoveryFolder());
    const QFileInfoList copies =
        folder.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time); // newest first
    for (const QFileInfo &copy : copies) {
        // A copy whose lock can be taken belongs to no running Versus: that one died.
        QLockFile lock(folder.filePath(copy.completeBaseName() + u".lock"_s));
        if (!lock.tryLock(0))
            continue; // another window, in this or another process, is still editing it
        lock.unlock();
        const QString path = copy.absoluteFilePath();
        ReadResult read = DataReader::readFile(path, QDir::toNativeSeparators(path));
        if (!read.ok()) {
            if (errors)
                *errors = read.errors;
            // Kept for the person to look at, out of the way of the recovery copies.
            QFile::rename(path, path + u".invalid-"_s +
                                    QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
            return std::nullopt;
        }
        Recovery recovery;
        const QJsonObject about = read.data.extra.take(RecoveryKey).toObject();
        recovery.data = std::move(read.data);
        recovery.path = about.value(u"path"_s).toString();
        recovery.origin = originFromName(about.value(u"origin"_s).toString());
        recovery.savedAt = copy.lastModified();
        recovery.file = path;
        return recovery;
    }
    return std::nullopt;
}

void Document::restore(const Recovery &recovery)
{
    load(recovery.data, recovery.path, recovery.origin);
    // No undo step made these changes, yet they are not saved: no index of the stack is clean.
    m_model->undoStack()->resetClean();
    // The changes are this document's now: its own copy first, then the old one can go.
    writeRecovery();
    m_recoveryWriter.waitForDone();
    if (recovery.file != m_recoveryPath)
        QFile::remove(recovery.file);
}

void Document::discardRecovery()
{
    m_recoveryTimer.stop();
    // Also keeps a write under way or waiting from putting the copy back.
    m_recoveryWriter.discard(m_recoveryPath);
}

void Document::discardRecovery(const Recovery &recovery)
{
    QFile::remove(recovery.file);
}

} // namespace Versus
