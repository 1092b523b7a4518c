// What the shape of an article and of a sentence tells about its claims (claimsentence.h): a
// headline repeated as the first line, a section heading, a list whose objects carry their own
// times, ", as did X", an offensive told over as a recap, a day told in passing.
#include "claimsentence.h"

#include "core/article.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace sitrep::text::detail {

using core::ClaimKind;

// "… that it had \"redeployed\" outside Hama — a euphemism for retreat — and HTS fighters poured
// in": the spaced dash that closes an aside ends a clause, and the "and" after it opens the next
// one with a subject of its own, as after ", and". Not the hyphen of "al-Assad". (Not "; and"
// yet: "…; and southern factions and Druze groups take over Daraa and al-Suwayda" pairs each
// group with its own place, which the binding does not read.)
bool andOpensClause(const std::vector<Word>& words, std::size_t i)
{
    if (i < 2 || i >= words.size() || words[i].lower != "and")
        return false;
    return words[i - 1].lower == "-" && words[i - 2].end < words[i - 1].start;
}

// "Redeployment in the South": a heading inside the story (a short line of capitalised words
// with no full stop) names a section, it tells nothing.
bool isSectionHeading(std::string_view body, const Sent& s)
{
    const auto& text = s.sentence->text;
    if (!startsLine(body, s.sentence->byteStart) || text.empty() || s.words.size() > 7)
        return false;
    const std::size_t end = s.sentence->byteEnd;
    const bool ownLine = end >= body.size() || body[end] == '\n' || body[end] == '\r';
    const char last = text.back();
    if (!ownLine || last == '.' || last == '!' || last == '?' || last == '"' || last == ':')
        return false;
    std::size_t words = 0, capitals = 0;
    for (const auto& w : s.words)
        if (!w.punct && w.lower.size() > 3) { // title case leaves "in", "the", "of" small
            ++words;
            capitals += w.capitalised;
        }
    return words >= 2 && capitals * 2 > words;
}

// A headline repeated as the body's first line ("Turkish-backed forces take Manbij as SDF cedes
// Deir ez-Zor") tells in the present what the story tells with its day: a headline claim the
// story repeats gives way to it; one it does not repeat is news of the last day or two, not
// of the day of publication.
void settleHeadline(const core::Article& article, const Sentence& first, std::vector<ExtractedClaim>& claims,
                    const ActorMatcher& actors)
{
    auto trim = [](std::string_view v) {
        while (!v.empty() && (v.front() == ' ' || v.front() == '\n'))
            v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\n' || v.back() == '\r'))
            v.remove_suffix(1);
        return v;
    };
    if (article.title.empty() || trim(first.text) != trim(article.title) || !article.published)
        return;
    const auto inHeadline = [&](const ExtractedClaim& c) { return c.claim.source.start == first.start; };
    const auto told = [&](const ExtractedClaim& h) {
        return std::any_of(claims.begin(), claims.end(), [&](const ExtractedClaim& c) {
            return !inHeadline(c) && c.claim.placeId == h.claim.placeId && c.claim.kind == h.claim.kind &&
                   c.claim.stance == h.claim.stance && actors.related(c.claim.actor, h.claim.actor);
        });
    };
    std::vector<ExtractedClaim> kept;
    const std::int64_t pubDay = *article.published / core::kSecondsPerDay;
    for (auto& c : claims) {
        if (inHeadline(c) && told(c))
            continue;
        const ClaimKind k = c.claim.kind;
        if (inHeadline(c) && c.publicationDay &&
            (k == ClaimKind::Captured || k == ClaimKind::Entered || k == ClaimKind::Withdrew ||
             k == ClaimKind::Surrendered)) {
            c.claim.time = {(pubDay - 1) * core::kSecondsPerDay, (pubDay + 1) * core::kSecondsPerDay - 1,
                            core::TimePrecision::Week};
            c.publicationDay = false;
        }
        kept.push_back(std::move(c));
    }
    claims = std::move(kept);
}

