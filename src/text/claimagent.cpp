// Whose claim a trigger makes (claimactors.h): by the trigger's frame, the subject of an active
// verb, the agent of a passive, the actor after "the withdrawal of", the party after "under the
// control of" or "in the hands of"; the side the article last spoke of for an agentless capture.
// The other side of a claim is claimcounterpart.cpp's.
#include "claimactors.h"
#include "claimliberators.h"
#include "claimsubjectcompany.h"
#include "claimsubjectreach.h"

#include <algorithm>
#include <array>
#include <optional>

namespace sitrep::text::detail {

using core::ClaimKind;

namespace {

// Where ", which …" / ", who …" opens a relative clause closed by the comma at `comma`
// (within fifteen words), or npos.
std::size_t relativeStart(const Sent& s, std::size_t comma)
{
    for (std::size_t k = comma; k-- > 1 && k + 15 > comma;) {
        const auto& w = s.words[k].lower;
        if (w == ";" || w == "said" || w == "says")
            break;
        if ((w == "which" || w == "who" || w == "where") && s.words[k - 1].lower == ",")
            return k;
    }
    return std::string::npos;
}

bool inTimeWords(const Sent& s, std::size_t i)
{
    return std::any_of(s.times.begin(), s.times.end(), [&](const auto& t) {
        return t.second.start <= s.words[i].start && s.words[i].end <= t.second.end;
    });
}

// "X seized A on Monday and on Tuesday took B": the "and" that opens a predicate with no subject
// of its own (only adverbs, commas and time words between it and the verb), or npos.
std::size_t predicateAnd(const Sent& s, std::size_t verb)
{
    // "HTS-led fighters attack government positions west of Aleppo, capturing Anjara": an adverbial
    // participle after a comma is a predicate of the clause's subject, not of its object's owner
    // (round 107; not ", leaving", what a gain leaves behind).
    if (verb >= 2 && s.words[verb - 1].lower == "," && s.words[verb].lower.ends_with("ing")
        && s.words[verb].lower != "leaving")
        return verb - 1;
    for (std::size_t k = verb; k-- > 0;) {
        const auto& w = s.words[k].lower;
        // "The rebels seized most of Aleppo late last month, then captured Hama": ", then" too.
        if (w == "and" || (w == "then" && k > 0 && s.words[k - 1].lower == ","))
            return k;
        const bool beforeTime = k + 1 < verb && inTimeWords(s, k + 1) && (w == "on" || w == "in" || w == "by");
        if (!isSoftWord(w) && !inTimeWords(s, k) && !beforeTime)
            return std::string::npos;
    }
    return std::string::npos;
}

// Irregular past tenses that open a predicate ("broke through the army's lines").
bool isIrregularPast(std::string_view w)
{
    static constexpr std::array<std::string_view, 12> kVerbs{"broke", "drove", "fought", "beat", "won", "struck",
                                                             "hit", "made", "threw", "began", "ran", "overran"};
    return std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
}

// The first verb of a predicate in words [from, to): a trigger, or a word that reads as one; npos.
std::size_t firstVerb(const Sent& s, std::size_t from, std::size_t to)
{
    for (std::size_t k = from; k < to; ++k)
        if (isVerbLike(s.words[k].lower) || isIrregularPast(s.words[k].lower) ||
            std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) { return g.first == k; }))
            return k;
    return std::string::npos;
}

// Whether a verb follows the actor bound at `b` (adverbs stepped over): it is a subject.
bool opensPredicate(const Sent& s, const Binding& b)
{
    for (const auto& a : s.actors)
        if (a.firstWord == b.word) {
            std::size_t k = a.lastWord;
            while (k < s.words.size() && isSoftWord(s.words[k].lower) && s.words[k].lower != ",")
                ++k;
            return k < s.words.size() && firstVerb(s, k, k + 1) == k;
        }
    return false;
}

