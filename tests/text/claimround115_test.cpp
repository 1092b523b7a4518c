// Round 115 (which time expression dates which claim): a count of days or weeks before "after"
// that is hedged ("less than a week after", "little more than a week after") tells a stretch on
// one side of that day, no day of it (claimstance.cpp). Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using core::TimePrecision;

namespace {

using testing::onSaturday::extract;

const core::Claim& claimOf(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto* c = testing::findClaim(claims, place, kind);
    REQUIRE(c != nullptr);
    return *c;
}

} // namespace

TEST_CASE("claimround115: 'less than a week after entering it' is a stretch of the days before, no day")
{
    auto claims = extract("The SDF pulled out of Deir ez-Zor on Friday, less than a week after entering it.");
    const auto& c = claimOf(claims, "deirezzor", ClaimKind::Entered);
    CHECK(c.time.precision == TimePrecision::Week);
    CHECK(testing::dayOf(claims, "deirezzor", ClaimKind::Entered) == "2024-11-30");
    REQUIRE(c.time.to.has_value());
    CHECK(core::formatIso8601(*c.time.to).substr(0, 10) == "2024-12-05");
    // Guard: a count with no hedge is that day ("four days after": Friday minus four).
    claims = extract("The SDF pulled out of Deir ez-Zor on Friday, four days after entering it.");
    CHECK(claimOf(claims, "deirezzor", ClaimKind::Entered).time.precision == TimePrecision::Day);
    CHECK(testing::dayOf(claims, "deirezzor", ClaimKind::Entered) == "2024-12-02");
}

TEST_CASE("claimround115: 'little more than a week after factions seized Aleppo' lies before that day")
{
    auto claims = extract("The collapse of the army came on Saturday, little more than a week after factions led by "
                          "Hayat Tahrir al-Sham seized Aleppo.");
    const auto& c = claimOf(claims, "aleppo", ClaimKind::Captured);
    CHECK(c.time.precision == TimePrecision::Week);
    REQUIRE(c.time.to.has_value());
    CHECK(core::formatIso8601(*c.time.to).substr(0, 10) == "2024-11-29");
    // Guard: "barely a week after" is that many days, a day.
    claims = extract("The collapse of the army came on Saturday, barely a week after factions led by "
                     "Hayat Tahrir al-Sham seized Aleppo.");
    CHECK(claimOf(claims, "aleppo", ClaimKind::Captured).time.precision == TimePrecision::Day);
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-11-30");
}

TEST_CASE("claimround115: 'just hours before opposition forces broke into Hama' is of the day named before it")
{
    auto claims = extract("Russian advisers were evacuated on Thursday, just hours before opposition forces led by "
                          "Hayat Tahrir al-Sham (HTS) broke into Hama.");
    const auto& c = claimOf(claims, "hama", ClaimKind::Entered);
    CHECK(c.time.precision == TimePrecision::Day);
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-05");
    // Guard: a clause with a day of its own keeps it.
    claims = extract("Russian advisers were evacuated on Wednesday, hours before opposition forces broke into Hama "
                     "on Thursday.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-05");
    claims = extract("Russian advisers were evacuated on Tuesday, hours before opposition forces broke into Hama "
                     "on Thursday.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-05");
}

TEST_CASE("claimround115: 'On Thursday, … announced that, during the past hours, … entered' is of Thursday")
{
    auto claims = extract("On Thursday, the General Command announced that, during the past hours, the terrorist "
                          "groups managed to enter Hama.");
    CHECK(claimOf(claims, "hama", ClaimKind::Entered).time.precision == TimePrecision::Day);
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-05");
    // Guard: with no day named before them, the past hours run up to publication.
    claims = extract("The General Command announced that, during the past hours, the terrorist groups managed to "
                     "enter Hama.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-07");
}
