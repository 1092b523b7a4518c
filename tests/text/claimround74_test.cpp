// Round 74 (gazetteer gaps of the offensive's news, continued): curated rows for places the
// tuning sets' news names but the gazetteer lacked ("its fighters, together with the Khabour Guards,
// remain in Tel Tamr and the Assyrian villages of the Khabur, including Tel Nasri and Tel Hurmuz";
// "QSD still controls the border crossing and the nearby Hamdan airport"; "small outposts in the
// northeast, including Mission Support Site Conoco"). As in round 69, the gazetteer of these tests
// is built from the supplement CSV files the GeoPackage is built from (geodata/sources/).
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

// The curated places of the fronts this round added to, plus the GeoNames places the test
// sentences name beside them (so the new rows must win or lose against real neighbours).
const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        core::Gazetteer out;
        testing::supplement::addRows(out,
            {"places_east.csv", "places_south.csv", "places_homs_hama.csv", "places_aleppo.csv",
                "places_military.csv"});
        out.add(placeAt("gn:170794", "Deir ez-Zor", K::City, "Deir ez-Zor", 35.336, 40.141, {"Deir el-Zour"}));
        out.add(placeAt("gn:171451", "al-Hasakah", K::City, "Al-Hasakah", 36.502, 40.748, {"Hasakah"}));
        auto nasiriyah = placeAt("gn:98854", "Nasiriyah", K::City, "Dhi Qar", 31.052, 46.257);
        nasiriyah.country = "IQ";
        out.add(std::move(nasiriyah));
        return out;
    }();
    return g;
}

// The place id each mention of `name` in `text` resolves to ("" when unresolved); none: not found.
std::vector<std::string> resolvedIds(const std::string& text, std::string_view name)
{
    static const text::Geoparser parser(gazetteer());
    return testing::supplement::resolvedIds(parser, text, name, "round74");
}

// Every place id the text resolves to, whatever its mention's text.
std::vector<std::string> allIds(const std::string& text)
{
    static const text::Geoparser parser(gazetteer());
    std::vector<std::string> out;
    for (const auto& m : parser.geoparseText(text, 0, "round74"))
        if (m.placeId)
            out.push_back(*m.placeId);
    return out;
}

// The claims of `body`, its places found by the geoparser on this gazetteer (as `sitrep claims` does).
std::vector<core::Claim> parsedClaims(const std::string& body)
{
    static const text::Geoparser parser(gazetteer());
    const auto article = testing::makeArticle(body);
    return text::extractClaims(
        article, parser.geoparseText(body, 0, "round74"), testing::defaultActorMatcher(), gazetteer());
}

bool contains(const std::vector<std::string>& ids, std::string_view id)
{
    for (const auto& i : ids)
        if (i == id)
            return true;
    return false;
}

} // namespace

TEST_CASE("claimround74: the Khabur's Assyrian villages Tel Nasri and Tel Hurmuz are the SDF's")
{
    const std::string body
        = "The Syriac Military Council (MFS), which is part of the SDF, said in a statement on Monday that "
          "its fighters, together with the Khabour Guards, remain in Tel Tamr and the Assyrian "
          "villages of the Khabur, including Tel Nasri and Tel Hurmuz.";
    CHECK(resolvedIds(body, "Tel Nasri") == std::vector<std::string> {"sx:tell-nasri"});
    CHECK(resolvedIds(body, "Tel Hurmuz") == std::vector<std::string> {"sx:tell-hurmuz"});
    const auto claims = parsedClaims(body);
    CHECK(testing::on(claims, "sx:tell-nasri", ClaimKind::Controls) == std::vector<std::string> {"sdf"});
    CHECK(testing::on(claims, "sx:tell-hurmuz", ClaimKind::Controls) == std::vector<std::string> {"sdf"});
    // Guard: Tel Tamr, 1.5 km away, keeps its own place.
    CHECK(resolvedIds(body, "Tel Tamr") == std::vector<std::string> {"sx:tal-tamr"});
    // Guard: the Strait of Hormuz is not the village ("Hormuz" alone is none of its names).
    CHECK_FALSE(contains(
        allIds("Iran threatened again on Monday to close the Strait of Hormuz to tankers."), "sx:tell-hurmuz"));
}

TEST_CASE("claimround74: Hamdan airport and the Conoco gas field, not a man called Hamdan or an oil company")
{
    CHECK(resolvedIds("QSD still controls the border crossing and the nearby Hamdan airport.", "Hamdan airport")
        == std::vector<std::string> {"sx:hamdan-airport"});
    CHECK(resolvedIds("American forces are spread across small outposts in the northeast, including Mission "
                      "Support Site Conoco, a former gas field east of the river near Deir el-Zour.",
              "Mission Support Site Conoco")
        == std::vector<std::string> {"sx:conoco-gas-field"});
    // Guards: the given name Hamdan and the company ConocoPhillips are no places.
    CHECK(allIds("Sheikh Hamdan met the tribal elders on Monday.").empty());
    CHECK(allIds("ConocoPhillips shares rose on Monday.").empty());
}

TEST_CASE("claimround74: round 69's list: Saham al-Jawlan (western Daraa), Ithriya, al-Dabaa air base")
{
    CHECK(resolvedIds(
              "Residents said Israeli forces had entered Saham al-Jawlan, west of Daraa, on Monday.", "Saham al-Jawlan")
        == std::vector<std::string> {"sx:saham-al-jawlan"});
    const std::string ithriya
        = "On Sunday the factions took control of Ithriya, on the road from Salamiyah to Khanasir.";
    CHECK(resolvedIds(ithriya, "Ithriya") == std::vector<std::string> {"sx:ithriya"});
    CHECK(testing::on(parsedClaims(ithriya), "sx:ithriya", ClaimKind::Captured)
        == std::vector<std::string> {"opposition"});
    CHECK(resolvedIds("Hezbollah fighters pulled out of the al-Dabaa air base near Qusayr.", "al-Dabaa air base")
        == std::vector<std::string> {"sx:dabaa-air-base"});
    // Guard: Egypt's El Dabaa is not the base (the bare name "Dabaa" is none of its names).
    CHECK_FALSE(contains(allIds("Egypt's nuclear plant at El Dabaa is due to open in 2028."), "sx:dabaa-air-base"));
}

TEST_CASE("claimround74: the Qalamoun's al-Nasiriyah air base and Hasakah's Ghweiran district")
{
    CHECK(
        resolvedIds("Soldiers abandoned the al-Nasiriyah air base in the Qalamoun overnight.", "al-Nasiriyah air base")
        == std::vector<std::string> {"sx:nasiriyah-airbase"});
    CHECK(resolvedIds("SDF fighters patrolled Ghweiran, in the south of Hasakah, on Monday.", "Ghweiran")
        == std::vector<std::string> {"sx:ghweiran"});
    // Guard: the Iraqi city keeps its name; only the base's own names, with "air base", are the base's.
    CHECK(resolvedIds("Protesters gathered in Nasiriyah, in southern Iraq, on Monday.", "Nasiriyah")
        == std::vector<std::string> {"gn:98854"});
}
