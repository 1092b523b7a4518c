// The places a verb reaches past words the walk back from a place (objectFit) stops at: a manner
// phrase or the troops moved before "from" / "out of", and an aside between commas (claimobjectreach.h).
#include "claimobjectreach.h"

#include <algorithm>
#include <array>

namespace sitrep::text::detail {

using core::ClaimKind;

namespace {

bool startsTrigger(const Sent& s, std::size_t k)
{
    return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) { return g.first == k; });
}

bool inSlot(const Sent& s, std::size_t k)
{
    return std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) { return p.first <= k && k < p.last; });
}

// The places from word `from` on (before `end`) that the walk back to `from` accepts, with their list.
void takeFrom(const Sent& s, const Trigger& t, std::size_t from, std::size_t end, Objects& out)
{
    for (const auto& p : s.slots) {
        if (p.first < from || p.first >= end || inAttribution(s, p.first, p.last))
            continue;
        std::vector<const PlaceSlot*> taken;
        for (const auto& o : out)
            taken.push_back(o.first);
        const auto f = objectFit(s, t, p, from, taken);
        if (f.ok)
            out.push_back({&p, f});
    }
}

// "withdrew without a fight from", "fled in disarray from", "withdrew overnight and without
// resistance from", "withdrew most of its units from": words of manner, time or the troops moved
// between a withdrawal and its "from" / "out of"; the index after that preposition, or 0. Not
// across a place, a verb or a clause of its own ("withdrew overnight and took up positions around
// Homs", "withdrew after residents from …").
std::size_t withdrawalFrom(const Sent& s, const Trigger& t)
{
    static constexpr std::array<std::string_view, 17> kStops {"to", "toward", "towards", "into", "after", "before",
        "when", "as", "while", "until", "because", "who", "which", "that", "but", "said", "says"};
    // "withdrew hundreds of families from": people moved out are not the troops that held the place.
    static constexpr std::array<std::string_view, 10> kCivilians {"civilians", "families", "residents", "people",
        "wounded", "refugees", "hostages", "prisoners", "children", "women"};
    const auto& words = s.words;
    const std::string_view verbEnd = words[t.last - 1].lower;
    // Verbs of troops leaving only: "evacuated civilians from Tal Rifaat" moved others out.
    static constexpr std::array<std::string_view, 11> kLeave {"withdrew", "withdrawn", "withdrawing", "withdraw",
        "withdraws", "retreated", "retreating", "fled", "fleeing", "pulled", "pulling"};
    if (t.kind != ClaimKind::Withdrew || t.frame != TriggerFrame::Active || verbEnd == "from" || verbEnd == "of"
        || !oneOf(kLeave, words[t.first].lower))
        return 0;
    for (std::size_t k = t.last; k < words.size() && k < t.last + 8; ++k) {
        const auto& w = words[k].lower;
        if (k > t.last && (w == "from" || (w == "out" && k + 1 < words.size() && words[k + 1].lower == "of")))
            return w == "from" ? k + 1 : k + 2;
        // "without fighting": a gerund after "without" is no verb of its own.
        const bool gerund = isVerbLike(w) && k > t.last && words[k - 1].lower == "without";
        // "without a fight", "with no fighting": a fight the manner phrase denies is no verb of its own.
        const bool noFight = k > t.last && oneOf(std::array<std::string_view, 4> {"without", "a", "any", "no"},
                                                words[k - 1].lower);
        const bool fight = noFight && std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
            return g.first == k && g.kind == ClaimKind::Contested;
        });
        if (words[k].punct || words[k].capitalised || oneOf(kStops, w) || oneOf(kCivilians, w)
            || (isVerbLike(w) && !gerund && !fight) || (startsTrigger(s, k) && !fight) || inSlot(s, k))
            return 0;
    }
    return 0;
}

// "seized, after two days of fighting, the town of Rastan", "captured, with little resistance, the
// city of Hama": an aside between commas right after the verb; the index after the closing
// comma when the object starts there, or 0. Not a clause ("…, residents said, …").
std::size_t afterAside(const Sent& s, const Trigger& t)
{
    static constexpr std::array<std::string_view, 8> kClause {"who", "which", "that", "said", "says", "and", "but",
        "where"};
    const auto& words = s.words;
    if (t.frame != TriggerFrame::Active || t.last + 2 >= words.size() || words[t.last].lower != ","
        || (t.kind != ClaimKind::Captured && t.kind != ClaimKind::Entered && t.kind != ClaimKind::Withdrew))
        return 0;
    for (std::size_t k = t.last + 1; k < words.size() && k < t.last + 12; ++k) {
        const auto& w = words[k].lower;
        if (w == "," && k > t.last + 2) {
            const std::size_t next = k + 1;
            const bool object = next < words.size()
                && (words[next].lower == "the" || std::any_of(s.slots.begin(), s.slots.end(),
                                                      [&](const PlaceSlot& p) { return p.first == next; }));
            return object ? next : 0;
        }
        // A fight the aside tells of is no verb of the clause ("after two days of fighting").
        const bool fight = std::any_of(s.triggers.begin(), s.triggers.end(),
            [&](const Trigger& g) { return g.first == k && g.kind == ClaimKind::Contested; });
        const bool actor = std::any_of(s.actors.begin(), s.actors.end(),
            [&](const ActorMention& a) { return a.firstWord <= k && k < a.lastWord; });
        if (words[k].punct || oneOf(kClause, w) || actor || (startsTrigger(s, k) && !fight)
            || (isVerbLike(w) && !fight))
            return 0;
    }
    return 0;
}

} // namespace

void reachPastGap(const Sent& s, const Trigger& t, const ClauseSpan& c, Objects& out)
{
    if (!out.empty() || t.last == 0 || t.last >= s.words.size())
        return;
    // A fight named in the gap ends the window ("without a fight", "after two days of fighting"): the
    // object's clause runs on to the next verb after the gap.
    auto windowFrom = [&](std::size_t from) {
        std::size_t end = std::max(c.right, c.windowEnd);
        for (const auto& g : s.triggers)
            if (g.first >= from && g.first < end)
                end = g.first;
        return end;
    };
    if (const std::size_t from = withdrawalFrom(s, t))
        takeFrom(s, t, from, windowFrom(from), out);
    else if (const std::size_t next = afterAside(s, t))
        takeFrom(s, t, next, windowFrom(next), out);
}

} // namespace sitrep::text::detail
