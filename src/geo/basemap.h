#pragma once
// BaseMap: the background geography of the map (land, countries, governorates, water, roads,
// places) read once from geodata/levant.gpkg, as plain lon/lat structs so that the app can
// project and draw it without knowing GDAL. Polygons come triangulated (GEOS constrained
// Delaunay), so the renderer uploads the triangles once and never triangulates again.
#include "core/error.h"
#include "territorygeometry.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sitrep::geo {

using Path = std::vector<LonLat>; // an open line or a closed ring (first point repeated)
// (LonLat is the plain lon/lat point of territorygeometry.h.)

// One polygon feature: its rings (outer and holes, for outlines) and its triangulation (every
// three points are one triangle, covering exactly the polygon).
struct Area {
    std::string id;
    std::string name;
    std::string nameAr;
    std::string country; // ISO 3166-1 alpha-2 where the layer has one
    std::vector<Path> rings;
    std::vector<LonLat> triangles;
};

// One line feature (border, river, road…).
struct Line {
    std::string name;
    std::string nameAr;
    std::string ref;       // road number ("M5") where the layer has one
    std::string lineClass; // road class ("highway", "primary"…) where the layer has one
    std::vector<Path> parts;
};

struct BasePlace {
    std::string id;
    std::string name;
    std::string nameAr;
    std::string kind;
    std::string country;
    std::string admin1;
    std::int64_t population = 0;
    LonLat point;
};

struct BaseMap {
    // Land: rings always; triangles only when there is no `sea` (then land is drawn as a fill).
    std::vector<Area> land;
    std::vector<Area> countries;
    std::vector<Area> governorates;
    std::vector<Area> lakes;
    // The sea: everything that is not land (the land layer, or the countries when it is
    // missing) in a box around it, triangulated. A renderer can clear to the land colour and
    // draw only this, which covers far fewer pixels than land over a sea background.
    // Empty when it could not be computed (a warning says why).
    std::vector<Area> sea;
    std::vector<Line> borders;
    std::vector<Line> disputed;
    std::vector<Line> coast;
    std::vector<Line> rivers;
    std::vector<Line> roads;
    std::vector<BasePlace> places;
    // Layers that were missing or partly unreadable; the map draws what did load.
    std::vector<std::string> warnings;
};

// Reads every base layer of a GeoPackage (layer names as in geodata/README.md). A missing
// file is an error; a missing layer or a bad feature is a warning naming layer and feature.
[[nodiscard]] core::Result<BaseMap> loadBaseMap(const std::string& path);

// Triangulates polygon rings (outer ring first, then holes) given in lon/lat; every three
// points of the result form one triangle. Used by loadBaseMap and for control areas.
[[nodiscard]] core::Result<std::vector<LonLat>> triangulate(const std::vector<Path>& rings);

// What of the box (west, south, east, north) the polygons (each: outer ring, then holes) do
// not cover, triangulated, with its rings.
[[nodiscard]] core::Result<Area> areaOutside(const std::vector<std::vector<Path>>& polygons, double west,
                                             double south, double east, double north);

} // namespace sitrep::geo
