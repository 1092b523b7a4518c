#pragma once
// Snapshot assembly: gathers, for one instant and lens, the territory, the places with their
// states and the claims heard so far into an ExportSnapshot the writers format.
#include "core/claim.h"
#include "core/controlengine.h"
#include "core/gazetteer.h"
#include "exportsnapshot.h"
#include "territorybuilder.h"

#include <functional>
#include <span>
#include <vector>

namespace sitrep::geo {

// `claims`: every claim the export should list (already filtered by lens and time); `lookup`
// the states at `at`. Places listed are those with a territory cell.
[[nodiscard]] core::Result<ExportSnapshot> assembleSnapshot(TerritoryBuilder& builder,
                                                            const core::Gazetteer& gazetteer,
                                                            std::span<const core::Claim* const> claims,
                                                            const StateLookup& lookup, core::Instant at,
                                                            std::string lens);

// Snapshots at `from` and at every change of `engine` in (from, to] under `lens`, each holding
// until the next (the last until `to`); `snapshot(at)` makes one. Shared by the export session
// and the workspace-backed export input of the command line.
[[nodiscard]] core::Result<std::vector<ExportSnapshot>> snapshotTimeline(
    const core::ControlEngine& engine, core::Instant from, core::Instant to, const core::Lens& lens,
    const std::function<core::Result<ExportSnapshot>(core::Instant)>& snapshot);

} // namespace sitrep::geo
