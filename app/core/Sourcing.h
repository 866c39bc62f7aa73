// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Versus {

struct Framework;
struct Rating;

// Which ratings say where they come from. A rating is unsourced when its note is empty (nothing
// says why) or its framework lists no source (nothing to check it against).
namespace Sourcing {

bool isUnsourced(const Framework &framework, const Rating &rating);
// The framework's ratings that are unsourced.
int unsourcedCount(const Framework &framework);

} // namespace Sourcing

} // namespace Versus
