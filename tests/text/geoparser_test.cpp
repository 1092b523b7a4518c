#include "text/geoparser.h"
#include "text/recogniser.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace sitrep::text;
using sitrep::core::Gazetteer;
using sitrep::core::MentionStatus;
using sitrep::core::Place;
using sitrep::core::PlaceKind;

namespace {

Place place(std::string id, std::string name, PlaceKind kind, std::string country, double lat, double lon,
            std::int64_t population, std::vector<std::string> alt = {})
{
    Place p;
    p.id = std::move(id);
    p.name = name;
    p.kind = kind;
    p.country = std::move(country);
    p.point = {lat, lon};
    p.population = population;
    p.origin = "test";
    p.names.push_back({name, "", "test"});
    for (auto& a : alt)
        p.names.push_back({a, a.find('\xD8') != std::string::npos ? "ar" : "", "test"});
    return p;
}

const Gazetteer& testGazetteer()
{
    static const Gazetteer g = [] {
        Gazetteer z;
        z.add(place("sy", "Syria", PlaceKind::Country, "SY", 35.0, 38.5, 0));
        z.add(place("iq", "Iraq", PlaceKind::Country, "IQ", 33.2, 42.5, 0));
        z.add(place("homs", "Homs", PlaceKind::City, "SY", 34.7268, 36.7234, 775404, {"Hims", "\xD8\xAD\xD9\x85\xD8\xB5"}));
        z.add(place("homs-gov", "Homs", PlaceKind::Governorate, "SY", 34.25, 38.3, 0, {"Hims", "Homs Governorate"}));
        z.add(place("hama", "Hama", PlaceKind::City, "SY", 35.1318, 36.7578, 696863, {"Hamah"}));
        z.add(place("damascus", "Damascus", PlaceKind::City, "SY", 33.5102, 36.2913, 1569394, {"Dimashq", "Ash Sham"}));
        z.add(place("daraa", "Dar\xE2\x80\x98\xC4\x81", PlaceKind::City, "SY", 32.6189, 36.1021, 97969, {"Daraa"}));
        z.add(place("daraa-gov", "Daraa", PlaceKind::Governorate, "SY", 32.79, 36.08, 0, {"Dar`a"}));
        z.add(place("deir", "Deir ez-Zor", PlaceKind::City, "SY", 35.3359, 40.1408, 242565));
        z.add(place("suwayda", "As-Suwayda", PlaceKind::City, "SY", 32.709, 36.5695, 73641));
        z.add(place("qaim", "Al Qa'im", PlaceKind::Town, "IQ", 34.368, 41.095, 74100));
        z.add(place("bukamal", "Albu Kamal", PlaceKind::Town, "SY", 34.4523, 40.9185, 42525, {"Abu Kamal"}));
        z.add(place("saasa", "Sa\xE2\x80\x98sa\xE2\x80\x98", PlaceKind::Town, "SY", 33.282, 36.0195, 0));
        z.add(place("asad", "Al Asad", PlaceKind::Village, "SY", 35.9, 36.9, 900));
        z.add(place("hit", "Hit", PlaceKind::City, "IQ", 33.6416, 42.8251, 100000));
        z.add(place("suran-n", "Suran", PlaceKind::Village, "SY", 36.5658, 37.2127, 3000));
        z.add(place("suran-s", "Suran", PlaceKind::Village, "SY", 35.2919, 36.7485, 3000));
        z.add(place("tallrifat", "Tall Rif\xE2\x80\x98" "at", PlaceKind::Town, "SY", 36.4723, 37.0947, 20514));
        return z;
    }();
    return g;
}

const Geoparser& parser()
{
    static const Geoparser p = [] {
        const auto words = std::filesystem::temp_directory_path() / "sitrep-geoparser-test-words.txt";
        std::ofstream(words) << "hit\nhome\nsalt\ntell\nthe\nsong\n";
        GeoparserOptions o;
        o.commonWordsPath = words.string();
        return Geoparser(testGazetteer(), o);
    }();
    return p;
}

std::vector<sitrep::core::Mention> run(const std::string& text)
{
    sitrep::core::Article a;
    a.id = "t";
    a.body = text;
    return parser().geoparse(a);
}

std::string placeOf(const sitrep::core::Mention& m) { return m.placeId.value_or("-"); }

} // namespace

TEST_CASE("spelling variants resolve to one place with code-point offsets into the body")
{
    const auto m = run("Rebels entered Deraa, Dayr az Zawr and Sweida.");
    REQUIRE(m.size() == 3);
    CHECK(placeOf(m[0]) == "daraa");
    CHECK(m[0].start == 15);
    CHECK(m[0].end == 20);
    CHECK(placeOf(m[1]) == "deir");
    CHECK(m[1].text == "Dayr az Zawr");
    CHECK(placeOf(m[2]) == "suwayda");
    const auto n = run("Sa\xE2\x80\x98sa\xE2\x80\x98 and Saasa");
    REQUIRE(n.size() == 2);
    CHECK(placeOf(n[0]) == "saasa");
    CHECK(n[0].end == 6);
    CHECK(n[1].start == 11);
    CHECK(placeOf(n[1]) == "saasa");
}