// "Government forces pushed the rebels back and retook Kafraa", "HTS militants broke through the
// army's lines and seized several villages", "The same operation captured the airport, after
// regime forces abandoned it, and took Nubl": a second predicate with no subject of its own
// shares the first predicate's subject — not an actor inside the first one's object, nor one in a
// clause closed before the "and". The subject of the first verb of the clause, when that verb
// stands between it and the actor found nearest (`nearest`).
std::optional<Binding> sharedPredicateSubject(const Sent& s, const Trigger& t, std::size_t left,
                                              const std::optional<Binding>& nearest, const ActorBinder& binder)
{
    const std::size_t andAt = predicateAnd(s, t.first);
    // ("burned their documents and left": a possessive in the object is the subject's own.)
    const bool possessive = nearest && nearest->pronoun &&
                            (s.words[nearest->word].lower == "their" || s.words[nearest->word].lower == "its");
    if (andAt == std::string::npos || andAt < left || possessive)
        return std::nullopt;
    std::size_t from = left;
    std::size_t to = andAt;
    // ", after regime forces abandoned it, and took": the clause before the subordinate one.
    if (andAt > 0 && s.words[andAt - 1].lower == "," && left >= 2 && s.words[left - 2].lower == ",") {
        to = left - 2;
        from = 0;
        for (std::size_t k = to; k-- > 0 && from == 0;)
            if (s.words[k].lower == ";" || s.words[k].lower == ":")
                from = k + 1;
    } else if (nearest && opensPredicate(s, *nearest)) {
        // "as government troops abandoned their posts, SDF fighters crossed the Euphrates and
        // entered Deir ez-Zor": the nearest actor is the first predicate's own subject.
        return std::nullopt;
    }
    // The verb after the clause's first actor in subject position ("According to the ministry,
    // HTS militants broke through …": not "according").
    const auto opener = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& a) {
        return a.firstWord >= from && a.lastWord <= to && !inAttribution(s, a.firstWord, a.lastWord) &&
               !isObliqueMarker(wordBefore(s, a.firstWord));
    });
    if (opener == s.actors.end())
        return std::nullopt;
    std::size_t verb = firstVerb(s, opener->lastWord, to);
    // A timeline's present tense reads as no verb ("HTS fighters attack government positions,
    // capturing …"): before a participle, the word right after the subject is its verb.
    if (verb == std::string::npos && s.words[andAt].lower == "," && opener->lastWord < to
        && !s.words[opener->lastWord].punct && !isObliqueMarker(s.words[opener->lastWord].lower))
        verb = opener->lastWord;
    if (verb == std::string::npos || (nearest && nearest->word < verb))
        return std::nullopt;
    Trigger first = t;
    first.first = verb;
    first.last = verb + 1;
    auto subject = binder.subjectOf(s, first, from, false);
    if (!subject || subject->word < from || subject->strength < 2 || (nearest && nearest->actorId == subject->actorId))
        return std::nullopt;
    subject->strength = 2;
    return subject;
}

// "local fighters in Daraa – the cradle of the 2011 uprising – seized the provincial capital": the
// actor before an aside between spaced dashes that closes right before the verb. "rebels who had
// made their peace with the regime in 2018 took up arms again and seized Daraa": the actor before
// a relative clause with no commas, whose own verb comes before the trigger. `start`: where the
// aside or the relative clause opens.
std::optional<ActorMention> subjectBeforeAside(const Sent& s, const Trigger& t, std::size_t& start)
{
    auto dash = [&](std::size_t i) {
        const auto& w = s.words[i].lower;
        return (w == "-" || w == "\u2013" || w == "\u2014") && i > 0 && s.words[i - 1].end < s.words[i].start;
    };
    std::size_t k = t.first;
    while (k > 0 && isSoftWord(s.words[k - 1].lower) && s.words[k - 1].lower != ",")
        --k;
    if (k >= 2 && dash(k - 1)) {
        for (std::size_t j = k - 1; j-- > 1 && j + 16 > k;) {
            if (s.words[j].lower == ";" || s.words[j].lower == ":")
                return std::nullopt;
            if (dash(j)) {
                start = j;
                return actorEndingAt(s, j);
            }
        }
        return std::nullopt;
    }
    for (std::size_t j = t.first; j-- > 1 && j + 25 > t.first;) {
        const auto& w = s.words[j].lower;
        if (w == ";" || w == ":" || w == "," || w == "said" || w == "says" || w == "say" || w == "told" ||
            w == "\"" || dash(j))
            return std::nullopt;
        if (w != "who" && w != "that")
            continue;
        bool verb = false;
        for (std::size_t v = j + 1; v < t.first && !verb; ++v)
            verb = isVerbLike(s.words[v].lower) || isIrregularPast(s.words[v].lower);
        if (!verb)
            return std::nullopt;
        start = j;
        return actorEndingAt(s, j);
    }
    return std::nullopt;
}

