#pragma once
// "The army said terrorists had entered large parts of Aleppo, but insisted they had not been able to
// establish fixed positions there": an entry the speaker grants, a hold it denies.
#include "claimextractor.h"

#include <vector>

namespace sitrep::text {

// Adds, for each affirmed entry by a side other than the speaker's whose sentence goes on to say
// the enterers could not establish positions, bases or checkpoints, the speaker's denial that the
// enterers control the place.
void deniedFootholds(std::vector<ExtractedClaim>& out);

} // namespace sitrep::text
