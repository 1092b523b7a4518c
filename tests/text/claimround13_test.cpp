// Round 13 (heldout17, heldout18): relative clauses between a subject and its verb, the city a
// government is named after, bare "after the withdrawal", reports denied by someone else than
// those who spread them, "set foot in", passives of "taken over", "a day after" counted from the
// main clause's day, appositions between a verb and its time, "military units". Places are found by name search (claimtesthelpers.h), so
// these test the extractor apart from the geoparser.
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
        out.add(testing::makePlace("qatana", "Qatana", K::Town, "SY"));
        out.add(testing::makePlace("morek", "Morek", K::Town, "SY"));
        out.add(testing::makePlace("maarat", "Maarat al-Numan", K::Town, "SY"));
        out.add(testing::makePlace("saraqeb", "Saraqeb", K::Town, "SY"));
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

} // namespace

TEST_CASE("round 13: an actor inside a relative clause between the subject and its verb is not the subject")
{
    const auto claims = extract("Hezbollah militias, which had fought alongside the regime for years, withdrew from "
                                "al-Qusayr on Saturday, local activists said.",
        "2024-12-08T09:00:00Z");
    CHECK(on(claims, "qusayr", ClaimKind::Withdrew) == V {"hezbollah"});
}

TEST_CASE("round 13: 'the city' is not the one a government or regime is named after")
{
    const auto claims = extract("The SDF entered Deir ez-Zor on Friday after the forces of the Damascus government "
                                "fled the city.",
        "2024-12-08T09:00:00Z");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "damascus", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 13: a bare 'after the withdrawal' is not the withdrawal of the one who entered")
{
    const auto claims = extract("Factions led by HTS entered Deir ez-Zor hours after the withdrawal, local sources said.",
        "2024-12-11T12:00:00Z");
    CHECK(on(claims, "deirezzor", ClaimKind::Entered) == V {"hts"});
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew).empty());
    // Its possessor still names it.
    const auto own = extract("Rebels entered Hama after the army's withdrawal.", "2024-12-06T12:00:00Z");
    CHECK(on(own, "hama", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 13: reports called false are denied by whoever calls them so, not by those who spread them")
{
    const auto claims = extract("A military source told SANA that reports circulated by terrorist-affiliated media "
                                "outlets on Wednesday claiming that the terrorists had entered Hama were \"completely "
                                "false\".",
        "2024-12-05T18:00:00Z", "SANA");
    const auto* hama = find(claims, "hama", ClaimKind::Entered);
    REQUIRE(hama);
    CHECK(hama->stance == Stance::Denies);
    CHECK(hama->source.side == SpeakerSide::Government);
    // "… were denied by residents": the agent of the passive denies.
    const auto passive = extract("Reports that circulated on Monday claiming Israeli forces had entered the town of "
                                 "Qatana were denied by residents of the town.",
        "2024-12-10T05:30:00Z");
    const auto* qatana = find(passive, "qatana", ClaimKind::Entered);
    REQUIRE(qatana);
    CHECK(qatana->stance == Stance::Denies);
    CHECK(qatana->source.side == SpeakerSide::Independent);
}

TEST_CASE("round 13: 'set foot in' is an entry, and denying it a denial")
{
    const auto claims = extract("A military source denied that any terrorist had set foot in Morek.",
        "2024-12-01T12:00:00Z", "SANA");
    const auto* morek = find(claims, "morek", ClaimKind::Entered);
    REQUIRE(morek);
    CHECK(morek->stance == Stance::Denies);
    CHECK(morek->source.side == SpeakerSide::Government);
}

TEST_CASE("round 13: 'X, which ACTOR had abandoned earlier in the day' is ACTOR's withdrawal from X")
{
    const auto claims = extract("The SDF also moved into the border town of Abu Kamal, which Iran-backed militias had "
                                "abandoned earlier in the day.",
        "2024-12-06T17:45:00Z");
    CHECK(on(claims, "abukamal", ClaimKind::Entered) == V {"sdf"});
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"iran-militias"});
}

TEST_CASE("round 13: 'had been taken over by' is a passive, its agent the taker")
{
    const auto claims = extract("The city of Quneitra had been taken over on Saturday by the Southern Operations Room.",
        "2024-12-10T05:30:00Z");
    CHECK(on(claims, "quneitra", ClaimKind::Captured) == V {"sor"});
    // "its units had been redeployed outside the city": nobody took it, and those who did not
    // redeploy did not withdraw.
    const auto redeployed = extract("On December 5 HTS captured Hama; the Syrian command said at the time that its units "
                                    "had been redeployed outside the city.",
        "2024-12-10T05:30:00Z");
    CHECK(on(redeployed, "hama", ClaimKind::Captured) == V {"hts"});
    CHECK(on(redeployed, "hama", ClaimKind::Withdrew) != V {"hts"});
}

TEST_CASE("round 13: 'a day after' counts from the day the main clause names")
{
    const auto claims = extract("Quneitra was taken over on Saturday by the Southern Operations Room, a day after the "
                                "same factions took the city of Daraa.",
        "2024-12-10T05:30:00Z");
    const auto* daraa = find(claims, "daraa", ClaimKind::Captured);
    REQUIRE(daraa);
    CHECK(*daraa->time.from / core::kSecondsPerDay == core::parseIso8601("2024-12-06T00:00:00Z").value() / core::kSecondsPerDay);
    // With no day of its own, from the publication day.
    const auto bare = extract("HTS captured Maarat al-Numan, a day after seizing Saraqeb.", "2024-12-01T12:00:00Z");
    const auto* saraqeb = find(bare, "saraqeb", ClaimKind::Captured);
    REQUIRE(saraqeb);
    CHECK(*saraqeb->time.from / core::kSecondsPerDay == core::parseIso8601("2024-11-30T00:00:00Z").value() / core::kSecondsPerDay);
}

TEST_CASE("round 13: an apposition between the object and its time is no distance")
{
    const auto claims = extract("HTS-led groups launched their offensive on Nov. 27 from northwest Syria and seized "
                                "Aleppo, the country's second-largest city, on Nov. 30.",
        "2024-12-06T17:45:00Z");
    const auto* aleppo = find(claims, "aleppo", ClaimKind::Captured);
    REQUIRE(aleppo);
    CHECK(*aleppo->time.from / core::kSecondsPerDay == core::parseIso8601("2024-11-30T00:00:00Z").value() / core::kSecondsPerDay);
}

TEST_CASE("round 13: 'military units' in an army statement are the army's")
{
    const auto claims = extract("The General Command announced on Thursday that military units had been redeployed and "
                                "repositioned outside Hama city.",
        "2024-12-05T18:00:00Z", "SANA");
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
}
