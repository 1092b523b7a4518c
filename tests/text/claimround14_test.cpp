// Round 14 (heldout19, heldout20): a time opening the sentence before its speaker, timeline
// entries, flashbacks, "evacuated its fighters from", "redeployed from", descriptions of an actor
// named before ("the Iran-backed group", "the attackers"), "walked / driven into", a pronoun in what
// a speaker named earlier in the sentence says, a redeployment after a gain in its own sentence.
// Places are found by name search (claimtesthelpers.h), so these test the extractor apart from the
// geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;
using core::Stance;

namespace {

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        using K = core::PlaceKind;
        core::Gazetteer out = testing::seedGazetteer();
        out.add(testing::makePlace("qusayr", "al-Qusayr", K::Town, "SY", {"Qusayr"}));
        out.add(testing::makePlace("shahba", "Shahba", K::Town, "SY"));
        out.add(testing::makePlace("souran", "Souran", K::Town, "SY"));
        out.add(testing::makePlace("safira", "Safira", K::Town, "SY"));
        out.add(testing::makePlace("newaleppo", "New Aleppo", K::Neighbourhood, "SY"));
        return out;
    }();
    return g;
}

std::vector<core::Claim> extract(
    const std::string& body, const char* published = "2024-12-07T18:00:00Z", std::string outlet = "Test Wire")
{
    return testing::extractWith(gazetteer(), body, published, std::move(outlet));
}

using testing::on;

using V = std::vector<std::string>;

const core::Claim* find(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    return testing::findClaim(claims, place, kind);
}

std::int64_t day(const core::Claim& c) { return *c.time.from / core::kSecondsPerDay; }

std::int64_t day(const char* iso) { return core::parseIso8601(iso).value() / core::kSecondsPerDay; }

} // namespace

TEST_CASE("round 14: a time opening the sentence does not hide its speaker")
{
    const auto claims = extract("On Monday the army denied that HTS fighters had entered Hama, saying its troops had "
                                "pushed them back.",
        "2024-12-03T15:42:00Z");
    const auto* hama = find(claims, "hama", ClaimKind::Entered);
    REQUIRE(hama);
    CHECK(hama->stance == Stance::Denies);
    CHECK(hama->source.side == SpeakerSide::Government);
}

TEST_CASE("round 14: a timeline entry's day is the day of every sentence on its line")
{
    const auto claims = extract("Here is how the campaign unfolded:\n"
                                "- Dec. 6: Opposition fighters take Rastan. In the south, factions of the Southern "
                                "Operations Room seize Daraa city.\n"
                                "- Dec. 8: Rebels enter Damascus.\n",
        "2024-12-08T13:10:00Z");
    const auto* daraa = find(claims, "daraa", ClaimKind::Captured);
    REQUIRE(daraa);
    CHECK(day(*daraa) == day("2024-12-06T00:00:00Z"));
    const auto* damascus = find(claims, "damascus", ClaimKind::Entered);
    REQUIRE(damascus);
    CHECK(day(*damascus) == day("2024-12-08T00:00:00Z"));
}

TEST_CASE("round 14: a flashback does not become the day later sentences count from")
{
    const auto claims = extract("Rami remembers the afternoon of Thursday 5 December, when Hayat Tahrir al-Sham "
                                "rolled into Hama. Six days earlier, the same fighters had walked into Aleppo almost "
                                "unopposed. By the next morning, the rebels took Rastan.",
        "2024-12-12T06:00:00Z");
    const auto* aleppo = find(claims, "aleppo", ClaimKind::Entered);
    REQUIRE(aleppo); // "walked into" is an entry
    CHECK(day(*aleppo) == day("2024-11-29T00:00:00Z"));
    const auto* rastan = find(claims, "rastan", ClaimKind::Captured);
    REQUIRE(rastan);
    CHECK(day(*rastan) == day("2024-12-06T00:00:00Z"));
}

TEST_CASE("round 14: evacuating or redeploying one's fighters from a place, and 'redeployed from'")
{
    const auto shahba = extract("The SDF evacuated its fighters from Shahba on December 2, saying it wanted to protect "
                                "civilians.",
        "2024-12-11T15:40:00Z");
    CHECK(on(shahba, "shahba", ClaimKind::Withdrew) == V {"sdf"});
    const auto aleppo = extract("The army says it has \"redeployed\" its forces from Aleppo.", "2024-12-08T13:10:00Z");
    CHECK(on(aleppo, "aleppo", ClaimKind::Withdrew) == V {"government"});
    const auto souran = extract("On Tuesday, the army acknowledged that its units had \"redeployed\" from Souran to new "
                                "defensive lines. On the same day, army units redeployed from the town of Safira under "
                                "heavy pressure.",
        "2024-12-05T17:20:00Z");
    CHECK(on(souran, "souran", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(souran, "safira", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 14: 'the Iran-backed group' and 'the attackers' are the actor named before")
{
    const auto qusayr = extract("In Lebanon, Hezbollah remained silent. The Iran-backed group had pulled its fighters "
                                "out of Qusayr on Saturday, the Syrian Observatory said.",
        "2024-12-09T14:05:00Z");
    CHECK(on(qusayr, "qusayr", ClaimKind::Withdrew) == V {"hezbollah"});
    const auto hama = extract("HTS militants seized Aleppo on Wednesday. On Thursday, the attackers captured Hama.",
        "2024-11-30T15:10:00Z");
    CHECK(on(hama, "hama", ClaimKind::Captured) == V {"hts"});
    // A description that names an actor stays that actor.
    const auto sdf = extract("The Kurdish-led force had also taken Deir ez-Zor city on December 6.", "2024-12-11T15:40:00Z");
    CHECK(on(sdf, "deirezzor", ClaimKind::Captured) == V {"sdf"});
}

TEST_CASE("round 14: 'driven into' is an entry, not a capture")
{
    const auto claims = extract("Residents said Israeli tanks had driven into Quneitra on Monday morning.",
        "2024-12-09T14:05:00Z");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
    CHECK(on(claims, "quneitra", ClaimKind::Captured).empty());
}

TEST_CASE("round 14: a pronoun opening what a speaker named before 'and said' says is the speaker's")
{
    const auto claims = extract("The Syrian General Command acknowledged on Saturday that \"terrorist organisations\" "
                                "had entered \"large parts\" of Aleppo, and said its units there had carried out a "
                                "\"redeployment operation\".",
        "2024-11-30T15:10:00Z");
    CHECK(on(claims, "aleppo", ClaimKind::Withdrew) == V {"government"});
    const auto army = extract("The army general command acknowledged that terrorists had entered large parts of Aleppo "
                              "and said it had redeployed its forces out of the city.",
        "2024-12-01T10:00:00Z");
    CHECK(on(army, "aleppo", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 14: a redeployment after a gain in its own sentence leaves that place, not the sentence before's")
{
    const auto claims = extract("On Friday evening, armed groups broke into New Aleppo, local sources said. The General "
                                "Command acknowledged on Saturday that terrorists had entered large parts of Aleppo, and "
                                "said its units there had carried out a \"redeployment operation\".",
        "2024-11-30T15:10:00Z");
    CHECK(on(claims, "aleppo", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "newaleppo", ClaimKind::Withdrew).empty());
}
