// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sourcing.h"

#include "DataSet.h"

namespace Versus::Sourcing {

bool isUnsourced(const Framework &framework, const Rating &rating)
{
    return framework.sources.isEmpty() || rating.note.trimmed().isEmpty();
}

int unsourcedCount(const Framework &framework)
{
    int count = 0;
    for (const Rating &rating : framework.ratings)
        count += isUnsourced(framework, rating);
    return count;
}

} // namespace Versus::Sourcing
