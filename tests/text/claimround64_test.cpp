// Round 64: capture and entry said with other verbs. A perfect participle clause of change after a
// holding ("were under opposition control, having changed hands") is the holder's capture
// (claimtriggerpasses.h heldHavingChanged).
// Places are found by name search (claimtesthelpers.h), so these test the extractor apart from the
// geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround64: 'were under opposition control, having changed hands': the holder took them")
{
    auto claims = extract("By Friday, the coastal cities of Latakia and Tartus, heartland of the Alawite community, "
                          "were under opposition control, having changed hands with little resistance.");
    CHECK(testing::on(claims, "latakia", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    CHECK(testing::on(claims, "tartus", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    // Guard: without the participle clause the holding is all that is said.
    claims = extract("By Friday, Latakia and Tartus were under opposition control.");
    CHECK(testing::on(claims, "latakia", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "latakia", ClaimKind::Controls) == std::vector<std::string>{"opposition"});
    // Guard: back and forth is a fight, not a capture.
    claims = extract("By Friday, Hama was under opposition control, having changed hands several times.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured).empty());
}
