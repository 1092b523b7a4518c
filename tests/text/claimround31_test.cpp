// Round 31 (9 Dec, the state-media denials of the tuning sets that were not read as denials): a
// denial that points back at the sentence before ("… denied this", "rejected the report") denies
// that sentence's gains and losses in the denier's voice (claimechoes.h); what the denier goes on
// to say is affirmed, not denied. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using testing::on;
using testing::onSaturday::extract;

namespace {

using Strings = std::vector<std::string>;

const core::Claim* denialOn(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    for (const auto& c : claims)
        if (c.placeId == place && c.kind == kind && c.stance == core::Stance::Denies)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("round 31: 'a Syrian military source denied this' denies the captures of the sentence before")
{
    const auto claims = extract("Rebels said on Friday they had captured Rastan and Talbiseh. However, a Syrian "
                                "military source denied this.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"opposition", "opposition/denies"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == Strings{"opposition", "opposition/denies"});
    const auto* d = denialOn(claims, "rastan", ClaimKind::Captured);
    REQUIRE(d != nullptr);
    CHECK(d->source.side == core::SpeakerSide::Government);
    CHECK(d->source.speaker == "a Syrian military source");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) == "2024-12-06"); // the day denied
}

TEST_CASE("round 31: 'rejected the report, telling SANA that …' and 'denied this to SANA' point back too")
{
    auto claims = extract("Some outlets reported that the army had abandoned Deir ez-Zor. A military source rejected "
                          "the report, telling SANA that army units remain in their positions in the city.");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == Strings{"government", "government/denies"});
    claims = extract("Western media said Russian forces had withdrawn from Tartus. A source in the ministry denied "
                     "this to SANA.");
    CHECK(on(claims, "tartus", ClaimKind::Withdrew) == Strings{"russia", "russia/denies"});
}

TEST_CASE("round 31: what the denier goes on to say is affirmed, not denied")
{
    const auto claims = extract("State media claimed that the army had regained Rastan. A rebel commander denied "
                                "this, telling reporters that Rastan remains in the hands of the rebels.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"government", "government/denies"});
    CHECK(on(claims, "rastan", ClaimKind::Controls) == Strings{"opposition"});
}

TEST_CASE("round 31: guards: a denial with its own clause, a bare plural, the same side")
{
    // Its own clause: the denial is of Homs, not of the sentence before.
    auto claims = extract("Rebels said they had captured Rastan. A military source denied that rebels had entered Homs.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"opposition"});
    CHECK(on(claims, "homs", ClaimKind::Entered) == Strings{"opposition/denies"});
    // "denied reports rebels had entered Homs": a bare plural opens the report's own words.
    claims = extract("Rebels said they had captured Rastan. State TV denied reports rebels had entered Homs.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"opposition"});
    CHECK(on(claims, "homs", ClaimKind::Entered) == Strings{"opposition/denies"});
    // A side does not answer its own report.
    claims = extract("State television said the army had pulled out of Rastan. A military source denied this.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == Strings{"government"});
}

TEST_CASE("round 31: a bulletin's heading with its clock ('[Thursday 5 December, 14:00]') dates the lines under it")
{
    auto claims = extract("[Thursday 5 December, 14:00]\nGovernment forces regained control of the town of Rastan "
                          "this morning.\n\n[Friday 6 December, 09:30]\nTerrorist groups entered Talbiseh.");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) == "2024-12-05");
    CHECK(testing::dayOf(claims, "talbiseh", ClaimKind::Entered) == "2024-12-06");
    claims = extract("10:05 a.m. ET, December 5, 2024\nRebels have entered Rastan, a monitor said.");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Entered) == "2024-12-05");
    // Guard: a line with words of its own is no heading; the claim after it spans from that day
    // to publication (the story's day), it is not dated to it.
    claims = extract("On Thursday 5 December, 14:00 local time, a statement followed.\nRebels entered Talbiseh.");
    const auto* c = testing::findClaim(claims, "talbiseh", ClaimKind::Entered);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Week);
}

TEST_CASE("round 31: a commander in the Military Operations Command speaks for the opposition, not the army")
{
    auto claims = extract("A field commander in the Military Operations Command said fighters had captured Rastan.");
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->source.side == core::SpeakerSide::Opposition);
    // Guard: army words outside the group's name still make an army source.
    claims = extract("An officer in the Syrian army said troops had withdrawn from Rastan.");
    c = testing::findClaim(claims, "rastan", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->source.side == core::SpeakerSide::Government);
}

