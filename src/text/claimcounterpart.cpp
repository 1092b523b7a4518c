// The other side of a claim (claimactors.h): the winner of "lost X to", the loser of "captured X
// from" (past the modifiers before its name), of "drove X out of" and of an expulsion after a
// capture (", driving out X", ", wresting it from X"), the side that took a surrender.
#include "claimactors.h"

#include <algorithm>
#include <array>
#include <string>

namespace sitrep::text::detail {

using core::ClaimKind;

namespace {

// One past the actor that "the U.S.-backed, Kurdish-led SDF" names from `from`: the words before it
// only "the", commas and hyphenated modifiers ("U.S.-backed"); or `from` when none does.
std::size_t modifiedActorEnd(const Sent& s, std::size_t from)
{
    std::size_t k = from;
    auto modifier = [&](std::size_t i) {
        const auto& w = s.words[i].lower;
        return w == "the" || w == "," || w == "-" || (i + 1 < s.words.size() && s.words[i + 1].lower == "-") ||
               (i > 0 && s.words[i - 1].lower == "-");
    };
    for (; k < s.words.size() && k < from + 12; ++k) {
        for (const auto& a : s.actors)
            if (a.firstWord == k || (a.firstWord >= from && a.firstWord <= k && a.lastWord > k))
                return a.lastWord;
        if (!modifier(k))
            break;
    }
    return from;
}

// "Kurdish families", "Kurdish civilians": a people's name on its civilians, at the word after it.
bool civilians(const Sent& s, std::size_t next)
{
    static constexpr std::array<std::string_view, 8> kNouns{"families", "civilians", "residents", "people",
                                                            "refugees", "villagers", "women", "children"};
    return next < s.words.size() && std::find(kNouns.begin(), kNouns.end(), s.words[next].lower) != kNouns.end();
}

// Round 87: "government forces pushed the rebels back and retook the villages of Kafraa and
// Maarshahour", "drove back the militants and recaptured": the side driven back in the predicate
// the capture is coordinated with lost what was retaken. Only a verb of driving back right before
// the side, "back" / "out" / "away", then "and" (or "and then") right before the capture.
std::optional<Binding> drivenBackBefore(const Sent& s, const Trigger& t, const ActorBinder& binder,
                                        const std::string& winner)
{
    static constexpr std::array<std::string_view, 10> kDrive{"pushed", "drove", "forced", "beat", "repelled",
        "repulsed", "routed", "threw", "pushing", "driving"};
    const auto at = [&](std::size_t k) { return k < s.words.size() ? std::string_view(s.words[k].lower) : ""; };
    std::size_t k = t.first;
    if (k >= 1 && at(k - 1) == "then")
        --k;
    if (k < 3 || at(k - 1) != "and")
        return std::nullopt;
    const std::size_t andAt = k - 1;
    for (const auto& a : s.actors) {
        if (a.pronoun || a.firstWord < 2)
            continue;
        const bool backAfter = a.lastWord + 1 == andAt && (at(a.lastWord) == "back" || at(a.lastWord) == "out"
                                                            || at(a.lastWord) == "away");
        std::size_t v = a.firstWord - 1;
        if (at(v) == "the" && v >= 1)
            --v;
        const bool backBefore = a.lastWord == andAt && at(v) == "back" && v >= 1;
        if (backBefore)
            --v;
        if ((backAfter || backBefore) && std::find(kDrive.begin(), kDrive.end(), at(v)) != kDrive.end())
            return binder.actorIn(s, a.firstWord, a.lastWord, 2, winner);
    }
    return std::nullopt;
}

// "…, driving out X", "…, forcing X out", "…, wresting it from X", "… after expelling X": the
// participle of expulsion after a capture, with no other trigger between; npos when none.
std::size_t expulsionAfter(const Sent& s, const Trigger& t)
{
    static constexpr std::array<std::string_view, 7> kVerbs{"driving", "forcing", "wresting", "expelling",
                                                            "ousting", "evicting", "pushing"};
    for (std::size_t k = t.last; k < std::min(t.last + 16, s.words.size()); ++k) {
        const auto& w = s.words[k].lower;
        if (w == ";" || w == ":" || w == "but" || w == "while" || w == "said" || w == "says")
            return std::string::npos;
        if (std::find(kVerbs.begin(), kVerbs.end(), w) == kVerbs.end())
            continue;
        if (k == 0 || (s.words[k - 1].lower != "," && s.words[k - 1].lower != "after"))
            return std::string::npos;
        const bool between = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
            return g.first >= t.last && g.first < k;
        });
        return between ? std::string::npos : k;
    }
    return std::string::npos;
}

