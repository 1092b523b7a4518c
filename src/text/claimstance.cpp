// How a claim reads beyond its place and actor: the time it refers to (with what that time says
// about its kind). Whether it is negated or denied is in claimdenials.cpp; the subjects coordinated
// with its actor in claimcoordination.cpp.
#include "calendarwords.h"
#include "claimphrases.h"
#include "claimactors.h"
#include "claimnextlist.h"
#include "claimnondenials.h"
#include "claimrelativetimes.h"
#include "claimsentence.h"
#include "claimtimeclauses.h"
#include "core/instant.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace sitrep::text::detail {

using core::ClaimKind;

bool makesNoClaim(const Sent& s, const Trigger& t, std::size_t left, std::size_t right,
                  std::optional<core::Instant> published)
{
    // Hypotheticals: "would", "if Homs falls", "poised to fall"; not in a clause joined before this
    // one ("MEE could not verify his account, and a military source denied that rebels had entered").
    for (std::size_t k = t.first; k-- > left;) {
        if (s.words[k].lower == "and" && k > left && s.words[k - 1].lower == ",")
            break;
        if (isHypotheticalWord(s.words, k))
            return true;
    }
    // "In order to preserve lives and not to draw the fighting into urban areas": a purpose,
    // up to the comma that closes it.
    for (std::size_t k = left; k + 1 < t.first; ++k)
        if (s.words[k].lower == "order" && k > 0 && s.words[k - 1].lower == "in" && s.words[k + 1].lower == "to" &&
            std::none_of(s.words.begin() + static_cast<std::ptrdiff_t>(k), s.words.begin() + static_cast<std::ptrdiff_t>(t.first),
                         [](const Word& w) { return w.lower == ","; }))
            return true;
    for (std::size_t k = 0; k < t.first; ++k)
        if (s.words[k].lower == "if" || s.words[k].lower == "unless")
            return true;
    if (t.frame == TriggerFrame::Nominal || t.frame == TriggerFrame::Ergative)
        for (std::size_t k = t.last; k < right; ++k)
            if (s.words[k].lower == "would" || s.words[k].lower == "could" || s.words[k].lower == "might")
                return true;

    if (historical(s, t, left, right, published))
        return true;
    if (s.words[t.first].lower.starts_with("reach") && t.last < s.words.size() && s.words[t.last].lower == "by")
        return true; // "a resident reached by phone"
    if (t.kind == ClaimKind::Contested && t.first >= 1 &&
        (s.words[t.first - 1].lower == "without" || s.words[t.first - 1].lower == "no" ||
         (t.first >= 2 && (s.words[t.first - 2].lower == "without" || s.words[t.first - 2].lower == "no"))))
        return true; // "surrender without a fight", "no sign of fighting around Hmeimim"
    return false;
}

namespace {

// "a", "one" … "ten", "5": how many days or weeks "N days after" counts.
int smallCount(std::string_view w)
{
    static constexpr std::array<std::string_view, 11> kNumbers{"a", "one", "two", "three", "four", "five", "six",
                                                               "seven", "eight", "nine", "ten"};
    for (std::size_t k = 0; k < kNumbers.size(); ++k)
        if (w == kNumbers[k])
            return k == 0 ? 1 : static_cast<int>(k);
    if (w.size() == 1 && w[0] >= '1' && w[0] <= '9')
        return w[0] - '0';
    return 0;
}

// "before dawn", "before midnight on Saturday": a time of day, no event.
bool beforeTimeOfDay(std::string_view w)
{
    return w == "dawn" || w == "daybreak" || w == "sunrise" || w == "midnight" || w == "noon" || w == "nightfall"
        || w == "dusk" || w == "sunset" || w == "first";
}

core::TimeRange dayRange(std::int64_t day)
{
    return {day * core::kSecondsPerDay, (day + 1) * core::kSecondsPerDay - 1, core::TimePrecision::Day};
}

// "On Friday morning, factions … began taking over army checkpoints. By the evening, the SOR had
// taken Daraa city. Fighters entered the security square in Daraa al-Mahatta": a past event told
// with no time of its own, after a sentence of its paragraph named a day, happened on that day.
// Not a state ("controls"), nor a perfect ("rebels have taken Aleppo"), which speak of now.
bool narrativeEvent(const Sent& s, const Trigger& t, ClaimKind kind, const DateResolver& dates)
{
    if (!s.paragraphDay || kind == ClaimKind::Controls || kind == ClaimKind::Besieged)
        return false;
    const auto published = dates.published();
    if (!published || *s.paragraphDay >= *published / core::kSecondsPerDay)
        return false;
    return !speaksOfNow(s, t);
}

} // namespace

