// Round 59 (actors, speakers and government denials, third pass): another country's security
// sources ("Two Lebanese security sources said …") are no Syrian state voice; an agentless
// "liberation" in a side's outlet's own voice is that side's. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

core::SpeakerSide sideOf(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto* c = testing::findClaim(claims, place, kind);
    REQUIRE(c != nullptr);
    return c->source.side;
}

} // namespace

TEST_CASE("claimround59: 'Two Lebanese security sources said' is no government speaker")
{
    auto claims = extract("Two Lebanese security sources said Hezbollah began pulling its fighters out of Homs "
                          "on Saturday morning.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == std::vector<std::string>{"hezbollah"});
    CHECK(sideOf(claims, "homs", ClaimKind::Withdrew) == core::SpeakerSide::Independent);
    claims = extract("A Turkish security source said the Syrian National Army had entered Manbij on Saturday.");
    CHECK(sideOf(claims, "manbij", ClaimKind::Entered) == core::SpeakerSide::Independent);
    // Guard: a security source of no other country is still the state's, in Syrian state and allied media.
    claims = extract("A security source said the army had pulled out of Homs on Saturday.");
    CHECK(sideOf(claims, "homs", ClaimKind::Withdrew) == core::SpeakerSide::Government);
    claims = extract("A Syrian security source said the army had pulled out of Homs on Saturday.");
    CHECK(sideOf(claims, "homs", ClaimKind::Withdrew) == core::SpeakerSide::Government);
}

TEST_CASE("claimround59: an agentless 'liberation' in an opposition outlet's own voice is the opposition's")
{
    const std::string body = "Regime forces shelled Hama on Thursday. The advance comes two days after the "
                             "liberation of the city of Rastan on Friday.";
    auto claims = extract(body, "Baladi News");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    // Guard: a wire's own voice still falls back to the side last named.
    claims = extract(body);
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == std::vector<std::string>{"government"});
    // A state outlet's "liberation" is the army's, whoever it last named.
    claims = extract("Terrorist groups shelled Hama on Thursday. The advance comes two days after the "
                     "liberation of the city of Rastan on Friday.", "SANA");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == std::vector<std::string>{"government"});
}
