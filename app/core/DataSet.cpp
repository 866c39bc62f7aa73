// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataSet.h"

#include <algorithm>

namespace Versus {

QString Metric::levelLabel(int score) const
{
    if (score < 1 || score > levels.size())
        return {};
    return levels.at(score - 1);
}

const Rating *Framework::rating(const QString &metricId) const
{
    const auto it = ratings.constFind(metricId);
    return it == ratings.constEnd() ? nullptr : &it.value();
}

int DataSet::metricIndex(const QString &id) const
{
    const auto it =
        std::find_if(metrics.cbegin(), metrics.cend(), [&](const Metric &m) { return m.id == id; });
    return it == metrics.cend() ? -1 : int(it - metrics.cbegin());
}

int DataSet::frameworkIndex(const QString &id) const
{
    const auto it = std::find_if(frameworks.cbegin(), frameworks.cend(),
                                 [&](const Framework &f) { return f.id == id; });
    return it == frameworks.cend() ? -1 : int(it - frameworks.cbegin());
}

QStringList DataSet::initialComparison() const
{
    if (compare)
        return *compare;
    QStringList ids;
    ids.reserve(frameworks.size());
    for (const Framework &f : frameworks)
        ids << f.id;
    return ids;
}

} // namespace Versus