namespace {

// The hedge before a count of days or weeks ("less than a week", "little more than a week", "about
// two days"): -1 for fewer ("less than", "under", "within"), 1 for more ("more than", "over"), 2
// for roughly ("about", "nearly", "almost", "around", "some", "roughly"), 0 for none ("a week
// after", "barely three days after": that many).
int countHedge(const std::vector<Word>& words, std::size_t count)
{
    if (count == 0)
        return 0;
    const auto& w = words[count - 1].lower;
    const auto& before = count >= 2 ? words[count - 2].lower : std::string();
    if (w == "than")
        return before == "less" || before == "fewer" ? -1 : before == "more" ? 1 : 0;
    if (w == "under" || w == "within")
        return -1;
    if (w == "over")
        return 1;
    if (w == "about" || w == "nearly" || w == "almost" || w == "around" || w == "some" || w == "roughly")
        return 2;
    return 0;
}

// "…on the morning of 5 December, just hours before opposition forces broke into Hama", "entered
// Tell Kalakh on Sunday morning, hours after army units there abandoned their posts": the trigger's
// clause opens with "hours" / "minutes" / "an hour" and "before" / "after" (up to sixteen words
// back, no comma or stop between) and names no time of its own up to its comma or full stop; a
// time of a day or less before the phrase, nearest to it, dates the clause by its UTC day.
std::optional<core::TimeRange> hoursApart(const Sent& s, const Trigger& t)
{
    std::size_t k = t.first;
    for (; k-- > 1 && t.first - k <= 16;) {
        const auto& v = s.words[k].lower;
        if (v == "," || v == ";" || v == "." || v == ":")
            return std::nullopt;
        const auto& unit = s.words[k - 1].lower;
        if ((v == "before" || v == "after") && (unit == "hours" || unit == "minutes" || unit == "hour"))
            break;
    }
    if (k == 0 || t.first - k > 16)
        return std::nullopt;
    std::size_t end = t.last;
    while (end < s.words.size() && s.words[end].lower != "," && s.words[end].lower != ";" && s.words[end].lower != ".")
        ++end;
    std::optional<core::TimeRange> anchor;
    for (const auto& [w, e] : s.times) {
        if (w > k && w < end)
            return std::nullopt; // "hours after the army withdrew on Saturday night": its own
        if (w + 1 < k && e.range.from && e.range.to && *e.range.to - *e.range.from < 2 * core::kSecondsPerDay)
            anchor = dayRange((*e.range.from + *e.range.to) / 2 / core::kSecondsPerDay);
    }
    return anchor;
}

} // namespace

bool speaksOfNow(const Sent& s, const Trigger& t)
{
    for (std::size_t k = t.first; k-- > 0 && t.first - k <= 3;) {
        const auto& w = s.words[k].lower;
        if (w == "has" || w == "have" || w == "'ve" || w == "is" || w == "are" || w == "now")
            return true;
        if (!isSoftWord(w))
            break;
    }
    return false;
}

namespace {

// "the dam remains in the hands of the SDF", "Palmyra, abandoned by the army on Dec. 7, is now held
// by the Syrian Free Army", "Aleppo, which has been under the control of the command since
// Saturday": who holds a place now is news of the reporting day, not of the day another clause
// names or the day the holding began. But "On Monday, the SDF still holds Manbij" is of Monday.
bool heldNowApartFrom(const Sent& s, const Trigger& t, std::size_t timeWord)
{
    bool present = false, perfect = false;
    for (std::size_t k = t.first; k-- > 0 && t.first - k <= 4;) {
        const auto& w = s.words[k].lower;
        if (w == "is" || w == "are" || w == "remains" || w == "remain" || w == "still" || w == "now") {
            // (Not "was still in the hands of the SDF": held then.)
            const auto& before = k > 0 ? s.words[k - 1].lower : std::string();
            present = !((w == "still" || w == "now") && (before == "was" || before == "were" || before == "had"));
            break;
        }
        if (w == "been" && k > 0 && (s.words[k - 1].lower == "has" || s.words[k - 1].lower == "have")) {
            perfect = true;
            break;
        }
        if (w == "," || w == "was" || w == "were" || w == "had" || w == "by" || w == "until")
            break;
    }
    const bool since = timeWord > 0 && s.words[timeWord - 1].lower == "since";
    if (perfect || (present && since))
        return since;
    if (!present || timeWord >= t.first)
        return false;
    // A time opening the sentence is the holding's own: "On Monday, …".
    if (timeWord <= 1)
        return false;
    for (std::size_t k = timeWord + 1; k < t.first; ++k)
        if (s.words[k].lower == "," || s.words[k].lower == "but" || s.words[k].lower == ";")
            return true;
    return false;
}

} // namespace

