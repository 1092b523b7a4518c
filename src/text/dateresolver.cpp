#include "dateresolver.h"

#include "calendarwords.h"
#include "clocktimes.h"
#include "countedtimes.h"
#include "explicitdates.h"
#include "sentences.h"
#include "vaguetimes.h"

#include <array>
#include <cstdlib>
#include <map>
#include <set>

namespace sitrep::text {

using core::Instant;
using core::TimePrecision;
using core::TimeRange;

namespace {

constexpr Instant kDay = core::kSecondsPerDay;
constexpr Instant kHour = core::kSecondsPerHour;
constexpr Instant kLocalOffset = kLocalOffsetMinutes * 60; // Damascus (calendarwords.h)

TimeRange dayRange(std::int64_t day, TimePrecision p = TimePrecision::Day)
{
    return {day * kDay, (day + 1) * kDay, p};
}

// Local hours [h0, h1) of a day (h1 may pass 24 into the next morning), stored in UTC.
TimeRange partRange(std::int64_t day, int h0, int h1)
{
    return {day * kDay + h0 * kHour - kLocalOffset, day * kDay + h1 * kHour - kLocalOffset,
            TimePrecision::PartOfDay};
}

std::optional<std::pair<int, int>> partHours(std::string_view w)
{
    if (w == "morning")
        return std::pair{6, 12};
    if (w == "afternoon")
        return std::pair{12, 18};
    if (w == "evening")
        return std::pair{18, 24};
    if (w == "night" || w == "overnight")
        return std::pair{18, 30};
    if (w == "dawn")
        return std::pair{4, 7};
    return std::nullopt;
}

// One pass over the words of a text; each matcher returns the number of words it consumed.
class Scanner {
public:
    Scanner(std::string_view text, std::optional<Instant> published, std::optional<std::int64_t> reference,
            std::optional<std::int64_t> origin)
        : m_text(text), m_words(splitWords(text)), m_published(published), m_reference(reference), m_origin(origin)
    {
        if (published)
            m_pubDay = m_today = (*published >= 0 ? *published : *published - kDay + 1) / kDay;
    }

    void setSection(DaySpan days)
    {
        m_today = days.last;
        m_section = days;
    }

    void setWeekdayChain() { m_weekdayChain = true; }

    std::vector<TimeExpression> run()
    {
        std::vector<TimeExpression> out;
        for (std::size_t i = 0; i < m_words.size();) {
            TimeExpression e;
            const std::size_t n = match(i, e);
            if (n == 0) {
                ++i;
                continue;
            }
            if (i == m_pairedDate) // the date of "Thursday, Nov. 28", read again: one weekday's day
                e.weekday = e.datedWeekday = true;
            atClock(i, n, e);
            e.start = m_words[i].start;
            e.end = m_words[i + n - 1].end;
            e.text = std::string(m_text.substr(e.start, e.end - e.start));
            if (e.relative && !m_published)
                e.range = TimeRange{};
            if (const auto d = DateResolver::dayOf(e)) {
                m_reference = d;
                m_dayInSentence = d;
                // "On Thursday, 28 November, … The next day, Friday, …": a day counted from the
                // chain's goes on with it.
                if (!e.fromReference)
                    m_weekdayChain = e.weekday && (m_weekdayChain || m_datedWeekdaySeen);
            }
            out.push_back(std::move(e));
            i += n;
        }
        // "[Sunday 8 December, 00:40 CET]": the weekday reads its day from the date after it, so
        // it takes the date's clock too.
        for (std::size_t k = 0; k + 1 < out.size(); ++k)
            if (m_shifted.contains(k + 1) && !m_shifted.contains(k) && m_unshifted.contains(k)
                && m_unshifted.at(k) == m_unshifted.at(k + 1) && out[k + 1].start <= out[k].end + 2)
                out[k].range = out[k + 1].range;
        return out;
    }

private:
    // A stamp or a time of day in a stated zone beside a named day ("00:35 Dec 8 [GMT+3]", "1:15
    // AM Sunday Beirut time", "Dec 07, 2024, 11:50 PM EST"): the claim is of the UTC day of that
    // instant, the day before or after the written one when the clock is near midnight
    // (clocktimes.h). Only days named by weekday or date, not "today" or "last night".
    void atClock(std::size_t i, std::size_t n, TimeExpression& e)
    {
        const auto& r = e.range;
        const std::size_t index = m_count++;
        if (!m_named || !r.from || !r.to || r.precision != TimePrecision::Day || *r.from % kDay != 0
            || *r.to - *r.from < kDay - 1 || *r.to - *r.from > kDay)
            return;
        m_unshifted[index] = *r.from / kDay;
        const auto clock = clockBesideDay(m_words, i, i + n);
        if (!clock)
            return;
        const Instant at = *r.from + (clock->minutes - clock->offset) * 60;
        const std::int64_t day = (at >= 0 ? at : at - kDay + 1) / kDay;
        e.range = dayRange(day);
        m_shifted.insert(index);
    }


