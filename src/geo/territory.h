#pragma once
// Territory: the control map at one instant under one lens, as geometry people read — control
// areas (held, stale, contested, unknown) that tile the country, and front lines where areas of
// different actors meet. Built by TerritoryBuilder from per-place control states.
#include "core/controlstate.h"
#include "core/instant.h"
#include "territorygeometry.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {

// The engine's four statuses: held, contested, stale, unknown.
using ControlStatus = core::ControlStatus;

// "held", "contested", "stale", "unknown" (as written in exports).
[[nodiscard]] std::string_view controlStatusName(ControlStatus s);

// What the builder needs to know about one place at the instant: who holds it (or which parties
// contest it), since when, how sure, and the claims behind that. Decoupled from the engine so
// tests and other producers can feed the builder directly.
struct PlaceControl {
    ControlStatus status = ControlStatus::Unknown;
    std::string actor;                // for held and stale
    std::vector<std::string> parties; // for contested (any order)
    std::optional<core::Instant> since;
    double confidence = 0.0;
    std::vector<std::string> claimIds; // claims the state rests on
};

// Gives the state of a place (or of a governorate, for region claims) by id.
using StateLookup = std::function<PlaceControl(std::string_view placeId)>;

struct ControlArea {
    ControlStatus status = ControlStatus::Unknown;
    std::string actor;
    std::vector<std::string> parties;   // sorted, contested areas only
    std::vector<std::string> placeIds;  // every place whose cell is part of the area
    std::shared_ptr<const MultiPolygon> geometry;
    double areaKm2 = 0.0;               // approximate (equirectangular at each part's latitude)
    std::optional<core::Instant> since; // the latest change among its places
    double confidence = 0.0;            // the lowest among its places
    std::vector<std::string> claimIds;  // union over its places, deduplicated
};

// The shared boundary of areas held by two different actors (actorA < actorB).
struct FrontLine {
    std::string actorA;
    std::string actorB;
    std::shared_ptr<const MultiLineString> geometry;
    double lengthKm = 0.0;
};

// Ground that changed hands between two instants: cells whose effective state differs, dissolved
// per (from, to) pair.
struct AreaChange {
    ControlStatus fromStatus = ControlStatus::Unknown;
    std::string fromActor;
    ControlStatus toStatus = ControlStatus::Unknown;
    std::string toActor;
    std::vector<std::string> placeIds;
    std::shared_ptr<const MultiPolygon> geometry;
    double areaKm2 = 0.0;
    std::optional<core::Instant> since; // the latest change among its places (to-state)
    std::vector<std::string> claimIds;  // the claims behind the to-state
};

struct Territory {
    std::vector<ControlArea> areas;
    std::vector<FrontLine> frontLines;
};

// Approximate area in km² and length in km of lon/lat geometry (equirectangular per part).
[[nodiscard]] double approximateAreaKm2(const MultiPolygon& mp);
[[nodiscard]] double approximateLengthKm(const MultiLineString& lines);

} // namespace sitrep::geo