TimedKind claimTime(const Sent& s, const Trigger& t, std::size_t left, std::size_t right, ClaimKind kind,
    const DateResolver& dates, std::optional<core::Instant> published)
{
    // Time: the expression nearest the trigger, preferring its own clause.
    core::TimeRange time = dates.defaultRange();
    std::size_t best = SIZE_MAX, bestWord = 0;
    std::size_t fallback = SIZE_MAX; // a simple-past relative clause's main clause time (claimrelativetimes.h)
    bool ownTime = false;
    // "over the past ten days", "in recent days", "have taken Aleppo since the offensive began".
    bool spanToNow = false;
    // Round 118: not a "since" in a relative clause on the object, which tells that clause's holding:
    // "Insurgents stormed Tafas, which the army had held since 2016, on Friday" is an entry.
    bool sinceSpan = false;
    bool inRelative = false;
    for (std::size_t k = t.last; k < s.words.size() && k < t.last + 12; ++k) {
        inRelative = inRelative || (s.words[k].lower == "," && k + 1 < s.words.size()
                                    && (s.words[k + 1].lower == "which" || s.words[k + 1].lower == "where"
                                        || s.words[k + 1].lower == "who"));
        sinceSpan = sinceSpan || (!inRelative && s.words[k].lower == "since" && k + 1 < s.words.size()
                                  && !s.words[k + 1].capitalised);
    }
    for (const auto& [w, e] : s.times) {
        std::size_t d = w >= t.last ? w - t.last : t.first > w ? t.first - w : 0;
        // "seized Aleppo, the country's second-largest city, on Nov. 30": an apposition after the
        // object is no distance.
        for (std::size_t k = t.last; k + 2 < w && w > t.last; ++k) {
            const auto& opens = s.words[k + 1].lower;
            if (s.words[k].lower != "," || !(opens == "the" || opens == "a" || opens == "an" || opens == "syria"))
                continue;
            std::size_t j = k + 2;
            while (j < w && j < k + 10 && s.words[j].lower != "," && s.words[j].lower != "." && s.words[j].lower != ";")
                ++j;
            if (j < w && s.words[j].lower == ",")
                d -= std::min(d, j - k);
        }
        // A clause coordinated after the trigger keeps its time to itself: "Late Friday, SDF units
        // moved into Deir ez-Zor after government forces abandoned their positions there, and on
        // Sunday the SDF seized Qamishli"; so does "…, only to lose it four days later".
        bool coordinatedAfter = false;
        for (std::size_t k = t.last; k < w && w > t.last; ++k) // "…pulled out; yesterday, …"
            coordinatedAfter = coordinatedAfter || s.words[k].lower == ";"
                || (k + 1 < w && s.words[k].lower == ","
                    && (s.words[k + 1].lower == "and" || s.words[k + 1].lower == "but"
                        || (s.words[k + 1].lower == "only" && k + 2 < w && s.words[k + 2].lower == "to")));
        if (coordinatedAfter || pastClosedRelative(s, t, w))
            continue;
        // "entered the district on Sunday and liberated Manbij on Monday": a time before "and"
        // belongs to the verb before it.
        for (std::size_t k = w + 1; k < t.first && w < t.first; ++k)
            if (s.words[k].lower == "and" && k + 1 < s.words.size() && !s.words[k + 1].capitalised) {
                d += 5;
                break;
            }
        // "Fighters of the command, the alliance that toppled Assad on Sunday, entered the city on
        // Wednesday": a relative clause closed by a comma just before the verb keeps its time too.
        if (w >= left && w < t.first) {
            std::size_t c = t.first;
            while (c > w + 1 && isSoftWord(s.words[c - 1].lower) && s.words[c - 1].lower != ",")
                --c;
            if (c > w + 1 && s.words[c - 1].lower == ",")
                for (std::size_t k = w > 10 ? w - 10 : 0; k < w; ++k)
                    if (s.words[k].lower == "that" || s.words[k].lower == "which" || s.words[k].lower == "who") {
                        d += 20;
                        break;
                    }
        }
        if (w < left || w >= right) {
            // A relative clause keeps its time to itself: "the SDF still holds Raqqa and the
            // crossing, which it seized last week".
            // So does "…, before seizing Hama on Thursday".
            bool relative = false;
            for (std::size_t k = std::min(w, t.first); k < std::max(w, t.last); ++k) {
                const auto& v = s.words[k].lower;
                if (!(v == "which" || v == "who" || v == "where" || v == "before" || v == "since"))
                    continue;
                // "reached Damascus before dawn on Dec. 8": "before" a time of day opens no clause.
                if (v == "before" && k + 1 < s.words.size() && beforeTimeOfDay(s.words[k + 1].lower))
                    continue;
                // "militias that had dominated the valley since 2017 abandoned …": a "since" opening a
                // time of its own is no clause between the sentence's "On Friday" and the verb.
                if (v == "since" && k + 1 < s.words.size() &&
                    (std::isdigit(static_cast<unsigned char>(s.words[k + 1].lower.front())) ||
                     std::any_of(s.times.begin(), s.times.end(), [&](const auto& tm) { return tm.first == k + 1; })))
                    continue;
                // "On Friday, local factions, many of them former rebels who had signed deals, took
                // over Deraa": the relative clause closed before the verb; the time is the verb's.
                bool closed = false;
                // (or a "where" clause: "On December 6, the Southern Operations Room took Daraa,
                // where the uprising began, and Druze factions took over Sweida")
                const bool where = v == "where";
                if (w < k && k < t.first && (v == "which" || v == "who" || where)) {
                    std::size_t c = t.first;
                    while (c > k + 1 && isSoftWord(s.words[c - 1].lower) && s.words[c - 1].lower != ",")
                        --c;
                    // (or by a dash: "On Dec. 6, the Southern Operations Room—former rebels who had
                    // signed reconciliation deals in 2018—took Daraa city")
                    closed = c > k + 1 && (s.words[c - 1].lower == "," || s.words[c - 1].lower == "-");
                    // "On Friday, …, units of the council, which operates under the SDF, crossed the
                    // Euphrates and entered Deir ez-Zor": closed by its comma further back.
                    for (std::size_t j = k + 2; j < t.first && !closed; ++j)
                        closed = s.words[j].lower == "," && j + 1 < s.words.size() && !s.words[j + 1].capitalised
                            && (s.words[j + 1].lower != "and" || where) && s.words[j + 1].lower != "which"
                            && s.words[j + 1].lower != "who";
                }
                relative = relative || !closed;
            }
            if (relative) {
                if (w < t.first && fallback == SIZE_MAX && simplePastRelative(s, t, w))
                    fallback = w;
                continue;
            }
            // Nor does a clause coordinated after it: "…after government forces abandoned their
            // positions there, and on Sunday the SDF seized Qamishli" (the sentence began "Late
            // Friday").
            d += 20;
        }
        if (d < best) {
            best = d;
            bestWord = w;
            time = e.range;
            spanToNow = e.text.find("past") != std::string::npos || e.text.find("recent") != std::string::npos;
            ownTime = w >= left && w < right;
        }
    }
    // "On Thursday, the General Command announced that, during the past hours, the terrorist groups
    // managed to … enter it": "the past hours" or "the last hour" are of the day the sentence named
    // before them, the announcement's, not hours up to publication (round 115).
    if (best != SIZE_MAX && spanToNow)
        for (const auto& [w, e] : s.times) {
            if (w != bestWord || e.text.find("hour") == std::string::npos)
                continue;
            for (const auto& [w0, e0] : s.times)
                if (w0 + 1 < w && e0.range.from && e0.range.to &&
                    *e0.range.to - *e0.range.from < 2 * core::kSecondsPerDay)
                    time = dayRange((*e0.range.from + *e0.range.to) / 2 / core::kSecondsPerDay), spanToNow = false;
        }
    for (const auto& [w, e] : s.times)
        if (best == SIZE_MAX && w == fallback)
            best = t.first - w, bestWord = w, time = e.range;
    // "Since rebels launched their offensive on Nov. 27, they have seized Aleppo and Hama": from that
    // day up to now, no day of it.
    // ("Summary: Since the launch of the operation on 27 November, the command has liberated …")
    std::size_t opens = 0;
    for (std::size_t k = 0; k < bestWord && k < s.words.size(); ++k)
        if (s.words[k].lower == ":")
            opens = k + 1;
    if (best != SIZE_MAX && bestWord < t.first && opens < s.words.size() && s.words[opens].lower == "since" &&
        time.from && published && *time.from < *published &&
        std::none_of(s.words.begin() + static_cast<std::ptrdiff_t>(opens),
                     s.words.begin() + static_cast<std::ptrdiff_t>(bestWord),
                     [](const Word& w) { return w.lower == "," || w.lower == ";"; }))
        time = {time.from, (*published / core::kSecondsPerDay + 1) * core::kSecondsPerDay - 1,
                core::TimePrecision::Week};
    if (best == SIZE_MAX && s.times.empty() && narrativeEvent(s, t, kind, dates))
        time = dayRange(*s.paragraphDay);
    // "coming a week after the insurgents seized most of Aleppo": that long before now.
    if (!ownTime && left >= 3 && s.words[left - 1].lower == "after" && published) {
        const auto& unit = s.words[left - 2].lower;
        const auto& count = s.words[left - 3].lower;
        const int n = smallCount(count);
        const int days = unit.starts_with("day") ? n : unit.starts_with("week") ? 7 * n : 0;
        // "Quneitra was taken over on Saturday, a day after the same factions took Daraa": from the
        // day the main clause names, when it names one.
        core::Instant from = *published / core::kSecondsPerDay;
        std::size_t nearest = 0;
        for (const auto& [w, e] : s.times)
            if (w + 3 < left && w >= nearest && e.range.from && e.range.to &&
                *e.range.to - *e.range.from < 2 * core::kSecondsPerDay)
                nearest = w, from = *e.range.from / core::kSecondsPerDay;
        // "pulled out of Deir ez-Zor, less than a week after entering it", "came little more than a
        // week after factions … seized Aleppo": a hedged count tells a stretch on the near or far
        // side of that day, no day (round 115).
        const int hedge = days > 0 ? countHedge(s.words, left - 3) : 0;
        if (hedge != 0) {
            const core::Instant first = hedge < 0 ? from - days + 1 : hedge == 1 ? from - days - std::max(1, days / 2)
                                                                                   : from - days - 1;
            const core::Instant last = hedge < 0 ? from - 1 : hedge == 1 ? from - days - 1 : from - days + 1;
            time = core::TimeRange {
                first * core::kSecondsPerDay, (last + 1) * core::kSecondsPerDay - 1, core::TimePrecision::Week};
            ownTime = true;
        } else if (days > 0) {
            const core::Instant day = from - days;
            time = core::TimeRange {
                day * core::kSecondsPerDay, (day + 1) * core::kSecondsPerDay - 1, core::TimePrecision::Day};
            ownTime = true;
        } else if (n == 0 && unit == "days" && !std::isdigit(static_cast<unsigned char>(count.empty() ? 'x' : count[0]))) {
            // "pulled out on Tuesday – days after entering it": some days before, no day of them.
            time = core::TimeRange {(from - 7) * core::kSecondsPerDay, (from - 1) * core::kSecondsPerDay - 1,
                                    core::TimePrecision::Week};
            ownTime = true;
        }
    }
    // "Russian advisers were evacuated on the morning of 5 December, just hours before opposition
    // forces broke into Hama": a clause "hours before" or "hours after" another event names no day
    // of its own, it is of that event's day (round 115).
    if (const auto anchored = hoursApart(s, t)) {
        time = *anchored;
        best = std::min(best, std::size_t {1000});
    }
    // "the capture of Aleppo" with no time of its own recalls an earlier event: all it tells
    // for the publication day is who holds the place.
    // But "HTS announced the liberation of Rastan" is news of the announcement's day.
    // Nor "A military source denied the fall of Hama": the denial answers the news of its day
    // (announcedNominal reads past "the", "full", quotes and an aside such as "on state television").
    // "Militant claims of the capture of Aleppo International Airport were not confirmed": a claim
    // or report of a capture tells the capture the claimants report, as "announced" does.
    std::size_t of = t.first;
    while (of > 0 && (s.words[of - 1].lower == "the" || s.words[of - 1].lower == "\""))
        --of;
    const bool claimedOf = of >= 2 && s.words[of - 1].lower == "of" &&
        (s.words[of - 2].lower == "claims" || s.words[of - 2].lower == "claim" ||
         s.words[of - 2].lower == "reports" || s.words[of - 2].lower == "report");
    const bool announced = announcedNominal(s.words, t.first) || claimedOf;
    if ((t.frame == TriggerFrame::Nominal || s.words[t.first].lower == "'") && kind == ClaimKind::Captured && !ownTime &&
        !announced)
        kind = ClaimKind::Controls;
    // "Rebels have seized Aleppo and Hama over the past ten days": a span up to now dates no
    // capture; all it tells for the publication day is who holds the place.
    // Round 103: but "have seized over a dozen villages west of Aleppo since launching an offensive
    // on Wednesday. Among them are Sheikh Aqil, …": a count of places taken in the span tallies
    // captures, on no day of it (the places spelled out are captured, undated).
    if (sinceSpan && !ownTime && (kind == ClaimKind::Captured || kind == ClaimKind::Entered)) {
        if (countedObject(s, t)) {
            time = core::TimeRange {};
        } else {
            kind = ClaimKind::Controls;
            time = dates.defaultRange();
        }
    }
    // But "HTS took control of Aleppo and then Hama over the past week": a verb in the simple past
    // tells the captures of that stretch, no day of it (round 36); the perfect tells the holding.
    bool perfect = t.frame != TriggerFrame::Active;
    for (std::size_t k = t.first; k-- > left && k + 4 > t.first && !perfect;)
        perfect = s.words[k].lower == "has" || s.words[k].lower == "have" || s.words[k].lower == "ve";
    if (spanToNow && !perfect && (kind == ClaimKind::Captured || kind == ClaimKind::Entered) && time.from && time.to)
        time.precision = core::TimePrecision::Week;
    else if (spanToNow && (kind == ClaimKind::Captured || kind == ClaimKind::Entered) && time.from && time.to && published
        && *time.to - *time.from > 3 * core::kSecondsPerDay && *published - *time.to < core::kSecondsPerDay) {
        kind = ClaimKind::Controls;
        time = dates.defaultRange();
    }
    if (kind == ClaimKind::Controls && best != SIZE_MAX && heldNowApartFrom(s, t, bestWord)) {
        time = dates.defaultRange();
        // Inside a quote, "now" is when the speaker spoke: the day the paragraph tells of ("Regime
        // media claimed on Thursday … A commander denied this: \"Sheikh Aqil has been in our hands
        // since Wednesday\"").
        const auto quotes = std::count_if(s.words.begin(), s.words.begin() + static_cast<std::ptrdiff_t>(t.first),
                                          [](const Word& w) { return w.lower == "\""; });
        if (quotes % 2 == 1 && s.paragraphDay && published && *s.paragraphDay <= *published / core::kSecondsPerDay)
            time = dayRange(*s.paragraphDay);
    }
    // The relative clause's day is its own when it names one ("which it had seized on Friday"); a
    // day of the clause it hangs on, or of the story, is none of its.
    if (kind == ClaimKind::Captured || kind == ClaimKind::Entered || kind == ClaimKind::Withdrew ||
        kind == ClaimKind::Surrendered)
        if (const std::size_t r = pluperfectRelative(s, t)) {
            std::size_t end = t.last;
            while (end < s.words.size() && s.words[end].lower != "," && s.words[end].lower != ";" &&
                   s.words[end].lower != ".")
                ++end;
            if (best == SIZE_MAX || bestWord < r || bestWord >= end)
                time = core::TimeRange {};
        }
    // The claims of a capture with no time of their own tell no day of it: when the claimants
    // made them is not said ("Militant claims of the capture of the Kuweires air base were not
    // confirmed").
    if (claimedOf && best == SIZE_MAX && !ownTime)
        time = core::TimeRange {};
    // "had never held Hama during the civil war", "made no mention of the fact that …": no day (round 75).
    if (toldAsNever(s, t, left) || (best == SIZE_MAX && toldPastSilence(s, t, left)))
        time = core::TimeRange {};
    const bool publicationDay = best == SIZE_MAX && !ownTime && published && time.from
        && *time.from / core::kSecondsPerDay == *published / core::kSecondsPerDay;
    return {time, kind, publicationDay};
}

