// A change told after the text has named an earlier day, with no time words of its own, is dated
// from that day to publication (precision week), not on the publication day: "… seized Daraa on
// December 6th. Druze militias took over Sweida." in a piece out on the 12th. Days told in passing
// ("since …", "which began …", "had entered … on"), the present perfect and live blogs' headings
// keep the publication day. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include "core/instant.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;
using core::TimePrecision;

namespace {

std::vector<core::Claim> extract(const std::string& body, const char* published)
{
    return testing::extractWith(testing::seedGazetteer(), body, published, "Test Weekly");
}

core::Instant day(const char* iso) { return *core::parseIso8601(iso); }

} // namespace

TEST_CASE("an undated change after the story has reached an earlier day spans from that day to publication")
{
    // Its own paragraph names no day (one that does dates its events: claimround18b_test.cpp).
    const std::string body = "On December 6th local rebels seized Daraa.\n\nDruze militias took over Sweida.";
    const auto late = extract(body, "2024-12-12T16:00:00Z");
    const core::Claim* daraa = testing::findClaim(late, "daraa", ClaimKind::Captured);
    REQUIRE(daraa);
    CHECK(daraa->time.precision == TimePrecision::Day);
    CHECK(*daraa->time.from == day("2024-12-06"));
    const core::Claim* sweida = testing::findClaim(late, "suwayda", ClaimKind::Captured);
    REQUIRE(sweida);
    CHECK(sweida->time.precision == TimePrecision::Week);
    CHECK(*sweida->time.from == day("2024-12-06"));
    CHECK(*sweida->time.to >= day("2024-12-12"));
    CHECK(*sweida->time.to < day("2024-12-13"));

    // The next day's news: the publication day, as before.
    const auto next = extract(body, "2024-12-07T09:00:00Z");
    const core::Claim* fresh = testing::findClaim(next, "suwayda", ClaimKind::Captured);
    REQUIRE(fresh);
    CHECK(fresh->time.precision == TimePrecision::Day);
    CHECK(*fresh->time.from == day("2024-12-07"));
}

TEST_CASE("days told in passing, the present perfect and flashbacks keep the publication day")
{
    auto onPublicationDay = [](const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind) {
        const auto c = std::find_if(claims.begin(), claims.end(), [&](const core::Claim& x) {
            return x.placeId == place && x.kind == kind && x.actor == "hts";
        });
        return c != claims.end() && c->time.precision == TimePrecision::Day && *c->time.from == day("2024-12-11");
    };
    CHECK(onPublicationDay(extract("Control has changed hands at dizzying speed since rebels swept Assad from power "
                                   "on December 8th. HTS fighters entered Albu Kamal.",
                                   "2024-12-11T15:00:00Z"),
                           "abukamal", ClaimKind::Entered));
    CHECK(onPublicationDay(extract("The SDF had entered Deir ez-Zor on 6 December. Factions of the Military Operations "
                                   "Command entered Deir ez-Zor.",
                                   "2024-12-11T15:00:00Z"),
                           "deirezzor", ClaimKind::Entered));
    CHECK(onPublicationDay(extract("On December 6th local rebels seized Daraa. HTS says it has taken Homs.",
                                   "2024-12-11T15:00:00Z"),
                           "homs", ClaimKind::Captured));
}
