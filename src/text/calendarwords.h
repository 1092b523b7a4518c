#pragma once
// Calendar and number words as the date resolver and the claim extractor read them: weekdays,
// months (full or abbreviated: "dec", "sept"; not "may" without its capital, which callers check),
// and small numbers written in words or digits ("two", "6", "6th").
#include <cstdint>
#include <optional>
#include <string_view>

namespace sitrep::text {

// 0 = Monday … 6 = Sunday, lower-case word.
[[nodiscard]] std::optional<int> weekdayIndex(std::string_view w);
// The day (days since the epoch) a weekday names, `weekday` 0 = Monday: the last such day on or
// before `today`, the publication day (not a live blog's day heading: its entries count from
// the day they were posted); `last`: strictly before, and not the day before either, which
// would be "yesterday".
[[nodiscard]] std::int64_t weekdayDay(int weekday, bool last, std::int64_t today);
// The clock and zone words of a live blog's or bulletin's time heading ("10:05 a.m. ET",
// "09:40 AM IST", "01:40 (GMT+3)"): digits up to four, am / pm, a time zone, "local time".
[[nodiscard]] bool isClockWord(std::string_view w);
// Damascus time, UTC+3 all year since 2022: the zone of a clock that names none.
inline constexpr int kLocalOffsetMinutes = 180;
// A zone abbreviation's offset from UTC in minutes, lower-case ("gmt", "cet", "est", "kst"; December:
// no summer time anywhere it matters).
[[nodiscard]] std::optional<int> zoneOffset(std::string_view w);
// The offset of the place in "<place> time" ("local", "damascus", "beirut", "kyiv", "tehran"), lower-case.
[[nodiscard]] std::optional<int> placeTimeOffset(std::string_view w);
// 1 = January … 12 = December.
[[nodiscard]] std::optional<int> monthIndex(std::string_view w);
// "a" / "an" = 1, "zero" … "twelve", digits with an optional "st", "nd", "rd", "th".
[[nodiscard]] std::optional<int> numberOf(std::string_view w);

} // namespace sitrep::text