bool recalledDay(const std::vector<Word>& words, std::size_t time)
{
    if (time < words.size() && words[time].lower == "by") // "By Saturday the army had pulled out"
        return false;
    for (std::size_t k = time; k-- > 0 && time - k <= 12;) {
        const auto& w = words[k].lower;
        if (w == "since" || w == "had")
            return true;
        if (w == "," || w == ";" || isClauseBoundary(words, k))
            return false;
    }
    return false;
}

bool startsLine(std::string_view body, std::size_t byteStart)
{
    std::size_t k = std::min(byteStart, body.size());
    while (k > 0 && (body[k - 1] == ' ' || body[k - 1] == '\t' || body[k - 1] == '\r'))
        --k;
    return k == 0 || body[k - 1] == '\n';
}

bool isFlashback(std::string_view timeText)
{
    return timeText.ends_with("earlier") || timeText.ends_with("before");
}

namespace {

// The day a heading's or entry's time names, or its span of two or three days ("29–30 November").
std::optional<DaySpan> entrySpan(const TimeExpression& e)
{
    if (const auto d = DateResolver::dayOf(e))
        return DaySpan{*d, *d};
    if (e.range.from && e.range.to && *e.range.to - *e.range.from <= 3 * core::kSecondsPerDay)
        return DaySpan{*e.range.from / core::kSecondsPerDay, (*e.range.to - 1) / core::kSecondsPerDay};
    return std::nullopt;
}

} // namespace