// Whether the words of a withdrawal's clause from `from` name no place: "pulled out of its last
// neighbourhoods", "withdrew from their barracks and checkpoints", "pulled out without firing a shot";
// nor one it went to ("pulled back into Iraq"; "pulled back toward Homs city" names the way it
// took, a movement read as no claim).
// "overran Aleppo with open support from Ankara and applause from the Zionist entity": those the
// help came from are the winner's backers, not the side that lost the place.
bool backingFrom(const Sent& s, std::size_t from)
{
    static constexpr std::string_view kHelp[] = {"support", "backing", "help", "aid", "assistance", "applause",
                                                 "cover", "blessing", "weapons", "reinforcements", "funding"};
    return from > 0 && std::find(std::begin(kHelp), std::end(kHelp), s.words[from - 1].lower) != std::end(kHelp);
}

bool namesNoPlace(const Sent& s, std::size_t from)
{
    auto destination = [&](const PlaceSlot& p) {
        const auto& w = s.words[p.first - 1].lower;
        // ("abandoned their positions and headed towards Palmyra and the Iraqi border": where a
        // second verb of going took them; not the withdrawal's own way, "pulled back south toward
        // Homs city", which the writers read as no claim on the place taken.)
        static constexpr std::string_view kWent[] = {"headed", "heading", "fled", "fleeing", "went", "moved"};
        const bool went = (w == "towards" || w == "toward") && p.first >= 2 &&
                          std::find(std::begin(kWent), std::end(kWent), s.words[p.first - 2].lower) != std::end(kWent);
        return w == "to" || w == "into" || went;
    };
    std::size_t end = from;
    while (end < s.words.size() && end < from + 10 && s.words[end].lower != "," && s.words[end].lower != ";" &&
           s.words[end].lower != ":" && s.words[end].lower != ".")
        ++end;
    return std::none_of(s.slots.begin(), s.slots.end(),
                        [&](const PlaceSlot& p) { return p.first >= from && p.first < end && !destination(p); });
}

// Whether a clause opened by the capture's own words ends at word `k`: a stop, or the first word
// of another capture or entry ("…, then entered Homs").
bool clauseStop(const Sent& s, const Trigger& t, std::size_t k)
{
    const auto& w = s.words[k].lower;
    if (w == ";" || w == ":" || w == "but" || w == "while" || w == "said" || w == "says" || w == "\"")
        return true;
    return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
        return g.first == k && g.first >= t.last && (g.kind == ClaimKind::Captured || g.kind == ClaimKind::Entered);
    });
}

// The actor at `a` and those joined to it by "and" ("government troops and Iran-backed militias");
// `end`, if given, is set one past the last of them.
std::vector<Binding> joinedFrom(const Sent& s, std::size_t a, const ActorBinder& binder, std::size_t* end = nullptr)
{
    std::vector<Binding> out{binder.bind(s, s.actors[a], 2)};
    if (end)
        *end = s.actors[a].lastWord;
    for (std::size_t n = a + 1; n < s.actors.size(); ++n) {
        bool glued = s.actors[n].firstWord >= s.actors[n - 1].lastWord && !s.actors[n].pronoun, sawAnd = false;
        for (std::size_t k = s.actors[n - 1].lastWord; k < s.actors[n].firstWord && glued; ++k) {
            const auto& w = s.words[k].lower;
            sawAnd = sawAnd || w == "and";
            // ("the government's forces and allied Iranian-backed groups": past the possessive's noun.)
            glued = w == "and" || w == "," || w == "the" || w == "allied" || w == "its" || w == "their" ||
                    (!sawAnd && (w == "'" || w == "s" || w == "forces" || w == "troops" || w == "units"));
        }
        if (!glued || !sawAnd)
            break;
        out.push_back(binder.bind(s, s.actors[n], 2));
        if (end)
            *end = s.actors[n].lastWord;
    }
    return out;
}

// "moved into Deir ez-Zor, filling a vacuum left by retreating government troops and Iran-backed
// militias", "took over positions abandoned by the army": the sides a capture's place was left by.
std::vector<Binding> leftBy(const Sent& s, const Trigger& t, const ActorBinder& binder)
{
    for (std::size_t k = t.last; k + 2 < std::min(t.last + 30, s.words.size()); ++k) {
        if (clauseStop(s, t, k))
            return {};
        const auto& w = s.words[k].lower;
        if ((w != "left" && w != "vacated" && w != "abandoned") || s.words[k + 1].lower != "by")
            continue;
        // (Not "…, and Homs was abandoned by the army": a place of its own, left in its own clause.)
        const auto& before = s.words[k - 1].lower;
        if (before == "was" || before == "were" || before == "been" || before == "is" || before == "are" ||
            std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) { return p.last == k; }))
            return {};
        for (std::size_t a = 0; a < s.actors.size(); ++a)
            if (s.actors[a].firstWord >= k + 2 && s.actors[a].firstWord <= k + 4 && !s.actors[a].pronoun)
                return joinedFrom(s, a, binder);
        return {};
    }
    return {};
}

