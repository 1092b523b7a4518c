// libFuzzer target: any bytes as a GeoPackage geometry blob (the map reads levant.gpkg, and any
// GeoPackage a user points it at, through this parser). Nothing may crash or read past the
// end, and what parses must hold only finite-sized, non-empty parts.
#include "geo/gpkggeometry.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sitrep::geo::FeatureGeometry g;
    std::string error;
    const bool ok = sitrep::geo::parseGpkgGeometry(std::span<const std::uint8_t>(data, size), g, error);
    if (ok != error.empty()) // a failure says why, a success says nothing
        __builtin_trap();
    std::size_t points = g.points.size();
    for (const auto& line : g.lines) {
        if (line.empty())
            __builtin_trap();
        points += line.size();
    }
    for (const auto& polygon : g.polygons) {
        if (polygon.rings.empty())
            __builtin_trap();
        for (const auto& ring : polygon.rings)
            points += ring.size();
    }
    // Every point takes 16 bytes of the blob at least.
    if (points * 16 > size)
        __builtin_trap();
    return 0;
}
