#pragma once
// Time words that name a stretch of days rather than a day, for the date resolver: a part of a
// named month ("at the end of November", "in early December", "mid-December"), the first days
// of the story ("within days", "in the first days of the offensive"), and a source that gives no
// day at all ("though it was not clear when", "without saying when"). Each resolves to a range of
// precision week, so a claim told with them claims no day of it.
#include "core/claim.h"
#include "sentences.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace sitrep::text {

struct VagueTime {
    std::size_t words = 0; // words consumed from the start index
    core::TimeRange range;
};

// At words[i]: `pubDay` is the publication day; `reference` the day the text last named,
// `origin` the first (where its story starts); days since the epoch.
[[nodiscard]] std::optional<VagueTime> vagueTimeAt(const std::vector<Word>& words, std::size_t i, std::int64_t pubDay,
                                                   std::optional<std::int64_t> reference,
                                                   std::optional<std::int64_t> origin);

} // namespace sitrep::text
