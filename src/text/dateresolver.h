#pragma once
// DateResolver: turns the time words of a news sentence ("on Saturday", "late Friday", "last
// night", "within 24 hours", "Dec. 7") into a time range with a precision, counted from the
// article's published instant, so a claim is filed under the day the event happened rather
// than the day it was reported. Without a published instant only absolute dates resolve:
// relative words then give an unknown time, never a guess.
//
// Conventions (docs in tests/data/claims/README.md):
// - days are UTC days; the "publication day" is the UTC day of the published instant;
// - a weekday is the most recent such day on or before the publication day ("last Friday" is
//   strictly before it);
// - parts of a day and clock times are read in Damascus time (UTC+3) and stored in UTC:
//   early 00–06, morning 06–12, afternoon 12–18, evening 18–24, late 18–24, night 18–06;
// - a clock beside a day named by weekday or date, in its stated zone ("00:35 Dec 8 [GMT+3]",
//   "1:15 AM Sunday Beirut time", "Dec 07, 2024, 11:50 PM EST"; none: Damascus), makes it the UTC
//   day of that instant (clocktimes.h); the minutes of a clock are no day ("14:05 December 7");
// - "a week ago" is the day seven days before publication with precision week; "within 24
//   hours" / "in the past day" is the 24 hours before publication with precision day;
// - a date without a year takes the publication's year, or the year before when that would put
//   it more than two days after publication;
// - "that evening", "the same day", "the next day", "two days later", "hours earlier", "within
//   hours", "by the weekend" count from the reference day
//   ("two days into the offensive" from the first day the text named, where its story starts): the last day the text named before them (in the
//   same text, else the one given to find()); without one they are not time words;
// - "last Wednesday" said on a Thursday is the week before (the day before would be "yesterday");
// - stretches, precision week (vaguetimes.h): a part of a named month ("at the end of November":
//   21–30, "early December": 1–10, "mid-December": 11–20, never past publication); "within days"
//   (and "within three days" after a day further back than they reach: the days after it)
//   the week from the day last named (else the first, else the week to publication); "in the
//   first days of the offensive" four days from the first day named; "though it was not clear
//   when", "without saying when" the week up to publication.
#include "core/claim.h"
#include "core/instant.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct TimeExpression {
    std::size_t start = 0; // bytes into the text searched
    std::size_t end = 0;
    std::string text;
    core::TimeRange range;  // from empty: the words were found but cannot be resolved
    bool relative = false;  // needs the published instant
    bool weekday = false;      // names its day by weekday ("on Friday", "Thursday, Nov. 28")
    bool datedWeekday = false; // a weekday with its date: "Thursday, Nov. 28", "Sunday 1 December"
    bool fromReference = false; // counted from the day last named: "the next day", "two days later"
};

// Days since the epoch, first to last (inclusive): a heading's "Nov. 29-30", or one day.
struct DaySpan {
    std::int64_t first = 0;
    std::int64_t last = 0;
};

class DateResolver {
public:
    explicit DateResolver(std::optional<core::Instant> published) : m_published(published) {}

    // Every time expression in `text`, left to right, non-overlapping. `reference`: the day
    // (days since the epoch) the text before it last named, for "that evening", "a day later";
    // `origin`: the first day it named, where "two days into the offensive" counts from.
    [[nodiscard]] std::vector<TimeExpression> find(std::string_view text,
                                                   std::optional<std::int64_t> reference = std::nullopt,
                                                   std::optional<std::int64_t> origin = std::nullopt) const;

    // The day an expression names when it names one day (or part of one): for the reference.
    [[nodiscard]] static std::optional<std::int64_t> dayOf(const TimeExpression& e);

    // The time of a claim whose sentence has no time words: the publication day, precision day;
    // unknown (from empty) without a published instant.
    [[nodiscard]] core::TimeRange defaultRange() const;

    [[nodiscard]] std::optional<core::Instant> published() const { return m_published; }

    // A live blog's day heading ("Saturday, 7 December"): the entries after it that name no
    // time of their own are of its (last) day, not of the publication day; a weekday they name
    // that falls among its days is that day ("Nov. 29-30: Aleppo" over "on Friday evening").
    void setSection(std::optional<DaySpan> days) { m_section = days; }

    // The text tells its days by weekday and date ("On Thursday, Nov. 28, they overran …"), and
    // the day it last named was named by a weekday: a weekday it names alone now ("On Friday, the
    // fighters burst into Aleppo") is the next such day from that one, when that falls before the
    // publication's week. Not after a date alone ("Since the launch on 27 November …").
    void setWeekdayChain(bool on) { m_weekdayChain = on; }
    [[nodiscard]] bool weekdayChain() const { return m_weekdayChain; }

private:
    std::optional<core::Instant> m_published;
    std::optional<DaySpan> m_section;
    bool m_weekdayChain = false;
};

// A weekday or a month, full or abbreviated ("thursday", "dec", "sept"), lower case.
[[nodiscard]] bool isCalendarWord(std::string_view w);

} // namespace sitrep::text
