#pragma once
// Snapshot assembly: gathers, for one instant and lens, the territory, the places with their
// states and the claims heard so far into an ExportSnapshot the writers format.
#include "core/claim.h"
#include "core/gazetteer.h"
#include "exportsnapshot.h"
#include "territorybuilder.h"

#include <span>

namespace sitrep::geo {

// `claims`: every claim the export should list (already filtered by lens and time); `lookup`
// the states at `at`. Places listed are those with a territory cell.
[[nodiscard]] core::Result<ExportSnapshot> assembleSnapshot(TerritoryBuilder& builder,
                                                            const core::Gazetteer& gazetteer,
                                                            std::span<const core::Claim* const> claims,
                                                            const StateLookup& lookup, core::Instant at,
                                                            std::string lens);

} // namespace sitrep::geo