    [[nodiscard]] std::string_view w(std::size_t i) const { return i < m_words.size() ? std::string_view(m_words[i].lower) : std::string_view(); }

    std::size_t match(std::size_t i, TimeExpression& e)
    {
        for (auto m : {&Scanner::vague, &Scanner::referenceDay, &Scanner::relativeDay, &Scanner::weekdayExpr, &Scanner::explicitDate, &Scanner::agoExpr,
                        &Scanner::windowExpr, &Scanner::isoDate}) {
            if (const std::size_t n = (this->*m)(i, e)) {
                m_named = m == &Scanner::weekdayExpr || m == &Scanner::explicitDate || m == &Scanner::isoDate;
                e.fromReference = m == &Scanner::referenceDay;
                return n;
            }
        }
        return 0;
    }

    // "at the end of November", "within days", "though it was not clear when" (vaguetimes.h).
    std::size_t vague(std::size_t i, TimeExpression& e)
    {
        const auto v = vagueTimeAt(m_words, i, m_pubDay, m_reference, m_origin);
        if (!v)
            return 0;
        e.relative = true;
        e.range = v->range;
        return v->words;
    }

    // Counted from the reference day: "that evening", "later that day", "the same day", "by the
    // afternoon", "by evening", "hours later", "the next day", "a day later", "two days later".
    std::size_t referenceDay(std::size_t i, TimeExpression& e)
    {
        if (!m_reference)
            return 0;
        const std::int64_t ref = *m_reference;
        std::size_t k = i;
        if (w(k) == "later" && w(k + 1) == "that")
            ++k;
        // "On the opening day HTS overran Urum al-Sughra", "That first day they took a string of
        // villages": the day the story began, the first the text named (not an apposition's
        // "November 30, the first day of the operation", which names its own).
        if ((w(k) == "the" || w(k) == "that") && (w(k + 1) == "first" || w(k + 1) == "opening") && w(k + 2) == "day"
            && m_origin && !(i > 0 && w(i - 1) == ",")) {
            e.range = dayRange(*m_origin);
            return k + 3 - i;
        }
        // "launched an attack on November 27 and seized most of Aleppo the following days", "in the
        // days that followed": the few days after, no day of them in particular.
        {
            std::size_t n = k;
            if (w(n) == "in" || w(n) == "over" || w(n) == "during")
                ++n;
            const bool following = w(n) == "the" && (w(n + 1) == "following" || w(n + 1) == "next" ||
                                                     w(n + 1) == "subsequent") && w(n + 2) == "days";
            const bool followed = w(n) == "the" && w(n + 1) == "days" && w(n + 2) == "that" && w(n + 3) == "followed";
            if (following || followed) {
                e.range = {(ref + 1) * kDay, (ref + 5) * kDay - 1, TimePrecision::Week};
                return (following ? n + 3 : n + 4) - i;
            }
        }
        const bool that = w(k) == "that" || (w(k) == "the" && w(k + 1) == "same") || (w(k) == "that" && w(k + 1) == "same");
        if (that) {
            const std::size_t n = w(k + 1) == "same" ? k + 2 : k + 1;
            if (w(n) == "day") {
                e.range = dayRange(ref);
                return n + 1 - i;
            }
            // "took Daraa on December 6, and the Druze factions took over Sweida the same weekend":
            // the Saturday and Sunday of that week, no day of them.
            if (w(n) == "weekend") {
                const int wd = core::weekday(ref * kDay); // 0 Monday … 6 Sunday
                const std::int64_t saturday = wd == 6 ? ref - 1 : ref + (5 - wd);
                e.range = {saturday * kDay, (saturday + 2) * kDay - 1, TimePrecision::Week};
                return n + 1 - i;
            }
            if (const auto h = partHours(w(n))) {
                e.range = partRange(ref, h->first, h->second);
                return n + 1 - i;
            }
            return 0;
        }
        // "by the weekend Druze groups were running Sweida": the Saturday after the day last named.
        // "over the weekend" told of the publication day itself: the weekend just gone (below).
        // Nor a weekend after the day of publication: "moved into Palmyra over the weekend" told on a
        // Wednesday after Tuesday's news is the weekend before.
        if (w(k) == "over" && w(k + 1) == "the" && w(k + 2) == "weekend") {
            const int rd = core::weekday(ref * kDay);
            if (ref == m_pubDay || (rd != 6 && ref + (5 - rd) > m_pubDay))
                return 0;
        }
        if ((w(k) == "by" || w(k) == "over" || w(k) == "at") && w(k + 1) == "the" && w(k + 2) == "weekend") {
            const int wd = core::weekday(ref * kDay); // 0 Monday … 6 Sunday
            e.range = dayRange(wd == 6 ? ref : ref + (5 - wd));
            return k + 3 - i;
        }
        if (w(k) == "by" || w(k) == "in" || w(k) == "during") { // "by the afternoon", "by evening"
            const std::size_t n = w(k + 1) == "the" ? k + 2 : k + 1;
            // "Homs was in rebel hands by the morning of December 8", "By the evening of Friday,
            // Nov. 29": the day after "of" is named, not the day the text last told of.
            if (w(n + 1) == "of") {
                TimeExpression dated;
                const std::size_t m = weekdayExpr(n + 2, dated) + explicitDate(n + 2, dated);
                const auto h = partHours(w(n));
                if (m == 0 || !h || !DateResolver::dayOf(dated))
                    return 0;
                e.range = partRange(*DateResolver::dayOf(dated), h->first, h->second);
                return n + 2 + m - i;
            }
            if (w(n) == "nightfall") {
                e.range = partRange(ref, 18, 24);
                return n + 1 - i;
            }
            if (const auto h = partHours(w(n)); h && w(k) == "by" && w(n) != "dawn") {
                e.range = partRange(ref, h->first, h->second);
                return n + 1 - i;
            }
            return 0;
        }
        // "which government forces had abandoned earlier in the day"
        if ((w(k) == "earlier" || w(k) == "later") && w(k + 1) == "in" && w(k + 2) == "the" && w(k + 3) == "day") {
            e.range = dayRange(ref);
            return k + 4 - i;
        }
        if (w(k) == "hours" && (w(k + 1) == "later" || w(k + 1) == "earlier")) {
            e.range = dayRange(ref);
            return k + 2 - i;
        }
        if (w(k) == "within" && w(k + 1) == "hours") { // "driven out of the city centre within hours"
            e.range = dayRange(ref);
            return k + 2 - i;
        }
        if (w(k) == "a" && w(k + 1) == "day" && w(k + 2) == "earlier") {
            e.range = dayRange(ref - 1);
            return k + 3 - i;
        }
        if ((w(k) == "the" && (w(k + 1) == "next" || w(k + 1) == "following")) || (w(k) == "a" && w(k + 1) == "day" && w(k + 2) == "later")) {
            if (w(k) == "a") {
                e.range = dayRange(ref + 1);
                return k + 3 - i;
            }
            if (w(k + 2) == "day") {
                e.range = dayRange(ref + 1);
                return k + 3 - i;
            }
            if (const auto h = partHours(w(k + 2))) {
                e.range = partRange(ref + 1, h->first, h->second);
                return k + 3 - i;
            }
            return 0;
        }
        // "two days later", "twelve days later"; "two days into the offensive" from its start.
        if (const auto n = numberOf(w(k)); n && *n >= 1 && *n <= 31 && w(k) != "a" && w(k) != "an" &&
                                           (w(k + 1) == "days" || w(k + 1) == "day")) {
            if (w(k + 2) == "later" || w(k + 2) == "earlier") {
                e.range = dayRange(w(k + 2) == "later" ? ref + *n : ref - *n);
                return k + 3 - i;
            }
            const std::size_t noun = w(k + 3) == "the" || w(k + 3) == "its" || w(k + 3) == "their" ? k + 4 : k + 3;
            if (w(k + 2) == "into" && m_origin &&
                (w(noun) == "offensive" || w(noun) == "operation" || w(noun) == "campaign" || w(noun) == "assault")) {
                e.range = dayRange(*m_origin + *n);
                return noun + 1 - i;
            }
        }
        return 0;
    }

