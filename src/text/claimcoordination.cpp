// The subjects coordinated with a claim's actor: every party of "A, B and C withdrew" did what the
// verb says. A party may be a force of a named one ("fighters of Hezbollah"), carry its post
// ("the government garrison in Deir ez-Zor and the Iran-backed militias abandoned the city") or
// share its noun with the next ("Russian and Syrian troops left").
#include "claimactors.h"
#include "claimsentence.h"
#include "claimwords.h"

#include <algorithm>
#include <string>

namespace sitrep::text::detail {

namespace {

// Nouns for a party's men or posts: "fighters of Hezbollah", "the government garrison in …".
bool forceNoun(std::string_view w)
{
    return w == "fighters" || w == "members" || w == "militias" || w == "militiamen" || w == "units" ||
           w == "troops" || w == "forces" || w == "soldiers" || w == "elements" || w == "gunmen" || w == "men" ||
           w == "advisers" || w == "advisors" || w == "garrison" || w == "garrisons";
}

// Words [from, to) are "[the] [local] fighters of [the]" before a named party: "regime forces and
// fighters of Hezbollah", "the local militias of the Iranian Revolutionary Guard".
bool forceOf(const Sent& s, std::size_t from, std::size_t to)
{
    std::size_t k = from;
    while (k < to && (s.words[k].lower == "the" || s.words[k].lower == "local"))
        ++k;
    if (k + 1 >= to || !forceNoun(s.words[k].lower) || s.words[k + 1].lower != "of")
        return false;
    k += 2;
    if (k < to && s.words[k].lower == "the")
        ++k;
    return k == to;
}

struct Gap {
    bool ok = false;
    bool sawAnd = false;
};

// The words [from, to) between two parties of one list: "and", commas, "the", "allied" (and
// "its", "their" when `possessives`); after a party, its post and place ("garrison in Deir
// ez-Zor"); before the next, its force ("fighters of").
Gap listGap(const Sent& s, std::size_t from, std::size_t to, bool possessives)
{
    Gap g;
    std::size_t k = from;
    if (k < to && forceNoun(s.words[k].lower) && k + 1 < to &&
        (s.words[k + 1].lower == "in" || s.words[k + 1].lower == "at"))
        ++k;
    if (k < to && k > 0 && forceNoun(s.words[k - 1].lower) && (s.words[k].lower == "in" || s.words[k].lower == "at")) {
        const auto slot = std::find_if(s.slots.begin(), s.slots.end(),
                                       [&](const PlaceSlot& p) { return p.first == k + 1 && p.last <= to; });
        if (slot == s.slots.end())
            return g;
        k = slot->last;
    }
    for (; k < to; ++k) {
        const auto& w = s.words[k].lower;
        if ((w == "and" || w == ",") && k + 1 < to && forceOf(s, k + 1, to)) {
            g.sawAnd = g.sawAnd || w == "and";
            break;
        }
        // "the army and Iran's Revolutionary Guard": the next party's owner.
        if (s.words[k].capitalised && ((k + 1 == to && w.ends_with("'s")) ||
                                       (k + 2 == to && s.words[k + 1].lower == "'s") ||
                                       (k + 3 == to && s.words[k + 1].lower == "'" && s.words[k + 2].lower == "s")))
            break;
        g.sawAnd = g.sawAnd || w == "and";
        if (!(w == "and" || w == "," || w == "allied" || w == "the" || (possessives && (w == "its" || w == "their"))))
            return g;
    }
    g.ok = true;
    return g;
}

// "Russian and Syrian troops left the base": the first adjective with the party's noun, when that
// names a party ("Russian troops").
const ActorMention* sharedNounParty(const Sent& s, const ActorMention& self, const ActorMatcher& actors,
                                    std::vector<ActorMention>& scratch)
{
    const std::size_t a = self.firstWord;
    if (a < 2 || self.lastWord < a + 2 || s.words[a - 1].lower != "and" || !s.words[a].capitalised ||
        !s.words[a - 2].capitalised || s.words[a - 2].punct)
        return nullptr;
    std::string phrase = s.words[a - 2].lower;
    for (std::size_t k = a + 1; k < self.lastWord; ++k)
        phrase += " " + s.words[k].lower;
    scratch = actors.find(phrase);
    if (scratch.size() != 1 || scratch.front().pronoun || scratch.front().generic ||
        scratch.front().text.size() != phrase.size())
        return nullptr;
    return &scratch.front();
}

} // namespace

std::vector<Binding> coordinatedSubjects(const Sent& s, const Trigger& t, const Binding& actor,
                                         const ActorMatcher& actors)
{
    std::vector<Binding> bound {actor};
    const auto self = std::find_if(
        s.actors.begin(), s.actors.end(), [&](const ActorMention& a) { return a.firstWord == actor.word; });
    if (self == s.actors.end())
        return bound;
    const auto add = [&](const ActorMention& m) {
        // A bare group ("militias") beside another side's named actor is not a party of its own.
        if (m.generic && !actor.generic && !actors.related(m.actorId, actor.actorId))
            return;
        if (std::none_of(bound.begin(), bound.end(), [&](const Binding& b) { return b.actorId == m.actorId; }))
            bound.push_back(Binding {m.actorId, actor.strength, m.generic, false, m.firstWord});
    };
    // The parties, without a bare force noun of a named one ("fighters" of "fighters of Hezbollah").
    std::vector<const ActorMention*> parties;
    for (const auto& m : s.actors)
        if (&m == &*self || !(m.generic && m.lastWord < s.words.size() && s.words[m.lastWord].lower == "of"))
            parties.push_back(&m);
    const auto at = static_cast<std::size_t>(
        std::find(parties.begin(), parties.end(), &*self) - parties.begin());
    // Forward: "Regime forces and Hezbollah withdrew", "Syrian troops, Hezbollah fighters and Iraqi
    // militias pulled out" — the last party right before the verb, after an "and".
    std::vector<const ActorMention*> after;
    bool lastAnd = false;
    for (std::size_t i = at; i + 1 < parties.size(); ++i) {
        const auto& next = *parties[i + 1];
        if (next.pronoun || next.lastWord > t.first)
            break;
        const Gap g = listGap(s, parties[i]->lastWord, next.firstWord, false);
        if (!g.ok)
            break;
        after.push_back(&next);
        lastAnd = g.sawAnd;
    }
    bool adjacent = !after.empty() && lastAnd; // and the last party stands right before the verb
    for (std::size_t k = after.empty() ? t.first : after.back()->lastWord; k < t.first; ++k)
        adjacent = adjacent && (isSoftWord(s.words[k].lower) || isNegationAt(s.words, k));
    if (!adjacent)
        after.clear();
    // Back: "The army, the Republican Guard and Iran-backed militias withdrew" — commas, and an
    // "and" before the party nearest the verb.
    std::vector<const ActorMention*> before;
    for (std::size_t i = at; i > 0; --i) {
        const auto& prev = *parties[i - 1];
        if (prev.pronoun || prev.lastWord >= parties[i]->firstWord)
            break;
        Gap g = listGap(s, prev.lastWord, parties[i]->firstWord, true);
        // ("the regime's local militias and Hezbollah fighters withdrew": the owner's force and it.)
        if (!g.ok && i == at && !prev.generic && self->firstWord >= 1 &&
            s.words[self->firstWord - 1].lower == "and" &&
            possessedConjunct(s, prev.firstWord, self->firstWord - 1) == &prev)
            g = Gap {true, true};
        if (!g.ok || (i == at && !g.sawAnd && after.empty()))
            break;
        before.push_back(&prev);
    }
    if (!before.empty()) {
        const auto& prev = *before.front();
        // "Regime forces and militias withdrew": a bare group beside another side's named actor is
        // that side's ("HTS and allied factions" stay two of one side).
        if (actor.generic && !prev.generic && !actors.related(prev.actorId, actor.actorId))
            bound.front().actorId = prev.actorId;
        for (const auto* m : before)
            if (m->actorId != bound.front().actorId)
                add(*m);
    }
    std::vector<ActorMention> scratch;
    if (const auto* shared = sharedNounParty(s, *self, actors, scratch))
        add(*shared);
    for (const auto* m : after)
        if (m->actorId != actor.actorId)
            add(*m);
    return bound;
}

} // namespace sitrep::text::detail