TEST_CASE("people and organisations named like places are not placed")
{
    CHECK(run("President Bashar al-Assad left. Assad's rule ended, said Hafez al-Assad's son.").empty());
    CHECK(run("Hayat Tahrir al-Sham fighters advanced.").empty());
    CHECK(run("Classes at Damascus University were cancelled.").empty());
    CHECK(run("Reporting by Sara Hama; editing by Jo Hit.").empty());
    const auto m = run("HTS leader Abu Mohammed al-Jolani spoke in Homs.");
    REQUIRE(m.size() == 1);
    CHECK(placeOf(m[0]) == "homs");
}

TEST_CASE("demonyms are country links, not mentions")
{
    const PlaceIndex& index = parser().index();
    RecognitionResult r;
    Recogniser(index).recognise("Syrian and Iraqi troops met.", r);
    CHECK(r.mentions.empty());
    REQUIRE(r.countryLinks.size() == 2);
    CHECK(r.countryLinks[0].country == "SY");
    CHECK(r.countryLinks[1].country == "IQ");
}

TEST_CASE("qualifiers choose between a city and its governorate")
{
    auto m = run("Fighting spread across Homs province.");
    REQUIRE(m.size() == 1);
    CHECK(placeOf(m[0]) == "homs-gov");
    m = run("Rebels entered the city of Homs.");
    REQUIRE(m.size() == 1);
    CHECK(placeOf(m[0]) == "homs");
    m = run("Rebels entered Homs.");
    REQUIRE(m.size() == 1);
    CHECK(placeOf(m[0]) == "homs");
}

TEST_CASE("the Iraqi border town of al-Qaim is placed in Iraq and keeps its article")
{
    auto m = run("Soldiers crossed to the Iraqi border town of al-Qaim.");
    REQUIRE(m.size() == 1);
    CHECK(placeOf(m[0]) == "qaim");
    CHECK(m[0].text == "al-Qaim");
    m = run("The mayor of al-Qaem, an Iraqi border town, said so.");
    REQUIRE(m.size() == 1);
    CHECK(placeOf(m[0]) == "qaim");
}

TEST_CASE("relative locations are kept as the mention's relation")
{
    auto m = run("Rebels advanced to within 30 kilometers (20 miles) of Damascus.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].relation == "within 30 kilometers of");
    m = run("Fighting reached the outskirts of Homs.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].relation == "outskirts of");
}

TEST_CASE("capitalised common words and lower-case words are placed only when they are clearly names")
{
    CHECK(run("Hit by shelling, the town emptied.").empty());
    CHECK(run("It was a hit song at home.").empty());
    auto m = run("Troops withdrew from the town of Hit on Friday.");
    REQUIRE(m.size() == 1);
    CHECK(placeOf(m[0]) == "hit");
    m = run("a homs resident said");
    REQUIRE(m.size() == 1);
    CHECK(placeOf(m[0]) == "homs");
}

TEST_CASE("Arabic-script names and Tall/Tell prefixes are recognised")
{
    auto m = run("Graffiti in \xD8\xAD\xD9\x85\xD8\xB5 and Tell Rifaat.");
    REQUIRE(m.size() == 2);
    CHECK(placeOf(m[0]) == "homs");
    CHECK(m[0].start == 12);
    CHECK(m[0].end == 15);
    CHECK(placeOf(m[1]) == "tallrifat");
}

TEST_CASE("a name with evenly matched candidates stays unresolved with its candidates")
{
    const auto m = run("Shelling hit Suran overnight.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].status == MentionStatus::Unresolved);
    CHECK_FALSE(m[0].placeId.has_value());
    CHECK(m[0].candidates.size() == 2);
    CHECK(m[0].confidence <= 0.5);
    const auto near = run("Rebels took Hama and then Suran, north of the city.");
    REQUIRE(near.size() == 2);
    CHECK(placeOf(near[1]) == "suran-s"); // the one 20 km from Hama
}

TEST_CASE("world countries missing from the gazetteer come from the built-in table")
{
    const auto m = run("Iran and Russia backed Assad; the U.S. did not.");
    REQUIRE(m.size() == 3);
    CHECK(placeOf(m[0]) == "wx:IR");
    CHECK(placeOf(m[1]) == "wx:RU");
    CHECK(placeOf(m[2]) == "wx:US");
    const auto* iran = parser().findPlace("wx:IR");
    REQUIRE(iran != nullptr);
    CHECK(iran->kind == PlaceKind::Country);
}
