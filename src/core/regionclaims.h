#pragma once
// Region claims: "rebels hold the whole of Daraa province" names a governorate, but state lives
// on settlements, so such a claim stands for one claim per settlement of that governorate.
#include "claim.h"
#include "gazetteer.h"

#include <vector>

namespace sitrep::core {

// A claim on a governorate becomes a copy per settlement-like place of the same country whose
// admin1 is the governorate's (placeId replaced, regionId = the governorate's id, id suffixed
// "@<place id>"). Any other claim, or one on an unknown place, comes back unchanged.
[[nodiscard]] std::vector<Claim> expandRegionClaim(const Claim& claim, const Gazetteer& gazetteer);

} // namespace sitrep::core
