// Clauses whose time is not the day the sentence names (claimstance.cpp claimTime asks these):
// a pluperfect relative clause ("towns north of Aleppo that regime troops had left") tells
// something done before the day of the clause it hangs on, by an unknown stretch.
#pragma once

#include "claimsentence.h"

#include <cstddef>

namespace sitrep::text::detail {

// The first word of the pluperfect relative clause whose verb is `t`, or 0 (see the .cpp).
[[nodiscard]] std::size_t pluperfectRelative(const Sent& s, const Trigger& t);

// Whether the verb at `verb` opens a later event of its own after "and": "… repelled attacks in the
// northern Hama countryside and on Tuesday restored control over Maardes" (see the .cpp).
[[nodiscard]] bool laterDayBefore(const std::vector<Word>& words, std::size_t verb);

} // namespace sitrep::text::detail
