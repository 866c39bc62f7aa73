// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryWriter.h"

#include "DataWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>

namespace Versus {

RecoveryWriter::RecoveryWriter()
{
    m_pool.setMaxThreadCount(1);
    // The thread is kept between writes that come close together (an edit every few seconds)
    // and ends after a quiet while.
    m_pool.setExpiryTimeout(30000);
}

RecoveryWriter::~RecoveryWriter()
{
    waitForDone();
}

void RecoveryWriter::write(DataSet data, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_next = Job{std::move(data), path, m_generation};
    if (m_running)
        return; // the running worker takes it when its write is done
    m_running = true;
    m_pool.start([this] { drain(); });
}

void RecoveryWriter::discard(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_next.reset();
    ++m_generation;
    QFile::remove(path);
}

void RecoveryWriter::waitForDone()
{
    m_pool.waitForDone();
}

bool RecoveryWriter::isBusy() const
{
    QMutexLocker lock(&m_mutex);
    return m_running;
}

void RecoveryWriter::setBeforeCommit(std::function<void()> hook)
{
    QMutexLocker lock(&m_mutex);
    m_beforeCommit = std::move(hook);
}

void RecoveryWriter::drain()
{
    for (;;) {
        std::optional<Job> job;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_next) {
                m_running = false;
                return;
            }
            job.swap(m_next);
        }
        writeOne(*job);
        // Released here, in the worker: the data set no longer shares anything with the
        // model's, which then changes without copying.
    }
}

void RecoveryWriter::writeOne(const Job &job)
{
    const QByteArray bytes = DataWriter::toJson(job.data);
    QDir().mkpath(QFileInfo(job.path).absolutePath());
    QSaveFile file(job.path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    // Flushed before commit(), which in Qt 6.4 ignores a flush that fails (a full disk) and
    // would put a truncated copy in place.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.cancelWriting();
        return;
    }
    std::function<void()> beforeCommit;
    {
        QMutexLocker lock(&m_mutex);
        beforeCommit = m_beforeCommit;
    }
    if (beforeCommit)
        beforeCommit();
    // The check and the rename under the lock that discard() takes: a copy is either put in
    // place before a discard, which then removes it, or not at all.
    QMutexLocker lock(&m_mutex);
    if (job.generation == m_generation)
        file.commit();
    else
        file.cancelWriting();
}

} // namespace Versus
