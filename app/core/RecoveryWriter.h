// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QMutex>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace Versus {

// Writes the crash-recovery copy of a document in a thread of its own, so that turning 10,000
// frameworks into JSON and writing them (150 ms) never holds up the window.
//
// The data is passed as a copy of the DataSet, which costs nothing: its Qt containers are
// implicitly shared, and the model's own copy detaches when it is next changed.
//
// - The newest data always wins: writes are done one after another in the order asked for,
//   and a write waiting its turn is replaced by a newer one (only the last is worth writing).
// - Nothing half written is taken for a copy: each file is written beside its place and renamed
//   over it only when complete (QSaveFile).
// - After discard() the file is gone and stays gone: a write under way is not put in place, and
//   writes not begun are dropped. The rename and the removal are done under one lock, so they
//   cannot interleave.
// - The destructor waits for the write under way and those waiting (a document that is closed
//   without discarding leaves its last copy behind, as a crash would).
class RecoveryWriter
{
public:
    RecoveryWriter();
    ~RecoveryWriter();
    RecoveryWriter(const RecoveryWriter &) = delete;
    RecoveryWriter &operator=(const RecoveryWriter &) = delete;

    // Writes `data` to `path`, creating its folder, later and in another thread. A failure is
    // not reported: a recovery copy must never disturb the person's work, and the next change
    // tries again.
    void write(DataSet data, const QString &path);
    // Removes `path` and makes sure no write asked for before puts it back.
    void discard(const QString &path);
    // Blocks until every write asked for is done (or dropped).
    void waitForDone();
    // Whether a write is under way or waiting.
    bool isBusy() const;

    // For tests: called in the writing thread when a copy is complete and about to be put in
    // place, so that a test can hold it there.
    void setBeforeCommit(std::function<void()> hook);

private:
    struct Job
    {
        DataSet data;
        QString path;
        quint64 generation = 0; // the discard() count when it was asked for
    };

    void drain();
    void writeOne(const Job &job);

    mutable QMutex m_mutex;
    std::optional<Job> m_next; // the newest write not yet begun
    bool m_running = false;    // a worker is writing or about to take m_next
    quint64 m_generation = 0;  // counts discard()s: a job from before one is not put in place
    std::function<void()> m_beforeCommit;
    QThreadPool m_pool; // one thread: the writes are done in order
};

} // namespace Versus
