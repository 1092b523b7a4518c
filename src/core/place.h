#pragma once
// Place: one entry of the gazetteer — a settlement, district, site or area a report can name —
// with every name it goes by, so text can be matched to it and the map can draw it.
#include "geopoint.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::core {

enum class PlaceKind {
    Country,
    Governorate,
    City,
    Town,
    Village,
    Neighbourhood,
    Airbase,
    Military,
    BorderCrossing,
    Prison,
    Region,
    Dam,
    Camp,
    Unknown,
};

// Names as stored in the gazetteer (named nameOf, not toString, so doctest's ADL lookup of
// toString never picks it up) ("border_crossing"); unknown strings map to Unknown.
[[nodiscard]] std::string_view nameOf(PlaceKind k);
[[nodiscard]] PlaceKind placeKindFromString(std::string_view s);
// Settlements carry control state and get a territory cell; countries and governorates do not.
[[nodiscard]] bool isSettlementLike(PlaceKind k);

struct PlaceName {
    std::string name;
    std::string lang;   // "en", "ar", … or empty when unknown
    std::string origin; // "geonames", "supplement", "naturalearth", "review"
};

struct Place {
    std::string id; // "gn:170654", "sx:mezzeh", "ne:SY"
    std::string name;
    std::string nameAr;
    PlaceKind kind = PlaceKind::Unknown;
    std::string country; // ISO 3166-1 alpha-2
    std::string admin1;  // governorate name
    GeoPoint point;
    std::int64_t population = 0;
    std::string origin;
    std::string citation;
    std::vector<PlaceName> names; // every variant, primary names included
};

} // namespace sitrep::core