// "units operating in the northern Hama countryside, backed by reinforcements …, regained control of
// Halfaya", "our units in the southern Idlib countryside redeployed from Khan Shaykhun": a place
// phrase right after the subject (a participle of placement, "in" / "near" / "around", articles and
// compass words, the place, its "countryside" or "province") that runs to a comma or the verb is
// part of the subject, no other noun standing before the verb.
bool placedSubject(const Sent& s, const Binding& actor, std::size_t verb)
{
    const auto self = std::find_if(s.actors.begin(), s.actors.end(),
                                   [&](const ActorMention& a) { return a.firstWord == actor.word; });
    if (self == s.actors.end())
        return false;
    std::size_t k = self->lastWord;
    auto at = [&](std::size_t i) { return i < verb ? std::string_view(s.words[i].lower) : std::string_view(); };
    if (at(k) == "stationed" || at(k) == "based" || at(k) == "deployed" || at(k) == "positioned" || at(k) == "operating")
        ++k;
    if (at(k) != "in" && at(k) != "near" && at(k) != "around" && at(k) != "at") // round 117: "soldiers at the air base"
        return false;
    const std::size_t open = ++k;
    while (at(k) == "the" || at(k) == "northern" || at(k) == "southern" || at(k) == "eastern" || at(k) == "western" ||
           at(k) == "central" || at(k) == "rural")
        ++k;
    const auto slot = std::find_if(s.slots.begin(), s.slots.end(),
                                   [&](const PlaceSlot& p) { return p.first >= open && p.first <= k; });
    if (slot == s.slots.end() || slot->last > verb)
        return false;
    k = slot->last;
    // Round 78: "units stationed in Halfaya and Taybat al-Imam had been redeployed": a list of
    // places is one place phrase ("in Daraa and Sweida provinces").
    for (auto next = slot + 1; next != s.slots.end() && (at(k) == "and" || at(k) == ",") && next->first == k + 1
         && next->last <= verb; ++next)
        k = next->last;
    if (at(k) == "countryside" || at(k) == "province" || at(k) == "governorate" || at(k) == "provinces")
        ++k;
    if (at(k) == "'" && at(k + 1) == "s" && !at(k + 2).empty()) // round 117: "soldiers at the town's checkpoints"
        k += 3;
    while (k < verb && isSoftWord(s.words[k].lower) && s.words[k].lower != ",")
        ++k;
    return k == verb || at(k) == ",";
}

// Whether the "by" at `k` opens a time ("by dawn", "by Monday morning", "by then").
bool byTime(const Sent& s, std::size_t k)
{
    static constexpr std::array<std::string_view, 16> kTimes{
        "dawn", "daybreak", "nightfall", "noon", "midday", "midnight", "morning", "afternoon",
        "evening", "night", "sunset", "sunrise", "then", "now", "late", "early"};
    return s.words[k].lower == "by" && k + 1 < s.words.size() &&
           (inTimeWords(s, k) || inTimeWords(s, k + 1) ||
            std::find(kTimes.begin(), kTimes.end(), s.words[k + 1].lower) != kTimes.end());
}

// The "by" of a passive's agent in its clause (not "by dawn", a time), or npos.
std::size_t agentBy(const Sent& s, const Trigger& t, std::size_t right)
{
    for (std::size_t k = t.last; k + 1 < std::min(right, s.words.size()); ++k)
        if (s.words[k].lower == "by" && !byTime(s, k))
            return k;
    return std::string::npos;
}