    // today, yesterday, last night, overnight, this morning, tonight, the day before yesterday.
    std::size_t relativeDay(std::size_t i, TimeExpression& e)
    {
        std::size_t k = i;
        std::string_view mod;
        if (w(k) == "late" || w(k) == "early" || w(k) == "earlier") {
            mod = w(k);
            ++k;
        }
        const auto day = m_today;
        e.relative = true;
        if (w(k) == "last" && (w(k + 1) == "night" || w(k + 1) == "evening")) {
            e.range = w(k + 1) == "night" ? partRange(day - 1, mod == "late" ? 21 : 18, 30) : partRange(day - 1, 18, 24);
            return k + 2 - i;
        }
        // "moved into Palmyra over the weekend", told on a weekday: the weekend just gone, no day
        // of it in particular.
        if (w(k) == "over" && w(k + 1) == "the" && w(k + 2) == "weekend" && mod.empty()) {
            const int wd = core::weekday(day * kDay);
            if (wd < 5) {
                const std::int64_t saturday = day - wd - 2;
                e.range = {saturday * kDay, (saturday + 2) * kDay - 1, TimePrecision::Week};
                return k + 3 - i;
            }
        }
        // "Last weekend" said on a weekday is the weekend just gone; said on a Saturday or Sunday,
        // the weekend before (this one would be "this weekend").
        if (w(k) == "last" && w(k + 1) == "weekend" && mod.empty()) {
            const int wd = core::weekday(day * kDay); // 0 Monday … 6 Sunday
            const std::int64_t saturday = wd >= 5 ? day - wd + 5 - 7 : day - wd - 2;
            // Two days, no day of them in particular.
            e.range = {saturday * kDay, (saturday + 2) * kDay, TimePrecision::Week};
            return k + 2 - i;
        }
        // "On Sunday morning the factions entered Morek after the army withdrew overnight": the
        // night before the day the sentence named; alone, the night before publication.
        if (w(k) == "overnight") {
            e.range = partRange((m_dayInSentence ? *m_dayInSentence : day) - 1, 18, 30);
            return k + 1 - i;
        }
        if (w(k) == "tonight") {
            e.range = partRange(day, 18, 30);
            return k + 1 - i;
        }
        if (w(k) == "this") {
            if (const auto h = partHours(w(k + 1))) {
                e.range = partRange(day, h->first, h->second);
                return k + 2 - i;
            }
        }
        if (w(k) == "today") {
            e.range = dayRange(day);
            return k + 1 - i;
        }
        if (w(k) == "the" && w(k + 1) == "day" && w(k + 2) == "before" && w(k + 3) == "yesterday") {
            e.range = dayRange(day - 2);
            return k + 4 - i;
        }
        if (w(k) == "yesterday") {
            if (const auto h = partHours(w(k + 1))) {
                e.range = partRange(day - 1, h->first, h->second);
                return k + 2 - i;
            }
            e.range = mod == "late" ? partRange(day - 1, 18, 24) : mod == "early" ? partRange(day - 1, 0, 6)
                                                                                   : dayRange(day - 1);
            return k + 1 - i;
        }
        e.relative = false;
        return 0;
    }

