// Test helper: a gazetteer built from the curated supplement CSV files the GeoPackage is built from
// (geodata/sources/, format in geodata/README.md), for tests of gazetteer rows. The text library
// does not read the GeoPackage, so gazetteer-row tests (rounds 69, 74) read the same rows here and
// run the real geoparser and extractor on them.
#pragma once

#include "claimtesthelpers.h"
#include "text/geoparser.h"

#include <doctest/doctest.h>

#include <fstream>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::testing::supplement {

// One CSV record (RFC 4180 quoting, no line breaks inside fields, as the supplement files are).
inline std::vector<std::string> csvFields(const std::string& line)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                out.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                out.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

inline core::PlaceKind kindOf(const std::string& s)
{
    using K = core::PlaceKind;
    static const std::map<std::string, K> kinds {{"city", K::City}, {"town", K::Town}, {"village", K::Village},
        {"neighbourhood", K::Neighbourhood}, {"airbase", K::Airbase}, {"military", K::Military},
        {"border_crossing", K::BorderCrossing}, {"prison", K::Prison}, {"region", K::Region}, {"dam", K::Dam},
        {"camp", K::Camp}};
    const auto it = kinds.find(s);
    return it == kinds.end() ? K::Unknown : it->second;
}

inline core::Place placeAt(std::string id, std::string name, core::PlaceKind kind, std::string admin1, double lat,
    double lon, std::vector<std::string> variants = {})
{
    auto p = makePlace(std::move(id), std::move(name), kind, "SY", std::move(variants));
    p.admin1 = std::move(admin1);
    p.point.lat = lat;
    p.point.lon = lon;
    return p;
}

// Adds every row of the named files of geodata/sources/ (name, alt names, kind, governorate, point).
inline void addRows(core::Gazetteer& out, std::initializer_list<const char*> files)
{
    for (const char* file : files) {
        std::ifstream in(std::string(SITREP_SOURCE_DIR "/geodata/sources/") + file);
        REQUIRE_MESSAGE(in.good(), file);
        std::string line;
        std::getline(in, line); // header
        while (std::getline(in, line)) {
            const auto f = csvFields(line);
            if (f.size() < 11 || f[0].empty())
                continue;
            std::vector<std::string> variants;
            std::string alt = f[3] + '|';
            for (std::size_t at = 0, bar; (bar = alt.find('|', at)) != std::string::npos; at = bar + 1)
                if (bar > at)
                    variants.push_back(alt.substr(at, bar - at));
            out.add(placeAt(f[0], f[1], kindOf(f[4]), f[6], std::stod(f[7]), std::stod(f[8]), variants));
        }
    }
}

// The place id each mention of `name` in `text` resolves to under `parser` ("" when unresolved);
// empty when the name is not found at all.
inline std::vector<std::string> resolvedIds(
    const text::Geoparser& parser, const std::string& text, std::string_view name, const char* file)
{
    std::vector<std::string> out;
    for (const auto& m : parser.geoparseText(text, 0, file))
        if (m.text == name)
            out.push_back(m.placeId ? *m.placeId : std::string());
    return out;
}

} // namespace sitrep::testing::supplement