// "the SNA took Manbij after two days of fighting with the SDF-affiliated Manbij Military Council,
// which withdrew east of the Euphrates": the side fought for the place that then withdrew, in a
// relative clause with no place of its own, left the captured place.
std::vector<Binding> foughtThenWithdrew(const Sent& s, const Trigger& t, const ActorBinder& binder)
{
    for (std::size_t k = t.last + 1; k + 1 < std::min(t.last + 20, s.words.size()); ++k) {
        if (clauseStop(s, t, k))
            return {};
        const auto& fight = s.words[k - 1].lower;
        if (s.words[k].lower != "with" || (fight != "fighting" && fight != "clashes" && fight != "battles"))
            continue;
        for (std::size_t a = 0; a < s.actors.size(); ++a) {
            const auto& m = s.actors[a];
            // (Its modifiers before it: "the SDF-affiliated Manbij Military Council".)
            bool comma = false;
            for (std::size_t c = k; c < m.firstWord && !comma; ++c)
                comma = s.words[c].punct && s.words[c].lower != "-";
            if (m.pronoun || comma || m.firstWord <= k || m.firstWord > k + 8 || m.lastWord + 2 >= s.words.size() ||
                s.words[m.lastWord].lower != "," ||
                (s.words[m.lastWord + 1].lower != "which" && s.words[m.lastWord + 1].lower != "who"))
                continue;
            const std::size_t verb = m.lastWord + 2;
            const bool withdrew = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
                return g.first == verb && g.kind == ClaimKind::Withdrew && g.frame == TriggerFrame::Active;
            });
            // (Not "which withdrew from Tal Rifaat": a place of its own.)
            const bool ownPlace = std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) {
                return p.first > verb && p.first <= verb + 3;
            });
            if (withdrew && !ownPlace)
                return {binder.bind(s, m, 2)};
        }
        return {};
    }
    return {};
}

// Whether the actor binding at `b` is a possessive ("the regime's collapse", isPossessor; also the
// plural "the rebels' advance") and so no subject.
bool possessive(const Sent& s, const Binding& b)
{
    const auto self = std::find_if(s.actors.begin(), s.actors.end(),
                                   [&](const ActorMention& a) { return a.firstWord == b.word; });
    return self != s.actors.end() &&
           (isPossessor(s, *self) || (self->lastWord < s.words.size() && s.words[self->lastWord].lower == "'"));
}

// "have taken control of most of Sweida city, with government forces largely pulling out": the
// actors of a participle of withdrawal after ", with" (at `with`) left the place taken, when the
// participle names no place of its own ("with government forces pulling out of Homs" tells of
// Homs, the trigger's own claim). Nothing for "with help from residents".
std::vector<Binding> withdrawingWith(const Sent& s, std::size_t with, const ActorBinder& binder)
{
    for (std::size_t a = 0; a < s.actors.size(); ++a) {
        const std::size_t first = s.actors[a].firstWord;
        if (s.actors[a].pronoun || (first != with + 1 && !(first == with + 2 && s.words[with + 1].lower == "the")))
            continue;
        std::size_t end = with + 1;
        auto gone = joinedFrom(s, a, binder, &end);
        if (end < s.words.size() && s.words[end].lower.ends_with("ly"))
            ++end; // "largely", "quickly"
        if (end >= s.words.size())
            return {};
        const auto& v = s.words[end].lower;
        const auto& next = end + 1 < s.words.size() ? s.words[end + 1].lower : std::string();
        const bool leaving = v == "withdrawing" || v == "retreating" || v == "fleeing" ||
                             ((v == "pulling" || v == "moving") && (next == "out" || next == "back")) ||
                             (v == "melting" && next == "away");
        const std::size_t after = end + (next == "out" || next == "back" || next == "away" ? 2 : 1);
        return leaving && namesNoPlace(s, after) ? gone : std::vector<Binding>{};
    }
    return {};
}

