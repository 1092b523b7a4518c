// Round 40 (places not found, second pass): which airport of a city "the airport" and "the
// military airport" are. Places are found by name search (claimtesthelpers.h), so these test
// the extractor apart from the geoparser; the gazetteer here has points, for the airports near
// a city.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using V = std::vector<std::string>;

core::Place at(core::Place p, double lat, double lon)
{
    p.point = {lat, lon};
    return p;
}

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        using K = core::PlaceKind;
        core::Gazetteer out;
        out.add(at(testing::makePlace("damascus", "Damascus", K::City, "SY"), 33.51, 36.29));
        out.add(at(testing::makePlace("mezzeh-airport", "Mezzeh military airport", K::Airbase, "SY"), 33.48, 36.22));
        out.add(at(testing::makePlace("damascus-airport", "Damascus International Airport", K::Airbase, "SY"), 33.41,
            36.52));
        out.add(at(testing::makePlace("hama", "Hama", K::City, "SY"), 35.13, 36.75));
        out.add(at(testing::makePlace("hama-airport", "Hama military airport", K::Airbase, "SY"), 35.12, 36.71));
        out.add(at(testing::makePlace("aleppo", "Aleppo", K::City, "SY"), 36.20, 37.16));
        out.add(
            at(testing::makePlace("aleppo-airport", "Aleppo International Airport", K::Airbase, "SY"), 36.18, 37.22));
        return out;
    }();
    return g;
}

std::vector<core::Claim> read(const std::string& body)
{
    return testing::extractWith(gazetteer(), body);
}

} // namespace

TEST_CASE("claimround40: a city's airport, unqualified, is its civilian one, its military airport is not")
{
    // "The capital's airport was deserted": Damascus International Airport, not Mezzeh.
    const auto a = read("Rebels entered Damascus on Saturday. Soldiers abandoned the capital's airport overnight.");
    CHECK(testing::on(a, "damascus-airport", ClaimKind::Withdrew) == V {"government"});
    CHECK(testing::on(a, "mezzeh-airport", ClaimKind::Withdrew).empty());
    // Guard: "the city's military airport" is Mezzeh.
    const auto b = read("Rebels entered Damascus on Saturday. Soldiers abandoned the city's military airport overnight.");
    CHECK(testing::on(b, "mezzeh-airport", ClaimKind::Withdrew) == V {"government"});
    CHECK(testing::on(b, "damascus-airport", ClaimKind::Withdrew).empty());
    // Guard: a city with only a military airport still has that one as "the city's airport".
    const auto c = read("Rebels entered Hama on Thursday. Soldiers abandoned the city's airport overnight.");
    CHECK(testing::on(c, "hama-airport", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("claimround40: 'the military airport' is not the international airport named before")
{
    // "The military airport west of the city fell to the factions", an article that named Aleppo
    // International Airport days earlier: not that airport.
    const auto a = read("Last week rebels took Aleppo International Airport. On Thursday they entered Hama. "
                        "The military airport fell to the factions in the evening.");
    CHECK(testing::on(a, "aleppo-airport", ClaimKind::Captured).size() == 1);
    CHECK(testing::on(a, "hama-airport", ClaimKind::Captured) == V {"opposition"});
    // Guard: "the airport" still is the airport named before.
    const auto b = read("Last week rebels took Aleppo International Airport. On Thursday they entered Hama. "
                        "The airport fell to the factions in the evening.");
    CHECK(testing::on(b, "hama-airport", ClaimKind::Captured).empty());
}

TEST_CASE("claimround40: 'the city's' airport points back, not to a place the sentence names after it")
{
    // "took over the city's military airport on Tuesday, as well as Mayadin": Deir ez-Zor's (here
    // Hama's) airport, not Aleppo's.
    const auto a = read("Rebels took Hama on Thursday. They also took over the city's military airport and Aleppo.");
    CHECK(testing::on(a, "hama-airport", ClaimKind::Captured) == V {"opposition"});
    CHECK(testing::on(a, "aleppo", ClaimKind::Captured) == V {"opposition"});
    // Guard: with no place named before, the place after it is still the city meant.
    const auto b = read("After seizing the city's military airport on Wednesday, rebels entered Hama on Thursday.");
    CHECK(testing::on(b, "hama-airport", ClaimKind::Captured) == V {"opposition"});
}
