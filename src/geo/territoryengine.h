#pragma once
// Adapter from the ControlEngine's answers to the TerritoryBuilder's input: the states of every
// place at an instant under a lens, asked once, as a StateLookup. Areas are drawn per top-level
// actor (hts, sna, sor → opposition) as the map's colours and legend are, so front lines run
// between opposing forces, not between allied factions.
#include "core/controlengine.h"
#include "territory.h"
#include "territorybuilder.h"

namespace sitrep::geo {

enum class ActorLevel { Root, Precise };

[[nodiscard]] StateLookup engineStateLookup(const core::ControlEngine& engine, core::Instant t,
                                            const core::Lens& lens, ActorLevel level = ActorLevel::Root);
// The same over states already asked of `engine` (a caller that has them need not ask again).
[[nodiscard]] StateLookup stateLookup(const std::vector<core::PlaceState>& states, const core::ControlEngine& engine,
                                      ActorLevel level = ActorLevel::Root);

// One place's state converted (claim ids from the evidence, parties deduplicated).
[[nodiscard]] PlaceControl toPlaceControl(const core::PlaceState& s, const core::ControlEngine& engine,
                                          ActorLevel level = ActorLevel::Root);

// Builds the territory for every change instant of `lens` in [from, to], and for instants every
// `step` in between (a holder can turn stale without a change), so scrubbing the timeline only
// hits the builder's cache. Meant for a worker thread. Returns the number of instants built.
[[nodiscard]] core::Result<std::size_t> prebuildTerritory(TerritoryBuilder& builder, const core::ControlEngine& engine,
                                                          const core::Lens& lens, core::Instant from, core::Instant to,
                                                          core::Instant step = 3 * core::kSecondsPerHour);

} // namespace sitrep::geo
