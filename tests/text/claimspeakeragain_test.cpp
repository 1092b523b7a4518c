// Vague speakers that are not the outlet's: "the source" after "a military source" is that source
// again (its side too), and a source that "told SANA" speaks for the state. Places are found by
// name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;

namespace {

std::vector<core::Claim> extract(const std::string& body)
{
    // An outlet that is no state medium (nor an ally's, as Tasnim is: round 37): a vague speaker
    // would get the independent side.
    return testing::extractWith(testing::seedGazetteer(), body, "2024-12-03T12:00:00Z", "Levant Wire");
}

} // namespace

TEST_CASE("'the source' after 'a military source' is that source, with its side")
{
    const auto claims = extract("A military source in Hama denied reports that militants had entered the city of "
                                "Hama. \"The city of Hama is fully secured by the army,\" the source said.");
    const core::Claim* held = testing::findClaim(claims, "hama", ClaimKind::Captured);
    REQUIRE(held);
    CHECK(held->actor == "government");
    CHECK(held->source.side == SpeakerSide::Government);
    CHECK(held->source.speaker == "A military source in Hama");

    // With no source named before, "the source" stays vague: the outlet's side.
    const auto alone = extract("\"The city of Hama is fully secured by the army,\" the source said.");
    const core::Claim* vague = testing::findClaim(alone, "hama", ClaimKind::Captured);
    REQUIRE(vague);
    CHECK(vague->source.side == SpeakerSide::Independent);
}

TEST_CASE("a source that told state media speaks for the state")
{
    const auto claims = extract("\"The city of Hama is fully secured by the army,\" a source told SANA.");
    const core::Claim* held = testing::findClaim(claims, "hama", ClaimKind::Captured);
    REQUIRE(held);
    CHECK(held->source.side == SpeakerSide::Government);
    const auto tv = extract("\"Hama is fully secured by the army,\" sources told state television.");
    const core::Claim* onTv = testing::findClaim(tv, "hama", ClaimKind::Captured);
    REQUIRE(onTv);
    CHECK(onTv->source.side == SpeakerSide::Government);
    // Told a wire agency: still the outlet's side.
    const auto wire = extract("\"Hama is fully secured by the army,\" a source told Reuters.");
    const core::Claim* onWire = testing::findClaim(wire, "hama", ClaimKind::Captured);
    REQUIRE(onWire);
    CHECK(onWire->source.side != SpeakerSide::Government);
}
