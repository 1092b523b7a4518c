// Clock times beside a day (clocktimes.h).
#include "clocktimes.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace sitrep::text {

namespace {

bool allDigits(std::string_view w)
{
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int digitsValue(std::string_view w)
{
    int v = 0;
    for (const char c : w)
        v = v * 10 + (c - '0');
    return v;
}

std::string_view at(const std::vector<Word>& words, std::size_t i)
{
    return i < words.size() ? std::string_view(words[i].lower) : std::string_view();
}

// "am", "a.m.", "pm", "p.m.": 0 for a.m., 12 for p.m.
std::optional<int> meridiem(std::string_view w)
{
    if (w == "am" || w == "a.m." || w == "a.m")
        return 0;
    if (w == "pm" || w == "p.m." || w == "p.m")
        return 12;
    return std::nullopt;
}

// A zone's offset from UTC in minutes at words[i…] (December: no summer time anywhere it matters),
// and the words it takes: "GMT", "GMT+3", "(GMT+3)" is read by the caller past its bracket, "CET",
// "EST", "local time", "Damascus time", "Beirut time", "Syrian time".
std::optional<std::pair<int, std::size_t>> zoneAt(const std::vector<Word>& words, std::size_t i)
{
    const std::string_view w = at(words, i);
    // "GMT+3", "UTC-5"
    if ((w == "gmt" || w == "utc") && (at(words, i + 1) == "+" || at(words, i + 1) == "-")
        && allDigits(at(words, i + 2)) && at(words, i + 2).size() <= 2) {
        const int h = digitsValue(at(words, i + 2));
        return std::pair{(at(words, i + 1) == "+" ? h : -h) * 60, std::size_t{3}};
    }
    if (const auto offset = zoneOffset(w))
        return std::pair{*offset, std::size_t{1}};
    // "local time", "Damascus time", "Syrian time", "Beirut time", "Kyiv time"
    if (at(words, i + 1) == "time")
        if (const auto offset = placeTimeOffset(w))
            return std::pair{*offset, std::size_t{2}};
    return std::nullopt;
}

struct Clock {
    int minutes = 0;
    std::size_t end = 0; // one past its last word (am / pm included)
    bool zoned = false;  // a four-digit clock is one only with its zone ("2200 GMT")
};

// A clock starting at words[i]: "14:05", "1:15 AM", "11.05pm", "2 a.m.", "2200 GMT", "0430 local time".
std::optional<Clock> clockAt(const std::vector<Word>& words, std::size_t i)
{
    const std::string_view h = at(words, i);
    if (!allDigits(h))
        return std::nullopt;
    if (h.size() == 4) {
        const int v = digitsValue(h);
        if (v / 100 > 23 || v % 100 > 59 || !zoneAt(words, i + 1))
            return std::nullopt;
        return Clock{v / 100 * 60 + v % 100, i + 1, true};
    }
    if (h.size() > 2 || digitsValue(h) > 23)
        return std::nullopt;
    int hour = digitsValue(h);
    int minute = 0;
    std::size_t k = i + 1;
    std::optional<int> half;
    if ((at(words, k) == ":" || at(words, k) == ".") && at(words, k + 1).size() >= 2) {
        // "14:05", "11.05pm" (the meridiem glued to the minutes)
        const std::string_view m = at(words, k + 1);
        if (!allDigits(m.substr(0, 2)) || digitsValue(m.substr(0, 2)) > 59)
            return std::nullopt;
        if (m.size() > 2 && !(half = meridiem(m.substr(2))))
            return std::nullopt;
        minute = digitsValue(m.substr(0, 2));
        k += 2;
    }
    if (!half)
        if ((half = meridiem(at(words, k))))
            ++k;
    if (k == i + 1 && !half)
        return std::nullopt; // a bare number is no clock
    if (half) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + *half;
    }
    return Clock{hour * 60 + minute, k, false};
}

bool skippable(std::string_view w)
{
    return w == "," || w == "on" || w == "[" || w == "(" || w == "at";
}

// The zone after a clock or a day ending at `k`, over an opening bracket: "(GMT+3)", "[GMT+3]".
std::optional<int> zoneAfter(const std::vector<Word>& words, std::size_t k)
{
    if (at(words, k) == "(" || at(words, k) == "[")
        ++k;
    if (const auto z = zoneAt(words, k))
        return z->first;
    return std::nullopt;
}

} // namespace

bool isClockMinutes(const std::vector<Word>& words, std::size_t i)
{
    return i >= 2 && (at(words, i - 1) == ":" || at(words, i - 1) == ".") && allDigits(at(words, i - 2))
        && at(words, i - 2).size() <= 2 && at(words, i).size() >= 2 && allDigits(at(words, i).substr(0, 2));
}

std::optional<DayClock> clockBesideDay(const std::vector<Word>& words, std::size_t first, std::size_t end)
{
    // After the day: "[Sunday 8 December, 00:40 CET]", "on Sunday at 1 a.m." (its zone after it).
    {
        // (Not into brackets: "1 a.m. on Sunday (2200 GMT Saturday)" converts for the day after it.)
        std::size_t k = end;
        while (k < words.size() && k < end + 2 && skippable(at(words, k)) && at(words, k) != "(")
            ++k;
        if (const auto c = clockAt(words, k)) {
            const auto z = zoneAfter(words, c->end);
            return DayClock{c->minutes, z.value_or(kLocalOffsetMinutes)};
        }
    }
    // Before it: "00:35 Dec 8 [GMT+3]", "2200 GMT Thursday", "1:15 AM Sunday Beirut time", "01:30
    // Kyiv time on 11 December", "Updated 11.05pm ET, Dec 5" — its zone after the clock, else after
    // the day.
    for (std::size_t s = first >= 8 ? first - 8 : 0; s < first; ++s) {
        const auto c = clockAt(words, s);
        if (!c)
            continue;
        std::size_t k = c->end;
        std::optional<int> zone;
        if (const auto z = zoneAt(words, k)) {
            zone = z->first;
            k += z->second;
        }
        while (k < first && skippable(at(words, k)))
            ++k;
        if (k != first)
            continue;
        if (!zone)
            zone = zoneAfter(words, end);
        return DayClock{c->minutes, zone.value_or(kLocalOffsetMinutes)};
    }
    return std::nullopt;
}

} // namespace sitrep::text
