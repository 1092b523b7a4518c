#pragma once
// Internals of TerritoryBuilder shared by its two source files (cell construction in
// territorycells.cpp, snapshots and the cache in territorybuilder.cpp). Not for use elsewhere.
#include "geoscontext.h"
#include "territorybuilder.h"

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <unordered_map>

namespace sitrep::geo {

struct TerritoryBuilder::Impl {
    struct Region {
        std::string id;
        GeosGeom geom;
        MultiPolygon plain; // the governorate as cut to the country, for region claims
    };
    struct Cell {
        std::string placeId;
        std::vector<std::string> coLocated;
        int region = -1;
        int fallback = -1; // a neighbourhood's city cell
        core::PlaceKind kind = core::PlaceKind::Unknown;
        LonLat point;
        GeosGeom geom;
        std::array<double, 4> box{}; // xmin ymin xmax ymax
        bool beyondReach = false;    // no place: ground out of every settlement's reach, always unknown
    };
    // The boundary two cells share, as lines.
    struct Edge {
        int a = -1;
        int b = -1;
        MultiLineString lines;
    };
    // Geometry of one snapshot, keyed by its cell states; attributes are filled per call.
    struct Shapes {
        struct Area {
            std::uint64_t key = 0;
            std::vector<int> cells;
            std::shared_ptr<const MultiPolygon> geometry;
            double areaKm2 = 0.0;
        };
        struct Front {
            int actorA = -1;
            int actorB = -1;
            std::shared_ptr<const MultiLineString> geometry;
            double lengthKm = 0.0;
        };
        std::vector<Area> areas;
        std::vector<Front> fronts;
    };

    GeosContext ctx;
    TerritoryOptions options;
    mutable std::mutex mutex;
    std::vector<std::string> warnings;
    GeosGeom country;
    MultiPolygon countryPlain;
    double countryAreaKm2 = 0.0;
    std::vector<Region> regions;
    std::vector<Cell> cells;
    std::unordered_map<std::string, int> cellOfPlace;      // primary and co-located places
    std::unordered_map<std::string, int> regionOfId;
    std::vector<Edge> edges;

    std::unordered_map<std::string, int> actorIndex; // interned actor ids (0 = none)
    std::vector<std::string> actorNames{std::string()};
    std::unordered_map<std::string, int> partiesIndex; // interned sorted party lists
    std::vector<std::vector<std::string>> partiesNames{{}};
    std::map<std::vector<std::uint64_t>, std::shared_ptr<const Shapes>> cache;
    // Front lines alone (no areas dissolved) per state vector, for frontLines().
    std::map<std::vector<std::uint64_t>, std::vector<Shapes::Front>> frontCache;

    [[nodiscard]] core::Result<void> buildCells(const core::Gazetteer& gazetteer, const TerritoryFrame& frame);
    [[nodiscard]] core::Result<void> nodeCells(std::vector<GeosGeom>& rawCells);
    // The disc of options.reachKm around a point as a geodesic polygon in lon/lat.
    [[nodiscard]] GeosGeom reachDisc(LonLat centre) const;
    void linkNeighbourhoods();
    void findEdges();
    // Each cell's effective state (own, co-located place, neighbourhood's city, region claim)
    // and its packed key.
    void resolveStates(const StateLookup& lookup, std::vector<PlaceControl>& state,
                       std::vector<std::uint64_t>& key);
    // The union of some cells (an exact coverage, so CoverageUnion; UnaryUnion if that fails).
    [[nodiscard]] core::Result<std::shared_ptr<const MultiPolygon>> dissolve(const std::vector<int>& members);
    [[nodiscard]] core::Result<std::shared_ptr<const Shapes>> buildShapes(const std::vector<std::uint64_t>& key);
    // Borders between cells whose holders differ, merged per pair of actors.
    [[nodiscard]] std::vector<Shapes::Front> buildFronts(const std::vector<std::uint64_t>& key);
    [[nodiscard]] std::vector<FrontLine> frontLinesOf(const std::vector<Shapes::Front>& fronts) const;

    // Packs a cell state: 2 bits status, 24 bits actor, 24 bits parties.
    static std::uint64_t pack(ControlStatus s, int actor, int parties)
    {
        return static_cast<std::uint64_t>(s) | (static_cast<std::uint64_t>(actor) << 2)
            | (static_cast<std::uint64_t>(parties) << 26);
    }
    static ControlStatus statusOf(std::uint64_t k) { return static_cast<ControlStatus>(k & 3U); }
    static int actorOf(std::uint64_t k) { return static_cast<int>((k >> 2) & 0xFFFFFFU); }
    static int partiesOf(std::uint64_t k) { return static_cast<int>((k >> 26) & 0xFFFFFFU); }
};

} // namespace sitrep::geo
