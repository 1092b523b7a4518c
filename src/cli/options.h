#pragma once
// How every subcommand reads instant options, so `--at 2024-12-07` means the same in `state`,
// `changes`, `export` and `diff`: the end of that day, UTC.
#include "core/instant.h"

#include <optional>
#include <string>
#include <utility>

namespace sitrep::cli {

// An ISO 8601 instant; a date alone is the start of that day, or its last second when
// `endOfDay` (so `--at 2024-12-07` includes everything said on the 7th).
inline std::optional<core::Instant> parseInstantArg(const std::string& text, bool endOfDay)
{
    auto t = core::parseIso8601(text);
    if (t && endOfDay && core::isDateOnly(text))
        *t += core::kSecondsPerDay - 1;
    return t;
}

// The same, failing with a message that names the option.
inline std::optional<core::Instant> instantOption(const std::string& option, const std::string& value, bool endOfDay,
                                                  std::string& error)
{
    auto t = parseInstantArg(value, endOfDay);
    if (!t)
        error = option + " '" + value + "' is not an ISO 8601 date or instant (2024-12-07, 2024-12-07T12:00Z)";
    return t;
}

inline std::string rangeText(std::pair<core::Instant, core::Instant> span)
{
    return core::formatIso8601(span.first) + " to " + core::formatIso8601(span.second);
}

} // namespace sitrep::cli