// "- Dec. 6: …", "Nov. 29: …", "27–28 November: …": a time opening the line, then a colon (or a
// dash); one day, or a span of two or three days.
std::optional<DaySpan> timelineEntryDays(const Sent& s)
{
    if (s.times.empty())
        return std::nullopt;
    const auto& [w, e] = s.times.front();
    std::size_t first = 0;
    while (first < s.words.size() && s.words[first].punct && s.words[first].lower != ":")
        ++first; // "-", "•"
    if (w != first)
        return std::nullopt;
    // "Wednesday, 4 December: A security source in Hama denied …": a weekday and its date open the
    // entry together (the weekday already reads as the date's day).
    std::size_t end = e.end;
    if (s.times.size() > 1) {
        const std::size_t w2 = s.times[1].first;
        if (w2 == w + 1 || (w2 == w + 2 && s.words[w + 1].lower == ","))
            end = s.times[1].second.end;
    }
    for (std::size_t k = w; k < s.words.size() && k < w + 8; ++k)
        if (s.words[k].start >= end)
            // (or a dash: "29 November – The first fighters push into the New Aleppo district")
            return s.words[k].lower == ":" || s.words[k].lower == "–" || s.words[k].lower == "—"
                    || (s.words[k].lower == "-" && k + 1 < s.words.size() && s.words[k + 1].capitalised)
                ? entrySpan(e) : std::nullopt;
    return std::nullopt;
}

