// The times a clause inside a sentence does not share with the rest of it (claimstance.cpp
// claimTime asks these): a relative clause set off by commas keeps the time it names for what it
// tells, and the time after its closing comma is the main clause's.
#pragma once

#include "claimsentence.h"

#include <cstddef>

namespace sitrep::text::detail {

// Whether the time at word `w` is the main clause's, past the closing comma of the relative clause
// that holds the trigger `t`, while that clause names a time of its own (see the .cpp).
[[nodiscard]] bool pastClosedRelative(const Sent& s, const Trigger& t, std::size_t w);

// Whether the trigger `t` is the simple-past verb of a "which" / "who" clause that opens after the
// time at word `w` and names none of its own, so that the day of the clause it hangs on is its
// own too (see the .cpp).
[[nodiscard]] bool simplePastRelative(const Sent& s, const Trigger& t, std::size_t w);

} // namespace sitrep::text::detail
