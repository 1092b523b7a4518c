#include "vaguetimes.h"

#include "calendarwords.h"
#include "core/instant.h"

#include <algorithm>
#include <string_view>

namespace sitrep::text {

namespace {

constexpr core::Instant kDay = core::kSecondsPerDay;

core::TimeRange stretch(std::int64_t firstDay, std::int64_t lastDay)
{
    return {firstDay * kDay, (lastDay + 1) * kDay - 1, core::TimePrecision::Week};
}

class Reader {
public:
    explicit Reader(const std::vector<Word>& words) : m_words(words) {}
    [[nodiscard]] std::string_view operator()(std::size_t k) const
    {
        return k < m_words.size() ? std::string_view(m_words[k].lower) : std::string_view();
    }

private:
    const std::vector<Word>& m_words;
};

// Which part of a month: 0 early (1–10), 1 middle (11–20), 2 late (21–end).
std::optional<int> monthPart(std::string_view lead, std::string_view noun)
{
    if (lead == "early" || noun == "start" || noun == "beginning" || noun == "first")
        return 0;
    if (lead == "mid" || noun == "middle")
        return 1;
    if (lead == "late" || noun == "end" || noun == "close" || noun == "last")
        return 2;
    return std::nullopt;
}

// "at the end of November", "in late November", "early December", "mid-December", "in the
// middle of December", "in the first days of December", "towards the end of November".
std::optional<VagueTime> partOfMonth(const std::vector<Word>& words, std::size_t i, std::int64_t pubDay)
{
    const Reader w(words);
    std::size_t k = i;
    if (w(k) == "in" || w(k) == "at" || w(k) == "by" || w(k) == "towards" || w(k) == "toward" || w(k) == "until")
        ++k;
    std::optional<int> part;
    if ((w(k) == "early" || w(k) == "late" || w(k) == "mid") && monthIndex(w(k + (w(k + 1) == "-" ? 2 : 1)))) {
        part = monthPart(w(k), "");
        k += w(k + 1) == "-" ? 2 : 1;
    } else if (w(k) == "the") {
        std::size_t n = k + 1;
        std::string_view noun = w(n);
        if ((noun == "first" || noun == "last") && (w(n + 1) == "days" || w(n + 1) == "week")) // "the last days of"
            ++n;
        else if (noun == "first" || noun == "last")
            return std::nullopt;
        if (w(n + 1) != "of")
            return std::nullopt;
        part = monthPart("", noun);
        k = n + 2;
    }
    if (!part)
        return std::nullopt;
    const auto month = monthIndex(w(k));
    // "May" is too often a verb, and a month needs its capital: "the end of march" is not a date.
    if (!month || *month == 5 || k >= words.size() || !words[k].capitalised)
        return std::nullopt;
    const core::CivilDate today = core::civilFromDays(pubDay);
    int year = today.year;
    if (core::daysFromCivil({year, *month, 1}) > pubDay)
        --year;
    const std::int64_t first = core::daysFromCivil({year, *month, 1});
    const std::int64_t last = core::daysFromCivil({*month == 12 ? year + 1 : year, *month == 12 ? 1 : *month + 1, 1}) - 1;
    std::int64_t from = first + 10 * *part;
    std::int64_t to = *part == 2 ? last : first + 10 * *part + 9;
    to = std::min(to, pubDay);
    if (from > to)
        return std::nullopt;
    return VagueTime{k + 1 - i, stretch(from, to)};
}

bool isStoryNoun(std::string_view n)
{
    return n == "offensive" || n == "operation" || n == "campaign" || n == "assault" || n == "advance" ||
           n == "attack" || n == "fighting";
}

// "of the offensive", "of the operation", "of the rebels' advance" at word `k`: one past the story's
// noun, or nothing.
std::optional<std::size_t> ofTheStory(const std::vector<Word>& words, std::size_t k)
{
    const Reader w(words);
    if (w(k) != "of")
        return std::nullopt;
    std::size_t n = k + 1;
    while (n < k + 5 && n < words.size() && !words[n].punct && !isStoryNoun(w(n)))
        ++n;
    if (!isStoryNoun(w(n)))
        return std::nullopt;
    return n + 1;
}

// "within days", "within a few days", "in a matter of days", "in the first days of the
// offensive", "in the opening days of the operation": the days after the story's start (the day
// last named, else the first one), no day of them in particular.
std::optional<VagueTime> firstDays(const std::vector<Word>& words, std::size_t i, std::int64_t pubDay,
                                   std::optional<std::int64_t> reference, std::optional<std::int64_t> origin)
{
    const Reader w(words);
    std::size_t k = i;
    if (w(k) != "within" && w(k) != "in")
        return std::nullopt;
    ++k;
    bool ofStory = false;
    if (w(k) == "a" && w(k + 1) == "matter" && w(k + 2) == "of") {
        k += 3;
    } else if (w(k) == "a" && w(k + 1) == "few") {
        k += 2;
    } else if (w(k) == "the" && (w(k + 1) == "first" || w(k + 1) == "early" || w(k + 1) == "opening")) {
        k += 2;
        if (w(k) == "few")
            ++k;
        ofStory = true;
    } else if (const auto n = numberOf(w(k)); w(i) == "within" && n && *n >= 2 && *n <= 10 && w(k + 1) == "days"
                                               && reference && *reference + *n < pubDay) {
        // "The offensive began on November 27. Within three days, Aleppo's airport and most of the
        // city were in rebel hands": counted days from the day the story had reached, when that
        // day lies further back than they reach: the days after it (else the days up to
        // publication, countedtimes.h).
        return VagueTime{k + 2 - i, stretch(*reference + 1, *reference + *n)};
    } else if (w(i) != "within") {
        return std::nullopt;
    }
    if (w(k) != "days")
        return std::nullopt;
    ++k;
    if (ofStory) {
        const auto end = ofTheStory(words, k);
        if (!end)
            return std::nullopt;
        k = *end;
    }
    const std::optional<std::int64_t> start = ofStory ? (origin ? origin : reference) : (reference ? reference : origin);
    std::int64_t from = start ? *start : pubDay - 7;
    std::int64_t to = std::min(from + (ofStory ? 3 : 6), pubDay);
    if (to <= from) // no room after the day named: the week up to it
        from = to - 6;
    return VagueTime{k - i, stretch(from, to)};
}

// "The battle began on Wednesday … On its first day, the operation's fighters took Sheikh Aqil",
// "on the first day of the offensive": the day last named, where the story's start is told.
std::optional<VagueTime> firstDay(const std::vector<Word>& words, std::size_t i, std::int64_t pubDay,
                                  std::optional<std::int64_t> reference)
{
    const Reader w(words);
    if (!reference || *reference >= pubDay || w(i) != "on" ||
        !(w(i + 1) == "its" || w(i + 1) == "the" || w(i + 1) == "their") || w(i + 2) != "first" || w(i + 3) != "day")
        return std::nullopt;
    std::size_t k = i + 4;
    // (Not "on the first day of December": a month's own day is the month's.)
    if (w(k) == "of") {
        const auto end = ofTheStory(words, k);
        if (!end)
            return std::nullopt;
        k = *end;
    }
    return VagueTime{k - i, {*reference * kDay, (*reference + 1) * kDay, core::TimePrecision::Day}};
}

// "though it was not clear when", "it is unclear when", "without saying when", "did not say
// when": the source gives no day; the week up to publication.
std::optional<VagueTime> noDayGiven(const std::vector<Word>& words, std::size_t i, std::int64_t pubDay)
{
    const Reader w(words);
    std::size_t k = i;
    std::size_t end = 0;
    if (w(k) == "it")
        ++k;
    if ((w(k) == "was" || w(k) == "is") && w(k + 1) == "not" && w(k + 2) == "clear" && w(k + 3) == "when")
        end = k + 4;
    else if ((w(k) == "was" || w(k) == "is") && w(k + 1) == "unclear" && w(k + 2) == "when")
        end = k + 3;
    else if (k == i && w(k) == "without" && (w(k + 1) == "saying" || w(k + 1) == "specifying") && w(k + 2) == "when")
        end = k + 3;
    else if (k == i && (w(k) == "did" || w(k) == "does") && (w(k + 1) == "not" || w(k + 1) == "n't") &&
             (w(k + 2) == "say" || w(k + 2) == "specify") && w(k + 3) == "when")
        end = k + 4;
    if (end == 0 || (w(i) == "it" && k != i + 1))
        return std::nullopt;
    return VagueTime{end - i, stretch(pubDay - 7, pubDay)};
}

// "Earlier in the week, fighters … took Taybat al-Imam", "earlier this week", "Over the weekend, our
// units … redeployed from Khan Shaykhun", "took the city at the weekend": some day of the week up
// to publication, none in particular (round 33).
std::optional<VagueTime> earlierInWeek(const std::vector<Word>& words, std::size_t i, std::int64_t pubDay)
{
    const Reader w(words);
    if ((w(i) == "over" || w(i) == "at") && w(i + 1) == "the" && w(i + 2) == "weekend") {
        // the last Saturday and Sunday up to publication (day 0, 1 January 1970, was a Thursday)
        const std::int64_t weekday = ((pubDay + 4) % 7 + 7) % 7; // 0 Sunday … 6 Saturday
        const std::int64_t sunday = weekday == 6 ? pubDay : pubDay - weekday;
        return VagueTime{3, stretch(weekday == 6 ? pubDay : sunday - 1, sunday)};
    }
    if (w(i) != "earlier")
        return std::nullopt;
    if (w(i + 1) == "this" && w(i + 2) == "week")
        return VagueTime{3, stretch(pubDay - 6, pubDay)};
    if (w(i + 1) == "in" && w(i + 2) == "the" && w(i + 3) == "week")
        return VagueTime{4, stretch(pubDay - 6, pubDay)};
    return std::nullopt;
}

// "took Tell Rifaat and the surrounding Shahba region over those two days", "over the next three
// days", "across two days": a count of days is a stretch, no day of it; from the day the text last
// named (else the days up to publication).
std::optional<VagueTime> countedDays(const std::vector<Word>& words, std::size_t i, std::int64_t pubDay,
                                     std::optional<std::int64_t> reference)
{
    const Reader w(words);
    if (w(i) != "over" && w(i) != "across" && w(i) != "during")
        return std::nullopt;
    std::size_t k = i + 1;
    const bool next = w(k) == "the" && (w(k + 1) == "next" || w(k + 1) == "following");
    if (next)
        k += 2;
    else if (w(k) == "those" || w(k) == "these")
        ++k;
    const auto n = numberOf(w(k));
    if (!n || *n < 2 || *n > 7 || (w(k + 1) != "days" && w(k + 1) != "day"))
        return std::nullopt;
    const std::int64_t first = reference ? *reference + (next ? 1 : 0) : pubDay - *n + 1;
    return VagueTime{k + 2 - i, stretch(first, std::min(first + *n - 1, pubDay))};
}

} // namespace

std::optional<VagueTime> vagueTimeAt(const std::vector<Word>& words, std::size_t i, std::int64_t pubDay,
                                     std::optional<std::int64_t> reference, std::optional<std::int64_t> origin)
{
    if (auto v = partOfMonth(words, i, pubDay))
        return v;
    if (auto v = firstDays(words, i, pubDay, reference, origin))
        return v;
    if (auto v = firstDay(words, i, pubDay, reference))
        return v;
    if (auto v = earlierInWeek(words, i, pubDay))
        return v;
    if (auto v = countedDays(words, i, pubDay, reference))
        return v;
    return noDayGiven(words, i, pubDay);
}

} // namespace sitrep::text
