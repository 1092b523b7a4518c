// Round 66 (the geoparser, placegeneric.cpp): "the university" of a city the gazetteer curates a
// campus for is that campus ("the university district" of an Aleppo story is Aleppo University),
// and nothing where the city named last has none. The shape of claimround53_test.cpp: the rule is
// the geoparser's, so it is tested on the geoparser with a small gazetteer, not through extract().
#include "text/geoparser.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace sitrep::text;
using sitrep::core::Gazetteer;
using sitrep::core::Place;
using sitrep::core::PlaceKind;

namespace {

Place place(std::string id, std::string name, PlaceKind kind, double lat, double lon, std::int64_t population,
    std::vector<std::string> alt = {}, std::string origin = "geonames")
{
    Place p;
    p.id = std::move(id);
    p.name = name;
    p.kind = kind;
    p.country = "SY";
    p.point = {lat, lon};
    p.population = population;
    p.origin = origin;
    p.names.push_back({name, "en", origin});
    for (auto& a : alt)
        p.names.push_back({a, "", origin});
    return p;
}

const Geoparser& parser()
{
    static const Gazetteer g = [] {
        Gazetteer z;
        z.add(place("aleppo", "Aleppo", PlaceKind::City, 36.2021, 37.1343, 1602264));
        z.add(place("damascus", "Damascus", PlaceKind::City, 33.5102, 36.2913, 1569394));
        z.add(place("aleppo-university", "Aleppo University", PlaceKind::Neighbourhood, 36.2090, 37.1290, 0,
            {"University of Aleppo"}, "supplement:places_aleppo.csv"));
        z.add(place("new-aleppo", "New Aleppo", PlaceKind::Neighbourhood, 36.2000, 37.0900, 0, {},
            "supplement:places_aleppo.csv"));
        return z;
    }();
    static const Geoparser p = [] {
        const auto words = std::filesystem::temp_directory_path() / "sitrep-claimround66-test-words.txt";
        std::ofstream(words) << "the\nuniversity\ndistrict\nnew\n";
        GeoparserOptions o;
        o.commonWordsPath = words.string();
        return Geoparser(g, o);
    }();
    return p;
}

std::string placeOf(const std::string& text, const std::string& surface)
{
    sitrep::core::Article a;
    a.id = "t";
    a.body = text;
    for (const auto& m : parser().geoparse(a))
        if (m.text == surface)
            return m.placeId ? *m.placeId : std::string("unresolved");
    return "-";
}

} // namespace

TEST_CASE("claimround66: 'the university district' of an Aleppo story is Aleppo University")
{
    CHECK(placeOf("Rebels entered Aleppo on Friday. Within hours they were inside New Aleppo, the university "
                  "district and the old city.",
              "university")
        == "aleppo-university");
    CHECK(placeOf("Fighters reached Aleppo and its university on Friday.", "university") == "aleppo-university");
    // Guards: a city with no curated campus has no university place, nor a story naming no city.
    CHECK(placeOf("Rebels entered Damascus. Students returned to the university on Monday.", "university") == "-");
    CHECK(placeOf("Students returned to the university on Monday.", "university") == "-");
}
