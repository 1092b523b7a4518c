#pragma once
// Round 102: armed men seen doing something in a place are in it — "fighters were celebrating in
// Umayyad Square", "fighters later posed for selfies inside the People's Palace", "the fighters were
// filming themselves in New Aleppo". Words only: the subject must be an actor (a
// verb whose subject is "residents" claims nothing, claimagent.cpp), so civilians celebrating in a
// square stay out.
#include "sentences.h"

#include <cstddef>
#include <vector>

namespace sitrep::text {

// The index after an activity verb and its short complement ("posed for selfies", "filming
// themselves") that ends on "in" / "inside" before its place, or 0.
[[nodiscard]] std::size_t presenceActivityEnd(const std::vector<Word>& words, std::size_t i);

} // namespace sitrep::text
