// Round 41 (precision: claims that should not be there). Control changes the tuning sets extracted
// that a reader would not: a place that "changes hands several times" is fought over, not taken,
// and "tried to infiltrate" is an attempt. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround41: 'changed hands several times' is fighting, not a capture")
{
    auto claims = extract("Rebel fighters captured Hama on Thursday. Rastan changed hands several times on Friday in fighting between the factions and the army.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured).empty());
    CHECK(!testing::on(claims, "rastan", ClaimKind::Contested).empty());
    claims = extract("Rebel fighters captured Hama on Thursday. Talbiseh changed hands repeatedly from Tuesday.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Captured).empty());
    // Guard: changing hands once is still a capture.
    claims = extract("Rebel fighters captured Hama on Thursday. Rastan and Talbiseh, on the road to Homs, changed hands on Friday.");
    CHECK(!testing::on(claims, "rastan", ClaimKind::Captured).empty());
    CHECK(!testing::on(claims, "talbiseh", ClaimKind::Captured).empty());
}

TEST_CASE("claimround41: 'tried to infiltrate' is an attempt, not an entry")
{
    auto claims = extract("On Friday, terrorist groups tried to infiltrate Salamiyah under cover of fog.");
    CHECK(testing::on(claims, "salamiyah", ClaimKind::Entered).empty());
    claims = extract("On Friday, rebel fighters attempted to storm Salamiyah from the west.");
    CHECK(testing::on(claims, "salamiyah", ClaimKind::Entered).empty());
    // Guard: the entry itself stays, and so does one after a failed attempt elsewhere.
    claims = extract("On Friday, terrorist groups infiltrated Salamiyah under cover of fog.");
    CHECK(testing::on(claims, "salamiyah", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
}

TEST_CASE("claimround41: a place that names an end of a road is not taken with the road")
{
    auto claims = extract("On Friday the rebels captured Rastan and cut the Damascus–Aleppo international highway.");
    CHECK(!testing::on(claims, "rastan", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "damascus", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "aleppo", ClaimKind::Captured).empty());
    claims = extract("On Friday the rebels captured Rastan and cut the Hama-Homs highway.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "homs", ClaimKind::Captured).empty());
    // Guard: places listed with it are still taken.
    claims = extract("On Friday the rebels captured Rastan, Hama and Homs.");
    CHECK(!testing::on(claims, "hama", ClaimKind::Captured).empty());
    CHECK(!testing::on(claims, "homs", ClaimKind::Captured).empty());
}

TEST_CASE("claimround41: 'the summit that overlooks Damascus' ends the object")
{
    auto claims = extract("On Friday the rebels seized Talbiseh, the hill town that overlooks Homs.");
    CHECK(!testing::on(claims, "talbiseh", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "homs", ClaimKind::Captured).empty());
    claims = extract("On Friday the rebels seized Talbiseh, a town on the motorway that links Hama to Homs.");
    CHECK(testing::on(claims, "homs", ClaimKind::Captured).empty());
    // Guard: a list of objects goes on.
    claims = extract("On Friday the rebels seized Talbiseh, Rastan and Homs.");
    CHECK(!testing::on(claims, "homs", ClaimKind::Captured).empty());
}

TEST_CASE("claimround41: the garrison's troops 'inside the city' did not enter it")
{
    auto claims = extract("On Friday the rebel commander called on regime soldiers inside Homs to defect.");
    CHECK(testing::on(claims, "homs", ClaimKind::Entered).empty());
    claims = extract("The monitor says there is fierce street fighting between the rebels and government forces "
                     "inside Hama.");
    const auto entered = testing::on(claims, "hama", ClaimKind::Entered);
    CHECK(std::find(entered.begin(), entered.end(), "government") == entered.end());
    // Guard: the other side inside a city is in it.
    claims = extract("Residents said on Friday that rebel fighters were already inside Homs.");
    CHECK(testing::on(claims, "homs", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
}

TEST_CASE("claimround41: 'It was there, in 2013, that …' dates what the cleft frames")
{
    auto claims = extract("It was there, in 2013, that Hezbollah fought its first overt battle in Syria, helping "
                          "government forces recapture Rastan from rebels.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew).empty());
    // Guard: a cleft on this week's day is news.
    claims = extract("It was on Friday that government forces recaptured Rastan from rebels.");
    CHECK(!testing::on(claims, "rastan", ClaimKind::Captured).empty());
}