    // on Saturday, late Friday, early on Sunday, Wednesday night, last Friday, since Thursday.
    std::size_t weekdayExpr(std::size_t i, TimeExpression& e)
    {
        std::size_t k = i;
        std::string_view mod;
        if (w(k) == "late" || w(k) == "early" || w(k) == "last") {
            mod = w(k);
            ++k;
            if (mod != "last" && w(k) == "on")
                ++k;
        }
        const auto wd = weekdayIndex(w(k));
        if (!wd)
            return 0;
        // Capitalised weekday only: "Friday" the day, never some other word.
        if (!m_words[k].capitalised && !(k > 0 && m_words[k - 1].lower == "on"))
            return 0;
        e.relative = true;
        e.weekday = true;
        std::int64_t day = weekdayDay(*wd, mod == "last", m_pubDay);
        // "Nov. 29-30: Aleppo / HTS fighters pushed into the western neighborhoods of Aleppo on
        // Friday evening": a weekday among the days heading its section is that day, not one of
        // the publication's week.
        for (std::int64_t d = m_section ? m_section->first : 1, end = m_section ? m_section->last : 0; d <= end; ++d)
            if (mod != "last" && core::weekday(d * kDay) == *wd)
                day = d;
        // "On Thursday, Nov. 28, they overran dozens of villages. On Friday, the fighters burst into
        // Aleppo": in a text that pairs its weekdays with dates, a weekday alone goes on from the day
        // last named (that day itself, or the next six), not back from the publication day.
        if (!m_section && m_weekdayChain && m_reference && mod != "last")
            for (std::int64_t d = *m_reference; d <= *m_reference + 6; ++d)
                if (core::weekday(d * kDay) == *wd) {
                    if (d < day)
                        day = d;
                    break;
                }
        std::size_t n = k + 1 - i;
        // "on the afternoon of Friday, Nov. 29", "Saturday 30 November": the date names the day,
        // whatever week the weekday alone would fall in (the date is read again as its own time).
        if (TimeExpression dated; explicitDate(w(k + 1) == "," ? k + 2 : k + 1, dated) && DateResolver::dayOf(dated)) {
            e.range = dated.range;
            e.datedWeekday = true;
            m_datedWeekdaySeen = true;
            m_pairedDate = w(k + 1) == "," ? k + 2 : k + 1;
            return n;
        }
        if (w(k + 1) == "'" && w(k + 2) == "s")
            n += 2;
        if (const auto h = partHours(w(i + n))) {
            e.range = partRange(day, h->first, h->second);
            return n + 1;
        }
        if (mod == "late")
            e.range = partRange(day, 18, 24);
        else if (mod == "early")
            e.range = partRange(day, 0, 6);
        else
            e.range = dayRange(day);
        return n;
    }

