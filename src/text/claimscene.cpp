// Round 117: the scene of a surrender or withdrawal that names no place of its own. News copy
// tells where it happened around the verb, not as its object: after the party ("surrendered to
// the factions in Talbiseh"), in a possessive on the subject ("the town's National Defence Forces
// unit laid down its weapons"), or in the sentence before ("We reached al-Qutayfah at noon. The
// soldiers had gone on Saturday evening").
#include "claimscene.h"

#include "claimwords.h"

#include <algorithm>
#include <array>

namespace sitrep::text::detail {

namespace {

// A place that can be a scene: named, not a country, a region or "north of X", not the speaker's.
bool sceneable(const Sent& s, const PlaceSlot& p)
{
    return !p.region && !p.dateline && p.relation.empty() && p.kind != core::PlaceKind::Country
        && !inAttribution(s, p.first, p.last);
}

// "surrendered to the factions in Talbiseh", "laid down their weapons at the Khalkhalah air base":
// an "in" / "at" after the verb, past the party surrendered to, before the clause goes on.
const PlaceSlot* trailingScene(const Sent& s, const Trigger& t, const ClauseSpan& c)
{
    const auto& words = s.words;
    const std::size_t end = std::min({words.size(), c.windowEnd, t.last + 8});
    for (std::size_t k = t.last; k < end; ++k) {
        const auto& w = words[k].lower;
        // "…, and", "after talks in Homs", "before leaving for Idlib": another event's place.
        if (words[k].punct || oneOf(std::array<std::string_view, 7> {"and", "after", "before", "when", "for", "while", "following"}, w))
            return nullptr;
        if (w != "in" && w != "at")
            continue;
        for (const auto& p : s.slots)
            if (p.first > k && p.first <= k + 4 && sceneable(s, p)) {
                bool plain = true; // "in the town of Talbiseh": only articles and place nouns between
                for (std::size_t j = k + 1; j < p.first; ++j)
                    plain = plain && !words[j].capitalised
                        && oneOf(std::array<std::string_view, 7> {"the", "town", "of", "city", "village", "nearby", "neighbouring"},
                            words[j].lower);
                if (plain)
                    return &p;
            }
    }
    return nullptr;
}

// "the town's National Defence Forces unit laid down its weapons": the place whose possessive
// opens the subject, no verb between it and `t`.
const PlaceSlot* possessiveScene(const Sent& s, const Trigger& t, const ClauseSpan& c)
{
    const auto& words = s.words;
    for (const auto& p : s.slots) {
        if (p.first < c.left || p.last >= t.first || p.last + 8 < t.first || !sceneable(s, p))
            continue;
        // Words split at the apostrophe: "town", "'", "s".
        if (p.last + 2 > t.first || words[p.last].lower != "'" || words[p.last + 1].lower != "s")
            continue;
        bool clear = true;
        for (std::size_t k = p.last + 2; k < t.first; ++k)
            clear = clear && !words[k].punct && !isVerbLike(words[k].lower);
        if (clear)
            return &p;
    }
    return nullptr;
}

// The word past "X's checkpoints" / "the town's garrison": a possessive and one noun after the slot.
std::size_t pastPossessive(const Sent& s, std::size_t k, std::size_t verb)
{
    if (k + 2 < verb && s.words[k].lower == "'" && s.words[k + 1].lower == "s" && !s.words[k + 2].punct)
        return k + 3;
    return k;
}

// "Government troops in Hama surrendered", "Soldiers at the Khalkhalah air base surrendered", "the
// soldiers at the town's checkpoints had left": a place said inside the subject, right after an
// actor, with only auxiliaries and adverbs between it and the verb.
const PlaceSlot* subjectScene(const Sent& s, const Trigger& t, const ClauseSpan& c)
{
    const auto& words = s.words;
    for (const auto& a : s.actors) {
        // Not "Rebels fighting the army in Rastan withdrew": the army there is another verb's object.
        if (a.pronoun || a.firstWord < c.left || a.lastWord >= t.first
            || (words[a.lastWord].lower != "in" && words[a.lastWord].lower != "at") || !standsAsSubject(s, a))
            continue;
        for (const auto& p : s.slots) {
            if (p.first <= a.lastWord || p.first > a.lastWord + 3 || p.last > t.first || !sceneable(s, p))
                continue;
            bool plain = true;
            for (std::size_t j = a.lastWord + 1; j < p.first; ++j)
                plain = plain && (words[j].lower == "the" || words[j].lower == "town" || words[j].lower == "of");
            std::size_t k = pastPossessive(s, p.last, t.first);
            while (k < t.first && isSoftWord(words[k].lower) && words[k].lower != ",")
                ++k;
            if (plain && k == t.first)
                return &p;
        }
    }
    return nullptr;
}

} // namespace

void lossScene(const Sent& s, const Trigger& t, const ClauseSpan& c, bool objectless, Objects& out)
{
    const auto& words = s.words;
    if (t.frame != TriggerFrame::Active || (t.kind != core::ClaimKind::Surrendered && t.kind != core::ClaimKind::Withdrew))
        return;
    const bool surrender = t.kind == core::ClaimKind::Surrendered;
    if (surrender)
        if (const PlaceSlot* p = trailingScene(s, t, c)) {
            out.push_back({p, ObjectFit {true, false, false}});
            return;
        }
    if (objectless || surrender)
        if (const PlaceSlot* p = subjectScene(s, t, c)) {
            out.push_back({p, ObjectFit {true, false, false}});
            return;
        }
    if (objectless || surrender)
        if (const PlaceSlot* p = possessiveScene(s, t, c)) {
            out.push_back({p, ObjectFit {true, false, false}});
            return;
        }
    // "06:15 GMT — No sign of army in Damascus. Soldiers abandoned their positions in the early
    // hours", "We reached al-Qutayfah at noon. The soldiers had gone on Saturday evening": a
    // sentence that names no place leaves (or surrenders in) the one place the sentence before named.
    const bool posts = (t.last >= 2
        && (words[t.last - 2].lower == "positions" || words[t.last - 2].lower == "posts"
            || words[t.last - 2].lower == "checkpoints"))
        || words[t.last - 1].lower == "gone"; // round 119: "\"The soldiers had simply gone.\""
    const bool names = std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) {
        return !inAttribution(s, p.first, p.last);
    });
    // Only a withdrawal: "Residents fled to Hama. Soldiers surrendered" names no scene of theirs.
    // (Widened to every objectless "left" it gained two rows and cost two before batches 53–61: kept to
    // posts, and to "had gone", which says no more than that they are no longer there.)
    if (surrender || !posts || names || !s.previous)
        return;
    const PlaceSlot* only = nullptr;
    int plain = 0;
    // Round 119: not a name that resolved to no place: "\"Nobody fired a shot,\" said Rami, an engineer
    // from Hamdaniyeh. \"The soldiers had simply gone.\"" (the speaker's name is no second scene).
    for (const auto& p : *s.previous)
        if (!p.region && !p.dateline && p.relation.empty() && p.kind != core::PlaceKind::Country
            && !p.placeIds.empty()) {
            ++plain;
            only = &p;
        }
    if (plain == 1)
        out.push_back({only, ObjectFit {true, false, false}});
}

} // namespace sitrep::text::detail
