#include "instant.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace sitrep::core {

std::string_view nameOf(TimePrecision p)
{
    switch (p) {
    case TimePrecision::Unknown: return "unknown";
    case TimePrecision::Week: return "week";
    case TimePrecision::Day: return "day";
    case TimePrecision::PartOfDay: return "part_of_day";
    case TimePrecision::Hour: return "hour";
    case TimePrecision::Minute: return "minute";
    }
    return "unknown";
}

std::optional<TimePrecision> timePrecisionFromString(std::string_view s)
{
    static constexpr std::array kAll{TimePrecision::Unknown, TimePrecision::Week, TimePrecision::Day,
                                     TimePrecision::PartOfDay, TimePrecision::Hour, TimePrecision::Minute};
    for (auto p : kAll)
        if (nameOf(p) == s)
            return p;
    return std::nullopt;
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
std::int64_t daysFromCivil(CivilDate d)
{
    const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (d.month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

int weekday(Instant t)
{
    std::int64_t days = t >= 0 ? t / kSecondsPerDay : (t - kSecondsPerDay + 1) / kSecondsPerDay;
    // 1970-01-01 was a Thursday (ISO index 3).
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

namespace {

bool readInt(std::string_view s, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > s.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return ec == std::errc{} && p == s.data() + pos + len;
}

int daysInMonth(int y, int m)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

} // namespace

bool isDateOnly(std::string_view text)
{
    return text.size() == 10 && parseIso8601(text).has_value();
}

std::optional<Instant> parseIso8601(std::string_view s)
{
    int y = 0, mo = 0, d = 0;
    if (!readInt(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !readInt(s, 5, 2, mo) || s[7] != '-'
        || !readInt(s, 8, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return std::nullopt;
    Instant t = daysFromCivil({y, mo, d}) * kSecondsPerDay;
    if (s.size() == 10)
        return t;
    if (s[10] != 'T' && s[10] != ' ' && s[10] != 't')
        return std::nullopt;
    int h = 0, mi = 0, sec = 0;
    if (!readInt(s, 11, 2, h) || s.size() < 16 || s[13] != ':' || !readInt(s, 14, 2, mi))
        return std::nullopt;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!readInt(s, pos + 1, 2, sec))
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) { // fractions are dropped
            ++pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
                ++pos;
        }
    }
    if (h > 23 || mi > 59 || sec > 60)
        return std::nullopt;
    t += h * kSecondsPerHour + mi * 60 + sec;
    if (pos == s.size())
        return t; // no offset given: read as UTC
    if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size())
        return t;
    if (s[pos] == '+' || s[pos] == '-') {
        int oh = 0, om = 0;
        const int sign = s[pos] == '+' ? 1 : -1;
        if (!readInt(s, pos + 1, 2, oh))
            return std::nullopt;
        std::size_t q = pos + 3;
        if (q < s.size() && s[q] == ':')
            ++q;
        if (q < s.size()) {
            if (!readInt(s, q, 2, om) || q + 2 != s.size())
                return std::nullopt;
        }
        if (oh > 14 || om > 59)
            return std::nullopt;
        return t - sign * (oh * kSecondsPerHour + om * 60);
    }
    return std::nullopt;
}

std::string formatIso8601(Instant t)
{
    std::int64_t days = t >= 0 ? t / kSecondsPerDay : (t - kSecondsPerDay + 1) / kSecondsPerDay;
    std::int64_t rest = t - days * kSecondsPerDay;
    const CivilDate c = civilFromDays(days);
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day,
                  static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return buf.data();
}

} // namespace sitrep::core