// "HTS took full control of the city after government forces pulled out of its last
// neighbourhoods", "swept into al-Kiswah after government troops there pulled out without firing
// a shot", "took control of Palmyra following the withdrawal of regime forces": a withdrawal in a
// clause after the capture that names no place of its own left the captured place.
std::vector<Binding> withdrewFirst(const Sent& s, const Trigger& t, const ActorBinder& binder,
                                   const ActorMatcher& actors)
{
    for (std::size_t k = t.last; k < std::min(t.last + 20, s.words.size()); ++k) {
        if (clauseStop(s, t, k))
            return {};
        // (Not "as": "seized almost the entire southwest as government forces retreated" tells
        // of a retreat beside the capture, not from its place.)
        const auto& w = s.words[k].lower;
        if (w == "with" && k > 0 && s.words[k - 1].lower == ",")
            return withdrawingWith(s, k, binder);
        if (w != "after" && w != "when" && w != "once" && w != "following")
            continue;
        std::size_t from = k + 1;
        for (const auto& g : s.triggers) {
            // (Past a relative clause's own verb: "after Iraqi militias that had controlled the
            // crossing for years pulled back into Iraq".)
            const bool relative = g.first >= 2 && (s.words[g.first - 2].lower == "that" || s.words[g.first - 2].lower == "who" ||
                                                   s.words[g.first - 2].lower == "which");
            // ("pulled back into Iraq": a retreat to a place is a withdrawal from the one it left.)
            const bool withdrawal = g.kind == ClaimKind::Withdrew || g.frame == TriggerFrame::RetreatTo;
            if (g.first <= k || (relative && !withdrawal))
                continue;
            if (g.first > k + 16 || !withdrawal)
                return {};
            // "following the withdrawal of regime forces", "after the withdrawal of the Damascus
            // government's forces and allied Iranian-backed groups": the actors after "of".
            if (g.frame == TriggerFrame::Nominal && g.ofActor) {
                std::size_t at = g.last;
                while (at < s.words.size() && at < g.last + 4 &&
                       (s.words[at].lower == "the" || std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) {
                            return p.first <= at && at < p.last;
                        })))
                    ++at;
                for (std::size_t a = 0; a < s.actors.size(); ++a)
                    if (!s.actors[a].pronoun && s.actors[a].firstWord == at) {
                        std::size_t end = at;
                        auto gone = joinedFrom(s, a, binder, &end);
                        return namesNoPlace(s, end) ? gone : std::vector<Binding>{};
                    }
                return {};
            }
            if (!namesNoPlace(s, g.last))
                return {};
            if ((g.frame != TriggerFrame::Active && g.frame != TriggerFrame::RetreatTo) || w == "following")
                return {};
            // (After "and", the subject opens the second clause: "and army units pulled out".)
            const auto subject = from == k + 1 ? binder.subjectOf(s, g, from, false) : binder.actorIn(s, from, g.first, 2);
            // ("after the regime's collapse in Aleppo left the enclave exposed": the collapse left.)
            if (subject && subject->word >= from && !subject->actorId.empty()) {
                if (!possessive(s, *subject))
                    return coordinatedSubjects(s, g, *subject, actors);
                // "after the regime's customs and security personnel left their posts": what the
                // possessor owns is itself an actor of its side, and it left (not "the regime's
                // collapse", which names none).
                const auto owned = binder.actorIn(s, subject->word + 1, g.first, 2);
                return owned && !owned->pronoun && actors.related(owned->actorId, subject->actorId)
                           ? std::vector<Binding>{*owned}
                           : std::vector<Binding>{};
            }
            // "after the governor and security chiefs fled and army units pulled out of their
            // barracks there": past a subject that names no side, to the next withdrawal.
            if (g.last >= s.words.size() || s.words[g.last].lower != "and")
                return {};
            from = g.last + 1;
        }
        return {};
    }
    return {};
}

} // namespace

