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

TEST_CASE("claimround73: 'Troops also entered Quneitra, the official says' after an IDF official: the IDF's troops")
{
    using Actors = std::vector<std::string>;
    auto claims = extract("An IDF official told reporters that forces now hold positions on the Golan Heights. Troops "
                          "also entered Quneitra at around 6 a.m. to search for weapons, the official said.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == Actors {"israel"});
    // Guards: after a Syrian army official or a rebel commander, "troops" stay the Syrian army's;
    // a speaker of their own ("rebels said") is theirs to read, not the sentence before's.
    claims = extract("A Syrian army official told reporters that the army now holds Hama. Troops also entered "
                     "Quneitra at around 6 a.m., the official said.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == Actors {"government"});
    claims = extract("An HTS commander told reporters that his fighters hold Hama. Troops withdrew from "
                     "Quneitra at dawn, the commander said.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Withdrew) == Actors {"government"});
    claims = extract("An IDF official told reporters that forces now hold positions on the Golan Heights. Troops "
                     "withdrew from Hama on Saturday, rebels said.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors {"government"});
}
