// ActorBinder (claimactors.h): one mention as a binding ("troops" after "the IDF said" are the
// IDF's), the subject of a verb, the actor in a span, the actor before a relative clause. Pronouns
// and the article's memory of actors are claimactors.cpp's.
#include "claimactors.h"
#include "claimwords.h"

#include <algorithm>
#include <array>

namespace sitrep::text::detail {

namespace {

// True when `a` sits inside "( … )" that closes before `verb` and opens right after another actor.
bool inBracketAside(const Sent& s, const ActorMention& a, std::size_t verb)
{
    std::size_t open = a.firstWord;
    while (open > 0 && s.words[open - 1].lower != "(" && s.words[open - 1].lower != ")" && a.firstWord - open < 12)
        --open;
    if (open < 2 || s.words[open - 1].lower != "(")
        return false;
    std::size_t close = a.lastWord;
    while (close < verb && s.words[close].lower != ")" && s.words[close].lower != "(")
        ++close;
    // ("the Syrian Democratic Forces (SDF) moved in": a bracket holding only the name's short
    // form is the same actor.)
    if (close >= verb || s.words[close].lower != ")" || (open == a.firstWord && close == a.lastWord))
        return false;
    return std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& o) {
        return !o.pronoun && o.lastWord == open - 1;
    });
}

// The actor of the country whose media, officials or sources ("Israeli media", "Turkish officials")
// speak the words the bare army word `a` ("troops", "soldiers", "forces") opens; "" when none.
std::string demonymSpeaker(const ActorMatcher& actors, const Sent& s, const ActorMention& a)
{
    const std::string word = asciiLower(a.text);
    if (word != "troops" && word != "soldiers" && word != "forces")
        return {};
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kDemonyms {
        {{"israeli", "israel"}, {"turkish", "turkey"}, {"russian", "russia"}}};
    static constexpr std::array<std::string_view, 7> kVoices {"media", "officials", "official", "sources", "source",
                                                              "outlets", "press"};
    for (const auto& att : s.attributions) {
        // ("Troops also took control of the Syrian side of Mount Hermon, Israeli media reported": the
        // speaker after the words, when the army word opens them.)
        const bool before = att.phraseLast <= a.firstWord;
        const bool trailing = a.firstWord == 0 && att.phraseFirst > a.lastWord;
        if (att.pronoun || a.firstWord < att.scopeFirst || a.firstWord >= att.scopeLast ||
            att.phraseLast < att.phraseFirst + 2 || (!before && !trailing))
            continue;
        std::size_t k = att.phraseFirst;
        if (s.words[k].lower == "the")
            ++k;
        if (k + 2 != att.phraseLast ||
            std::find(kVoices.begin(), kVoices.end(), s.words[k + 1].lower) == kVoices.end())
            continue;
        for (const auto& [demonym, id] : kDemonyms)
            if (s.words[k].lower == demonym && actors.actor(id))
                return std::string(id);
    }
    return {};
}

} // namespace

const ActorMention* possessedConjunct(const Sent& s, std::size_t from, std::size_t andAt)
{
    for (const auto& o : s.actors) {
        const std::size_t noun = o.lastWord + 2;
        if (o.pronoun || o.generic || o.firstWord < from || noun >= andAt || andAt - noun > 3 ||
            s.words[o.lastWord].lower != "'" || s.words[o.lastWord + 1].lower != "s")
            continue;
        bool plain = true;
        for (std::size_t k = noun; k < andAt && plain; ++k)
            plain = !s.words[k].punct && !s.words[k].capitalised && !isVerbLike(s.words[k].lower) &&
                    !isObliqueMarker(s.words[k].lower);
        // (In subject position: opening the sentence or a clause, not a verb's object — "Rebels
        // shelled the army's positions and Hezbollah fighters withdrew".)
        std::size_t k = o.firstWord;
        if (k >= 1 && s.words[k - 1].lower == "the")
            --k;
        static constexpr std::array<std::string_view, 11> kOpeners {"after", "as", "when", "while", "that", "before",
            "since", "until", "once", "because", "and"};
        const bool subject = k == 0 || s.words[k - 1].lower == "," || s.words[k - 1].lower == ";" ||
                             std::find(kOpeners.begin(), kOpeners.end(), s.words[k - 1].lower) != kOpeners.end();
        if (plain && subject)
            return &o;
    }
    return nullptr;
}