TEST_CASE("round 31: 'had still denied' has its speaker, and 'even as' ends what the denier vouches for")
{
    auto claims = extract("Late on Friday the Defence Ministry had still denied that troops had withdrawn from Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == Strings{"government/denies"});
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->source.side == core::SpeakerSide::Government);
    claims = extract("On Friday, state television denied that rebels had reached Hama, even as HTS fighters "
                     "entered Rastan that evening.");
    CHECK(on(claims, "hama", ClaimKind::Entered) == Strings{"opposition/denies"});
    CHECK(on(claims, "rastan", ClaimKind::Entered) == Strings{"hts"});
    // Guard: without the contrast, the denial covers both places it names.
    claims = extract("On Friday, state television denied that rebels had reached Hama and Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Entered) == Strings{"opposition/denies"});
}

TEST_CASE("round 31: 'could' in a clause joined before by ', and' makes no hypothetical of the denial after it")
{
    auto claims = extract("The outlet could not verify his account, and a military source denied that rebels had "
                          "entered Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Entered) == Strings{"opposition/denies"});
    // Guard: in the clause itself it still does.
    claims = extract("A military source said that rebels could enter Rastan within hours.");
    CHECK(on(claims, "rastan", ClaimKind::Entered).empty());
}

TEST_CASE("round 31: a denial with no time of its own takes the day of the event its sentence dates")
{
    auto claims = extract("State TV also denied that rebels had entered Hama, which opposition fighters said they "
                          "had entered on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Entered) == Strings{"opposition", "opposition/denies"});
    for (const auto& c : claims)
        if (c.placeId == "hama" && c.kind == ClaimKind::Entered)
            CHECK(core::formatIso8601(*c.time.from).substr(0, 10) == "2024-12-05");
    // Guard: alone, the denial is of the publication day.
    claims = extract("State TV also denied that rebels had entered Hama.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-07");
}

TEST_CASE("round 31: 'described the claim as \"fabricated\"' answers the sentence before, and a spokesman speaks past 'on December 10'")
{
    auto claims = extract("Rebel media said fighters had captured Rastan. The ministry described the claim as "
                          "\"fabricated\".");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"opposition", "opposition/denies"});
    claims = extract("Kremlin spokesman Dmitry Peskov on December 6 dismissed reports that Russian forces had "
                     "abandoned Tartus.");
    const auto* c = testing::findClaim(claims, "tartus", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->stance == core::Stance::Denies);
    CHECK(c->source.speaker == "Kremlin spokesman Dmitry Peskov");
    CHECK(c->source.side == core::SpeakerSide::Government);
    // Guard: "circulated on Monday" is no speaker of the claim; the residents deny it.
    claims = extract("Reports that circulated on Monday claiming rebels had entered Rastan were denied by residents "
                     "of the town.");
    c = testing::findClaim(claims, "rastan", ClaimKind::Entered);
    REQUIRE(c != nullptr);
    CHECK(c->stance == core::Stance::Denies);
    CHECK(c->source.side == core::SpeakerSide::Independent);
}

TEST_CASE("round 31: a government source denies the other side's gain: 'denied … the fall of' is the opposition's")
{
    auto claims = extract("A field source told Al-Watan that army units repelled several attacks launched by the "
                          "terrorists on the axes of Hama.\n\nThe source denied what was circulated yesterday by "
                          "pages affiliated with the terrorists about their entry into the town of Talbiseh and the "
                          "fall of Rastan, stressing that \"our forces are in full control of the Talbiseh front, and "
                          "Rastan is in the hands of the army and will remain so.\"");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"opposition/denies"});
    // Guard: a government source may deny its own troops' withdrawal.
    claims = extract("The army denied that its troops had withdrawn from Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == Strings{"government/denies"});
}