std::optional<DaySpan> dayHeading(const Sent& s)
{
    if (s.times.empty() || s.words.size() > 16)
        return std::nullopt;
    // A bulletin's or live blog's heading may carry its clock and zone: "[Saturday 30 November,
    // 14:00]", "10:05 a.m. ET, December 9, 2024", "Dec 1, 2024 09:40 AM IST" (isClockWord).
    // "Thursday, Dec. 5: Hama", "Nov. 29-30: Aleppo": a dated heading with a short title heads the
    // paragraph below it (a span of two or three days, its last day).
    const auto& last = s.times.back().second;
    const std::size_t colon = wordAt(s.words, last.end);
    if (colon < s.words.size() && s.words[colon].lower == ":" && s.words.size() <= colon + 7
        && s.sentence->text.back() != '.' && s.times.front().first == 0) {
        return entrySpan(last);
    }
    for (const auto& w : s.words)
        if (!w.punct && !isClockWord(w.lower) && std::none_of(s.times.begin(), s.times.end(), [&](const auto& t) {
                return t.second.start <= w.start && w.end <= t.second.end;
            }))
            return std::nullopt;
    if (const auto d = DateResolver::dayOf(s.times.back().second))
        return DaySpan{*d, *d};
    return std::nullopt;
}

} // namespace sitrep::text::detail
