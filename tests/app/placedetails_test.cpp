// What the place panel shows beside the claims: the geocoder's candidates for a mention (score,
// admin area, distance from the chosen place), the claim's sentence located in UTF-16, one
// entry per multi-outlet timeline row (place search itself: tests/text/placefinder_test.cpp).
#include "articlelibrary.h"
#include "candidatelist.h"
#include "core/gazetteer.h"
#include "placedetails.h"

#include <QStringList>
#include <QVariantMap>

#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>

using namespace sitrep;

namespace {

core::Place place(std::string id, std::string name, double lat, double lon, std::string admin1,
    core::PlaceKind kind = core::PlaceKind::Town, std::int64_t population = 1000)
{
    core::Place p;
    p.id = std::move(id);
    p.name = name;
    p.kind = kind;
    p.country = "SY";
    p.admin1 = std::move(admin1);
    p.point = {lat, lon};
    p.population = population;
    p.names.push_back({name, "en", "test"});
    return p;
}

core::Gazetteer testGazetteer()
{
    core::Gazetteer g;
    core::Place daraa = place("gn:170794", "Daraa", 32.6189, 36.1021, "Daraa", core::PlaceKind::City, 100000);
    daraa.nameAr = "درعا";
    daraa.names.push_back({"Deraa", "en", "test"});
    daraa.names.push_back({"درعا", "ar", "test"});
    g.add(daraa);
    g.add(place("gn:1", "Sasa", 33.298, 36.0476, "Rif Dimashq"));
    g.add(place("gn:2", "Sousa", 34.6, 40.9, "Deir ez-Zor"));
    g.add(place("gn:3", "Dael", 32.7556, 36.1333, "Daraa", core::PlaceKind::Town, 30000));
    g.add(place("gn:4", "Tell Daraa", 33.0, 36.5, "Rif Dimashq", core::PlaceKind::Village, 50));
    return g;
}

} // namespace

TEST_CASE("candidates come best first with score, admin area, kind and distance from the chosen place")
{
    const core::Gazetteer g = testGazetteer();
    core::Mention m;
    m.text = "Saasa";
    m.placeId = "gn:1";
    m.confidence = 0.61;
    m.status = core::MentionStatus::Resolved;
    m.candidates = {{"gn:1", 0.61}, {"gn:2", 0.39}, {"zz:missing", 0.0}};
    const auto rows = app::candidateRows(m, [&](std::string_view id) { return g.find(id); });
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].placeId == "gn:1");
    CHECK(rows[0].chosen);
    CHECK(rows[0].score == doctest::Approx(0.61));
    CHECK(rows[0].admin == "Rif Dimashq, SY");
    CHECK(rows[0].kind == "town");
    CHECK(rows[0].distanceKm < 0); // the chosen place itself
    CHECK(rows[1].name == "Sousa");
    CHECK_FALSE(rows[1].chosen);
    CHECK(rows[1].distanceKm == doctest::Approx(core::distanceKm({33.298, 36.0476}, {34.6, 40.9})));
    CHECK(rows[1].distanceKm > 400);
    CHECK(rows[2].name == "zz:missing"); // unknown to the gazetteer: shown by id, no distance
    CHECK(rows[2].distanceKm < 0);

    const QVariantList list = app::toVariantList(rows);
    REQUIRE(list.size() == 3);
    CHECK(list[1].toMap().value("admin").toString() == "Deir ez-Zor, SY");
    CHECK(list[1].toMap().value("score").toDouble() == doctest::Approx(0.39));
}

TEST_CASE("an unresolved mention measures distances from its best candidate and marks none chosen")
{
    const core::Gazetteer g = testGazetteer();
    core::Mention m;
    m.text = "Sasa";
    m.candidates = {{"gn:1", 0.5}, {"gn:2", 0.5}};
    const auto rows = app::candidateRows(m, [&](std::string_view id) { return g.find(id); });
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[0].chosen);
    CHECK_FALSE(rows[1].chosen);
    CHECK(rows[0].distanceKm < 0);
    CHECK(rows[1].distanceKm > 400);
}

