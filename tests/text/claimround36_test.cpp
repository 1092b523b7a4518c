// Round 36 (10 Dec, the tuning sets' control changes whose actor was right but whose kind or
// stance was not): a passive whose participle the source's own word puts in quotes. Places are
// found by name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround36: a quoted participle after its auxiliary is still a passive capture")
{
    auto claims = extract("HTS said on Friday that Hama had been \"liberated\".");
    const auto* c = testing::findClaim(claims, "hama", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->actor == "hts");
    claims = extract("HTS said on Friday that Hama had been \"fully liberated\".");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Captured) != nullptr);
    // Guard: a quoted active verb keeps its subject and its object after it.
    claims = extract("On Friday Hama's defenders said HTS had \"liberated\" Homs.");
    c = testing::findClaim(claims, "homs", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->actor == "hts");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Captured) == nullptr);
}

TEST_CASE("claimround36: after 'A withdrew and', the capture that follows is B's")
{
    auto claims = extract("On Friday the SDF withdrew and HTS took over Deir ez-Zor.");
    auto* c = testing::findClaim(claims, "deirezzor", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->actor == "hts");
    claims = extract("On Friday government troops fled and the SDF captured Deir ez-Zor.");
    c = testing::findClaim(claims, "deirezzor", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->actor == "sdf");
    // Guard: a capture before the "and" keeps its own subject.
    claims = extract("On Friday HTS captured Hama and government troops withdrew toward Homs.");
    c = testing::findClaim(claims, "hama", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->actor == "hts");
}

TEST_CASE("claimround36: a simple past over 'the past week' tells captures of no day, the perfect tells holding")
{
    auto claims = extract("HTS took control of Aleppo and then Hama over the past week.");
    auto* c = testing::findClaim(claims, "hama", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Week);
    CHECK(testing::findClaim(claims, "aleppo", ClaimKind::Captured) != nullptr);
    // Guard: "have seized … over the past ten days" is who holds them now.
    claims = extract("Rebels have seized Aleppo and Hama over the past ten days.");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Captured) == nullptr);
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Controls) != nullptr);
}

TEST_CASE("claimround36: 'only to lose it … to Y': 'it' is the place the loser had just taken")
{
    auto claims = extract("The SDF moved into Deir ez-Zor on Friday, only to lose it on Saturday to HTS.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Captured) == std::vector<std::string>{"hts"});
    claims = extract("The SDF moved into Deir ez-Zor on Friday but lost it on Saturday.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew) == std::vector<std::string>{"sdf"});
    // Guard: with no place named before, "it" stands for nothing.
    claims = extract("An SDF commander said on Saturday that the group could not afford to lose it.");
    CHECK(claims.empty());
}

TEST_CASE("claimround36: 'handing the city on Friday to local factions' without 'over' is a handover")
{
    auto claims = extract("Army units in Daraa pulled back, handing the city on Friday to the Southern Operations Room.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::on(claims, "daraa", ClaimKind::Captured) == std::vector<std::string>{"sor"});
    // Guard: what is handed is no place, so nothing changes hands.
    claims = extract("On Friday, soldiers handed a letter to the Southern Operations Room.");
    CHECK(claims.empty());
}
