// Round 45: which place a name or "the city" stands for. A place that names an end of a road is
// not the city meant; of two namesakes, the one among the places named beside it is meant. Claims
// find places by name search (claimtesthelpers.h), so those test the extractor apart from the
// geoparser; the namesakes are resolved by the geoparser over a small gazetteer of their own.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"
#include "text/geoparser.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace sitrep;
using core::ClaimKind;
using core::PlaceKind;

namespace {

using testing::onSaturday::extract;

core::Place town(std::string id, std::string name, PlaceKind kind, double lat, double lon)
{
    core::Place p;
    p.id = std::move(id);
    p.name = name;
    p.kind = kind;
    p.country = "SY";
    p.point = {lat, lon};
    p.origin = "geonames";
    p.names.push_back({name, "en", "geonames"});
    return p;
}

// Two towns called Suran: north of Hama by Halfaya, and north-east of Aleppo by Akhtarin.
std::string suranIn(const std::string& body)
{
    static const core::Gazetteer g = [] {
        core::Gazetteer z;
        z.add(town("suran-hama", "Suran", PlaceKind::Town, 35.2919, 36.7485));
        z.add(town("suran-aleppo", "Suran", PlaceKind::Town, 36.5658, 37.2127));
        z.add(town("halfaya", "Halfaya", PlaceKind::Town, 35.2601, 36.6058));
        z.add(town("hama", "Hama", PlaceKind::City, 35.1318, 36.7578));
        z.add(town("akhtarin", "Akhtarin", PlaceKind::Town, 36.5167, 37.3333));
        return z;
    }();
    static const text::Geoparser parser = [] {
        const auto words = std::filesystem::temp_directory_path() / "sitrep-claimround45-words.txt";
        std::ofstream(words) << "the\n";
        text::GeoparserOptions o;
        o.commonWordsPath = words.string();
        return text::Geoparser(g, o);
    }();
    core::Article a;
    a.id = "t";
    a.body = body;
    for (const auto& m : parser.geoparse(a))
        if (m.text == "Suran")
            return m.placeId ? *m.placeId : std::string("-");
    return "?";
}

} // namespace

TEST_CASE("claimround45: 'captured Halfaya on Tuesday and Suran on Wednesday … outskirts of Hama' is Hama's Suran")
{
    CHECK(suranIn("After the SNA took Akhtarin on Sunday, rebels captured Halfaya on Tuesday and Suran on Wednesday, "
                  "and by Wednesday night fighting had reached the northern outskirts of Hama.") == "suran-hama");
    // Guard: one neighbour named beside it each is still a tie.
    CHECK(suranIn("After the SNA took Akhtarin on Sunday, rebels captured Suran on Wednesday, and by Wednesday "
                  "night fighting had reached the northern outskirts of Hama.") == "-");
}

TEST_CASE("claimround45: 'withdrew from the city along the Damascus–Daraa highway' is not Damascus")
{
    auto claims = extract("Local factions took full control of Daraa on Friday. Regime forces withdrew from the city along "
                          "the Damascus-Daraa highway, leaving behind armoured vehicles.");
    CHECK(testing::on(claims, "damascus", ClaimKind::Withdrew).empty());
    CHECK(!testing::on(claims, "daraa", ClaimKind::Withdrew).empty());
    // Guard: two places joined by a dash that is no road ("the Homs–Hama front") still stand for the city.
    claims = extract("Fighting raged on the Homs-Hama front before the army withdrew from the city on Thursday.");
    CHECK(!testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround45: a town named in passing does not hide the city of the sentences before")
{
    auto claims = extract("Hama woke on Friday under the control of the rebels. \"The checkpoints were empty by three "
                          "o'clock,\" a resident of Talbiseh said. The army said on Thursday that terrorist groups "
                          "broke into the city.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Entered).empty());
    CHECK(!testing::on(claims, "hama", ClaimKind::Entered).empty());
    // Guard: a town the text calls a city ("the city of Rastan") is the city meant.
    claims = extract("Hama woke on Friday under the control of the rebels. Fighters reached the city of Rastan "
                     "at dawn. The army said on Thursday that terrorist groups broke into the city.");
    CHECK(!testing::on(claims, "rastan", ClaimKind::Entered).empty());
    CHECK(testing::on(claims, "hama", ClaimKind::Entered).empty());
}