// "took Aleppo on Nov. 30, Hama on Dec. 5, and Homs in the early hours of Dec. 8": in a list
// whose objects carry times of their own (two or more), each object its own time.
std::vector<std::optional<core::TimeRange>> objectTimes(const Sent& s, const std::vector<const PlaceSlot*>& places)
{
    std::vector<std::optional<core::TimeRange>> out(places.size());
    if (places.size() < 2)
        return out;
    std::size_t timed = 0;
    for (std::size_t pi = 0; pi < places.size(); ++pi) {
        const std::size_t from = places[pi]->last;
        std::size_t until = s.words.size();
        for (const auto& q : s.slots)
            if (q.first >= from && q.first < until)
                until = q.first;
        for (const auto& [w, e] : s.times) {
            if (w < from || w >= until || w > from + 5 || !e.range.from)
                continue;
            bool plain = true; // only "on", "in the early hours of"… between
            for (std::size_t k = from; k < w && plain; ++k)
                plain = !s.words[k].punct && !isVerbLike(s.words[k].lower);
            if (plain) {
                out[pi] = e.range;
                ++timed;
            }
            break;
        }
    }
    if (timed < 2)
        std::fill(out.begin(), out.end(), std::nullopt);
    return out;
}

// "a 12-day offensive in which the insurgents captured Aleppo and Hama", "…, taking Aleppo, Hama
// and Homs along the way": the run of the offensive told over, no day of it in particular.
bool recapClause(const Sent& s, const Trigger& t)
{
    const auto at = [&](std::size_t k) { return k < s.words.size() ? std::string_view(s.words[k].lower) : std::string_view(); };
    for (std::size_t k = t.first >= 5 ? t.first - 5 : 0; k + 1 < t.first; ++k)
        if ((at(k) == "in" || at(k) == "during") && at(k + 1) == "which")
            return true;
    for (std::size_t k = t.last; k + 2 < s.words.size() + 1; ++k) {
        if (s.words[k].punct && at(k) != "," && at(k) != "-")
            break;
        // Another verb between: "The capital fell …, taking Aleppo … along the way" recaps the
        // taking, not the fall.
        if (isVerbLike(at(k)))
            break;
        if ((at(k) == "along" || at(k) == "on") && at(k + 1) == "the" && at(k + 2) == "way")
            return true;
        if (at(k) == "en" && at(k + 1) == "route")
            return true;
    }
    return false;
}

// An event told after the text has named an earlier day, with no time words of its own:
// "… seized Daraa on December 6th. Druze militias took over Suwayda." (published on the 12th)
// happened on or after that day and by publication, not on the publication day. When the day
// named is two or more days back, the claim spans from it to publication (precision week): no day
// is claimed, and the engine files it at the day named. A recap told against a day of the
// paragraph ("The capital fell … , taking Aleppo, Hama and Homs along the way") spans from the
// story's first day to that day the same way, unless the sentence names its own day ("By Friday
// …, capturing Rastan and Talbiseh on the way") or the object has a time of its own.
std::optional<core::TimeRange> recapSpan(const Sent& s, const core::Claim& c, bool publicationDay, bool ownTime,
                                         std::optional<core::Instant> published, std::optional<std::int64_t> originDay)
{
    const core::ClaimKind k = c.kind;
    if (ownTime || !published || c.stance != core::Stance::Affirms ||
        !(k == core::ClaimKind::Captured || k == core::ClaimKind::Entered || k == core::ClaimKind::Withdrew))
        return std::nullopt;
    std::int64_t last = *published / core::kSecondsPerDay;
    if (!publicationDay) {
        const auto& t = c.time;
        if (!s.times.empty() || !t.from || !t.to || t.precision == core::TimePrecision::Week ||
            *t.to - *t.from > core::kSecondsPerDay)
            return std::nullopt;
        last = *t.from / core::kSecondsPerDay;
    }
    const std::int64_t from = originDay && *originDay < last ? *originDay : last - 7;
    return core::TimeRange {from * core::kSecondsPerDay, (last + 1) * core::kSecondsPerDay - 1,
                            core::TimePrecision::Week};
}

// "since rebels swept Assad from power on Sunday", "the offensive, which began on November
// 27", "the SDF had entered Deir ez-Zor on 6 December": a day told in passing or looking
// back (recalledDay, or a subordinate or relative clause just before it), not the day the
// story has reached.
bool inBackgroundClause(const std::vector<Word>& words, std::size_t w)
{
    if (recalledDay(words, w))
        return true;
    for (std::size_t k = w; k > 0 && k + 8 > w; --k) {
        const auto& v = words[k - 1].lower;
        if (v == "after" || v == "before" || v == "until" || v == "when" || v == "which" || v == "who" ||
            v == "that" || v == "launched" || v == "began" || v == "started")
            return true;
    }
    return false;
}

} // namespace sitrep::text::detail
