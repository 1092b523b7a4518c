#pragma once
// Clock times beside a day, in a stated time zone: a live blog's or wire's stamp ("00:35 Dec 8
// [GMT+3]", "[Sunday 8 December, 00:40 CET]", "Dec 07, 2024, 11:50 PM EST") or a time told in the
// sentence ("shortly after 2 a.m. Sunday Syrian time", "2200 GMT Thursday", "01:30 Kyiv time on
// 11 December"). The day turns at local midnight, so the UTC day of the instant may be the day
// before or after the one written: 00:35 on 8 December at GMT+3 is 7 December, 11:50 p.m. EST
// on 7 December is the 8th. A clock with no zone is Damascus time (kLocalOffsetMinutes, calendarwords.h).
#include "calendarwords.h"
#include "sentences.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace sitrep::text {

// The minutes after local midnight a clock beside the day at words [first, end) names, and the
// zone's offset from UTC in minutes; nothing when no clock stands right before or after it.
struct DayClock {
    int minutes = 0;
    int offset = kLocalOffsetMinutes;
};

[[nodiscard]] std::optional<DayClock> clockBesideDay(const std::vector<Word>& words, std::size_t first,
                                                     std::size_t end);

// Whether words[i] is the minutes of a clock ("14:05 December 7": the 05 is no day of December).
[[nodiscard]] bool isClockMinutes(const std::vector<Word>& words, std::size_t i);

} // namespace sitrep::text
