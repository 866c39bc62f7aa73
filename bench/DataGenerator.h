// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <cstdint>

namespace Versus {

// A data set of `frameworks` × `metrics`, each framework with a colour of its own or none, and
// each metric rated or, one time in ten, not; `compared` of the frameworks, spread over the
// list, are compared. With `notes` false the ratings have no notes and the frameworks no
// summary, as in the 10,000-framework file of the performance targets. The same seed always
// gives the same data: std::mt19937's sequence is fixed by the C++ standard, and only its raw
// output is used.
DataSet generateDataSet(int frameworks, int metrics, int compared, std::uint32_t seed,
                        bool notes = true);

// `base` as rater number `rater` (from 1) rated it, for merging (docs/team-ratings.md): named
// "rater-001" and so on in `rater`, each score moved a level up or down one time in three,
// one rating in twenty left out, and one in five with a short note. The same arguments always
// give the same copy.
DataSet generateRaterCopy(const DataSet &base, int rater, std::uint32_t seed);

} // namespace Versus
