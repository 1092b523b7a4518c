// Round 39 (state-media denials and speakers): a government denial must be read as the
// government's, so the engine shows the place contested rather than calmly held. The speaker of
// a denial (speaker.cpp) and the party it implies (claimechoes.cpp). Places are found by name
// search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;

namespace {

using testing::onSaturday::extract;

// The side of the first claim on `place` of `kind` with `stance`; Unknown when there is none.
SpeakerSide sideOf(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind,
                   core::Stance stance = core::Stance::Denies)
{
    for (const auto& c : claims)
        if (c.placeId == place && c.kind == kind && c.stance == stance)
            return c.source.side;
    return SpeakerSide::Unknown;
}

} // namespace

TEST_CASE("claimround39: 'denied what it called \"fake news\"' is the ministry's denial, not an outlet's")
{
    auto claims = extract("The regime's Ministry of Defence denied what it called \"fake news\" about its forces "
                          "withdrawing from Homs.");
    CHECK(sideOf(claims, "homs", ClaimKind::Withdrew) == SpeakerSide::Government);
    // Guard: "it called" after no "what" still names a speaker of its own.
    claims = extract("Rebels said they had entered Hama, and the observatory called the advance rapid.");
    CHECK(sideOf(claims, "hama", ClaimKind::Entered, core::Stance::Affirms) == SpeakerSide::Opposition);
}

TEST_CASE("claimround39: 'state media had still been insisting' is state media speaking")
{
    auto claims = extract("On Friday evening, state media had still been insisting that no militants had set "
                          "foot inside Aleppo.");
    CHECK(sideOf(claims, "aleppo", ClaimKind::Entered) == SpeakerSide::Government);
    // Guard: a reporter's own sentence with "been" has no state voice.
    claims = extract("Residents had been saying that rebels had entered Aleppo.");
    CHECK(sideOf(claims, "aleppo", ClaimKind::Entered, core::Stance::Affirms) == SpeakerSide::Independent);
}

TEST_CASE("claimround39: a statement 'describing reports that the army had withdrawn … as completely false'")
{
    auto claims = extract("A presenter read out a defence ministry statement describing reports that the army "
                          "had withdrawn from Homs as \"completely false\".");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == std::vector<std::string>{"government/denies"});
    CHECK(sideOf(claims, "homs", ClaimKind::Withdrew) == SpeakerSide::Government);
    // Guard: describing a report as anything but false is no denial.
    claims = extract("A presenter read out a defence ministry statement describing the withdrawal of the army "
                     "from Homs as a redeployment.");
    CHECK(sideOf(claims, "homs", ClaimKind::Withdrew) == SpeakerSide::Unknown);
}

TEST_CASE("claimround39: 'the Syrian embassy in Baghdad denied' speaks for the government")
{
    auto claims = extract("The Syrian embassy in Baghdad denied reports that the SDF had entered Deir ez-Zor.");
    CHECK(sideOf(claims, "deirezzor", ClaimKind::Entered) == SpeakerSide::Government);
    // Guard: an embassy of no party of the war is no state voice of it.
    claims = extract("The French embassy in Beirut denied reports that the SDF had entered Deir ez-Zor.");
    CHECK(sideOf(claims, "deirezzor", ClaimKind::Entered) != SpeakerSide::Government);
}
