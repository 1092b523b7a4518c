// Round 44 (triggers not read): an arrival that names no place ("moved in", "rolled in") comes
// where the sentence's earlier withdrawal left (claimlists.cpp, arrivalWhereBefore). Places are
// found by name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

using Actors = std::vector<std::string>;

} // namespace

TEST_CASE("claimround44: 'pulled out of Deir ez-Zor … and forces loyal to the new authorities in Damascus moved in'")
{
    auto claims = extract("Further east, the SDF pulled out of Deir ez-Zor city on Friday, days after entering it, "
                          "and HTS fighters loyal to the new authorities in Damascus moved in.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Entered) == Actors{"hts"});
    // Not the place named inside the subject.
    CHECK(testing::on(claims, "damascus", ClaimKind::Entered).empty());
    claims = extract("In the east, government forces withdrew from Deir ez-Zor city, and SDF fighters rolled in on "
                     "Friday.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Entered) == Actors{"sdf"});
}

TEST_CASE("claimround44: an arrival after an entry, not a withdrawal, takes no place from it")
{
    // Guard: "the first to enter Damascus …, hours before HTS columns rolled in": the first entry
    // stays the only one (two sides entering one place in a sentence keep only the surer one).
    const auto claims = extract("Fighters of the Southern Operations Room were the first to enter Damascus on Sunday, "
                                "hours before HTS columns rolled in from Homs.");
    CHECK(testing::on(claims, "damascus", ClaimKind::Entered) == Actors{"sor"});
    CHECK(testing::on(claims, "homs", ClaimKind::Entered).empty());
}

TEST_CASE("claimround44: 'broke open' a place is inside it")
{
    auto claims = extract("On Sunday, rebel fighters broke open Mezzeh prison and freed hundreds of inmates.");
    CHECK(testing::on(claims, "mezzeh", ClaimKind::Entered) == Actors{"opposition"});
    // Guard: what is broken open is no place, so the place named far after it is not entered.
    claims = extract("On Sunday, rebel fighters broke open the doors of the shops and stores in the old market "
                     "near the road to Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered).empty());
}
