// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <vector>

namespace Versus {

// The rules a data file breaks, as DataBuilder and the readers it drives find them: each with its
// place (a byte offset, turned into line and column by DataReader), its JSON pointer, and a rank
// that orders the errors as the format tables list the members, whatever order they were found in.
class ReadErrors
{
public:
    struct Found
    {
        QByteArray rank;
        qsizetype offset = 0;
        QString pointer;
        QString message;
    };

    // A rank as bytes that sort as the numbers do, one step after the other.
    static QByteArray rank(std::initializer_list<quint32> steps);
    // After everything else at the same place: a count, checked once the items are.
    static QByteArray afterItems();

    void add(qsizetype at, const QString &pointer, const QByteArray &rank, const QString &message);
    // Bounds the memory of a file full of errors: beyond many, only the first in rank are kept.
    void trim();
    // The first `limit` errors by rank, and the number of all.
    std::vector<Found> first(std::size_t limit);
    qsizetype count() const { return m_count; }

    // What has been recorded so far, to forget what follows (see RatingReader).
    struct Mark
    {
        std::size_t size = 0;
        qsizetype count = 0;
    };
    Mark mark() const { return {m_found.size(), m_count}; }
    void rollback(const Mark &mark);

private:
    std::vector<Found> m_found;
    qsizetype m_count = 0;
};

} // namespace Versus
