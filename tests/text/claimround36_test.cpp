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
