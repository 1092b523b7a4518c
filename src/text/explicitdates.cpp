// Dates written out (explicitdates.h).
#include "explicitdates.h"

#include "calendarwords.h"
#include "clocktimes.h"

#include <string_view>

namespace sitrep::text {

using core::Instant;
using core::TimePrecision;

namespace {

constexpr Instant kDay = core::kSecondsPerDay;

// The year of a day and month written without one: the publication's, or the year before when
// the day would fall more than two days after publication ("28 December" read in January).
int yearOf(int month, int dayOfMonth, std::int64_t pubDay)
{
    int year = core::civilFromDays(pubDay).year;
    if (core::daysFromCivil({year, month, dayOfMonth}) > pubDay + 2)
        --year;
    return year;
}

} // namespace

std::optional<DateAt> explicitDateAt(const std::vector<Word>& words, std::size_t i, std::optional<Instant> published)
{
    auto w = [&](std::size_t k) { return k < words.size() ? std::string_view(words[k].lower) : std::string_view(); };
    const std::int64_t pubDay = published ? (*published >= 0 ? *published : *published - kDay + 1) / kDay : 0;
    // "14:05 December 7": the minutes of a clock are no day of the month.
    if (isClockMinutes(words, i))
        return std::nullopt;
    // "between 2 and 4 December", "on Dec. 8 and 9", "December 7-8": the days from the first to
    // the last, no one of them claimed.
    {
        std::size_t k = i;
        if (w(k) == "between" || w(k) == "on")
            ++k;
        const auto d1 = numberOf(w(k));
        const bool joined = w(k + 1) == "and" || w(k + 1) == "-" || w(k + 1) == "–" || w(k + 1) == "to";
        std::optional<int> d2;
        if (joined)
            d2 = numberOf(w(k + 2));
        const auto m = monthIndex(w(k + 3));
        if (d1 && d2 && m && *d1 >= 1 && *d2 <= 31 && *d1 < *d2 && *d2 - *d1 <= 6 && published) {
            const std::int64_t first = core::daysFromCivil({yearOf(*m, *d1, pubDay), *m, *d1});
            return DateAt {k + 4 - i, {first * kDay, (first + (*d2 - *d1) + 1) * kDay - 1, TimePrecision::Week}, true};
        }
        // "on Dec. 8 and 9", "December 7-8"
        const std::size_t mk = w(i) == "on" ? i + 1 : i;
        if (const auto mm = monthIndex(w(mk)); mm && published) {
            std::size_t n = mk + 1;
            if (w(n) == ".")
                ++n;
            const auto a = numberOf(w(n));
            const bool and2 = w(n + 1) == "and" || w(n + 1) == "-" || w(n + 1) == "–";
            std::optional<int> b;
            if (and2)
                b = numberOf(w(n + 2));
            // (Not "on December 5 and 6 more villages": the list of days ends there.)
            const std::string_view after = w(n + 3);
            const bool ends = after.empty() || words[n + 3].punct || after == "in" || after == "at" || after == "as"
                || after == "after" || after == "before" || after == "when" || after == "while"
                || after == "respectively";
            if (a && b && *a >= 1 && *b <= 31 && *a < *b && *b - *a <= 6 && ends) {
                const std::int64_t first = core::daysFromCivil({yearOf(*mm, *a, pubDay), *mm, *a});
                return DateAt {
                    n + 3 - i, {first * kDay, (first + (*b - *a) + 1) * kDay - 1, TimePrecision::Week}, true};
            }
        }
    }
    int month = 0, dayOfMonth = 0, year = 0;
    std::size_t k = i;
    if (const auto m = monthIndex(w(k)); m && k + 1 < words.size()) {
        ++k;
        if (w(k) == ".")
            ++k;
        const auto d = numberOf(w(k));
        if (!d || *d < 1 || *d > 31 || w(k) == "a" || w(k) == "an")
            return std::nullopt;
        month = *m;
        dayOfMonth = *d;
        ++k;
    } else if (const auto d = numberOf(w(k)); d && *d >= 1 && *d <= 31 && w(k) != "a" && w(k) != "an") {
        const auto m2 = monthIndex(w(k + 1));
        if (!m2)
            return std::nullopt;
        month = *m2;
        dayOfMonth = *d;
        k += 2;
        if (w(k) == ".")
            ++k;
    } else {
        return std::nullopt;
    }
    std::size_t end = k;
    std::size_t y = k;
    if (w(y) == ",")
        ++y;
    if (const auto yy = numberOf(w(y)); yy && *yy >= 1900 && *yy <= 2100) {
        year = *yy;
        end = y + 1;
    }
    // "May" is too often a verb: only with a year or a capital.
    if (month == 5 && year == 0 && !words[i].capitalised && !words[i + 1].capitalised)
        return std::nullopt;
    const bool relative = year == 0;
    if (relative) {
        if (!published)
            return DateAt {end - i, {}, true};
        year = yearOf(month, dayOfMonth, pubDay);
    }
    const std::int64_t day = core::daysFromCivil({year, month, dayOfMonth});
    return DateAt {end - i, {day * kDay, (day + 1) * kDay, TimePrecision::Day}, relative};
}

} // namespace sitrep::text
