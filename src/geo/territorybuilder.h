#pragma once
// TerritoryBuilder: turns per-place control states into control areas and front lines. It cuts
// the country once into one cell per settlement-like place (a Voronoi cell inside the place's
// governorate, cut to a disc of TerritoryOptions::reachKm around the place; the rest of the
// governorate is unknown ground), and for each snapshot dissolves the cells per controller. Results are cached by
// the vector of cell states, so every instant with the same states (a slider scrubbing back
// and forth) costs a hash lookup, not geometry work. Thread-safe.
#include "core/error.h"
#include "core/gazetteer.h"
#include "territory.h"
#include "territoryframe.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace sitrep::geo {

// How far a settlement's cell may reach. Ground farther than `reachKm` from every settlement of
// its governorate is not known to be held by anyone: it becomes cells of its own that are always
// unknown, instead of stretching the nearest settlement's cell across empty desert.
struct TerritoryOptions {
    double reachKm = 35.0; // radius of the disc each cell is cut to; 0 = no cap
    int discVertices = 64; // vertices of that disc (a geodesic circle drawn in lon/lat)
};

// One place's cell as built (for tests, the map and exports).
struct TerritoryCell {
    std::string placeId;                // the place whose state the cell takes
    std::vector<std::string> coLocated; // other places at the very same point
    std::string governorateId;          // empty when the frame has no governorates
    std::string fallbackPlaceId;        // a neighbourhood's city, whose state it takes when it has none
    LonLat point;
    MultiPolygon geometry;
    bool beyondReach = false; // ground out of every settlement's reach: no place, always unknown
};

class TerritoryBuilder {
public:
    // Builds the cells of every settlement-like place of `frame.countryIso` in `gazetteer`.
    // Invalid outlines are repaired (MakeValid) with a warning; an error only when nothing usable
    // is left (no country polygon, GEOS failure).
    [[nodiscard]] static core::Result<std::unique_ptr<TerritoryBuilder>>
    create(const core::Gazetteer& gazetteer, const TerritoryFrame& frame, TerritoryOptions options = {});

    ~TerritoryBuilder();
    TerritoryBuilder(const TerritoryBuilder&) = delete;
    TerritoryBuilder& operator=(const TerritoryBuilder&) = delete;

    // The control map for the states `lookup` gives. Places the lookup does not know are unknown.
    [[nodiscard]] core::Result<Territory> build(const StateLookup& lookup);
    // Only its front lines (the same as build()'s), without dissolving any area: what a map
    // that colours cells needs at each change of holders (cached per state vector as well).
    [[nodiscard]] core::Result<std::vector<FrontLine>> frontLines(const StateLookup& lookup);

    // What changed hands between the states `from` and `to` give, largest area first.
    [[nodiscard]] core::Result<std::vector<AreaChange>> changes(const StateLookup& from, const StateLookup& to);

    [[nodiscard]] std::vector<TerritoryCell> cells() const;
    // Every place that has a cell (primary and co-located), in cell order.
    [[nodiscard]] std::vector<std::string> placeIds() const;
    [[nodiscard]] std::size_t cellCount() const;
    [[nodiscard]] const TerritoryOptions& options() const;
    [[nodiscard]] const std::vector<std::string>& warnings() const;
    [[nodiscard]] const MultiPolygon& country() const;
    [[nodiscard]] double countryAreaKm2() const;
    // The governorate polygon a region claim about `placeId` covers, or null.
    [[nodiscard]] const MultiPolygon* regionGeometry(std::string_view placeId) const;
    // Id of the governorate containing `placeId`'s cell, or empty.
    [[nodiscard]] std::string governorateOf(std::string_view placeId) const;
    // How many distinct state vectors are cached (each built once).
    [[nodiscard]] std::size_t cachedSnapshots() const;

    struct Impl;

private:
    explicit TerritoryBuilder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace sitrep::geo
