// The days an article's story runs through (claimtimethread.h).
#include "claimtimethread.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace sitrep::text::detail {

namespace {

// "On Friday, …", "Friday: …", "By Saturday night …": a weekday among the first two words.
bool opensWithWeekday(const std::vector<Word>& words)
{
    static constexpr std::array<std::string_view, 7> kDays {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (std::size_t k = 0; k < words.size() && k < 2; ++k)
        if (std::find(kDays.begin(), kDays.end(), words[k].lower) != kDays.end())
            return true;
    return false;
}

} // namespace

void TimeThread::read(Sent& s)
{
    const bool lineStart = startsLine(m_body, s.sentence->byteStart);
    // "By the evening, the SOR had taken Daraa city. Fighters entered the security square in Daraa
    // al-Mahatta": a paragraph's story keeps its day (claimsectiondays.h).
    m_paragraph.open(lineStart);
    s.paragraphDay = m_paragraph.day(s.words);
    // "… On Thursday, Nov. 28, they overran dozens of villages. / On Friday, the fighters burst into
    // Aleppo": the weekdays go on into a paragraph that opens with one, not into one that turns to
    // other news ("In Aleppo, the council said on Wednesday …").
    if (lineStart && !opensWithWeekday(s.words))
        m_dates.setWeekdayChain(false);
    // "29–30 November: The fighters entered Aleppo on Friday evening": a timeline entry spanning
    // days dates the weekdays of its own sentence too, so its times are read again once the entry
    // is known, from where the sentence began.
    const auto before
        = std::tuple(m_referenceDay, m_originDay, m_narrativeDay, m_paragraph, m_datedWeekdays, m_dates.weekdayChain());
    readTimes(s);
    if (m_sections.read(s, lineStart, m_dates)) {
        bool chain = false;
        std::tie(m_referenceDay, m_originDay, m_narrativeDay, m_paragraph, m_datedWeekdays, chain) = before;
        m_dates.setWeekdayChain(chain);
        readTimes(s);
    }
}

void TimeThread::readTimes(Sent& s)
{
    s.times.clear();
    for (auto& t : m_dates.find(s.sentence->text, m_referenceDay, m_originDay)) {
        if (const auto d = DateResolver::dayOf(t)) {
            const std::size_t at = wordAt(s.words, t.start);
            // "… on Thursday 5 December. Six days earlier, the same fighters had walked into Aleppo.
            // By nightfall the army had pulled out": a flashback is no new thread.
            if (!isFlashback(t.text)) {
                m_referenceDay = d; // "… on Friday. That evening, …"
                m_datedWeekdays = m_datedWeekdays || t.datedWeekday;
                if (!t.fromReference)
                    m_dates.setWeekdayChain(t.weekday && m_datedWeekdays);
                m_paragraph.named(s.words, at, *d);
                if (!inBackgroundClause(s.words, at))
                    m_narrativeDay = d;
            }
            if (!m_originDay)
                m_originDay = d; // "… launched on November 27. Two days into the offensive, …"
        }
        s.times.emplace_back(wordAt(s.words, t.start), std::move(t));
    }
}

} // namespace sitrep::text::detail