bool ActorBinder::foreignArmy(const std::string& id) const
{
    const auto* a = id.empty() ? nullptr : m_actors.actor(m_actors.root(id));
    return a && a->side == "foreign" && a->id != "hezbollah" && a->id != "iran-militias";
}

static bool isBareArmyWord(const std::string& text)
{
    const std::string t = asciiLower(text);
    return t == "troops" || t == "soldiers" || t == "forces";
}

bool ActorBinder::armyWordOfRebels(const ActorMention& generic, const ActorMention& speaker) const
{
    // "In Homs, rebels say troops have left their positions": rebels' men are no troops.
    const std::string t = asciiLower(generic.text);
    const auto* side = m_actors.actor(m_actors.root(speaker.actorId));
    return (t == "troops" || t == "soldiers") && side && side->side == "opposition";
}

Binding ActorBinder::bind(const Sent& s, const ActorMention& a, int strength, std::string_view avoid) const
{
    Binding b {outletActor(a), strength, a.generic, a.pronoun, a.firstWord};
    // "The Israeli military says troops seized…", "the SDF said fighters had…": a bare
    // "troops" or "fighters" right after what an actor says are that actor's own — not a word
    // one side only uses for the other ("the army said that militants had entered Hama").
    const std::string last = asciiLower(a.text.substr(a.text.find_last_of(' ') == std::string::npos
                                                         ? 0 : a.text.find_last_of(' ') + 1));
    const std::string_view owner = a.firstWord >= 1 ? std::string_view(s.words[a.firstWord - 1].lower) : "";
    const bool possessed = owner == "its" || owner == "their" || owner == "his" || owner == "our";
    const bool hostile = !possessed && (last == "militants" || last == "jihadists" || last == "islamists" || last == "gunmen" ||
                         last == "terrorists" || last == "mercenaries");
    if (a.generic && a.firstWord >= 1 && !hostile) {
        // ("The IDF said no troops had entered Qatana": past a "no".)
        const std::size_t at = a.firstWord >= 2 && s.words[a.firstWord - 1].lower == "no" ? a.firstWord - 1 : a.firstWord;
        const auto& said = s.words[at - 1].lower;
        // ("Israel denies troops entered Khan Arnabeh": its own troops, denied.)
        // ("16:20 | IDF confirms troops have taken control of the Syrian side of Mount Hermon": a verb
        // of confirming or announcing opens the speaker's words as one of saying does.)
        static constexpr std::array<std::string_view, 16> kSaying {"says", "said", "say", "denies", "denied", "deny",
            "confirms", "confirmed", "confirm", "announces", "announced", "announce", "reports", "reported",
            "states", "stated"};
        if (std::find(kSaying.begin(), kSaying.end(), said) != kSaying.end())
            if (const ActorMention* speaker = speakingActor(s, at - 1);
                speaker && !speaker->pronoun && !speaker->generic && speaker != &a && !armyWordOfRebels(a, *speaker))
                b.actorId = speaker->actorId;
        // "An Israeli military official told the paper that no troops had entered Qatana".
        const auto& that = s.words[a.firstWord - 1].lower;
        const bool opens = that == "that" || (a.firstWord >= 2 && s.words[a.firstWord - 2].lower == "that"
                                                 && (that == "no" || that == "the" || that == "its" || that == "their"));
        if (opens)
            if (const auto* own = speakerActor(s, a.firstWord); own && own != &a)
                b.actorId = outletActor(*own);

        // "The IDF dismissed those reports, saying no troops had entered Qatana": after a
        // participle of saying, the speaker named before it.
        std::size_t k = a.firstWord;
        while (k > 0 && (s.words[k - 1].lower == "no" || s.words[k - 1].lower == "that"))
            --k;
        const bool comma = k >= 2 && (s.words[k - 2].lower == "," ||
                                      (k >= 3 && s.words[k - 2].punct && s.words[k - 3].lower == ",")); // ,"
        if (comma && (s.words[k - 1].lower == "saying" ||
                s.words[k - 1].lower == "insisting" || s.words[k - 1].lower == "stressing" ||
                s.words[k - 1].lower == "adding" || s.words[k - 1].lower == "stating"))
            for (const auto& att : s.attributions)
                if (!att.pronoun && !att.vague && att.cue < k - 2)
                    for (const auto& o : s.actors)
                        if (&o != &a && !o.pronoun && !o.generic && o.firstWord >= att.phraseFirst &&
                            o.lastWord <= att.phraseLast)
                            b.actorId = outletActor(o);
    }
    if (a.generic && !hostile) {
        // "Troops took control of the Syrian side of Mount Hermon, the IDF said": an army word opening
        // the words a speaker naming an actor vouches for after them is that actor's, as before them
        // (not the army word of a rebel speaker: "Troops withdrew from Hama, rebels said").
        if (a.firstWord == 0)
            if (const auto* own = speakerActor(s, a.firstWord); own && own != &a && !armyWordOfRebels(a, *own))
                b.actorId = outletActor(*own);
        // "An IDF official tells i24NEWS that forces now hold the buffer zone. Troops also entered
        // al-Hamidiyah, the official says": "the official" is the one the sentence before named, so
        // the army word is that foreign army's (a Syrian or rebel official's "troops" stay the army's).
        if (a.firstWord == 0 && foreignArmy(m_soleBefore) && isBareArmyWord(a.text))
            for (const auto& att : s.attributions)
                if (!att.pronoun && att.phraseFirst > a.lastWord && att.scopeFirst == 0 &&
                    s.words[att.phraseFirst].lower == "the" &&
                    std::none_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& o) {
                        return &o != &a && o.firstWord >= att.phraseFirst && o.lastWord <= att.phraseLast;
                    }))
                    b.actorId = m_soleBefore;
        // "Israeli media reported that troops also took the Syrian side of Mount Hermon": a bare army
        // word in what a foreign country's media or officials report is that country's army.
        if (const std::string foreign = demonymSpeaker(m_actors, s, a); !foreign.empty())
            b.actorId = foreign;
    }
    // "army units and tribal fighters had restored control", "the Syrian army and allied local
    // fighters": a bare group coordinated after a named actor fights on that actor's side.
    if (a.generic && !hostile && !possessed) {
        std::size_t k = a.firstWord;
        while (k > 0 && a.firstWord - k < 2 && !s.words[k - 1].punct && s.words[k - 1].lower != "and" &&
               !isVerbLike(s.words[k - 1].lower) && !isObliqueMarker(s.words[k - 1].lower) &&
               !s.words[k - 1].capitalised && s.words[k - 1].lower != "the")
            --k;
        // (A modifier is needed: "rebels and soldiers clashed" are two sides.)
        if (k < a.firstWord && k >= 2 && s.words[k - 1].lower == "and")
            for (const auto& o : s.actors)
                // (On one side already, both stay: "HTS and allied factions" are HTS's and the rebels'.)
                if (&o != &a && !o.pronoun && !o.generic && !o.actorId.empty() && o.lastWord == k - 1 &&
                    !m_actors.related(o.actorId, b.actorId))
                    b.actorId = outletActor(o);
    }
    if (a.pronoun) {
        b.actorId = resolvePronoun(s, a, avoid);
        b.strength = std::min(strength, 2);
    }
    return b;
}

