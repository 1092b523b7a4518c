#pragma once
// Calendar and number words as the date resolver and the claim extractor read them: weekdays,
// months (full or abbreviated: "dec", "sept"; not "may" without its capital, which callers check),
// and small numbers written in words or digits ("two", "6", "6th").
#include <optional>
#include <string_view>

namespace sitrep::text {

// 0 = Monday … 6 = Sunday, lower-case word.
[[nodiscard]] std::optional<int> weekdayIndex(std::string_view w);
// 1 = January … 12 = December.
[[nodiscard]] std::optional<int> monthIndex(std::string_view w);
// "a" / "an" = 1, "zero" … "twelve", digits with an optional "st", "nd", "rd", "th".
[[nodiscard]] std::optional<int> numberOf(std::string_view w);

} // namespace sitrep::text
