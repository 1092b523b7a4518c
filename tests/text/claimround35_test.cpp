// Round 35 (the actor): who did it when the sentence names more than one actor. Places are found
// by name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/actormatcher.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround35: an aside in brackets after the subject names no subject")
{
    // Russian copy's gloss on HTS: Russia is no subject of "entered".
    auto claims = extract("Militants of Hayat Tahrir al-Sham (a terrorist organization banned in Russia) entered "
                          "Hama from several directions on Friday afternoon.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"hts"});
    // A verb inside the brackets opens no clause that would cut the subject off.
    claims = extract("In Tartus, fighters of Hayat Tahrir al-Sham (an organisation recognised as terrorist and "
                     "banned in the Russian Federation) took control of the city on Friday.");
    CHECK(testing::on(claims, "tartus", ClaimKind::Captured) == std::vector<std::string>{"hts"});
    // Guard: a bracket holding only the short name is the same actor ("… Forces (SDF) moved in").
    claims = extract("On Friday the army abandoned Deir ez-Zor and the Kurdish-led Syrian Democratic Forces (SDF) "
                     "moved in.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Entered) == std::vector<std::string>{"sdf"});
}

TEST_CASE("claimround35: 'with support from X' names the winner's backers, not the loser")
{
    auto claims = extract("Rebels overran Aleppo on Friday with open support from Ankara and applause from "
                          "Israeli forces.");
    CHECK(testing::on(claims, "aleppo", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "aleppo", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    // Guard: "captured X from Y" still names Y as the side that lost it.
    claims = extract("Rebels captured Tal Rifaat from Kurdish forces on Friday.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Withdrew) == std::vector<std::string>{"sdf"});
}

TEST_CASE("claimround35: 'took advantage of … to move into' tells what the subject did")
{
    auto claims = extract("Further east, the SDF militia took advantage of the collapse of the regime's lines to "
                          "move into Deir ez-Zor on Friday.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Entered) == std::vector<std::string>{"sdf"});
    claims = extract("The SDF exploited the situation on Friday to take over Albu Kamal.");
    CHECK(testing::on(claims, "abukamal", ClaimKind::Captured) == std::vector<std::string>{"sdf"});
    // Guard: an infinitive of what someone merely wanted stays no claim.
    claims = extract("The SDF waited for the collapse of the regime's lines to move into Deir ez-Zor.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Entered).empty());
}

TEST_CASE("claimround35: 'X withdrew and Y took over' gives the capture to Y")
{
    auto claims = extract("On Friday, after protests by Arab tribes, the SDF withdrew and the Military Operations "
                          "Command took over Deir ez-Zor.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Captured) == std::vector<std::string>{"hts"});
    // Guard: a list of two subjects before one verb is still both of theirs.
    claims = extract("On Friday the SDF and the Military Operations Command took over Deir ez-Zor.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Captured) == std::vector<std::string>{"hts", "sdf"});
}

TEST_CASE("claimround35: an apposition with a verb of its own keeps the subject it describes")
{
    auto claims = extract("That afternoon, fighters of the Eighth Brigade, the Russian-backed force that has held "
                          "Busra al-Sham since the 2018 deal, took control of the Nasib border crossing.");
    CHECK(testing::on(claims, "nasib", ClaimKind::Captured) == std::vector<std::string>{"sor"});
    // Guard: an actor named inside an apposition of people who are no actor takes nothing.
    claims = extract("Residents of Busra al-Sham, the town the Eighth Brigade has held since 2018, took control "
                     "of the Nasib border crossing.");
    CHECK(testing::on(claims, "nasib", ClaimKind::Captured).empty());
}

TEST_CASE("claimround35: the scenario names 'the new authorities in Damascus' whole, Damascus no place of it")
{
    // "Assad's troops left – and forces loyal to the new authorities in Damascus moved in": the
    // city in the name is nobody's withdrawal or entry.
    const auto actors = text::loadActorsCsv(SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12/actors.csv");
    REQUIRE(actors);
    const text::ActorMatcher m(*actors);
    auto found = m.find("Forces loyal to the new authorities in Damascus moved in on Tuesday.");
    REQUIRE_FALSE(found.empty());
    CHECK(found.back().actorId == "hts");
    CHECK(found.back().text.ends_with("in Damascus"));
    // Guard: another actor "in Damascus" leaves the city out of its name.
    found = m.find("Rebel forces in Damascus seized the airport.");
    REQUIRE_FALSE(found.empty());
    CHECK_FALSE(found.back().text.ends_with("Damascus"));
}
