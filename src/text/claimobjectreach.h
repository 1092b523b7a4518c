#pragma once
// The places a verb reaches past words the walk back from a place stops at (claimobjectreach.cpp):
// a manner phrase or the troops moved before "from" ("withdrew without a fight from"), an aside
// between commas ("seized, after two days of fighting, the town of"). Internal to the claim
// extractor (claimobjects.cpp).
#include "claimsentence.h"

namespace sitrep::text::detail {

// When the walk from the verb found no object: the places past such a gap, added to `out`.
void reachPastGap(const Sent& s, const Trigger& t, const ClauseSpan& c, Objects& out);

} // namespace sitrep::text::detail
