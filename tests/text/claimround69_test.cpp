// Round 69 (gazetteer gaps of the offensive's news): curated rows for places the tuning sets' news
// names but the gazetteer lacked ("the regime militias withdrew from Hish, Kafranbel, Hass and Kafr
// Sajna"; "the factions liberated the villages of Atshan, Maan, Qasr Abu Samrah and Maarshahour";
// "cleared the villages of Sheikh Issa, Deir Jamal, Kafr Naya and Harbal"; "In Wadi al-Nasara, the
// 'Valley of the Christians' west of Homs"; "Troops also entered al-Hamidiyah"). The text library
// does not read the GeoPackage, so these tests build their gazetteer from the supplement CSV files
// the GeoPackage is built from (geodata/sources/), and run the geoparser and the extractor on it.
#include "claimtesthelpers.h"
#include "supplementrows.h"
#include "text/claimextractor.h"
#include "text/geoparser.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;
using K = core::PlaceKind;

namespace {

using testing::onSaturday::extract;
using testing::supplement::placeAt;

// The curated places of the fronts this round added to, plus the few GeoNames places the test
// sentences name beside them (so the new rows must win or lose against real neighbours).
const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        core::Gazetteer out;
        testing::supplement::addRows(
            out, {"places_aleppo.csv", "places_idlib.csv", "places_homs_hama.csv", "places_south.csv"});
        out.add(placeAt("gn:169563", "Hish", K::Town, "Idlib", 35.548, 36.644));
        out.add(placeAt("gn:168661", "Kafranbel", K::Town, "Idlib", 35.614, 36.564));
        out.add(placeAt("gn:173842", "al-Hamidiyah", K::Town, "Tartus", 34.7146, 35.9516, {"Hamidiyah"}));
        out.add(placeAt("gn:163806", "Tartus", K::City, "Tartus", 34.889, 35.887));
        out.add(placeAt("gn:169577", "Homs", K::City, "Homs", 34.727, 36.723));
        out.add(placeAt("gn:170017", "Hama", K::City, "Hama", 35.131, 36.757));
        auto shajarahJo = placeAt("gn:250294", "Ash Shajarah", K::Town, "Irbid", 32.644, 35.942, {"Shajara"});
        shajarahJo.country = "JO";
        out.add(std::move(shajarahJo));
        auto irbid = placeAt("gn:248946", "Irbid", K::City, "Irbid", 32.556, 35.85);
        irbid.country = "JO";
        out.add(std::move(irbid));
        auto maan = placeAt("gn:248382", "Ma'an", K::City, "Ma'an", 30.196, 35.734, {"Ma`an"});
        maan.country = "JO";
        out.add(std::move(maan));
        return out;
    }();
    return g;
}

// The place id each mention of `name` in `text` resolves to ("" when unresolved); none: not found.
std::vector<std::string> resolvedIds(const std::string& text, std::string_view name)
{
    static const text::Geoparser parser(gazetteer());
    return testing::supplement::resolvedIds(parser, text, name, "round69");
}

bool hasName(std::string_view id, std::string_view name)
{
    const auto* p = gazetteer().find(id);
    REQUIRE(p != nullptr);
    for (const auto& n : p->names)
        if (n.name == name)
            return true;
    return false;
}

} // namespace

TEST_CASE("claimround69: the Jabal al-Zawiya village Kafr Sajna is found and withdrawn from")
{
    const std::string body = "On the southern slopes of Jabal al-Zawiya, the regime militias withdrew from Hish, "
                             "Kafranbel, Hass and Kafr Sajna towards the Hama countryside.";
    CHECK(resolvedIds(body, "Kafr Sajna") == std::vector<std::string> {"sx:kafr-sajna"});
    const auto claims = testing::extractWith(gazetteer(), body);
    CHECK(testing::on(claims, "sx:kafr-sajna", ClaimKind::Withdrew) == std::vector<std::string> {"government"});
    // Guard: the neighbouring towns keep their own places.
    CHECK(resolvedIds(body, "Hish") == std::vector<std::string> {"gn:169563"});
}

TEST_CASE("claimround69: the Shahba villages Harbal and Ahras, the Hama village Maan")
{
    CHECK(resolvedIds("The SNA said its fighters had cleared the villages of Sheikh Issa, Deir Jamal, Kafr Naya "
                      "and Harbal.",
              "Harbal")
        == std::vector<std::string> {"sx:harbal"});
    CHECK(resolvedIds(
              "The factions had on Sunday also entered the villages of Sheikh Issa, Kafr Naya and Ahras.", "Ahras")
        == std::vector<std::string> {"sx:ahras"});
    CHECK(resolvedIds("On Monday, the factions liberated the villages of Atshan, Maan, Qasr Abu Samrah and "
                      "Maarshahour in the eastern countryside of Hama.",
              "Maan")
        == std::vector<std::string> {"sx:maan-hama"});
    // Guard: the Hama village does not take the Jordanian city's spelling, so "Ma'an" in Jordan
    // news stays the city's.
    CHECK_FALSE(hasName("sx:maan-hama", "Ma'an"));
    CHECK(resolvedIds("Jordan closed the road south of Ma'an on Friday.", "Ma'an")
        == std::vector<std::string> {"gn:248382"});
}

TEST_CASE("claimround69: Wadi al-Nasara by its name and its English gloss, and As-Safira")
{
    CHECK(resolvedIds("In Wadi al-Nasara, west of Homs, the armed groups entered on Sunday.", "Wadi al-Nasara")
        == std::vector<std::string> {"sx:wadi-al-nasara"});
    CHECK(hasName("sx:wadi-al-nasara", "Valley of the Christians"));
    CHECK(resolvedIds("The factions took control of the town of As-Safira.", "As-Safira")
        == std::vector<std::string> {"sx:safira"});
}

TEST_CASE("claimround69: al-Hamidiyah in a Quneitra story is the Quneitra village, not the Tartus town")
{
    CHECK(resolvedIds("Israeli troops pushed into the Quneitra countryside. Troops also entered al-Hamidiyah at "
                      "around 6 a.m.",
              "al-Hamidiyah")
        == std::vector<std::string> {"sx:hamidiyah-quneitra"});
    // Guard: in a Tartus story the coastal town keeps the name.
    CHECK(resolvedIds("Residents of Tartus said the road to al-Hamidiyah, south of the city, was open.", "al-Hamidiyah")
        == std::vector<std::string> {"gn:173842"});
}

TEST_CASE("claimround69: the Yarmouk Basin's Ma'ariya and al-Shajara, where Israeli forces went in December")
{
    const std::string body = "Residents said Israeli forces had entered Ma'ariya and al-Shajara in the Yarmouk Basin "
                             "west of Daraa.";
    CHECK(resolvedIds(body, "Ma'ariya") == std::vector<std::string> {"sx:maariya"});
    CHECK(resolvedIds(body, "al-Shajara") == std::vector<std::string> {"sx:shajara-daraa"});
    // Guard: the Jordanian town of the same name keeps it in a Jordan story.
    CHECK(resolvedIds("In Jordan, farmers in Shajara near Irbid heard the shelling across the border.", "Shajara")
        == std::vector<std::string> {"gn:250294"});
}