// "By dawn that day HTS's men were in Damascus", "by Monday morning HTS gunmen were in the city
// centre": a bare "were in" is an arrival only right after its actor (a pronoun too), with a
// "by" time before it in its sentence; "rebel delegates were in Damascus" is none.
std::optional<ActorMention> arrivedBy(const Sent& s, const Trigger& t)
{
    bool by = false;
    for (std::size_t k = 0; k < t.first && !by; ++k)
        by = byTime(s, k);
    // Round 102: "southern fighters were in al-Kiswah, barely 15 km from Umayyad Square, by late
    // Saturday": the time after the place, in its clause.
    for (std::size_t k = t.last; k < s.words.size() && !by && s.words[k].lower != ";" && s.words[k].lower != "and"; ++k)
        by = byTime(s, k);
    // "HTS's men": the possessor's.
    std::size_t end = t.first;
    if (end >= 3 && s.words[end - 3].lower == "'" && s.words[end - 2].lower == "s")
        end -= 3;
    for (const auto& a : s.actors)
        if (by && a.lastWord == end)
            return a;
    return std::nullopt;
}

// The side an agentless claim falls back to: for a capture in a time clause ("shortly before the
// capital fell", "a day after Aleppo fell"), the side its own sentence has just told of gaining
// ground; else the side the article last spoke of.
const std::string& fallbackFor(const Sent& s, const Trigger& t, std::size_t left, const ActorBinder& binder)
{
    const std::string_view opener = left > 0 ? std::string_view(s.words[left - 1].lower) : std::string_view();
    // So for one after a semicolon ("The factions entered Talbiseh on Friday; Quneitra
    // fell hours later"): the clause goes on with the gains its sentence just told.
    const bool timeClause = opener == "before" || opener == "after" || opener == "when" || opener == "as" ||
                            opener == "once" || opener == "until" || opener == ";";
    return t.kind == ClaimKind::Captured && timeClause ? binder.fallbackActor() : binder.lastActor();
}

} // namespace

std::optional<Binding> handoverRecipient(const Sent& s, const Trigger& t, std::size_t windowEnd,
                                         const ActorBinder& binder)
{
    if (t.kind != ClaimKind::Withdrew || !s.words[t.first].lower.starts_with("hand"))
        return std::nullopt;
    // ("handing the city on Friday to local factions": "to" alone, round 36.)
    for (std::size_t k = t.last; k + 2 < windowEnd; ++k)
        if ((s.words[k].lower == "over" && s.words[k + 1].lower == "to") || s.words[k].lower == "to")
            return binder.actorIn(s, k + (s.words[k].lower == "to" ? 1 : 2), std::min(k + 8, windowEnd + 1), 2);
    return std::nullopt;
}

