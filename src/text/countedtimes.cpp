// Time words counted back from publication (countedtimes.h).
#include "countedtimes.h"

#include "calendarwords.h"

#include <algorithm>
#include <string_view>

namespace sitrep::text {

using core::Instant;
using core::TimePrecision;

namespace {

constexpr Instant kDay = core::kSecondsPerDay;
constexpr Instant kHour = core::kSecondsPerHour;

} // namespace

// a week ago, two days ago, last week, this week, earlier this week
std::optional<VagueTime> agoTimeAt(const std::vector<Word>& words, std::size_t i, std::optional<Instant> published)
{
    auto w = [&](std::size_t k) { return k < words.size() ? std::string_view(words[k].lower) : std::string_view(); };
    const std::int64_t pubDay = published ? (*published >= 0 ? *published : *published - kDay + 1) / kDay : 0;
    VagueTime e;
    std::size_t k = i;
    if (w(k) == "just" || w(k) == "only")
        ++k;
    if (const auto n = numberOf(w(k)); n && (w(k + 1) == "day" || w(k + 1) == "days" || w(k + 1) == "week" ||
                                             w(k + 1) == "weeks") && w(k + 2) == "ago") {
        const bool weeks = w(k + 1).starts_with("week");
        const std::int64_t day = pubDay - *n * (weeks ? 7 : 1);
        e.range = {day * kDay, (day + 1) * kDay, weeks ? TimePrecision::Week : TimePrecision::Day};
        e.words = k + 3 - i;
        return e;
    }
    // "late last month", "earlier this month": a stretch of the month, no day of it.
    k = i;
    const std::string_view part = w(k) == "late" || w(k) == "early" || w(k) == "earlier" ? w(k) : std::string_view();
    if (!part.empty())
        ++k;
    // (Not "the twenty-seventh of last month": a day of it.)
    if ((w(k) == "last" || w(k) == "this") && w(k + 1) == "month" && !(i > 0 && w(i - 1) == "of")) {
        const core::CivilDate today = core::civilFromDays(pubDay);
        std::int64_t first = core::daysFromCivil({today.year, today.month, 1});
        std::int64_t end = pubDay + 1; // this month: up to publication
        if (w(k) == "last") {
            end = first;
            const core::CivilDate prev = core::civilFromDays(first - 1);
            first = core::daysFromCivil({prev.year, prev.month, 1});
        }
        if (part == "late")
            first = std::max(first, end - 11);
        else if (part == "early")
            end = std::min(end, first + 10);
        e.range = {first * kDay, end * kDay - 1, TimePrecision::Week};
        e.words = k + 2 - i;
        return e;
    }
    k = i;
    if (w(k) == "earlier")
        ++k;
    if ((w(k) == "last" || w(k) == "this" || w(k) == "past") && w(k + 1) == "week") {
        const std::int64_t monday = pubDay - core::weekday(pubDay * kDay);
        if (w(k) == "this")
            e.range = {monday * kDay, (pubDay + 1) * kDay, TimePrecision::Week};
        else if (w(k) == "last") // "which it seized last week", told on a Wednesday: Monday to Sunday before
            e.range = {(monday - 7) * kDay, monday * kDay, TimePrecision::Week};
        else
            e.range = {(pubDay - 7) * kDay, pubDay * kDay, TimePrecision::Week};
        e.words = k + 2 - i;
        return e;
    }
    return std::nullopt;
}

// within 24 hours · in the past 24 hours · over the last two days · within a day
std::optional<VagueTime> windowTimeAt(const std::vector<Word>& words, std::size_t i, std::optional<Instant> published)
{
    auto w = [&](std::size_t k) { return k < words.size() ? std::string_view(words[k].lower) : std::string_view(); };
    VagueTime e;
    const auto lead = w(i);
    if (lead != "within" && lead != "in" && lead != "over" && lead != "during")
        return std::nullopt;
    std::size_t k = i + 1;
    if (w(k) == "the")
        ++k;
    const bool pastWord = w(k) == "past" || w(k) == "last";
    if (pastWord)
        ++k;
    else if (lead != "within")
        return std::nullopt;
    std::optional<int> n = numberOf(w(k));
    if (n)
        ++k;
    else
        n = 1;
    Instant span = 0;
    if (w(k) == "hours" || w(k) == "hour")
        span = *n * kHour;
    else if (w(k) == "days" || w(k) == "day")
        span = *n * kDay;
    else if (w(k) == "week" || w(k) == "weeks")
        span = *n * 7 * kDay;
    else
        return std::nullopt;
    const Instant pub = published.value_or(0);
    e.range = {pub - span, pub, span <= 2 * kDay ? TimePrecision::Day : TimePrecision::Week};
    e.words = k + 1 - i;
    return e;
}

} // namespace sitrep::text
