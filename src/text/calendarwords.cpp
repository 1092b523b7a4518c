// Calendar and number words (calendarwords.h).
#include "calendarwords.h"

#include "dateresolver.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

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

std::optional<int> zoneOffset(std::string_view w)
{
    static constexpr std::array<std::pair<std::string_view, int>, 22> zones{{
        {"gmt", 0}, {"utc", 0}, {"cet", 60}, {"cest", 120}, {"bst", 60}, {"eet", 120}, {"eest", 180},
        {"msk", 180}, {"et", -300}, {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"pst", -480},
        {"pdt", -420}, {"pt", -480}, {"ist", 330}, {"jst", 540}, {"kst", 540}, {"aedt", 660}, {"aest", 600},
        {"ast", 180}}};
    for (const auto& [name, offset] : zones)
        if (w == name)
            return offset;
    return std::nullopt;
}

std::optional<int> placeTimeOffset(std::string_view w)
{
    static constexpr std::array<std::pair<std::string_view, int>, 18> places{{
        {"local", kLocalOffsetMinutes}, {"damascus", 180}, {"syria", 180}, {"syrian", 180}, {"amman", 180},
        {"jordan", 180}, {"baghdad", 180}, {"ankara", 180}, {"istanbul", 180}, {"turkish", 180}, {"moscow", 180},
        {"beirut", 120}, {"lebanon", 120}, {"israel", 120}, {"kyiv", 120}, {"kiev", 120}, {"cairo", 120},
        {"tehran", 210}}};
    for (const auto& [name, offset] : places)
        if (w == name)
            return offset;
    return std::nullopt;
}

bool isClockWord(std::string_view w)
{
    // The zones news outlets stamp their entries with (zoneOffset: besides GMT and UTC, the
    // outlet's own, "Nov 30, 2024 01:20 AM IST" from New Delhi, "Dec 07, 2024, 11:50 PM EST" from
    // New York), and the words around a clock.
    static constexpr std::array<std::string_view, 12> words{
        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "local", "time", "damascus", "syria", "hrs", "uae"};
    return (!w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
        || std::find(words.begin(), words.end(), w) != words.end() || zoneOffset(w);
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
