// Round 91 (the day of a time-stamped entry in a stated time zone): live blogs, bulletins and wires
// stamp their entries in local time with the zone stated, and the day turns at local midnight, so a
// claim of such an entry is of the UTC day of that instant ("00:35 Dec 8 [GMT+3]" is 7 December;
// clocktimes.h). And the minutes of a clock are no day of the month ("14:05 December 7"). Places
// are found by name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>

using namespace sitrep;
using core::ClaimKind;

namespace {

// Published on Monday 9 December 2024, 12:00 UTC: the fall of Damascus is behind the text.
std::vector<core::Claim> extractOnMonday(const std::string& body)
{
    return testing::extractWith(testing::seedGazetteer(), body, "2024-12-09T12:00:00Z");
}

// The UTC day of the middle of a claim's time range, as the gold sets read it.
std::string midDay(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto* c = testing::findClaim(claims, place, kind);
    if (!c || !c->time.from || !c->time.to)
        return {};
    return core::formatIso8601((*c->time.from + *c->time.to) / 2).substr(0, 10);
}

struct Row {
    const char* text;
    const char* place;
    ClaimKind kind;
    const char* day;
};

} // namespace

TEST_CASE("claimround91: a stamp or a time of day in a stated zone dates its claim by the UTC day")
{
    const Row rows[] = {
        {"00:35 Dec 8 [GMT+3] - Rebels entered Homs, a war monitor said.", "homs", ClaimKind::Entered, "2024-12-07"},
        {"14:05 December 7 - Rebel fighters captured Homs, the monitor said.", "homs", ClaimKind::Captured, "2024-12-07"},
        {"22:01 GMT Dec 6: Rebels seized Rastan, the monitor said.", "rastan", ClaimKind::Captured, "2024-12-06"},
        {"1:15 AM Sunday Beirut time: Rebels said they had entered Damascus.", "damascus", ClaimKind::Entered, "2024-12-07"},
        {"Rebels entered Damascus shortly after 2 a.m. Sunday Syrian time (8 a.m. KST), witnesses said.", "damascus",
         ClaimKind::Entered, "2024-12-07"},
        {"Rebels captured Homs at 2200 GMT Saturday, the monitor said.", "homs", ClaimKind::Captured, "2024-12-07"},
        {"01:30 Kyiv time on 8 December: Rebels entered Damascus, a monitor said.", "damascus", ClaimKind::Entered,
         "2024-12-07"},
        {"[Sunday 8 December, 00:40 CET] Rebels entered Damascus, witnesses said.", "damascus", ClaimKind::Entered,
         "2024-12-07"},
        {"Sunday 8 December 01:10 (GMT+3): Rebels announced they had entered Damascus.", "damascus",
         ClaimKind::Entered, "2024-12-07"},
        {"At 23:50 local time on Saturday, rebels entered Homs.", "homs", ClaimKind::Entered, "2024-12-07"},
        {"Rebels entered Damascus at 0430 local time (0130 GMT) on Sunday.", "damascus", ClaimKind::Entered,
         "2024-12-08"},
        {"Rebels entered Damascus at around 1 a.m. on Sunday (2200 GMT Saturday).", "damascus", ClaimKind::Entered,
         "2024-12-07"},
        {"Rebels entered Damascus at 1 a.m. on Sunday, the monitor said.", "damascus", ClaimKind::Entered,
         "2024-12-07"},
        {"Updated 11.05pm ET, Dec 5 - Rebels have entered Hama, witnesses said.", "hama", ClaimKind::Entered,
         "2024-12-06"},
        {"Dec 07, 2024, 11:50 PM EST\nRebels say they have entered Damascus.", "damascus", ClaimKind::Entered,
         "2024-12-08"},
        // Guards: a clock away from midnight, a day with no clock, a dateline, a heading's entry.
        {"Rebels captured Homs at 10:15 a.m. on Saturday.", "homs", ClaimKind::Captured, "2024-12-07"},
        {"Sunday 8 December 09:10 (GMT+3): Rebels announced they had entered Damascus.", "damascus",
         ClaimKind::Entered, "2024-12-08"},
        {"DAMASCUS, Dec 6 (Reuters) - Rebels captured Homs, two army officers said.", "homs", ClaimKind::Captured,
         "2024-12-06"},
        {"DAMASCUS, Dec 7 (Reuters) - Rebels captured Homs on Friday, residents said.", "homs", ClaimKind::Captured,
         "2024-12-06"},
        {"Rebels captured Rastan on 5 December, the monitor said.", "rastan", ClaimKind::Captured, "2024-12-05"},
        {"Friday 6 December\n\n12:40 - A military source said the army had withdrawn from Rastan.", "rastan",
         ClaimKind::Withdrew, "2024-12-06"},
        {"Rebels seized 15 villages on Saturday and entered Homs at dawn on Sunday.", "homs", ClaimKind::Entered,
         "2024-12-08"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        CHECK(midDay(extractOnMonday(row.text), row.place, row.kind) == row.day);
    }
}

TEST_CASE("claimround91: the minutes of a clock are no day of the month")
{
    auto claims = extractOnMonday("14:01 December 7 - Rebels captured Homs, the monitor said.");
    CHECK(midDay(claims, "homs", ClaimKind::Captured) == "2024-12-07");
    // Guard: a day of the month after a time with no minutes keeps its day.
    claims = extractOnMonday("At 3 p.m. on 1 December, rebels captured Rastan.");
    CHECK(midDay(claims, "rastan", ClaimKind::Captured) == "2024-12-01");
}

TEST_CASE("claimround91: 'within three days' after a day far back counts the days after it")
{
    auto claims = extractOnMonday("The offensive began on 27 November. Within three days, rebels had captured Aleppo.");
    CHECK(midDay(claims, "aleppo", ClaimKind::Captured) == "2024-11-29");
    const auto* c = testing::findClaim(claims, "aleppo", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Week);
    // Guard: with no day named before, the days counted reach back from publication.
    claims = extractOnMonday("Rebels have captured Aleppo within three days, the monitor said.");
    CHECK(midDay(claims, "aleppo", ClaimKind::Captured) == "2024-12-08");
}