std::optional<ActorMention> actorEndingAt(const Sent& s, std::size_t end)
{
    for (const auto& a : s.actors)
        if (!a.pronoun && (a.lastWord == end || (a.lastWord + 1 == end && s.words[a.lastWord].lower == ")")))
            return a;
    // "Local rebels in Daraa province, who…", "local fighters in the south – …": a place phrase
    // after the actor (a preposition, then up to four words with no verb or punctuation).
    for (std::size_t p = end; p-- > 0 && p + 6 > end;) {
        const auto& w = s.words[p].lower;
        if (s.words[p].punct || isVerbLike(w) || w == "which" || w == "who" || w == "that")
            return std::nullopt;
        if (w != "in" && w != "from" && w != "near" && w != "around" && w != "across" && w != "throughout")
            continue;
        if (p + 1 == end)
            return std::nullopt;
        for (const auto& a : s.actors)
            if (!a.pronoun && a.lastWord == p)
                return a;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<ActorMention> ActorBinder::antecedentBeforeRelative(const Sent& s, std::size_t comma) const
{
    for (std::size_t k = comma; k-- > 1;) {
        const auto& w = s.words[k].lower;
        if (w == ";" || w == "said" || w == "says")
            return std::nullopt;
        // ("local rebels in Daraa province, where the uprising began in 2011, took control").
        if ((w == "which" || w == "who" || w == "where") && s.words[k - 1].lower == ",")
            return actorEndingAt(s, k - 1); // the comma before "which"
    }
    return std::nullopt;
}

std::optional<Binding> ActorBinder::subjectOf(
    const Sent& s, const Trigger& t, std::size_t clauseLeft, bool anyRole) const
{
    for (int pass = 0; pass < 2; ++pass) {
        const std::size_t from = pass == 0 ? clauseLeft : 0;
        for (auto it = s.actors.rbegin(); it != s.actors.rend(); ++it) {
            const auto& a = *it;
            if (a.lastWord > t.first || a.firstWord < from
                || (pass == 1 && a.firstWord >= clauseLeft && !inAttribution(s, a.firstWord, a.lastWord)))
                continue;
            // "the troops holding them pulled back": a verb's object is nobody's subject ("groups
            // of them managed to enter" is the group's).
            if (a.pronoun && (a.text == "them" || a.text == "Them") && a.firstWord >= 1 &&
                s.words[a.firstWord - 1].lower != "of")
                continue;
            // "Militants of Hayat Tahrir al-Sham (a terrorist organization banned in Russia) entered
            // Hama": an aside in brackets after a named actor describes it; no actor inside is the
            // verb's subject, the one it follows is.
            if (inBracketAside(s, a, t.first))
                continue;
            // The speaker is no subject of what they report, unless nothing else is there:
            // "a rebel commander reported gaining control of…".
            if (pass == 0 && !a.pronoun && inAttribution(s, a.firstWord, a.lastWord))
                continue;
            // "Fighters loyal to the new authorities took…": the group named.
            // "members of the Manbij Military Council pulled out": the group.
            // "The General Command of the Army announced…": the army.
            // "The last convoy of the Syrian army left the Albu Kamal crossing": the army.
            static constexpr std::array<std::string_view, 18> kGroup {"members", "fighters", "units", "troops",
                "elements", "militants", "gunmen", "forces", "command", "commanders", "commander", "leadership",
                "factions", "groups", "columns", "convoys", "column", "convoy"};
            std::size_t head = a.firstWord; // skip "the" / "a"
            while (head > 0 && (s.words[head - 1].lower == "the" || s.words[head - 1].lower == "a"))
                --head;
            const bool loyal = head >= 2
                && ((s.words[head - 1].lower == "to" && s.words[head - 2].lower == "loyal")
                    || (s.words[head - 1].lower == "of"
                        && std::find(kGroup.begin(), kGroup.end(), s.words[head - 2].lower) != kGroup.end()));
            // "Israel sent troops into the buffer zone and seized…": a bare "troops" right
            // after a verb is its object, not the subject of what follows.
            if (a.generic && a.firstWord >= 1 && a.firstWord + 1 < t.first) {
                const auto& verb = s.words[a.firstWord - 1].lower;
                if (verb == "sent" || verb == "sends" || verb == "send" || verb == "deployed" || verb == "dispatched"
                    || verb == "moved" || verb == "rushed" || verb == "ordered")
                    continue;
            }
            // "the news about terrorist groups entering Daraa": a participle right after its actor.
            const bool gerund = a.lastWord == t.first && s.words[t.first].lower.ends_with("ing");
            // "…, and regime forces withdrew from Nasib": ", and" opens a clause, no list.
            // "… outside Hama — a euphemism for retreat — and HTS fighters poured in": an "and" right
            // after a spaced dash opens a clause too (claimshape.cpp).
            const bool clauseAnd = head >= 2 && s.words[head - 1].lower == "and"
                && (s.words[head - 2].lower == "," || andOpensClause(s.words, head - 1));
            // "after officials and troops left": the second of two subjects opening the clause, the
            // first naming no actor ("Rebels and government troops are fighting" stays the rebels').
            bool subjectPair = false;
            if (head >= 1 && s.words[head - 1].lower == "and" && head - 1 > clauseLeft && head - 1 - clauseLeft <= 3) {
                subjectPair = std::none_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& o) {
                    return o.firstWord >= clauseLeft && o.lastWord < head;
                });
                for (std::size_t k = clauseLeft; k + 1 < head && subjectPair; ++k)
                    subjectPair = !s.words[k].punct && !isObliqueMarker(s.words[k].lower) && !isVerbLike(s.words[k].lower);
            }
            // "after the regime's local militias and Hezbollah fighters withdrew from them": the
            // second of two subjects, the first a force an actor owns (claimstance.cpp joins them).
            if (head >= 1 && s.words[head - 1].lower == "and" && !subjectPair)
                subjectPair = possessedConjunct(s, clauseLeft, head - 1) != nullptr;
            bool adjacent = true;
            for (std::size_t k = a.lastWord; k < t.first; ++k)
                adjacent = adjacent
                    && (isSoftWord(s.words[k].lower) || isNegationAt(s.words, k) || s.words[k].lower == "to"
                        || s.words[k].lower == "'" || s.words[k].lower == "s");
            // "The airport has been evacuated and security forces have pulled out of it": "and"
            // after a verb joins two clauses; the actor right before the second verb is its subject.
            // A trigger is a verb too, irregular ones with it ("the SDF withdrew and the Military
            // Operations Command took over the city", rounds 35 and 36), a nominal one not.
            bool verbAnd = false;
            if (adjacent && head >= 1 && s.words[head - 1].lower == "and")
                for (std::size_t k = clauseLeft; k + 1 < head && !verbAnd; ++k)
                    verbAnd = (isVerbLike(s.words[k].lower)
                               || std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
                                      return g.first == k && g.last < head && g.frame != TriggerFrame::Nominal;
                                  }))
                        && std::none_of(s.actors.begin(), s.actors.end(),
                            [&](const ActorMention& o) { return o.firstWord <= k && k < o.lastWord; });
            // "rebels led by Hayat Tahrir al-Sham seized Damascus": the group leading them.
            const bool leader = head >= 2 && s.words[head - 1].lower == "by"
                && (s.words[head - 2].lower == "led" || s.words[head - 2].lower == "spearheaded"
                    || s.words[head - 2].lower == "headed");
            // "backed by the Syrian-Russian air force": the word before the compound.
            std::size_t compound = a.firstWord;
            while (compound >= 2 && s.words[compound - 1].lower == "-")
                compound -= 2;
            if (!anyRole && !loyal && !gerund && !clauseAnd && !subjectPair && !verbAnd && !leader
                && isObliqueMarker(wordBefore(s, compound)))
                continue;
            // "Israel … and its army, which seized the Syrian side of Mount Hermon on Sunday, has
            // since pushed deeper": the owner's force right before ", which" / ", who" is the
            // relative clause's subject, as a named antecedent is (claimagent.cpp).
            const bool antecedent = pass == 1 && a.pronoun && clauseLeft >= 2 && a.lastWord + 2 == clauseLeft
                && s.words[clauseLeft - 2].lower == ","
                && (s.words[clauseLeft - 1].lower == "which" || s.words[clauseLeft - 1].lower == "who")
                && (asciiLower(a.text).starts_with("its ") || asciiLower(a.text).starts_with("their "));
            auto b = bind(s, a, antecedent ? 2 : pass == 1 ? 1 : adjacent ? 3 : 2);
            // "Fighters from the Southern Operations Room": the named group.
            if (a.generic)
                for (const auto& named : s.actors)
                    if (!named.generic && !named.pronoun && named.firstWord > a.lastWord && named.lastWord <= t.first
                        && named.firstWord <= a.lastWord + 3
                        && (s.words[a.lastWord].lower == "from" || s.words[a.lastWord].lower == "of")) {
                        b.actorId = named.actorId;
                        b.generic = false;
                    }
            if (!b.actorId.empty())
                return b;
        }
    }
    return std::nullopt;
}