    // December 8, 2024 · Dec. 7 · 7 December · "between 2 and 4 December" (explicitdates.h)
    std::size_t explicitDate(std::size_t i, TimeExpression& e)
    {
        const auto d = explicitDateAt(m_words, i, m_published);
        if (!d)
            return 0;
        e.relative = d->relative;
        e.range = d->range;
        return d->words;
    }

    // a week ago, two days ago, last week, this week, earlier this week (countedtimes.h)
    std::size_t agoExpr(std::size_t i, TimeExpression& e)
    {
        const auto v = agoTimeAt(m_words, i, m_published);
        if (!v)
            return 0;
        e.relative = true;
        e.range = v->range;
        return v->words;
    }

    // within 24 hours · in the past 24 hours · over the last two days · within a day
    std::size_t windowExpr(std::size_t i, TimeExpression& e)
    {
        const auto v = windowTimeAt(m_words, i, m_published);
        if (!v)
            return 0;
        e.relative = true;
        e.range = v->range;
        return v->words;
    }

    // 2024-12-07
    std::size_t isoDate(std::size_t i, TimeExpression& e)
    {
        if (w(i).size() != 4 || w(i + 1) != "-" || w(i + 3) != "-")
            return 0;
        const std::string iso = std::string(w(i)) + "-" + std::string(w(i + 2)) + "-" + std::string(w(i + 4));
        const auto t = core::parseIso8601(iso);
        if (!t)
            return 0;
        e.range = dayRange(*t / kDay);
        return 5;
    }

