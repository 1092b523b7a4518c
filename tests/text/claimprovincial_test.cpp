// "the provincial capital": the seat of the governorate of the place named before it, found by
// the anaphora of ClaimPlaces (claimanaphora.cpp). Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using testing::on;
using V = std::vector<std::string>;

namespace {

core::Place inGovernorate(core::Place p, std::string admin1, std::int64_t population)
{
    p.admin1 = std::move(admin1);
    p.population = population;
    return p;
}

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        using K = core::PlaceKind;
        using testing::makePlace;
        core::Gazetteer out;
        // Nawa is given more people than Daraa: the seat is the city spelled like its governorate.
        out.add(inGovernorate(makePlace("daraa", "Daraa", K::City, "SY", {"Deraa"}), "Daraa", 97969));
        out.add(inGovernorate(makePlace("nawa", "Nawa", K::City, "SY"), "Daraa", 120000));
        out.add(inGovernorate(makePlace("gov-daraa", "Daraa Governorate", K::Governorate, "SY"), "Daraa", 0));
        out.add(inGovernorate(makePlace("sweida", "Sweida", K::City, "SY", {"Suwayda"}), "As-Suwayda", 73641));
        out.add(inGovernorate(makePlace("gov-sweida", "As Suwayda'", K::Governorate, "SY"), "As-Suwayda", 0));
        out.add(inGovernorate(makePlace("baath", "Baath City", K::Town, "SY"), "Quneitra", 4000));
        out.add(inGovernorate(makePlace("quneitra", "Quneitra", K::City, "SY"), "Quneitra", 0));
        out.add(inGovernorate(makePlace("gov-quneitra", "Al Qunaytirah", K::Governorate, "SY", {"Quneitra Governorate"}),
                              "Quneitra", 0));
        return out;
    }();
    return g;
}

std::vector<core::Claim> extract(const std::string& body)
{
    return testing::extractWith(gazetteer(), body, "2024-12-07T18:00:00Z", "Test Wire");
}

} // namespace

TEST_CASE("the provincial capital is the seat of the governorate of the place named before it")
{
    const auto claims = extract("In the south, local rebels in Daraa province took control of the provincial capital "
                                "on Friday.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "nawa", ClaimKind::Captured).empty());

    // The place may be named in the sentence before, as a city.
    const auto later = extract("Druze gunmen gathered in Sweida on Friday. By the evening, the rebels had seized the "
                               "provincial capital.");
    CHECK(on(later, "sweida", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("'X, the provincial capital' names it: no second place")
{
    const auto claims = extract("In Quneitra, local fighters took over Baath City, the provincial capital, on Saturday.");
    CHECK(on(claims, "baath", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "quneitra", ClaimKind::Captured).empty());
}

TEST_CASE("the provincial capital with no place before it stands for nothing")
{
    const auto claims = extract("Rebels seized the provincial capital on Friday.");
    CHECK(claims.empty());
}
