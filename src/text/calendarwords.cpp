// Calendar and number words (calendarwords.h).
#include "calendarwords.h"

#include "dateresolver.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace sitrep::text {

namespace {

constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

} // namespace

std::optional<int> weekdayIndex(std::string_view w)
{
    for (std::size_t i = 0; i < kWeekdays.size(); ++i)
        if (w == kWeekdays[i])
            return static_cast<int>(i);
    return std::nullopt;
}

std::int64_t weekdayDay(int weekday, bool last, std::int64_t today)
{
    int back = (core::weekday(today * core::kSecondsPerDay) - weekday + 7) % 7;
    if (last && back == 0)
        back = 7;
    // "last Wednesday" on a Thursday: the day before would be "yesterday".
    if (last && back == 1)
        back = 8;
    return today - back;
}

bool isClockWord(std::string_view w)
{
    // The zones news outlets stamp their entries with: besides GMT and UTC, the outlet's own
    // ("Nov 30, 2024 01:20 AM IST" from New Delhi, "Dec 07, 2024, 11:50 PM EST" from New York).
    static constexpr std::array<std::string_view, 31> words{
        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "et", "cet", "aedt", "local", "time", "damascus",
        "syria", "hrs", "uae", "ist", "est", "edt", "pst", "pdt", "cst", "cdt", "bst", "cest", "eet",
        "eest", "msk", "jst", "aest"};
    return (!w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
        || std::find(words.begin(), words.end(), w) != words.end();
}

std::optional<int> monthIndex(std::string_view w)
{
    static constexpr std::array<std::string_view, 12> full{"january", "february", "march", "april", "may", "june",
                                                           "july", "august", "september", "october", "november",
                                                           "december"};
    for (std::size_t i = 0; i < full.size(); ++i) {
        if (w == full[i])
            return static_cast<int>(i) + 1;
        if (w.size() >= 3 && w != "may" && full[i].starts_with(w) && (w.size() == 3 || w == "sept"))
            return static_cast<int>(i) + 1;
    }
    return std::nullopt;
}

std::optional<int> numberOf(std::string_view w)
{
    static constexpr std::array<std::string_view, 13> words{"zero", "one", "two", "three", "four", "five", "six",
                                                            "seven", "eight", "nine", "ten", "eleven", "twelve"};
    if (w == "a" || w == "an")
        return 1;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (w == words[i])
            return static_cast<int>(i);
    int v = 0;
    const auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
    if (ec != std::errc() || p == w.data())
        return std::nullopt;
    const std::string_view rest(p, static_cast<std::size_t>(w.data() + w.size() - p));
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th")
        return std::nullopt;
    return v;
}

bool isCalendarWord(std::string_view w)
{
    return weekdayIndex(w).has_value() || monthIndex(w).has_value();
}

} // namespace sitrep::text
