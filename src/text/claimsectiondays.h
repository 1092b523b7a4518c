#pragma once
// The days a live blog's, bulletin's or timeline's headings set for the sentences under them:
// "Saturday, 7 December" alone on its line, "Nov. 29-30: Aleppo" (a span of days), "- Dec. 6: …"
// (a timeline entry, for the rest of its line). The reader keeps them from sentence to sentence
// and hands them to the date resolver, which dates "today", "this morning" and the weekdays of
// the entries by them.
#include "claimsentence.h"
#include "dateresolver.h"

#include <cstdint>
#include <optional>

namespace sitrep::text::detail {

class SectionDays {
public:
    // After the times of `s` are found: its heading or entry day, if it opens one, for the
    // sentences after it. `lineStart`: `s` opens a line of the body.
    void read(const Sent& s, bool lineStart, DateResolver& dates);

    // Whether a heading or an entry dates the sentences read now.
    [[nodiscard]] bool headed() const { return m_heading || m_entryDay; }

private:
    std::optional<DaySpan> m_heading;       // a live blog's day heading above (its days)
    std::optional<std::int64_t> m_entryDay; // the day opening this line's timeline entry
};

} // namespace sitrep::text::detail
