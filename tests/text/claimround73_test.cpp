// Round 73 (foreign armies' speakers): another state's army or ministry speaks for neither Syrian
// side, and a live blog's clock is no speaker. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;

namespace {

using testing::onSaturday::extract;

const core::Claim& claimOn(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto* c = testing::findClaim(claims, place, kind);
    REQUIRE(c != nullptr);
    return *c;
}

} // namespace

TEST_CASE("claimround73: 'the IDF denied', 'Israel's military said': a foreign army is no Syrian state voice")
{
    auto claims = extract("The IDF denied that its troops had entered Quneitra.");
    CHECK(claimOn(claims, "quneitra", ClaimKind::Entered).source.side == SpeakerSide::Independent);
    CHECK(claimOn(claims, "quneitra", ClaimKind::Entered).actor == "israel");
    claims = extract("Israel's military said its forces had entered Quneitra.");
    CHECK(claimOn(claims, "quneitra", ClaimKind::Entered).source.side == SpeakerSide::Independent);
    claims = extract("The Turkish Defence Ministry said the Syrian National Army had captured Manbij.");
    CHECK(claimOn(claims, "manbij", ClaimKind::Captured).source.side == SpeakerSide::Independent);
    claims = extract("Jordan's army said rebels had taken the Nasib border crossing.");
    CHECK(claimOn(claims, "nasib", ClaimKind::Captured).source.side == SpeakerSide::Independent);
    // Guards: Syria's own army and ministry stay the government's voice; the country's name as a
    // place after the state word changes nothing.
    claims = extract("The Syrian army denied that rebels had entered Hama.");
    CHECK(claimOn(claims, "hama", ClaimKind::Entered).source.side == SpeakerSide::Government);
    claims = extract("The Defence Ministry said rebels had not entered Hama.");
    CHECK(claimOn(claims, "hama", ClaimKind::Entered).source.side == SpeakerSide::Government);
    claims = extract("The army on the border with Jordan said rebels had not entered Daraa.");
    CHECK(claimOn(claims, "daraa", ClaimKind::Entered).source.side == SpeakerSide::Government);
}

TEST_CASE("claimround73: '16:20 | IDF confirms troops …': the clock before a live blog's bar is no speaker")
{
    const auto claims = extract("16:20 | IDF confirms troops have taken control of Quneitra.");
    const auto& c = claimOn(claims, "quneitra", ClaimKind::Captured);
    CHECK(c.source.speaker == "IDF");
    CHECK(c.actor == "israel");
    // Guard: a speaker with no bar keeps its whole phrase.
    const auto plain = extract("Syrian state television confirmed troops had withdrawn from Hama.");
    CHECK(claimOn(plain, "hama", ClaimKind::Withdrew).source.speaker == "Syrian state television");
}
