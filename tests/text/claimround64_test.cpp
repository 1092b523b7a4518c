// Round 64: capture and entry said with other verbs. A perfect participle clause of change after a
// holding ("were under opposition control, having changed hands") is the holder's capture
// (claimtriggerpasses.h heldHavingChanged). A causative push, force, kick or chase with its object
// before "out of" is an expulsion, as "drove X out of Y" is (claimphrases.h expelledOutOf).
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

TEST_CASE("claimround64: 'pushed government forces out of Sweida': the pushers took it, the pushed left")
{
    auto claims = extract("The next day Druze militias pushed government forces out of Sweida.");
    CHECK(testing::on(claims, "suwayda", ClaimKind::Captured) == std::vector<std::string>{"suwayda"});
    CHECK(testing::on(claims, "suwayda", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    claims = extract("Rebels forced the army out of Hama on Thursday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: "forces" is a noun here ("government forces pulled out of …"), and a push with no
    // object ("rebels pushed out of Idlib") is a move of one's own, no capture.
    claims = extract("Government forces pulled out of Homs on Friday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    claims = extract("Rebels pushed out of Idlib on Wednesday.");
    CHECK(testing::on(claims, "idlib", ClaimKind::Captured).empty());
    // Guard: civilians driven from their homes are nobody's side.
    claims = extract("The fighting forced thousands of families out of Hama on Thursday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured).empty());
    // Guard: a defender's nameless attackers pushed out of a town it held ("the army pushed the
    // terrorists out of Hama"): a repulse, no capture.
    claims = extract("The army said it had pushed the terrorists out of Hama on Thursday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured).empty());
}
