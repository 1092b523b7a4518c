#pragma once
// TerritoryFrame: the fixed outlines the territory is cut from — one country and its
// governorates — read once from the gazetteer GeoPackage (layers `countries`, `governorates`).
#include "core/error.h"
#include "territorygeometry.h"

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {

struct Governorate {
    std::string id;      // the gazetteer's place id for the governorate
    std::string name;
    std::string nameAr;
    std::string isoCode; // ISO 3166-2, "SY-DR"
    MultiPolygon geometry;
};

struct TerritoryFrame {
    std::string countryIso; // ISO 3166-1 alpha-2
    std::string countryName;
    MultiPolygon country;
    std::vector<Governorate> governorates;
};

// Reads the outline of `countryIso` and its governorates from `gpkgPath`. Errors name the file,
// the layer and the feature.
[[nodiscard]] core::Result<TerritoryFrame> loadTerritoryFrame(const std::string& gpkgPath,
                                                              std::string_view countryIso);

} // namespace sitrep::geo