std::optional<Binding> ActorBinder::actorIn(const Sent& s, std::size_t from, std::size_t to, int strength,
                                            std::string_view avoid) const
{
    for (const auto& a : s.actors)
        // (A head after a quoted name may run past: "by the US-backed \"QSD\" militia".)
        if (a.firstWord >= from && (a.lastWord <= to || (a.firstWord < to && a.lastWord <= to + 2 &&
                                                         s.words[a.lastWord - 2].lower == "\""))) {
            auto b = bind(s, a, strength, avoid);
            if (!b.actorId.empty())
                return b;
        }
    return std::nullopt;
}

// The actor an apposition closed by the comma at `comma` describes: "<actor>, the / a …,"
// (within twenty words, no reporting verb or ";" inside), or null.
const ActorMention* appositionHead(const Sent& s, std::size_t comma)
{
    for (std::size_t k = comma; k-- > 1 && k + 20 > comma;) {
        const auto& w = s.words[k].lower;
        if (w == ";" || w == "said" || w == "says")
            return nullptr;
        if (w != ",")
            continue;
        const auto& next = s.words[k + 1].lower;
        // "the \"SDF\" militia, protected by the American occupation forces, moved into": a
        // participle of support too.
        const bool backing = k + 2 < comma && s.words[k + 2].lower == "by" &&
                             (next == "protected" || next == "backed" || next == "supported" || next == "aided" ||
                              next == "covered" || next == "escorted" || next == "assisted");
        if (next != "the" && next != "a" && next != "an" && !backing)
            return nullptr;
        for (const auto& a : s.actors)
            if (!a.pronoun && (a.lastWord == k || (a.lastWord + 1 == k && s.words[a.lastWord].punct)))
                return &a;
        return nullptr;
    }
    return nullptr;
}

