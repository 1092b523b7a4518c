#pragma once
// TimeThread: the days an article's story runs through, carried from sentence to sentence — the
// day last named ("that evening", "the next day"), the first ("two days into the offensive"), the
// last the story told not in passing, whether the text pairs weekdays with dates ("On Thursday,
// Nov. 28, …" and then "On Friday …"), the day headings and timeline entries above, the paragraph's
// day. ClaimReader asks it for each sentence's times and for the resolver its claims are dated by.
#include "claimsectiondays.h"
#include "claimsentence.h"
#include "dateresolver.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace sitrep::text::detail {

class TimeThread {
public:
    TimeThread(std::optional<core::Instant> published, std::string_view body)
        : m_dates(published)
        , m_body(body)
    {
    }

    // Finds the times of `s` (s.times, s.paragraphDay) and moves the thread on past it.
    void read(Sent& s);

    [[nodiscard]] const DateResolver& dates() const { return m_dates; }
    // Whether a heading or a timeline entry dates the sentences read now.
    [[nodiscard]] bool headed() const { return m_sections.headed(); }
    [[nodiscard]] std::optional<std::int64_t> originDay() const { return m_originDay; }
    [[nodiscard]] std::optional<std::int64_t> narrativeDay() const { return m_narrativeDay; }

private:
    void readTimes(Sent& s);

    DateResolver m_dates;
    std::string_view m_body;
    std::optional<std::int64_t> m_referenceDay; // the last day the text named, for "that evening"
    bool m_datedWeekdays = false; // the text paired a weekday with its date ("Thursday, Nov. 28")
    std::optional<std::int64_t> m_originDay; // the first one, for "two days into the offensive"
    std::optional<std::int64_t> m_narrativeDay; // the last one the story told, not in passing
    SectionDays m_sections; // a live blog's day heading above, a timeline entry's day
    ParagraphDay m_paragraph; // the last day this paragraph named
};

} // namespace sitrep::text::detail
