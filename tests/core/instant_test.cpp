#include "core/instant.h"

#include <doctest/doctest.h>

#include <string>

using namespace sitrep::core;

TEST_CASE("an ISO 8601 date alone is the start of that day in UTC")
{
    const auto t = parseIso8601("2024-12-08");
    REQUIRE(t);
    CHECK(*t == 1733616000);
    CHECK(isDateOnly("2024-12-08"));
    CHECK_FALSE(isDateOnly("2024-12-08T00:00Z"));
}

TEST_CASE("offsets are applied so every instant is UTC")
{
    CHECK(parseIso8601("2024-12-07T18:00:00Z") == 1733594400);
    CHECK(parseIso8601("2024-12-07T20:00:00+02:00") == 1733594400);
    CHECK(parseIso8601("2024-12-07T15:30-0230") == 1733594400);
    CHECK(parseIso8601("2024-12-07 18:00Z") == 1733594400);
    CHECK(parseIso8601("2024-12-07T18:00:00.250Z") == 1733594400);
}

TEST_CASE("malformed or impossible dates are refused, not guessed")
{
    for (const char* bad : {"", "2024", "2024-13-01", "2024-02-30", "2023-02-29", "2024-12-07T25:00Z",
                            "2024-12-07T18:00:00+25:00", "2024-12-07T18:00:00Q", "07/12/2024",
                            "2024-12-0x", "2024-12-07T18"})
        CHECK_MESSAGE(!parseIso8601(bad), bad);
    CHECK(parseIso8601("2024-02-29"));
}

TEST_CASE("formatting round-trips and weekdays are ISO numbered")
{
    CHECK(formatIso8601(1733594400) == "2024-12-07T18:00:00Z");
    CHECK(formatIso8601(0) == "1970-01-01T00:00:00Z");
    CHECK(formatIso8601(-1) == "1969-12-31T23:59:59Z");
    CHECK(weekday(*parseIso8601("2024-12-07")) == 5); // a Saturday
    CHECK(weekday(*parseIso8601("2024-11-27T23:59:59Z")) == 2); // a Wednesday
    for (Instant t = -86400 * 400; t < 86400 * 800; t += 86400 * 7 + 3601)
        CHECK(parseIso8601(formatIso8601(t)) == t);
}

TEST_CASE("time precisions have stable names")
{
    CHECK(std::string(nameOf(TimePrecision::PartOfDay)) == "part_of_day");
    CHECK(timePrecisionFromString("hour") == TimePrecision::Hour);
    CHECK_FALSE(timePrecisionFromString("fortnight"));
}