// The subject `found` stands in place of when it lies inside an apposition closed by the comma at
// `comma`: the actor the apposition describes.
std::optional<Binding> appositionSubject(const Sent& s, std::size_t comma, const Binding& found,
                                         const ActorBinder& binder)
{
    if (found.word >= comma)
        return std::nullopt;
    const ActorMention* head = appositionHead(s, comma);
    if (!head || found.word < head->lastWord)
        return std::nullopt;
    return binder.bind(s, *head, 2);
}

// Where "that" opens a relative clause whose verb is at `verb` ("groups that (had) attacked"), or nothing.
std::optional<std::size_t> relativeThat(const Sent& s, std::size_t verb)
{
    std::size_t k = verb;
    while (k > 0 && isSoftWord(s.words[k - 1].lower) && s.words[k - 1].lower != ",")
        --k;
    if (k == 0 || s.words[k - 1].lower != "that")
        return std::nullopt;
    return k - 1;
}

// "The \"Syrian Free Army\", backed by the US-led international coalition, which entered
// Palmyra": the actor a ", backed / supported by X" apposition describes, or X itself.
const ActorMention& backedHead(const Sent& s, const ActorMention& agent)
{
    std::size_t by = agent.firstWord; // back over "US-led", "the"
    while (by >= 3 && s.words[by - 2].lower == "-")
        by -= 3;
    if (by >= 1 && s.words[by - 1].lower == "the")
        --by;
    by = by >= 1 && s.words[by - 1].lower == "by" ? by - 1 : 0;
    if (by < 2 || s.words[by - 2].lower != "," ||
        (s.words[by - 1].lower != "backed" && s.words[by - 1].lower != "supported"))
        return agent;
    const std::size_t comma = by - 2;
    for (const auto& a : s.actors)
        if (!a.pronoun && (a.lastWord == comma || (a.lastWord + 1 == comma && s.words[a.lastWord].punct)))
            return a;
    return agent;
}

} // namespace sitrep::text::detail
