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

TEST_CASE("claimround39: a government denial of 'its forces' withdrawing is the government's own")
{
    auto claims = extract("The factions took Rastan on Friday. Russian warplanes, for their part, bombed the bridge "
                          "at Talbiseh.\n\nThe Ministry of Defence denied what it called \"rumours\" about the "
                          "withdrawal of its forces from Homs.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == std::vector<std::string>{"government/denies"});
    // Guard: a denial naming its party keeps it.
    claims = extract("Kremlin spokesman Dmitry Peskov on Friday dismissed reports that Russian forces had abandoned "
                     "Tartus.");
    CHECK(testing::on(claims, "tartus", ClaimKind::Withdrew) == std::vector<std::string>{"russia/denies"});
}

TEST_CASE("claimround39: 'Syria's Defense Ministry denies reports that the army has withdrawn' in a story about Israel")
{
    auto claims = extract("Israeli troops moved into the buffer zone on the Golan Heights. Syria's Defense Ministry "
                          "denies reports that the army has withdrawn from positions in Quneitra.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Withdrew) == std::vector<std::string>{"government/denies"});
    // Guard: a denial by no government voice is left alone.
    claims = extract("Israeli troops moved into the buffer zone on the Golan Heights. Residents denied reports that "
                     "the army had withdrawn from positions in Quneitra.");
    const auto others = testing::on(claims, "quneitra", ClaimKind::Withdrew);
    CHECK(std::find(others.begin(), others.end(), "government/denies") == others.end());
}

TEST_CASE("claimround39: state media dismissing reports 'that the city had fallen' denies the opposition's gain")
{
    auto claims = extract("The SDF said it had entered Tal Rifaat. The official daily al-Thawra insisted on Friday "
                          "that the army remained in full control of Manbij, dismissing as \"fabrications\" reports "
                          "that the town had fallen.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Captured) == std::vector<std::string>{"opposition/denies"});
    // Guard: a gain the denial names the taker of keeps its taker.
    claims = extract("The official daily al-Thawra on Friday dismissed as \"fabrications\" reports that the SDF had "
                     "entered Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Entered) == std::vector<std::string>{"sdf/denies"});
}

TEST_CASE("claimround39: 'denied that they had fallen and insisted that its units still held both'")
{
    auto claims = extract("On Friday the militants claimed the towns of Rastan and Talbiseh; the Syrian command "
                          "denied that they had fallen and insisted that its units still held both.");
    auto rastan = testing::on(claims, "rastan", ClaimKind::Captured);
    CHECK(std::find(rastan.begin(), rastan.end(), "opposition/denies") != rastan.end());
    claims = extract("The Defense Ministry said on Friday that its forces remain in full control of the town of "
                     "Rastan, denying what it described as \"rumours\" of its fall.");
    rastan = testing::on(claims, "rastan", ClaimKind::Captured);
    CHECK(std::find(rastan.begin(), rastan.end(), "opposition/denies") != rastan.end());
    // Guards: holding a town denies nothing by itself, nor does denying a retreat ("fallen back").
    claims = extract("The Syrian command insisted on Friday that its units still held Rastan and Talbiseh.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured).empty());
    claims = extract("The Syrian command denied on Friday that they had fallen back and insisted that its units "
                     "still held Rastan.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured).empty());
}

TEST_CASE("claimround39: 'State television, to the very end, denied that the army had withdrawn.'")
{
    auto claims = extract("Rebels declared Homs fully liberated on Saturday. State television, to the very end, "
                          "denied that the army had withdrawn.");
    auto homs = testing::on(claims, "homs", ClaimKind::Withdrew);
    CHECK(std::find(homs.begin(), homs.end(), "government/denies") != homs.end());
    CHECK(sideOf(claims, "homs", ClaimKind::Withdrew) == SpeakerSide::Government);
    // Guard: a denial naming its own place denies no place of the sentence before.
    claims = extract("Rebels declared Homs fully liberated on Saturday. State television denied that the army had "
                     "withdrawn from Hama.");
    homs = testing::on(claims, "homs", ClaimKind::Withdrew);
    CHECK(std::find(homs.begin(), homs.end(), "government/denies") == homs.end());
    // Guard: an aside after residents leaves the residents' report of the places they name alone.
    claims = extract("Residents of Rastan and Talbiseh, to the north, said soldiers had left their checkpoints "
                     "there by nightfall on Saturday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
}
