#pragma once
// What may stand between a verb that needs a near object and its place: claimobjectgap.cpp.
// Internal to the claim extractor.
#include "claimsentence.h"

#include <cstddef>
#include <vector>

namespace sitrep::text::detail {

// The words [from, to) between a verb that needs a near object and its place are list glue ("the
// strategic town of", "more than 90% of"), a part of the place ("took the Syrian side of Mount
// Hermon") or a short seat-noun phrase before "in" / "at" / "inside".
[[nodiscard]] bool nearObjectGap(const std::vector<Word>& words, std::size_t from, std::size_t to);

} // namespace sitrep::text::detail
