#pragma once
// A fall with no doer and a fall with no day, read over the whole article (claimfalls.cpp):
// "Jabal Zayn al-Abidin fell on Thursday morning" is the attacker's capture, not the capture of
// whichever side the article last spoke of; "the fall of Hama" is the capture the article dates.
#include "actormatcher.h"
#include "claimextractor.h"

#include <vector>

namespace sitrep::text {

// Over an article's claims, once: an agentless "fell" bound to a side that takes no ground in the
// article goes to the side that does; "the fall of Hama" with no day of its own becomes the
// article's own dated capture or entry of that place.
void settleFalls(std::vector<ExtractedClaim>& out, const ActorMatcher& actors);

} // namespace sitrep::text
