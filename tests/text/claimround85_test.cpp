// Round 85 (places referred back to in the plural, and facilities of a place just named): "them"
// after a list that a locating place follows, "its military airport" a few words after the city,
// and "the Military Academy" of the city named last. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser; the gazetteer here
// has points, for the facilities near a city.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

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
        out.add(at(testing::makePlace("homs", "Homs", K::City, "SY"), 34.73, 36.72));
        out.add(at(testing::makePlace("homs-academy", "Homs Military Academy", K::Military, "SY"), 34.73, 36.68));
        out.add(at(testing::makePlace("hama", "Hama", K::City, "SY"), 35.13, 36.75));
        out.add(at(testing::makePlace("hama-airport", "Hama military airport", K::Airbase, "SY"), 35.12, 36.71));
        out.add(at(testing::makePlace("deirezzor", "Deir ez-Zor", K::City, "SY"), 35.34, 40.14));
        out.add(at(testing::makePlace("deir-airport", "Deir ez-Zor military airport", K::Airbase, "SY"), 35.29, 40.18));
        out.add(at(testing::makePlace("hatla", "Hatla", K::Village, "SY"), 35.36, 40.18));
        out.add(at(testing::makePlace("marrat", "Marrat", K::Village, "SY"), 35.345, 40.215));
        out.add(at(testing::makePlace("mazloum", "Mazloum", K::Village, "SY"), 35.31, 40.245));
        out.add(at(testing::makePlace("rastan", "Rastan", K::Town, "SY"), 34.92, 36.73));
        out.add(at(testing::makePlace("talbiseh", "Talbiseh", K::Town, "SY"), 34.84, 36.73));
        out.add(at(testing::makePlace("russia", "Russia", K::Country, "RU"), 55.75, 37.62));
        return out;
    }();
    return g;
}

std::vector<core::Claim> read(const std::string& body)
{
    return testing::extractWith(gazetteer(), body);
}

bool has(const std::vector<core::Claim>& claims, std::string_view place, std::string_view actor, ClaimKind kind)
{
    return std::any_of(claims.begin(), claims.end(),
                       [&](const core::Claim& c) { return c.placeId == place && c.actor == actor && c.kind == kind; });
}

struct Case {
    const char* text;
    const char* place;
    const char* actor;
    ClaimKind kind;
    bool expected; // false: the rule must not fire
};

} // namespace

// Sentences written for the round from how news copy refers back to places (not from the gold sets).
TEST_CASE("claimround85: places referred back to and facilities of a named place, table")
{
    const Case cases[] = {
        // Plural places referred back to.
        {"Rebels seized Rastan and Talbiseh on Friday after troops withdrew from both towns.", "talbiseh", "government",
         ClaimKind::Withdrew, true},
        {"Rebels seized Rastan and Talbiseh on Friday after the army pulled out of the two towns.", "rastan",
         "government", ClaimKind::Withdrew, true},
        {"The SDF took over Hatla, Marrat and Mazloum after government forces pulled out of them.", "mazloum",
         "government", ClaimKind::Withdrew, true},
        {"The SDF took over the villages of Hatla, Marrat and Mazloum, opposite Deir ez-Zor city, after government "
         "forces pulled out of them.",
         "hatla", "government", ClaimKind::Withdrew, true},
        {"Kurdish fighters entered Hatla and Marrat, across from Deir ez-Zor, once the army had abandoned them.",
         "marrat", "government", ClaimKind::Withdrew, true},
        {"The SDF took over the villages of Hatla and Marrat, opposite Deir ez-Zor city, after government forces "
         "pulled out of them.",
         "deirezzor", "government", ClaimKind::Withdrew, false},
        {"Rebels captured Rastan and Talbiseh on Friday after government troops abandoned them.", "rastan", "government",
         ClaimKind::Withdrew, true},
        {"Rebels seized Rastan, near Hama, after troops pulled out of them.", "hama", "government",
         ClaimKind::Withdrew, false},
        // The airport of a city just named.
        {"The SDF entered Deir ez-Zor city and reportedly took over its military airport.", "deir-airport", "sdf",
         ClaimKind::Captured, true},
        {"The SDF entered Deir ez-Zor city on Friday and took over its military airport.", "deir-airport", "sdf",
         ClaimKind::Captured, true},
        {"Rebels liberated Hama and its military airport on Thursday.", "hama-airport", "opposition",
         ClaimKind::Captured, true},
        {"Rebels entered Hama and took over the military airport.", "hama-airport", "opposition", ClaimKind::Captured,
         true},
        {"Russia kept its bases near Hama, and the army said on Thursday that it had abandoned its military airport.",
         "hama-airport", "government", ClaimKind::Withdrew, false},
        // The military academy of the city named last.
        {"Rebels entered Homs on Saturday and liberated the Military Academy.", "homs-academy", "opposition",
         ClaimKind::Captured, true},
        {"Government troops left Homs on Sunday, abandoning the sprawling military academy.", "homs-academy",
         "government", ClaimKind::Withdrew, true},
        {"The army withdrew from Homs. Fighters later stormed the military academy.", "homs-academy", "opposition",
         ClaimKind::Entered, true},
        {"Rebels captured Hama on Thursday and stormed the military academy.", "homs-academy", "opposition",
         ClaimKind::Entered, false},
        {"Rebels stormed the military academy, the group said.", "homs-academy", "opposition", ClaimKind::Entered,
         false},
    };
    int right = 0;
    for (const auto& c : cases) {
        const std::string text = c.text;
        CAPTURE(text);
        const bool got = has(read(text), c.place, c.actor, c.kind);
        CHECK(got == c.expected);
        right += got == c.expected ? 1 : 0;
    }
    MESSAGE("right: " << right << " of " << std::size(cases));
}
