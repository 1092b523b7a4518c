// Round 67 (the wrong kind or stance): a count of years in a clause appended after the verb's
// object ("…, ending more than eight years of occupation") is that clause's, and no sign that the
// capture itself is of the past (claimhistory.cpp). Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using namespace sitrep::testing;
using core::ClaimKind;
using V = std::vector<std::string>;

namespace {
using testing::onSaturday::extract;
} // namespace

TEST_CASE("claimround67: years counted in a participle clause after the object do not date the capture")
{
    auto claims = extract("The Syrian National Army announced on Monday that it had taken full control of Manbij, "
                          "ending more than eight years of PKK/YPG occupation of the city.");
    CHECK(on(claims, "manbij", ClaimKind::Captured) == V {"sna"});
    claims = extract("Rebels took full control of Aleppo on Friday, which the army had held for years.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured) == V {"opposition"});
    // Guard: years near the verb in its own clause still make it of the past.
    claims = extract("The army had held Aleppo for years, residents said, before rebels entered it on Friday.");
    CHECK(on(claims, "aleppo", ClaimKind::Controls).empty());
    claims = extract("Government forces held Aleppo for years.");
    CHECK(on(claims, "aleppo", ClaimKind::Controls).empty());
    claims = extract("Government forces, who retook Aleppo in 2016, held it for years.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured).empty());
}

TEST_CASE("claimround67: claims of a capture tell the capture, of no day unless they name one")
{
    auto claims = extract("Rebel claims of the capture of Aleppo were not confirmed by the Syrian side.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "aleppo", ClaimKind::Controls).empty());
    CHECK(dayOf(claims, "aleppo", ClaimKind::Captured).empty());
    claims = extract("Rebel claims of the capture of Aleppo on Friday were not confirmed.");
    CHECK(dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-12-06");
    // Guard: the capture alone, with no claim and no time of its own, still tells only who holds it.
    claims = extract("After the capture of Aleppo, rebels turned south.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured).empty());
    // Guard: reports of it denied are still denied.
    claims = extract("The army denied reports of the capture of Hama.");
    CHECK(on(claims, "hama", ClaimKind::Captured).empty() == false);
    for (const auto& c : claims)
        if (c.placeId == "hama")
            CHECK(c.stance == core::Stance::Denies);
}

TEST_CASE("claimround67: control restored on a later day after repelled attacks is a recapture")
{
    auto claims = extract("Army units repelled attacks in the northern Hama countryside and on Tuesday restored "
                          "control over the town of Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"government"});
    CHECK(on(claims, "rastan", ClaimKind::Controls).empty());
    claims = extract("Army units repelled attacks in the northern Hama countryside and then restored control over "
                     "the town of Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"government"});
    // Guard: the day within the repelled clause leaves the place held throughout (round 26).
    claims = extract("Army units repelled an attack by terrorists on Rastan on Friday and restored security and "
                     "stability to the town.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
}