TEST_CASE("round 31: a government denial of a nominal claim with no actor: its own side's withdrawal, the other side's gain")
{
    auto claims = extract("The Ministry of Defence denied reports of a withdrawal from Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == Strings{"government/denies"});
    claims = extract("A military source denied the fall of Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"opposition/denies"});
    // Guard: no actor and no government denial, no claim.
    claims = extract("Residents spoke of a withdrawal from Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 31: 'in the city, in X and in Y' lists its places, and 'since 2017' in a relative clause leaves 'On Friday' to the verb")
{
    const auto claims = extract("On Friday, as rebels closed in on Homs, the Iran-backed militias that had dominated "
                                "the valley since 2017 abandoned their positions in Rastan, in Talbiseh and in Hama.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == Strings{"iran-militias"});
    CHECK(on(claims, "talbiseh", ClaimKind::Withdrew) == Strings{"iran-militias"});
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == Strings{"iran-militias"});
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Withdrew) == "2024-12-06");
    const auto* c = testing::findClaim(claims, "hama", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Day);
    // Guard: another preposition is no list: "in Rastan and near Hama" leaves Hama out.
    const auto near = extract("Government troops abandoned their positions in Rastan, and near Hama they dug in.");
    CHECK(on(near, "hama", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 31: 'X issued a statement denying …': X speaks, not the statement")
{
    const auto claims = extract("The army command issued a statement denying any withdrawal from Rastan.");
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->stance == core::Stance::Denies);
    CHECK(c->source.speaker == "The army command");
    CHECK(c->source.side == core::SpeakerSide::Government);
}

TEST_CASE("round 31: a redeployment is the army's own withdrawal, whoever the sentence before was about")
{
    const auto claims = extract("Rebels pushed into Rastan on Friday. Its units had been \"redeployed and repositioned "
                                "outside the city\", the army command said.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == Strings{"government"});
    // Guard: a plain withdrawal keeps the binding it had.
    const auto sdf = extract("The SDF withdrew from Rastan on Friday.");
    CHECK(on(sdf, "rastan", ClaimKind::Withdrew) == Strings{"sdf"});
}

TEST_CASE("round 31: 'Since … on Nov. 27, they have seized Aleppo' spans from that day to now")
{
    const auto claims = extract("Since rebels launched their offensive on Dec. 1, they have seized Rastan and Hama.");
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Week);
    CHECK(core::formatIso8601(*c->time.from).substr(0, 10) == "2024-12-01");
    // Guard: a date in the verb's own clause dates it.
    const auto dated = extract("Since the offensive began, rebels have seized Rastan on Dec. 5.");
    CHECK(testing::dayOf(dated, "rastan", ClaimKind::Captured) == "2024-12-05");
}

TEST_CASE("round 31: 'The offensive, launched on Wednesday … On the first day, the fighters overran …' is that Wednesday")
{
    const std::string before = "On Friday, state television had denied that rebels had reached the city, even as "
                               "HTS-led fighters entered Hama that evening.\n\nThe offensive, launched on Wednesday "
                               "from the Idlib region in the northwest, is the most serious challenge in years to "
                               "President Bashar al-Assad.\n\n";
    auto claims = extract(before + "On the first day, the fighters overran the villages of Rastan and Talbiseh north of "
                                   "Homs, according to the monitor.");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) == "2024-12-04");
    // Guard: "the first day of December" is no story's first day.
    claims = extract(before + "On the first day of December, the fighters overran Rastan, according to the monitor.");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) != "2024-12-04");
}

TEST_CASE("round 31: Al-Thawra, a state daily, speaks for the government when nobody is named")
{
    const auto claims = extract("Reports that terrorist groups had entered Rastan are false.", "Al-Thawra");
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Entered);
    REQUIRE(c != nullptr);
    CHECK(c->source.side == core::SpeakerSide::Government);
}

TEST_CASE("round 31: a live blog's speaker before a colon ('Military Operations Command: \"Our forces have liberated …\"')")
{
    auto claims = extract("BREAKING | Military Operations Command: \"Our forces have liberated Rastan in full.\"");
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->actor == "hts");
    CHECK(c->source.side == core::SpeakerSide::Opposition);
    // Guards: a label or a place before the colon is no speaker.
    claims = extract("Update: Our forces have liberated Rastan in full.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
    claims = extract("In the north: rebels took Rastan.");
    c = testing::findClaim(claims, "rastan", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->source.speaker == "Test Wire");
}

TEST_CASE("round 31: a live blog's present 'tell' is a reporting verb, 'Tell Rifaat' is not")
{
    auto claims = extract("Residents tell Sky News Arabia that rebels have entered Rastan.", "Sky News Arabia");
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Entered);
    REQUIRE(c != nullptr);
    CHECK(c->source.speaker == "Residents");
    CHECK(c->source.side == core::SpeakerSide::Independent);
    claims = extract("The SNA took Tal Rifaat on Sunday.");
    CHECK(on(claims, "talrifaat", ClaimKind::Captured) == Strings{"sna"});
}