ClaimParty withCounterpart(const Sent& s, const Trigger& t, const ClauseSpan& span, bool passive,
                           const Binding& actor, const ActorBinder& binder, const ActorMatcher& actors)
{
    const std::size_t left = span.left;
    const std::size_t windowEnd = span.windowEnd;
    ClaimParty out{actor, t.kind, {}, std::nullopt};
    // "lost Hama to the rebels": a capture by the winner, or a withdrawal by the loser.
    if (t.frame == TriggerFrame::Loss) {
        for (std::size_t k = t.last; k < windowEnd; ++k)
            if (s.words[k].lower == "to")
                if (auto winner = binder.actorIn(s, k + 1, std::min(k + 5, windowEnd + 1), 3)) {
                    // "a day after losing control of Daraa and Suwayda provinces to local factions":
                    // control the loser says it lost is its withdrawal too ("the army lost the
                    // airport to the rebels" tells of the rebels' capture).
                    const bool control = std::any_of(s.words.begin() + static_cast<std::ptrdiff_t>(t.first),
                                                     s.words.begin() + static_cast<std::ptrdiff_t>(t.last),
                                                     [](const Word& w) { return w.lower == "control"; });
                    if (control && !out.actor.actorId.empty() && !out.actor.generic &&
                        !actors.related(out.actor.actorId, winner->actorId)) {
                        out.alsoLost = {out.actor};
                        out.alsoLost.front().pronoun = false;
                    }
                    out.counterpart = out.actor.actorId;
                    out.actor = *winner;
                    out.kind = ClaimKind::Captured;
                }
    } else if (t.kind == ClaimKind::Captured && !passive) {
        for (std::size_t k = t.last; k < windowEnd; ++k)
            if (s.words[k].lower == "from" && !backingFrom(s, k)) {
                // "from the U.S.-backed, Kurdish-led Syrian Democratic Forces": past the modifiers.
                const std::size_t to = std::max(std::min(k + 5, windowEnd + 1), modifiedActorEnd(s, k + 1));
                if (auto loser = binder.actorIn(s, k + 1, to, 3, out.actor.actorId)) {
                    out.counterpart = loser->actorId;
                    out.loser = loser;
                }
            }
        // "drove the SDF out of Manbij", "expelled regime forces from the city": the expelled lost it.
        const bool expels = isExpulsion(s.words[t.first].lower);
        // ("drove the U.S.-backed, Kurdish-led Syrian Democratic Forces out of Manbij": past the modifiers.)
        const std::size_t expelledEnd = std::max(t.last + 6, modifiedActorEnd(s, t.last) + 1);
        for (std::size_t k = t.last + 1; expels && !out.loser && k < windowEnd && k < expelledEnd; ++k) {
            const bool outOf = s.words[k].lower == "out" && k + 1 < s.words.size() && s.words[k + 1].lower == "of";
            if (s.words[k].lower == "from" || outOf)
                if (auto loser = binder.actorIn(s, t.last, k, 3, out.actor.actorId)) {
                    out.counterpart = loser->actorId;
                    out.loser = loser;
                }
        }
        // "captured Manbij, driving out the Manbij Military Council", "seized the airport, wresting
        // it from Kurdish forces", "took control of the city after expelling the regime's security
        // branches": the side a participle after the capture drives out lost the place.
        if (!out.loser)
            if (const auto at = expulsionAfter(s, t); at != std::string::npos) {
                std::size_t from = at + 1;
                for (std::size_t k = at + 1; k < std::min(at + 4, s.words.size()); ++k)
                    if (s.words[k].lower == "from")
                        from = k + 1; // "wresting it from"
                const std::size_t to = std::max(std::min(from + 8, s.words.size()), modifiedActorEnd(s, from));
                // ("forcing thousands of Kurdish families to flee": civilians are nobody's side.)
                for (const auto& a : s.actors)
                    if (!out.loser && a.firstWord >= from && a.lastWord <= to && !civilians(s, a.lastWord))
                        if (auto loser = binder.actorIn(s, a.firstWord, a.lastWord, 2, out.actor.actorId)) {
                            out.counterpart = loser->actorId;
                            out.loser = loser;
                        }
            }
        if (!out.loser)
            if (auto loser = drivenBackBefore(s, t, binder, out.actor.actorId)) {
                out.counterpart = loser->actorId;
                out.loser = loser;
            }
        // "captured Tal Rifaat from the group", "drove it out of Manbij": the group named before,
        // not the winner, lost it.
        if (out.loser && out.loser->pronoun && !out.loser->actorId.empty() &&
            !actors.related(out.loser->actorId, out.actor.actorId))
            out.loser->pronoun = false;
    }
    // The side that left the place, named in a clause after the capture or entry.
    if ((t.kind == ClaimKind::Captured || t.kind == ClaimKind::Entered) && !passive && t.frame != TriggerFrame::Loss) {
        out.alsoLost = leftBy(s, t, binder);
        if (out.alsoLost.empty())
            out.alsoLost = withdrewFirst(s, t, binder, actors);
        if (out.alsoLost.empty() && t.kind == ClaimKind::Captured)
            out.alsoLost = foughtThenWithdrew(s, t, binder);
        std::erase_if(out.alsoLost, [&](const Binding& b) {
            return b.actorId.empty() || b.generic || actors.related(b.actorId, out.actor.actorId);
        });
    }
    if (t.kind == ClaimKind::Surrendered) {
        for (const auto& a : s.actors)
            if (a.lastWord <= actor.word && a.firstWord >= left && !a.pronoun &&
                !actors.related(a.actorId, actor.actorId))
                out.counterpart = a.actorId;
    }
    return out;
}

} // namespace sitrep::text::detail
