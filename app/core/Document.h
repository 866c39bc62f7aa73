// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeMarks.h"
#include "DataError.h"
#include "DataSet.h"
#include "RecoveryWriter.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace Versus {

class FrameworkModel;

// The data being edited as a file: where it came from, where Save writes it, whether it has
// unsaved changes, and a recovery copy of those changes that survives a crash.
//
// Unsaved means "the undo stack is not at its clean index". Every change goes through the
// stack, so nothing can change without the document knowing.
class Document : public QObject
{
    Q_OBJECT

public:
    enum class Origin
    {
        Bundled,  // the data compiled into the program: Save writes the user's data file
        UserData, // the user's data file (DESIGN.md, "Where data lives")
        File,     // any other file, opened by the person: Save writes it back
    };
    Q_ENUM(Origin)

    struct Result
    {
        bool ok = true;
        QString message; // for the person: what failed and why, naming the path
    };

    struct Recovery
    {
        DataSet data;
        QString path;
        Origin origin = Origin::Bundled;
        QDateTime savedAt;
        QString file; // the recovery copy it was read from
    };

    explicit Document(FrameworkModel *model, QObject *parent = nullptr);

    // Marks how the data differs from `compared`, read from `path` (File > Compare With File),
    // until clearComparison() or until other data is loaded. Edits keep being marked against it.
    void compareWith(const DataSet &compared, const QString &path);
    void clearComparison();
    const ChangeMarks *changeMarks() const { return m_marks.get(); }

    // Shows `data` as unmodified, read from `path`; forgets a comparison.
    void load(const DataSet &data, const QString &path, Origin origin);

    QString path() const { return m_path; }
    Origin origin() const { return m_origin; }
    // Where Save writes: the file itself, or the user's data file for the bundled data.
    QString savePath() const;
    bool isModified() const;
    // How the person knows the data: its title, else the file's name.
    QString title() const;

    Result save();
    // Writes to `path` and goes on editing that file.
    Result saveAs(const QString &path);
    // Writes a copy to `path`; the document stays what it was, modified or not.
    Result exportCopy(const QString &path) const;
    // Shows the bundled data again. The user's data file, if any, is renamed to a backup
    // beside it, whose path is in the result's message.
    Result revertToBundled();

    // Unsaved changes are copied to this document's own file in recoveryFolder() shortly after
    // each change, and it is removed once they are saved or discarded. A lock file beside it
    // is held while the document lives, so a copy without a live lock was left by a crash.
    // The copy is written in a thread of its own (RecoveryWriter): the newest change wins, and
    // once removed it stays removed.
    QString recoveryPath() const { return m_recoveryPath; }
    static QString recoveryFolder();
    // The newest copy that no running document holds, if any. One that cannot be read is
    // reported in `errors` and renamed to NAME.json.invalid-DATE.
    static std::optional<Recovery> findRecovery(DataErrors *errors = nullptr);
    // Shows the recovered data, marked unsaved; its copy becomes this document's own.
    void restore(const Recovery &recovery);
    // Deletes this document's copy: the person chose not to keep the changes, or quit cleanly.
    void discardRecovery();
    // Deletes a copy found by findRecovery(): the person chose not to restore it.
    static void discardRecovery(const Recovery &recovery);
    void setRecoveryDelay(int milliseconds) { m_recoveryTimer.setInterval(milliseconds); }
    // Writes the recovery copy now, if there are unsaved changes, rather than after the delay;
    // the writing itself goes on in its own thread.
    void writeRecovery();
    // Blocks until the recovery copies asked for are written.
    void waitForRecovery() { m_recoveryWriter.waitForDone(); }
    RecoveryWriter *recoveryWriter() { return &m_recoveryWriter; }

signals:
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    // A comparison was made or cleared.
    void comparisonChanged();

private:
    void changed();
    Result write(const QString &path) const;
    void setPath(const QString &path, Origin origin);

    FrameworkModel *m_model;
    std::unique_ptr<ChangeMarks> m_marks;
    QString m_recoveryName;
    QString m_recoveryPath;
    QLockFile m_recoveryLock;
    QString m_path;
    Origin m_origin = Origin::Bundled;
    QTimer m_recoveryTimer;
    // After the lock: destroyed first, so a write still under way ends while the lock is held.
    RecoveryWriter m_recoveryWriter;
};

} // namespace Versus
