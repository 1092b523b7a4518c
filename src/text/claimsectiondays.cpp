// Heading and timeline-entry days (claimsectiondays.h).
#include "claimsectiondays.h"

namespace sitrep::text::detail {

namespace {

// "had entered Deir el-Zour on Friday": a "had" in the few words before the time, no "since".
bool pluperfectBefore(const std::vector<Word>& words, std::size_t time)
{
    for (std::size_t k = time; k-- > 0 && time - k <= 12;) {
        if (words[k].lower == "since")
            return false;
        if (words[k].lower == "had")
            return true;
    }
    return false;
}

} // namespace

bool SectionDays::read(const Sent& s, bool lineStart, DateResolver& dates)
{
    if (const auto heading = dayHeading(s))
        m_heading = heading;
    // "- Dec. 6: Opposition fighters take Rastan. In the south, factions … seize Daraa": a
    // timeline entry's day is the day of every sentence on its line that names none.
    if (lineStart)
        m_entryDays = timelineEntryDays(s);
    if (m_entryDays)
        dates.setSection(m_entryDays);
    else
        dates.setSection(m_heading);
    return lineStart && m_entryDays;
}

void ParagraphDay::open(bool lineStart)
{
    m_opening = lineStart;
    if (lineStart) {
        m_day.reset();
        m_recalled.reset();
        m_mixed = false;
    }
}

void ParagraphDay::named(const std::vector<Word>& words, std::size_t time, std::int64_t day)
{
    // "since rebels swept Assad from power on Sunday", "the SDF had entered Deir ez-Zor on 6
    // December": a day recalled in passing is not the one the paragraph goes on from ("… Rebel
    // fighters entered Palmyra" is news of its own) …
    if (recalledDay(words, time)) {
        if (m_opening && !m_day && !m_recalled && pluperfectBefore(words, time))
            m_recalled = day;
        return;
    }
    m_mixed = m_mixed || (m_day && (day > *m_day + 1 || day + 1 < *m_day));
    m_day = day;
}

std::optional<std::int64_t> ParagraphDay::day(const std::vector<Word>& words) const
{
    if (m_mixed)
        return std::nullopt;
    if (m_day)
        return m_day;
    // … but what the paragraph that opened in the pluperfect "also" tells goes on with its story:
    // "The SDF had entered Deir el-Zour on Friday after Syrian government troops abandoned the
    // city. The group also moved into Mayadin and Boukamal" (both of Friday).
    for (std::size_t k = 0; k < words.size() && k < 8 && m_recalled; ++k)
        if (words[k].lower == "also")
            return m_recalled;
    return std::nullopt;
}

} // namespace sitrep::text::detail
