// Round 33: control changes whose verb and place were found but whose actor was not — an operations
// room named loosely, a speaker's "his men" and "its tanks", the SNA as "the mercenaries", "a
// force" after a sentence about one actor, "an Israeli patrol" and "earlier in the week" as no day.
// Places are found by name search (claimtesthelpers.h), so these test the extractor apart from the
// geoparser.
#include "claimtesthelpers.h"
#include "text/actormatcher.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using Actors = std::vector<std::string>;

} // namespace

TEST_CASE("round33: 'factions of the operations room' are the room the article named")
{
    auto claims = extract("On Saturday the Southern Operations Room declared Daraa liberated. On Friday, factions of "
                          "the operations room took over Sanamayn without a shot being fired.");
    CHECK(testing::on(claims, "sanamayn", ClaimKind::Captured) == Actors{"sor"});
    claims = extract("The Southern Operations Room was formed on Friday. On Saturday evening, operations room convoys "
                     "entered Daraa.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Entered) == Actors{"sor"});
    // Guard: with no room named before, the factions stay the opposition's.
    claims = extract("Factions of the operations room took over Sanamayn on Friday.");
    CHECK(testing::on(claims, "sanamayn", ClaimKind::Captured) == Actors{"opposition"});
}

TEST_CASE("round33: 'his men', 'its tanks' in what a speaker says are the speaker's own")
{
    auto claims = extract("A commander of the Southern Operations Room told AFP that his men had entered Daraa.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Entered) == Actors{"sor"});
    claims = extract("On Tuesday morning the IDF also denied reports that its tanks had reached Saasa.");
    CHECK(testing::on(claims, "saasa", ClaimKind::Entered) == Actors{"israel/denies"});
    // Guard: the army's "its troops" are still the army's.
    claims = extract("The army said on Friday that its troops had withdrawn from Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors{"government"});
}

TEST_CASE("round33: 'the mercenaries' are the actor the article named so")
{
    auto claims = extract("On Sunday the mercenaries of the so-called Syrian National Army attacked Tal Rifaat. A "
                          "source denied the mercenaries' claims that they had seized Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Captured) == Actors{"sna/denies"});
    claims = extract("In the Aleppo countryside, the mercenaries of the Turkish occupation attacked Tal Rifaat. On "
                     "Monday the mercenaries entered Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Entered) == Actors{"sna"});
    // "mercenaries of the so-called Syrian National Army": the actor after "of" is whom they name.
    claims = extract("On Sunday the mercenaries of the so-called Syrian National Army attacked Tal Rifaat. On Monday "
                     "the army pulled out of Hama. On Tuesday the mercenaries entered Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Entered) == Actors{"sna"});
    // Guard: with nobody named so, "mercenaries" name nobody.
    claims = extract("The source said foreign mercenaries had entered Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered).empty());
}

TEST_CASE("round33: 'a force' is the one actor the sentence before named")
{
    auto claims = extract("In Quneitra, residents said Israeli tanks rolled into the town on Friday. Shortly after "
                          "1 a.m. on Saturday, a force entered Saasa.");
    CHECK(testing::on(claims, "saasa", ClaimKind::Entered) == Actors{"israel"});
    // Guard: after a sentence naming two sides, nobody.
    claims = extract("Rebels and the army clashed near Quneitra. Shortly after 1 a.m. on Saturday, a force entered "
                     "Saasa.");
    CHECK(testing::on(claims, "saasa", ClaimKind::Entered).empty());
}

TEST_CASE("round33: 'an Israeli patrol' is the IDF's")
{
    const auto claims = extract("Syrian opposition websites also reported that an Israeli patrol had entered Saasa on "
                                "Friday afternoon.");
    CHECK(testing::on(claims, "saasa", ClaimKind::Entered) == Actors{"israel"});
}

TEST_CASE("round33: 'earlier in the week' claims no day of it")
{
    auto claims = extract("Earlier in the week, rebels took Hama.");
    const auto* c = testing::findClaim(claims, "hama", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Week);
    // Guard: "earlier on Friday" is that day.
    claims = extract("Earlier on Friday, rebels took Hama.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Captured) == "2024-12-06");
}

TEST_CASE("round33: 'the city' is no place named in an apposition opened after it")
{
    auto claims = extract("Rebels stormed Hama on Friday. The army acknowledged that its units had \"redeployed and "
                          "taken up positions outside the city\" to spare civilians, a formula heard a week earlier "
                          "in Aleppo.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors{"government"});
    CHECK(testing::on(claims, "aleppo", ClaimKind::Withdrew).empty());
    // Guard: a city named after the clause "the city" opens still is the one meant.
    claims = extract("After troops left the city on Friday, rebels entered Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors{"government"});
}

TEST_CASE("round33: commandos nobody names are the speaker's")
{
    auto claims = extract("Commando units took Quneitra, whose army outpost had been abandoned by Syrian soldiers, "
                          "the IDF said.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == Actors{"israel"});
    // Guard: with no speaker and no actor before, nobody's.
    claims = extract("Commandos took Quneitra on Friday.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured).empty());
}

TEST_CASE("round33: the scenario names SNA factions ('fighters of the Sultan Murad Division')")
{
    const auto actors = text::loadActorsCsv(SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12/actors.csv");
    REQUIRE(actors);
    const text::ActorMatcher m(*actors);
    const auto found = m.find("The same day, fighters of the Sultan Murad Division entered al-Safira.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].actorId == "sna");
}

TEST_CASE("round33: 'took X after fighting with Y, which withdrew' is Y's withdrawal from X")
{
    auto claims = extract("On Friday the SNA took Manbij after two days of fighting with the SDF-affiliated Manbij "
                          "Military Council, which withdrew east of the Euphrates.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew) == Actors{"sdf"});
    // Guard: a withdrawal from a place of its own leaves the captured one alone.
    claims = extract("On Friday the SNA took Manbij after fighting with the SDF, which withdrew from Tal Rifaat a "
                     "week ago.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Withdrew) == Actors{"sdf"});
}

TEST_CASE("round33: 'X attacked Y and announced that it had taken Z' is X's claim")
{
    auto claims = extract("The SNA attacked the SDF on Friday and announced on Saturday that it had liberated Tal "
                          "Rifaat.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Captured) == Actors{"sna"});
    // Guard: a new subject after "and" speaks for itself.
    claims = extract("Rebels attacked Hama and the army said it had withdrawn from the city.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors{"government"});
}

TEST_CASE("round33: a place phrase right after the subject is part of it")
{
    auto claims = extract("On Friday, units operating in the northern Hama countryside, backed by reinforcements "
                          "that arrived from several governorates, regained control of the town of Rastan.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == Actors{"government"});
    claims = extract("On Friday, army units in the northern Hama countryside redeployed from Rastan.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == Actors{"government"});
    // Guard: people who are no actor do not become one.
    claims = extract("Residents in the northern Hama countryside fled Rastan on Friday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew).empty());
}

TEST_CASE("round33: 'over the weekend' claims the weekend, no day of it")
{
    const auto claims = extract("Over the weekend, army units redeployed from Rastan and Talbiseh.");
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Week);
    // Guard: "on Friday" is that day.
    CHECK(testing::dayOf(extract("On Friday, army units redeployed from Rastan."), "rastan", ClaimKind::Withdrew) ==
          "2024-12-06");
}
