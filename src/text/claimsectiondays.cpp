// Heading and timeline-entry days (claimsectiondays.h).
#include "claimsectiondays.h"

namespace sitrep::text::detail {

void SectionDays::read(const Sent& s, bool lineStart, DateResolver& dates)
{
    if (const auto heading = dayHeading(s))
        m_heading = heading;
    // "- Dec. 6: Opposition fighters take Rastan. In the south, factions … seize Daraa": a
    // timeline entry's day is the day of every sentence on its line that names none.
    if (lineStart)
        m_entryDay = timelineEntryDay(s);
    if (m_entryDay)
        dates.setSection(DaySpan{*m_entryDay, *m_entryDay});
    else
        dates.setSection(m_heading);
}

} // namespace sitrep::text::detail
