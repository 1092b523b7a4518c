#pragma once
// Time words counted back from the publication instant, for the date resolver: "two days ago",
// "a week ago", "last week", "this week", "late last month", "earlier this month", and the
// windows up to now "within 24 hours", "in the past 24 hours", "over the last two days".
#include "sentences.h"
#include "vaguetimes.h"

#include "core/instant.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace sitrep::text {

// "two days ago", "last week", "late last month" at words[i]: the day or stretch it names.
[[nodiscard]] std::optional<VagueTime> agoTimeAt(const std::vector<Word>& words, std::size_t i,
                                                 std::optional<core::Instant> published);

// "within 24 hours", "in the past 24 hours", "over the last two days" at words[i]: the window up
// to the publication instant (precision day up to two days, week beyond).
[[nodiscard]] std::optional<VagueTime> windowTimeAt(const std::vector<Word>& words, std::size_t i,
                                                    std::optional<core::Instant> published);

} // namespace sitrep::text
