// Round 69 (gazetteer gaps of the offensive's news): curated rows for places the tuning sets' news
// names but the gazetteer lacked ("the regime militias withdrew from Hish, Kafranbel, Hass and Kafr
// Sajna"; "the factions liberated the villages of Atshan, Maan, Qasr Abu Samrah and Maarshahour";
// "cleared the villages of Sheikh Issa, Deir Jamal, Kafr Naya and Harbal"; "In Wadi al-Nasara, the
// 'Valley of the Christians' west of Homs"; "Troops also entered al-Hamidiyah"). The text library
// does not read the GeoPackage, so these tests build their gazetteer from the supplement CSV files
// the GeoPackage is built from (geodata/sources/), and run the geoparser and the extractor on it.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"
#include "text/geoparser.h"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;
using K = core::PlaceKind;

namespace {

using testing::onSaturday::extract;

// One CSV record (RFC 4180 quoting, no line breaks inside fields, as the supplement files are).
std::vector<std::string> csvFields(const std::string& line)
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

K kindOf(const std::string& s)
{
    static const std::map<std::string, K> kinds{{"city", K::City},         {"town", K::Town},
                                                {"village", K::Village},   {"neighbourhood", K::Neighbourhood},
                                                {"airbase", K::Airbase},   {"military", K::Military},
                                                {"border_crossing", K::BorderCrossing}, {"prison", K::Prison},
                                                {"region", K::Region},     {"dam", K::Dam},
                                                {"camp", K::Camp}};
    const auto it = kinds.find(s);
    return it == kinds.end() ? K::Unknown : it->second;
}

core::Place placeAt(std::string id, std::string name, K kind, std::string admin1, double lat, double lon,
                    std::vector<std::string> variants = {})
{
    auto p = testing::makePlace(std::move(id), std::move(name), kind, "SY", std::move(variants));
    p.admin1 = std::move(admin1);
    p.point.lat = lat;
    p.point.lon = lon;
    return p;
}

// The curated places of the fronts this round added to, plus the few GeoNames places the test
// sentences name beside them (so the new rows must win or lose against real neighbours).
const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        core::Gazetteer out;
        for (const char* file : {"places_aleppo.csv", "places_idlib.csv", "places_homs_hama.csv", "places_south.csv"}) {
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
    std::vector<std::string> out;
    for (const auto& m : parser.geoparseText(text, 0, "round69"))
        if (m.text == name)
            out.push_back(m.placeId ? *m.placeId : std::string());
    return out;
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
    CHECK(resolvedIds(body, "Kafr Sajna") == std::vector<std::string>{"sx:kafr-sajna"});
    const auto claims = testing::extractWith(gazetteer(), body);
    CHECK(testing::on(claims, "sx:kafr-sajna", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: the neighbouring towns keep their own places.
    CHECK(resolvedIds(body, "Hish") == std::vector<std::string>{"gn:169563"});
}

TEST_CASE("claimround69: the Shahba villages Harbal and Ahras, the Hama village Maan")
{
    CHECK(resolvedIds("The SNA said its fighters had cleared the villages of Sheikh Issa, Deir Jamal, Kafr Naya "
                      "and Harbal.",
                      "Harbal") == std::vector<std::string>{"sx:harbal"});
    CHECK(resolvedIds("The factions had on Sunday also entered the villages of Sheikh Issa, Kafr Naya and Ahras.",
                      "Ahras") == std::vector<std::string>{"sx:ahras"});
    CHECK(resolvedIds("On Monday, the factions liberated the villages of Atshan, Maan, Qasr Abu Samrah and "
                      "Maarshahour in the eastern countryside of Hama.",
                      "Maan") == std::vector<std::string>{"sx:maan-hama"});
    // Guard: the Hama village does not take the Jordanian city's spelling, so "Ma'an" in Jordan
    // news stays the city's.
    CHECK_FALSE(hasName("sx:maan-hama", "Ma'an"));
    CHECK(resolvedIds("Jordan closed the road south of Ma'an on Friday.", "Ma'an") ==
          std::vector<std::string>{"gn:248382"});
}

TEST_CASE("claimround69: Wadi al-Nasara by its name and its English gloss, and As-Safira")
{
    CHECK(resolvedIds("In Wadi al-Nasara, west of Homs, the armed groups entered on Sunday.", "Wadi al-Nasara") ==
          std::vector<std::string>{"sx:wadi-al-nasara"});
    CHECK(hasName("sx:wadi-al-nasara", "Valley of the Christians"));
    CHECK(resolvedIds("The factions took control of the town of As-Safira.", "As-Safira") ==
          std::vector<std::string>{"sx:safira"});
}

TEST_CASE("claimround69: al-Hamidiyah in a Quneitra story is the Quneitra village, not the Tartus town")
{
    CHECK(resolvedIds("Israeli troops pushed into the Quneitra countryside. Troops also entered al-Hamidiyah at "
                      "around 6 a.m.",
                      "al-Hamidiyah") == std::vector<std::string>{"sx:hamidiyah-quneitra"});
    // Guard: in a Tartus story the coastal town keeps the name.
    CHECK(resolvedIds("Residents of Tartus said the road to al-Hamidiyah, south of the city, was open.",
                      "al-Hamidiyah") == std::vector<std::string>{"gn:173842"});
}

TEST_CASE("claimround69: the Yarmouk Basin's Ma'ariya and al-Shajara, where Israeli forces went in December")
{
    const std::string body = "Residents said Israeli forces had entered Ma'ariya and al-Shajara in the Yarmouk Basin "
                             "west of Daraa.";
    CHECK(resolvedIds(body, "Ma'ariya") == std::vector<std::string>{"sx:maariya"});
    CHECK(resolvedIds(body, "al-Shajara") == std::vector<std::string>{"sx:shajara-daraa"});
    // Guard: the Jordanian town of the same name keeps it in a Jordan story.
    CHECK(resolvedIds("In Jordan, farmers in Shajara near Irbid heard the shelling across the border.", "Shajara") ==
          std::vector<std::string>{"gn:250294"});
}
