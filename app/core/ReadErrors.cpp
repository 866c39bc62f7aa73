// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadErrors.h"

#include <algorithm>

namespace Versus {

namespace {

// Errors are kept while they could be listed; beyond this many they are sorted and cut back.
constexpr std::size_t MaxKept = 100;

void sortByRank(std::vector<ReadErrors::Found> &found)
{
    std::stable_sort(
        found.begin(), found.end(),
        [](const ReadErrors::Found &a, const ReadErrors::Found &b) { return a.rank < b.rank; });
}

} // namespace

QByteArray ReadErrors::rank(std::initializer_list<quint32> steps)
{
    QByteArray key;
    key.reserve(qsizetype(steps.size() * 4));
    for (const quint32 r : steps) {
        key += char(r >> 24);
        key += char(r >> 16);
        key += char(r >> 8);
        key += char(r);
    }
    return key;
}

QByteArray ReadErrors::afterItems()
{
    return rank({0xFFFFFFFFu});
}

void ReadErrors::add(qsizetype at, const QString &pointer, const QByteArray &rank,
                     const QString &message)
{
    ++m_count;
    m_found.push_back({rank, at, pointer, message});
}

void ReadErrors::trim()
{
    if (m_found.size() < 40 * MaxKept)
        return;
    sortByRank(m_found);
    m_found.resize(MaxKept);
}

std::vector<ReadErrors::Found> ReadErrors::first(std::size_t limit)
{
    sortByRank(m_found);
    if (m_found.size() > limit)
        m_found.resize(limit);
    return m_found;
}

void ReadErrors::rollback(const Mark &mark)
{
    m_found.resize(std::min(m_found.size(), mark.size));
    m_count = mark.count;
}

} // namespace Versus