std::optional<Binding> claimActor(const Sent& s, const Trigger& t, const ClauseSpan& span, bool passive,
                                  const std::optional<Binding>& ofActor, const ActorBinder& binder,
                                  const ActorMatcher& actors)
{
    const std::size_t left = span.left;
    const std::size_t right = span.right;
    const std::size_t windowEnd = span.windowEnd;
    const ClaimKind kind = t.kind;
    std::optional<Binding> actor;
    switch (t.frame) {
    case TriggerFrame::Active:
    case TriggerFrame::RetreatTo:
    case TriggerFrame::Loss:
    case TriggerFrame::Presence:
        if (passive) {
            // Up to ten words: "by U.S.-backed Kurdish-led forces" is ten tokens. Not another
            // verb's agent: "Palmyra, abandoned by the army on Dec. 7, is now held by the SFA".
            for (std::size_t k = t.first; k < std::min({windowEnd, right}) + 1 && k < s.words.size(); ++k)
                if (s.words[k].lower == "by") {
                    if (kind == ClaimKind::Captured && liberatorWord(s.words[t.last - 1].lower) && byOwnPeople(s, k) &&
                        actors.actor("opposition"))
                        return Binding{"opposition", 2, false, false, k + 1};
                    actor = binder.actorIn(s, k + 1, std::min(k + 11, s.words.size()), 3);
                }
            // "The airport has been abandoned, with staff and soldiers leaving their posts".
            for (std::size_t k = t.last; k + 2 < std::min(t.last + 4, s.words.size()) && !actor && kind == ClaimKind::Withdrew; ++k)
                if (s.words[k].lower == "with")
                    for (std::size_t v = k + 2; v < std::min(k + 6, s.words.size()) && !actor; ++v)
                        if (s.words[v].lower == "leaving" || s.words[v].lower == "abandoning" || s.words[v].lower == "fleeing")
                            actor = binder.actorIn(s, k + 1, v, 2);
            if (!actor && kind == ClaimKind::Captured)
                actor = liberatorSpeaking(s, t, binder);
            // "army checkpoints had been abandoned by Friday evening, residents told Gulf News by
            // telephone": no agent in the clause; the posts' owner left them.
            std::size_t comma = t.last;
            while (comma < std::min(right, s.words.size()) && s.words[comma].lower != ",")
                ++comma;
            if (!actor && kind == ClaimKind::Withdrew && agentBy(s, t, comma + 1) == std::string::npos)
                actor = postsOwner(s, t, binder);
            // An agent the matcher does not know ("by its own sons", "by local notables") leaves the
            // capture to nobody, not to the side the article last spoke of.
            if (!actor && agentBy(s, t, right) != std::string::npos)
                return std::nullopt;
        } else {
            actor = binder.subjectOf(s, t, left, kind == ClaimKind::Surrendered);
            if (auto shared = sharedPredicateSubject(s, t, left, actor, binder))
                actor = std::move(shared);
            // "Kurdish-led forces, which hold Sheikh Maqsoud": the relative pronoun's antecedent.
            // "the Manbij Military Council, whose fighters were driven out": the antecedent's fighters.
            const bool whose = left > 0 && s.words[left - 1].lower == "whose" && actor && actor->generic &&
                               actor->word == left;
            if (left > 0 && (s.words[left - 1].lower == "which" || s.words[left - 1].lower == "who" || whose) &&
                (!actor || actor->word < left || whose))
                for (const auto& a : s.actors)
                    if (!a.pronoun && (a.lastWord + 1 == left || (a.lastWord + 2 == left && s.words[a.lastWord].lower == ",")
                                       // round 86: "Hayat Tahrir al-Sham (HTS), which swept into Aleppo"
                                       || (a.lastWord + 3 == left && s.words[a.lastWord].lower == ")" &&
                                           s.words[a.lastWord + 1].lower == ",")
                                       || whereBeforeRelative(s, a, left)))
                        actor = binder.bind(s, backedHead(s, a), 2);
            // "battles with terrorist groups that attacked the city": the actor "that" follows.
            if (const auto that = relativeThat(s, t.first))
                for (const auto& a : s.actors)
                    if (!a.pronoun && a.lastWord == *that)
                        actor = binder.bind(s, a, 2);
            // Bare "inside": only right after its actor ("reports of rebels inside Homs").
            if (t.frame == TriggerFrame::Presence && t.last == t.first + 1 && s.words[t.first].lower == "inside") {
                actor.reset();
                for (const auto& a : s.actors)
                    if (a.lastWord == t.first && !a.pronoun)
                        actor = binder.bind(s, a, 3);
                if (!actor)
                    return std::nullopt;
            }
            if (t.frame == TriggerFrame::Presence && t.last == t.first + 2 && s.words[t.first + 1].lower == "in" &&
                (s.words[t.first].lower == "were" || s.words[t.first].lower == "was")) {
                const auto a = arrivedBy(s, t);
                if (!a)
                    return std::nullopt;
                actor = binder.bind(s, *a, 3);
            }
            // A finite verb needs its subject in its own clause ("as Assad left the capital");
            // only a participle or infinitive borrows one ("…, capturing", "reported gaining").
            const auto& verb = s.words[t.first].lower;
            const bool nonFinite = verb.ends_with("ing") || (t.first > 0 && s.words[t.first - 1].lower == "to") ||
                                   (t.first > 1 && s.words[t.first - 2].lower == "to" &&
                                    (s.words[t.first - 1].lower == "have" || s.words[t.first - 1].lower == "be"));
            // "Rebels declared Damascus liberated": the speaker is the one who took it.
            const bool declares = verb == "declared" || verb == "declare" || verb == "declares";
            // "Kurdish fighters moved into the facility but pulled out": a second verb with no
            // subject of its own shares the first one's.
            bool sharedSubject = left > 0 && s.words[left - 1].lower == "but";
            for (std::size_t k = left; k < t.first && sharedSubject; ++k)
                sharedSubject = isSoftWord(s.words[k].lower);
            // (Nor "Fighters of HTS (an organisation recognised as terrorist) took…": a verb inside
            // the brackets opens no clause of its own.)
            if (actor && actor->strength == 1 && !nonFinite && !declares && !sharedSubject &&
                !bracketedSubject(s, *actor, t.first) && !appositionOpener(s, *actor, t.first, left))
                actor.reset();
            // "a counterattack that forced the militia gunmen to withdraw from Hatla": the one forced
            // to do it, not the one forcing.
            if (t.first >= 2 && s.words[t.first - 1].lower == "to")
                for (const auto& a : s.actors)
                    if (a.lastWord + 1 == t.first && a.firstWord >= 1) {
                        const auto& cause = s.words[a.firstWord - 1].lower;
                        if (cause == "forced" || cause == "forcing" || cause == "forces" || cause == "force" ||
                            cause == "compelled" || cause == "compelling" || cause == "obliged" ||
                            cause == "pushed" || cause == "pushing")
                            actor = binder.bind(s, a, 3);
                    }
            // "After taking Saraqib, rebels advanced south": the subject after the fronted clause.
            if (!actor && nonFinite && left == 1 && s.words[0].lower == "after")
                for (const auto& a : s.actors)
                    if (!actor && a.firstWord > t.last && !a.pronoun && a.firstWord >= 1 &&
                        (s.words[a.firstWord - 1].lower == "," ||
                         (a.firstWord >= 2 && s.words[a.firstWord - 2].lower == ",")))
                        actor = binder.bind(s, a, 2);
            bool fromRelative = false;
            // "The Syrian National Army (SNA), which launched its own operation as Aleppo
            // fell, overran Tal Rifaat": the subject before the relative clause.
            const std::size_t comma = t.first >= 1 && s.words[t.first - 1].lower == "," ? t.first - 1
                                      : left >= 1 && s.words[left - 1].lower == ","   ? left - 1
                                                                                      : 0;
            // "Hezbollah militias, which had fought alongside the regime for years, withdrew from
            // al-Qusayr": an actor inside the relative clause is not the main verb's subject.
            if (actor && !nonFinite && comma > 0 && actor->word < comma && actor->word > relativeStart(s, comma))
                actor.reset();
            // "Fighters of the Military Operations Command (MOC), the coalition led by HTS that
            // toppled the Assad government, entered the city": nor is one inside an apposition; the
            // actor the apposition describes is.
            if (actor && !nonFinite && comma > 0)
                if (auto described = appositionSubject(s, comma, *actor, binder)) {
                    fromRelative = !described->actorId.empty();
                    actor = std::move(described);
                }
            if (!actor && !nonFinite && comma > 0)
                if (const auto a = binder.antecedentBeforeRelative(s, comma)) {
                    actor = binder.bind(s, *a, 2);
                    fromRelative = !actor->actorId.empty();
                }
            std::size_t asideStart = 0;
            if (const auto a = nonFinite ? std::nullopt : subjectBeforeAside(s, t, asideStart)) {
                // "Hezbollah fighters and (the) Iranian-backed militias that had guarded the shrine …
                // pulled out": the first of the subjects the relative clause closes.
                const std::size_t lead = a->firstWord - (a->firstWord >= 2 && s.words[a->firstWord - 1].lower == "the");
                bool conjunct = false;
                if (actor && actor->word < a->firstWord && lead >= 1 && s.words[lead - 1].lower == "and")
                    for (const auto& o : s.actors)
                        conjunct = conjunct || (o.firstWord == actor->word && o.lastWord + 1 == lead);
                if (actor && actor->word == a->firstWord)
                    fromRelative = true; // the subject found already: no other subject to look for
                else if (conjunct) {
                    // the one the clause follows, as after "who"; the subjects before it join it.
                    if (auto b = binder.bind(s, *a, actor->strength); !b.actorId.empty())
                        actor = std::move(b);
                    fromRelative = true;
                } else if (!actor || actor->strength < 2 || (actor->word > asideStart && actor->strength < 3))
                    if (auto b = binder.bind(s, *a, 2); !b.actorId.empty()) {
                        actor = std::move(b);
                        fromRelative = true;
                    }
            }
            // "The rebels seized most of Aleppo, Syria's largest city, late last month, then captured
            // Hama": ", then" opens a second predicate of the subject that opened the first.
            const bool thenShared = actor && !actor->pronoun && t.first >= 2 && s.words[t.first - 1].lower == "then" &&
                                    s.words[t.first - 2].lower == "," && opensPredicate(s, *actor);
            if (kind != ClaimKind::Surrendered && t.frame != TriggerFrame::Presence && !fromRelative && !thenShared &&
                nonActorSubject(s, t.first, nonFinite) && !(actor && placedSubject(s, *actor, t.first)) &&
                !(actor && countedCompany(s, *actor, t.first)) &&
                !(actor && (madeUseTo(s, *actor, t.first) || adverbialSubject(s, *actor, t.first))))
                actor.reset();
        }
        break;
    case TriggerFrame::Nominal: {
        if (ofActor) {
            actor = ofActor;
            break;
        }
        if (s.words[t.last - 1].lower == "by") // "an attack by terrorist groups on Homs"
            actor = binder.actorIn(s, t.last, std::min(t.last + 6, s.words.size()), 3);
        for (std::size_t k = t.last; k < windowEnd && !actor; ++k)
            if (s.words[k].lower == "by")
                actor = binder.actorIn(s, k + 1, std::min(k + 6, windowEnd), 3);
        // "they are repelling the assault on Homs": the attackers are the ones contesting it,
        // and without "by" nobody names them.
        if (!actor && s.words[t.first].lower.starts_with("repel"))
            return std::nullopt;
        // "the army had repelled an attempt to infiltrate the city": the subject defends.
        if (!actor) {
            const auto before = wordBefore(s, t.first);
            if (before.starts_with("repel") || before.starts_with("thwart") || before.starts_with("foil") ||
                before.starts_with("repuls"))
                return std::nullopt;
        }
        // "Factions … entered the city hours after the withdrawal": a bare withdrawal after "after"
        // is someone else's than the subject's who entered (only a possessive names it, below).
        const bool bareAfter = kind == ClaimKind::Withdrew && t.last == t.first + 1 && t.first >= 2 &&
                               s.words[t.first - 1].lower == "the" &&
                               (s.words[t.first - 2].lower == "after" || s.words[t.first - 2].lower == "following");
        if (!actor && !bareAfter)
            actor = binder.subjectOf(s, t, left, false);
        // "The General Command had announced a temporary redeployment of units in Aleppo": the
        // Syrian army's word for its withdrawals; units nobody names are the army's.
        const bool ofUnits = std::any_of(s.words.begin() + static_cast<std::ptrdiff_t>(t.first),
                                         s.words.begin() + static_cast<std::ptrdiff_t>(t.last), [](const Word& w) {
                                             return w.lower == "units" || w.lower == "forces" || w.lower == "troops";
                                         });
        if (!actor && ofUnits && (s.words[t.first].lower == "redeployment" || s.words[t.first].lower == "repositioning") &&
            actors.actor("government"))
            actor = Binding{"government", 1, false, false, t.first};
        // "fighting broke out between the SDF and Turkish-backed rebels": the first party.
        for (std::size_t k = t.last; k < windowEnd && !actor && kind == ClaimKind::Contested; ++k)
            if (s.words[k].lower == "between")
                actor = binder.actorIn(s, k + 1, std::min(k + 8, windowEnd), 2);
        // "rebel penetration", "the army's withdrawal": the actor right before the noun.
        for (const auto& a : s.actors) {
            const bool adjacent = a.lastWord == t.first ||
                                  (a.lastWord + 2 == t.first && s.words[a.lastWord].lower == "'");
            const auto before = wordBefore(s, a.firstWord);
            if (!a.pronoun && adjacent && (before == "and" || !isObliqueMarker(before)) &&
                (!actor || actor->strength < 3))
                actor = Binding{a.actorId, 2, a.generic, false, a.firstWord};
        }
        // "denied what was circulated by terrorist groups about their entry into Qamhana": a
        // possessive pronoun on the noun names whose entry it is.
        if (!actor)
            for (const auto& a : s.actors)
                if (a.pronoun && a.lastWord == t.first &&
                    (s.words[a.firstWord].lower == "their" || s.words[a.firstWord].lower == "its"))
                    if (auto own = binder.bind(s, a, 2); !own.actorId.empty())
                        actor = own;
        if (actor && actor->strength >= 2 && actor->word + 3 < t.first)
            actor->strength = 1; // "the rebel offensive … including the capture of"
        break;
    }
    case TriggerFrame::Ergative:
    case TriggerFrame::UnderControl:
    case TriggerFrame::InHands: {
        const std::size_t from = t.frame == TriggerFrame::InHands && t.first >= 4 ? t.first - 4 : t.last;
        actor = binder.actorIn(s, from, std::min(windowEnd + 1, s.words.size()), 3);
        // round 80: any Ergative "under" too ("Hama fell under rebel control", not "fell under rebel fire"),
        // and "control" may be inside the trigger ("came under the control of HTS").
        const bool under = std::any_of(s.words.begin() + static_cast<std::ptrdiff_t>(t.first),
                                       s.words.begin() + static_cast<std::ptrdiff_t>(t.last),
                                       [](const Word& w) { return w.lower == "under"; });
        if (t.frame != TriggerFrame::Ergative || under || s.words[t.first].lower == "came" ||
            s.words[t.first].lower == "come" || s.words[t.first].lower == "comes" || s.words[t.first].lower == "coming") {
            // "under rebel control" / "in the hands of": the word "control" or "hands" must be there.
            bool control = s.words[t.first].lower == "hands";
            for (std::size_t k = t.first; k < std::min(t.last + 6, s.words.size()); ++k)
                control = control || s.words[k].lower == "control" || s.words[k].lower == "occupation" ||
                          s.words[k].lower == "protection"; // "remain under the protection of the Asayish"
            if (!control || !actor)
                return std::nullopt;
        }
        break;
    }
    case TriggerFrame::HeldAdjective:
        for (const auto& a : s.actors)
            if (a.lastWord == t.first && !a.pronoun)
                actor = Binding{a.actorId, 3, a.generic, false, a.firstWord};
        if (!actor)
            return std::nullopt;
        break;
    }
    // No actor in the sentence: the party the article was just talking about, for agentless
    // captures ("Hama fell on Thursday") only, and only a party that holds ground.
    // Not for a loss: "the airport has been evacuated" says nothing of the side just named.
    if (!actor && (t.frame == TriggerFrame::Ergative || passive || t.frame == TriggerFrame::Nominal) &&
        !(passive && (kind == ClaimKind::Withdrew || kind == ClaimKind::Entered)) && // "a ceasefire had been reached"
        binder.holdsGround(fallbackFor(s, t, left, binder))) {
        // "two days after the liberation of the city of Saraqib", in an opposition outlet's own
        // voice: "liberation" is the victor's word, and the outlet's side is the victor, whoever
        // the article last named (the army that lost the town).
        if (const std::string own = ownVoiceLiberator(s, t, binder, fallbackFor(s, t, left, binder)); !own.empty())
            return Binding{own, 0, false, false, 0};
        return Binding{fallbackFor(s, t, left, binder), 0, false, false, 0};
    }
    if (!actor) // not `return actor;`: g++ 12 warns (-Wmaybe-uninitialized) on moving the empty optional
        return std::nullopt;
    return *actor;
}

} // namespace sitrep::text::detail
