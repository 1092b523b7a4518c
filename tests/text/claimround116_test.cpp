// Round 116 (whose voice a claim is): a partisan outlet's own voice is its side, as the tuning sets'
// writers code it ("Damascus Now, pro-government page, government voice throughout", "Al-Souria
// Net, Syrian opposition news site"), and a party named before an aside set off by commas speaks
// through the verb after the aside ("The Southern Operations Room, an umbrella of local factions
// formed Friday, said …").
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;

namespace {

using testing::onSaturday::extract;

// The speaker side of the first claim of `kind` on `place`; Unknown when there is none.
SpeakerSide sideOf(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto* c = testing::findClaim(claims, place, kind);
    return c ? c->source.side : SpeakerSide::Unknown;
}

} // namespace

TEST_CASE("claimround116: a partisan outlet's own voice is its side")
{
    const std::string body = "Armed groups entered Damascus at dawn after the withdrawal of the army from the capital.";
    CHECK(sideOf(extract(body, "Sabereen News"), "damascus", ClaimKind::Entered) == SpeakerSide::Government);
    CHECK(sideOf(extract(body, "Damascus Now"), "damascus", ClaimKind::Entered) == SpeakerSide::Government);
    CHECK(sideOf(extract(body, "Al-Souria Net"), "damascus", ClaimKind::Entered) == SpeakerSide::Opposition);
    CHECK(sideOf(extract(body, "Shaam News Network"), "damascus", ClaimKind::Entered) == SpeakerSide::Opposition);
    // Guard: a neutral outlet's own voice stays independent, and the state TV's "al-Souriya" is
    // still the state's.
    CHECK(sideOf(extract(body, "The Peninsula"), "damascus", ClaimKind::Entered) == SpeakerSide::Independent);
    CHECK(sideOf(extract(body, "Al-Ikhbariya al-Souriya"), "damascus", ClaimKind::Entered) ==
          SpeakerSide::Government);
}

TEST_CASE("claimround116: a party named before an aside speaks through the verb after it")
{
    auto claims = extract("The Southern Operations Room, an umbrella of local factions formed Friday, said in a "
                          "statement that its fighters entered Damascus from the south.",
                          "UPI");
    CHECK(sideOf(claims, "damascus", ClaimKind::Entered) == SpeakerSide::Opposition);
    claims = extract("The SNA, which launched its \"Dawn of Freedom\" operation in the countryside north and east "
                     "of Aleppo on Nov. 30, claimed on Dec. 9 that it had captured Manbij.",
                     "Duvar English");
    CHECK(sideOf(claims, "manbij", ClaimKind::Captured) == SpeakerSide::Opposition);
    claims = extract("Hayat Tahrir al-Sham (HTS), the Islamist group that spearheaded the lightning offensive, "
                     "said its fighters entered Damascus shortly after 4 a.m.",
                     "The Daily Beast");
    CHECK(sideOf(claims, "damascus", ClaimKind::Entered) == SpeakerSide::Opposition);
    // Guard: a council whose name holds an army word is no state voice ("The Syriac Military Council
    // (MFS), which is part of the SDF, said").
    claims = extract("The Syriac Military Council (MFS), which is part of the SDF, said in a statement on Monday "
                     "that its fighters remain in Manbij.",
                     "Syriac Press");
    CHECK(sideOf(claims, "manbij", ClaimKind::Controls) != SpeakerSide::Government);
    // Guard: residents named before an aside are no party ("Residents of …, to the southwest, said").
    claims = extract("Residents of Moadamiyat al-Sham, to the southwest of the capital, said rebels had entered "
                     "Daraya.",
                     "UPI");
    CHECK(sideOf(claims, "daraya", ClaimKind::Entered) != SpeakerSide::Opposition);
}
