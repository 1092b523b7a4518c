#pragma once
// Dates written out, for the date resolver: "December 8, 2024", "Dec. 7", "7 December", and the
// short spans "between 2 and 4 December", "on Dec. 8 and 9", "December 7-8" (days from the first to
// the last, precision week: no one of them claimed). A date without a year is the latest such day
// up to two days after publication.
#include "core/claim.h"
#include "core/instant.h"
#include "sentences.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace sitrep::text {

struct DateAt {
    std::size_t words = 0; // words consumed from the start index
    core::TimeRange range; // from empty: a date without a year and no publication to place it
    bool relative = false; // its year comes from the publication
};

// The date written at words[i], if any.
[[nodiscard]] std::optional<DateAt> explicitDateAt(
    const std::vector<Word>& words, std::size_t i, std::optional<core::Instant> published);

} // namespace sitrep::text
