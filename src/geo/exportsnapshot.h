#pragma once
// ExportSnapshot: everything one exported instant carries — the territory (areas, front lines),
// the places with their state, and the claims heard under the lens with their sources — in
// plain types, so each writer (GeoJSON, GeoPackage, KML, CSV) only formats.
#include "core/actor.h"
#include "core/claim.h"
#include "core/place.h"
#include "territory.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sitrep::geo {

struct ExportPlace {
    const core::Place* place = nullptr;
    PlaceControl state;
};

struct ExportClaim {
    const core::Claim* claim = nullptr;
    const core::Place* place = nullptr;                 // null for region claims
    std::shared_ptr<const MultiPolygon> region;          // the governorate of a region claim
};

struct ExportSnapshot {
    core::Instant at = 0;
    std::optional<core::Instant> until; // KML: the snapshot holds until this instant
    std::string lens;
    Territory territory;
    std::vector<ExportPlace> places;
    std::vector<ExportClaim> claims;
    // Every claim an area or place refers to, by id, for their `sources`.
    std::unordered_map<std::string, const core::Claim*> claimsById;
};

// Shared by all writers: the actor table (names, colours) and what a run is about.
struct ExportContext {
    std::vector<core::Actor> actors;
    std::string title = "Sitrep snapshot";

    [[nodiscard]] const core::Actor* actor(std::string_view id) const
    {
        for (const auto& a : actors)
            if (a.id == id)
                return &a;
        return nullptr;
    }
};

} // namespace sitrep::geo
