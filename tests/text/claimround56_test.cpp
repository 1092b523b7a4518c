// Round 56 (actors and government denials, second pass): a participle of denial after a comma
// ("…, told Al-Masdar, dismissing claims … that the town had been encircled") denies what follows
// as "denying" does, in the voice of the main verb's subject. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround56: ', dismissing claims that the town had been encircled' denies the siege")
{
    auto claims = extract("The army remains in full control, the local army commander told state television, "
                          "dismissing claims made by HTS on Telegram that it had encircled Rastan.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Besieged) == std::vector<std::string>{"hts/denies"});
    const auto* c = testing::findClaim(claims, "rastan", ClaimKind::Besieged);
    REQUIRE(c != nullptr);
    CHECK(c->source.side == core::SpeakerSide::Government);
    claims = extract("The army remains in control of Hama, a military source said, rejecting claims that the "
                     "rebels had entered the city.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"opposition/denies"});
    // Guard: a participle that reports no denial vouches for what follows it.
    claims = extract("The army remains in full control, the local army commander told state television, adding "
                     "that Rastan had been encircled by the militants.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Besieged) == std::vector<std::string>{"opposition"});
}

TEST_CASE("claimround56: 'IDF tanks entered the abandoned city of Quneitra' is Israel's entry")
{
    auto claims = extract("The Syrian Observatory for Human Rights reported that IDF tanks entered the abandoned "
                          "city of Quneitra on Monday.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == std::vector<std::string>{"israel"});
    claims = extract("SDF patrols moved into Manbij on Friday.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Entered) == std::vector<std::string>{"sdf"});
    // Guard: tanks nobody names are nobody's.
    claims = extract("Tanks entered Quneitra on Monday.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered).empty());
}

TEST_CASE("claimround56: a denial ends at ', affirming that', which vouches for what follows")
{
    auto claims = extract("A security source in Hama denied \"the lies\" spread by hostile media about terrorists "
                          "entering the city, affirming that Hama \"is stable and under the full control of our "
                          "forces\".");
    CHECK(testing::on(claims, "hama", ClaimKind::Controls) == std::vector<std::string>{"government"});
    // Guard: what the denial itself names stays denied.
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"opposition/denies"});
}
