#pragma once
// The days a live blog's, bulletin's or timeline's headings set for the sentences under them:
// "Saturday, 7 December" alone on its line, "Nov. 29-30: Aleppo" (a span of days), "- Dec. 6: …"
// (a timeline entry, for the rest of its line). The reader keeps them from sentence to sentence
// and hands them to the date resolver, which dates "today", "this morning" and the weekdays of
// the entries by them. And the day a paragraph's story is of, for its events told with none.
#include "claimsentence.h"
#include "dateresolver.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace sitrep::text::detail {

class SectionDays {
public:
    // After the times of `s` are found: its heading or entry day, if it opens one, for the
    // sentences after it. `lineStart`: `s` opens a line of the body. True when `s` opens a
    // timeline entry: its own times are to be read again under the entry's days.
    bool read(const Sent& s, bool lineStart, DateResolver& dates);

    // Whether a heading or an entry dates the sentences read now.
    [[nodiscard]] bool headed() const { return m_heading || m_entryDays; }

private:
    std::optional<DaySpan> m_heading;       // a live blog's day heading above (its days)
    std::optional<DaySpan> m_entryDays; // the day (or days) opening this line's timeline entry
};

// "By the evening, the SOR had taken Daraa city. Fighters entered the security square in Daraa
// al-Mahatta": the last day a paragraph named, not in passing, dates its events told with no day.
class ParagraphDay {
public:
    // A sentence begins; `lineStart`: it opens a paragraph, which starts with no day.
    void open(bool lineStart);
    // The sentence names `day` at word `time` of `words` (no flashback such as "six days earlier").
    void named(const std::vector<Word>& words, std::size_t time, std::int64_t day);
    // "… moved into Deir ez-Zor on December 6 …, only to lose it four days later. Iran-backed
    // militias abandoned their positions around Albu Kamal": a paragraph that told days apart is a
    // survey, not one day's story.
    // `words`: the sentence's.
    [[nodiscard]] std::optional<std::int64_t> day(const std::vector<Word>& words) const;

private:
    std::optional<std::int64_t> m_day;
    std::optional<std::int64_t> m_recalled; // a pluperfect's day opening the paragraph
    bool m_mixed = false;     // it named days more than one apart
    bool m_opening = false;   // the sentence being read opens the paragraph
};

} // namespace sitrep::text::detail
