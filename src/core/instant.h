#pragma once
// Instant: a point in time as whole seconds since the Unix epoch, UTC. Plain integers keep the
// engine's per-place indexes compact and comparisons cheap; time zones live at the edges.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::core {

using Instant = std::int64_t;

inline constexpr Instant kSecondsPerHour = 3600;
inline constexpr Instant kSecondsPerDay = 86400;

// How precisely a time is known ("on Saturday" is a day, "late Friday" a part of a day).
enum class TimePrecision { Unknown, Week, Day, PartOfDay, Hour, Minute };

[[nodiscard]] std::string_view nameOf(TimePrecision p);
[[nodiscard]] std::optional<TimePrecision> timePrecisionFromString(std::string_view s);

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

[[nodiscard]] std::int64_t daysFromCivil(CivilDate d);
[[nodiscard]] CivilDate civilFromDays(std::int64_t days);
// 0 = Monday … 6 = Sunday (ISO 8601).
[[nodiscard]] int weekday(Instant t);

// Parses "2024-12-07", "2024-12-07T18:00Z", "2024-12-07T18:00:00+02:00", "2024-12-07 18:00:00Z".
// A date alone is its start (00:00 UTC); callers that want the end of that day add a day.
// Returns nothing for anything malformed, including out-of-range fields.
[[nodiscard]] std::optional<Instant> parseIso8601(std::string_view text);
// True when `text` is a date without a time of day.
[[nodiscard]] bool isDateOnly(std::string_view text);
// "2024-12-07T18:00:00Z".
[[nodiscard]] std::string formatIso8601(Instant t);

} // namespace sitrep::core