    std::string_view m_text;
    std::vector<Word> m_words;
    std::optional<Instant> m_published;
    std::optional<std::int64_t> m_reference;
    std::optional<std::int64_t> m_origin;
    std::optional<std::int64_t> m_dayInSentence; // the last day this text named itself
    std::int64_t m_pubDay = 0;
    std::int64_t m_today = 0; // "today": the publication day, or the day heading the section
    std::optional<DaySpan> m_section; // the days heading the section
    bool m_weekdayChain = false;      // weekdays go on from the reference day (DateResolver::setWeekdayChain)
    bool m_datedWeekdaySeen = false;  // this text paired a weekday with its date
    std::size_t m_pairedDate = std::string::npos; // the word where that date begins
    bool m_named = false;             // the last match named its day by weekday or date
    std::size_t m_count = 0;          // expressions found so far
    std::map<std::size_t, std::int64_t> m_unshifted; // their days as written, by index
    std::set<std::size_t> m_shifted;  // those a clock moved to its UTC day
};

} // namespace

std::vector<TimeExpression> DateResolver::find(std::string_view text, std::optional<std::int64_t> reference,
                                               std::optional<std::int64_t> origin) const
{
    Scanner scanner(text, m_published, reference, origin);
    // Under a bulletin's or live blog's day heading ("[Tuesday 3 December, 14:00] Our forces regained
    // Kafr Nabudah this morning"), "this morning", "today" and "last night" are of that day.
    if (m_published && m_section && (m_section->last + 1) * kDay <= *m_published)
        scanner.setSection(*m_section);
    if (m_weekdayChain)
        scanner.setWeekdayChain();
    return scanner.run();
}

std::optional<std::int64_t> DateResolver::dayOf(const TimeExpression& e)
{
    const auto& r = e.range;
    // "within 24 hours", "over the past day": a span up to now, no day of its own.
    if (e.text.starts_with("within") || e.text.starts_with("in ") || e.text.starts_with("over") ||
        e.text.starts_with("during") || e.text.starts_with("In ") || e.text.starts_with("Within") ||
        e.text.starts_with("Over") || e.text.starts_with("During"))
        return std::nullopt;
    if (!r.from || !r.to || (r.precision != TimePrecision::Day && r.precision != TimePrecision::PartOfDay) ||
        *r.to - *r.from > kDay)
        return std::nullopt;
    const Instant mid = (*r.from + *r.to) / 2;
    return (mid >= 0 ? mid : mid - kDay + 1) / kDay;
}

TimeRange DateResolver::defaultRange() const
{
    if (!m_published)
        return {};
    const std::int64_t day = (*m_published >= 0 ? *m_published : *m_published - kDay + 1) / kDay;
    return dayRange(m_section && m_section->last <= day ? m_section->last : day);
}

} // namespace sitrep::text