TEST_CASE("a pin to a place outside the candidates puts that place first, chosen")
{
    const core::Gazetteer g = testGazetteer();
    core::Mention m;
    m.articleId = "a";
    m.start = 3;
    m.end = 8;
    m.candidates = {{"gn:2", 0.4}};
    store::ReviewDecision pin;
    pin.decision = "pin";
    pin.placeId = "gn:1";
    const core::Mention pinned = app::applyDecision(m, pin);
    CHECK(pinned.status == core::MentionStatus::Resolved);
    CHECK(pinned.confidence == 1.0);
    const auto rows = app::candidateRows(pinned, [&](std::string_view id) { return g.find(id); });
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].placeId == "gn:1");
    CHECK(rows[0].chosen);

    store::ReviewDecision reject;
    reject.decision = "reject";
    const core::Mention rejected = app::applyDecision(pinned, reject);
    CHECK_FALSE(rejected.placeId.has_value());
    CHECK(rejected.status == core::MentionStatus::Unresolved);
}

TEST_CASE("code point offsets become UTF-16 offsets past Arabic letters and astral characters")
{
    // "درعا" is 4 code points and 4 UTF-16 units; "𝐀" (U+1D400) is 1 code point and 2 units.
    const QString text = QString::fromUtf8("درعا 𝐀 rebels took Daraa.");
    CHECK(app::utf16Offset(text, 0) == 0);
    CHECK(app::utf16Offset(text, 5) == 5); // the astral letter
    CHECK(app::utf16Offset(text, 6) == 7); // the space after it
    CHECK(text.mid(app::utf16Offset(text, 7), app::utf16Offset(text, 13) - app::utf16Offset(text, 7)) == "rebels");
    CHECK(app::utf16Offset(text, 1000) == text.size());
}

TEST_CASE("the per-outlet copies of one timeline row become one history entry listing the outlets")
{
    CHECK(app::PlaceDetails::rowKey("timeline:12.2") == "timeline:12");
    CHECK(app::PlaceDetails::rowKey("timeline:12.2@gn:1") == "timeline:12@gn:1");
    CHECK(app::PlaceDetails::rowKey("timeline:12") == "timeline:12");
    CHECK(app::PlaceDetails::rowKey("article:9") == "article:9");

    auto claim = [](QString id, QString outlet) {
        return QVariant(QVariantMap {{"id", id}, {"outlet", outlet}, {"kind", "captured"}});
    };
    const QVariantList grouped = app::PlaceDetails::groupHistory({claim("baseline:1", ""), claim("timeline:4.1", "AFP"),
        claim("timeline:4.2", "SOHR"), claim("timeline:7", "Reuters"), claim("timeline:4.3", "AFP")});
    REQUIRE(grouped.size() == 3);
    const QVariantMap row = grouped[1].toMap();
    CHECK(row.value("outlets").toStringList() == QStringList {"AFP", "SOHR"});
    CHECK(row.value("outlet").toString() == "AFP, SOHR");
    CHECK(grouped[2].toMap().value("outlets").toStringList() == QStringList {"Reuters"});
    CHECK(grouped[0].toMap().value("outlets").toStringList().isEmpty());
}

TEST_CASE("the article library keeps the places its mentions name that the gazetteer lacks, without its geoparser")
{
    // "Iraq" is not in this gazetteer: the geoparser resolves it to its built-in world entry.
    // The library drops the geoparser after reading, yet must still find that place (the review
    // list names it, and claims are re-extracted from the mentions when a decision changes).
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "sitrep-articlelibrary-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    {
        std::ofstream out(dir / "a.txt");
        out << "title: Troops cross\nsource: Test Wire\npublished: 2024-12-07T10:00:00Z\n\n"
               "Hundreds of soldiers fled from Daraa into Iraq and Jordan on Saturday, officials said.\n";
    }
    const core::Gazetteer g = testGazetteer();
    app::ArticleLibrary library;
    library.load(dir.string(), (dir / "no-actors.csv").string(), g);
    REQUIRE(library.articles().size() == 1);
    int outside = 0, inGazetteer = 0;
    for (const core::Mention& m : library.articles().front().mentions) {
        if (!m.placeId)
            continue;
        const core::Place* p = library.findPlace(*m.placeId);
        REQUIRE_MESSAGE(p != nullptr, *m.placeId);
        CHECK(p->id == *m.placeId);
        (g.find(*m.placeId) ? inGazetteer : outside) += 1;
    }
    CHECK(inGazetteer >= 1); // Daraa
    CHECK(outside >= 1);     // Iraq or Jordan, from the world table
    CHECK(library.findPlace("wx:nowhere") == nullptr);
    std::filesystem::remove_all(dir);
}
