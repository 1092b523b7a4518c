// ActorBinder: who a trigger's actor is (claimactors.h): the article's memory of actors and what a
// pronoun stands for; one mention's binding and a verb's subject are claimsubjects.cpp's.
#include "claimactors.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace sitrep::text::detail {

ActorBinder::ActorBinder(const ActorMatcher& actors, std::string outlet)
    : m_actors(actors)
    , m_outlet(std::move(outlet))
{
    const std::string lower = asciiLower(m_outlet);
    for (const char* o : {"anadolu", "daily sabah", "trt", "yeni safak", "yeni şafak", "hurriyet", "hürriyet"})
        m_turkishOutlet = m_turkishOutlet || lower.find(o) != std::string::npos;
}

bool ActorBinder::holdsGround(const std::string& id) const
{
    const auto* a = m_actors.actor(m_actors.root(id));
    return a && (a->side == "opposition" || a->side == "government" || a->side == "kurdish");
}

std::string ActorBinder::outletLiberator(const std::string& fallback) const
{
    const core::SpeakerSide side = SpeakerFinder::outletSide(m_outlet);
    const std::string_view want = side == core::SpeakerSide::Government ? "government"
        : side == core::SpeakerSide::Opposition                         ? "opposition"
                                                                        : "";
    const auto sideOf = [&](const std::string& id) {
        const auto* a = m_actors.actor(m_actors.root(id));
        return a ? std::string_view(a->side) : std::string_view();
    };
    if (want.empty() || sideOf(fallback) == want)
        return {};
    if (!m_lastGroup.empty() && sideOf(m_lastGroup) == want)
        return m_lastGroup;
    for (const auto& a : m_actors.actors())
        if (a.side == want && a.parent.empty())
            return a.id;
    return {};
}

void ActorBinder::setLastActor(std::string id)
{
    if (!isState(id))
        m_lastGroup = id;
    m_lastActor = std::move(id);
}

namespace {

// Head nouns a named body is later called by: "the command", "the council", "the division" (the
// 210th Division, the 25th Division: round 84).
constexpr std::array<std::string_view, 7> kBodyHeads{"command", "council", "room", "administration", "alliance",
                                                     "division", "brigade"};

// "the command", "the council's fighters": the head noun a description names its body by, or "".
std::string bodyHead(const std::string& text)
{
    std::string t = asciiLower(text);
    if (t.starts_with("operations room") || t.starts_with("the operations room"))
        return "room"; // "factions of the operations room", "operations room convoys"
    // "forces of the division": the body whose rank and file they are.
    if (const auto of = t.find(" of the "); of != std::string::npos && t.find(' ') == of)
        t.erase(0, of + 4);
    if (!t.starts_with("the "))
        return {};
    for (std::string_view head : kBodyHeads)
        if (t.compare(4, head.size(), head) == 0)
            return std::string(head);
    return {};
}

// "the group", "the faction", "the Iran-backed militia": a description that stands for a group.
bool namesGroup(const std::string& text)
{
    std::string t = asciiLower(text);
    // "the militia gunmen", "the group's fighters": the description before its rank and file.
    for (std::string_view head : {" gunmen", " fighters", " members", " elements", " forces", " units", " militants"})
        if (t.ends_with(head))
            t.resize(t.size() - head.size());
    return t.starts_with("the ") && (t.ends_with("group") || t.ends_with("faction") || t.ends_with("militia"));
}

// "The terrorist organizations, supported by the Turkish regime, launched their attack": the
// backer in a closed ", backed / supported by X," apposition, whom no later pronoun stands for.
bool isBacker(const Sent& s, const ActorMention& a)
{
    std::size_t by = a.firstWord;
    if (by >= 1 && s.words[by - 1].lower == "the")
        --by;
    if (by < 3 || a.lastWord >= s.words.size() || s.words[a.lastWord].lower != "," || s.words[by - 1].lower != "by")
        return false;
    const auto& participle = s.words[by - 2].lower;
    return (participle == "backed" || participle == "supported") && s.words[by - 3].lower == ",";
}

// The group the patron `a` backs in "<group> backed by <a>", or null.
const ActorMention* patronised(const Sent& s, const ActorMention& a)
{
    std::size_t by = a.firstWord;
    if (by >= 1 && s.words[by - 1].lower == "the")
        --by;
    if (by < 3 || s.words[by - 1].lower != "by")
        return nullptr;
    const auto& participle = s.words[by - 2].lower;
    if (participle != "backed" && participle != "supported" && participle != "sponsored")
        return nullptr;
    for (const auto& o : s.actors)
        if (&o != &a && !o.pronoun && o.lastWord == by - 2)
            return &o;
    return nullptr;
}

// "Armed groups backed by Turkey say they seized the town of Tell Rifaat": the patron named right
// after the group it backs ("<actor> backed / supported by X", no commas) is no antecedent of a
// later pronoun either; the group is.
bool isPatronOfGroup(const Sent& s, const ActorMention& a)
{
    return patronised(s, a) != nullptr;
}

// "Turkey's proxies … had seized Tal Rifaat from the SDF on December 1, and on Monday they pushed into
// Manbij": the side a capture took a place from, in a phrase closed by a comma before the pronoun at
// `word`, is no antecedent of it (the taker is).
bool loserClosedBefore(const Sent& s, const ActorMention& a, std::size_t word)
{
    std::size_t k = a.firstWord;
    if (k >= 1 && s.words[k - 1].lower == "the")
        --k;
    if (k < 2 || s.words[k - 1].lower != "from")
        return false;
    // ("fighters from the SDF, they …": a group's members, not a loser.)
    const bool member = std::any_of(s.actors.begin(), s.actors.end(),
                                    [&](const ActorMention& o) { return o.lastWord == k - 1; });
    const bool capture = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& t) {
        return t.last < k && t.last + 8 > k && t.kind == core::ClaimKind::Captured && t.frame == TriggerFrame::Active;
    });
    if (member || !capture)
        return false;
    for (std::size_t j = a.lastWord; j < word && j < s.words.size(); ++j)
        if (s.words[j].lower == ",")
            return true;
    return false;
}

// "insurgents", "Kurdish-led forces", "terrorist organizations": a mention whose head is a plural
// common noun, which "it" and "its" do not stand for (a capitalised name may: "the Syrian
// Democratic Forces … its").
bool pluralHead(const ActorMention& a)
{
    const auto space = a.text.find_last_of(" -");
    const std::string_view head = std::string_view(a.text).substr(space == std::string::npos ? 0 : space + 1);
    return head.size() > 2 && std::islower(static_cast<unsigned char>(head.front())) && head.back() == 's' &&
           head[head.size() - 2] != 's';
}

// "Hama, which Hafez al-Assad levelled in 1982, fell to them": an actor inside a relative clause
// closed before the pronoun at `word` is no antecedent of it.
bool inClosedRelative(const Sent& s, const ActorMention& a, std::size_t word)
{
    std::size_t open = a.firstWord;
    while (open > 0 && s.words[open - 1].lower != ",")
        --open;
    if (open == 0 || open >= s.words.size())
        return false;
    const auto& rel = s.words[open].lower;
    if (rel != "which" && rel != "who" && rel != "whom" && rel != "whose")
        return false;
    for (std::size_t k = a.lastWord; k < word; ++k)
        if (s.words[k].lower == ",")
            return true;
    return false;
}

// "On Monday, after days of fighting with the SDF, it took Manbij": the enemy in an adverbial
// closed before the pronoun at `word` ("with" / "against" X) is no antecedent of it.
bool foughtInClosedAdverbial(const Sent& s, const ActorMention& a, std::size_t word)
{
    std::size_t k = a.firstWord;
    if (k >= 1 && s.words[k - 1].lower == "the")
        --k;
    if (k == 0 || (s.words[k - 1].lower != "with" && s.words[k - 1].lower != "against"))
        return false;
    for (std::size_t j = a.lastWord; j < word && j < s.words.size(); ++j)
        if (s.words[j].lower == ",")
            return true;
    return false;
}

bool singular(const ActorMention& p)
{
    const std::string t = asciiLower(p.text);
    return t == "it" || t.starts_with("its ");
}

} // namespace

bool ActorBinder::isState(const std::string& id) const
{
    const auto* a = m_actors.actor(m_actors.root(id));
    return a && a->side == "government";
}

void ActorBinder::bindBareGroups(std::vector<ActorMention>& actors)
{
    // "In the Aleppo countryside, the mercenaries of the Turkish occupation entered Tal Rifaat. … A
    // source denied the mercenaries' claims that they had seized Deir Hafer": the outlet's word for
    // one actor, the one it last named so; with none named, "mercenaries" names nobody ("foreign
    // mercenaries who had infiltrated").
    std::erase_if(actors, [&](ActorMention& a) {
        const std::string t = asciiLower(a.text);
        if (!a.pronoun && !a.actorId.empty() && t.find("mercenar") != std::string::npos)
            m_mercenaries = a.actorId;
        if (!a.pronoun || (t != "mercenaries" && t != "the mercenaries"))
            return false;
        if (m_mercenaries.empty())
            return true;
        a.actorId = m_mercenaries;
        a.pronoun = false;
        return false;
    });
    // "The Deir ez-Zor Military Council (DMC) said … DMC forces took over Hatla": an abbreviation
    // stands for the name it was given after; one the article never spelt out names nobody (round 84).
    std::erase_if(actors, [&](ActorMention& a) {
        if (a.acronym.empty())
            return false;
        if (!a.pronoun) {
            if (!a.actorId.empty()) {
                std::erase_if(m_acronyms, [&](const auto& e) { return e.first == a.acronym; });
                m_acronyms.emplace_back(a.acronym, a.actorId);
            }
            return false;
        }
        const auto it = std::find_if(m_acronyms.begin(), m_acronyms.end(),
                                     [&](const auto& e) { return e.first == a.acronym; });
        if (it == m_acronyms.end())
            return true;
        a.actorId = it->second;
        a.pronoun = false;
        return false;
    });
    // "In Khan Arnabah, residents said Israeli tanks rolled into the town. Shortly after 1 a.m., a force
    // entered Jubata al-Khashab": "a force" is the one actor the sentence before named; with none,
    // or several, it names nobody.
    const std::string sole = std::exchange(m_soleActor, {});
    m_soleBefore = sole;
    std::erase_if(actors, [&](ActorMention& a) {
        const std::string t = asciiLower(a.text);
        const bool commandos = t == "commandos" || t == "commando units";
        if (!a.pronoun || (t != "a force" && t != "a unit" && !commandos))
            return false;
        const bool namedBefore = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& o) {
            return !o.pronoun && !o.actorId.empty() && o.lastWord <= a.firstWord && o.actorId != sole;
        });
        if (sole.empty() || namedBefore)
            return !commandos; // ("Commando units took the summit, the IDF said": the speaker's, below)
        a.actorId = sole;
        a.pronoun = false;
        return false;
    });
    for (const auto& a : actors)
        if (!a.pronoun && !a.generic && !a.actorId.empty())
            m_soleActor = m_soleActor.empty() || m_soleActor == a.actorId ? a.actorId : "-";
    if (m_soleActor == "-")
        m_soleActor.clear();
    static constexpr std::array<std::string_view, 4> kHeads {"troops", "soldiers", "fighters", "forces"};
    std::vector<std::pair<std::string, std::string>> named;
    bool actorBefore = false;
    for (auto& a : actors) {
        if (a.pronoun)
            continue;
        const std::string t = asciiLower(a.text);
        if (a.generic && !actorBefore) {
            for (const auto& [head, id] : m_groups)
                if (t == head)
                    a.actorId = id, a.generic = false;
        }
        actorBefore = actorBefore || !a.generic;
        for (auto head : kHeads)
            if (!a.generic && t.size() > head.size() + 1 && t.ends_with(" " + std::string(head)))
                named.emplace_back(std::string(head), a.actorId);
    }
    m_groups = std::move(named);
    for (const auto& a : actors)
        if (!a.pronoun && !a.generic && !a.actorId.empty())
            for (std::string_view head : kBodyHeads)
                if (asciiLower(a.text).find(head) != std::string::npos) {
                    std::erase_if(m_bodies, [&](const auto& b) { return b.first == head; });
                    m_bodies.emplace_back(std::string(head), a.actorId);
                }
    // "the QSD militia", "the Hezbollah militia": the militia a later "the militia" stands for.
    for (const auto& a : actors) {
        const std::string t = asciiLower(a.text);
        if (!a.pronoun && !a.generic && !a.actorId.empty() && !isState(a.actorId) &&
            (t.ends_with(" militia") || t.find(" militia ") != std::string::npos))
            m_militia = a.actorId;
    }
    m_namedBefore = std::move(m_namedLast);
    m_namedLast.clear();
    for (const auto& a : actors)
        if (!a.pronoun && !a.generic && !a.actorId.empty() && !isState(a.actorId))
            m_namedLast = a.actorId;
    // "The SDF had entered Deir el-Zour on Friday after government troops abandoned the city as
    // rebels advanced on Homs. The group also moved into Mayadin": the actor a sentence opens with
    // is its subject, what the next one goes on about — not the last one named in a clause of it.
    m_openerBefore = std::move(m_openerLast);
    m_openerLast.clear();
    if (!actors.empty() && !actors.front().pronoun && !actors.front().generic && actors.front().firstWord <= 1)
        m_openerLast = actors.front().actorId;
    const bool openerGroup = !m_openerBefore.empty() && !isState(m_openerBefore);
    // "… both of which fell to HTS. The group then turned south. On Thursday morning it took Jabal
    // Zain al-Abidin": a sentence opening with "the group" is about that group, so the article is.
    if (!actors.empty() && actors.front().pronoun && actors.front().firstWord == 0 &&
        namesGroup(actors.front().text) && (!m_namedBefore.empty() || openerGroup)) {
        m_lastActor = openerGroup ? m_openerBefore : m_namedBefore;
        m_namedLast = m_lastActor;
    }
}

const ActorMention* ActorBinder::speakerActor(const Sent& s, std::size_t word) const
{
    for (const auto& att : s.attributions) {
        if (att.pronoun || word < att.scopeFirst || word >= att.scopeLast)
            continue;
        for (const auto& a : s.actors)
            if (!a.pronoun && !a.generic && a.firstWord >= att.phraseFirst && a.lastWord <= att.phraseLast)
                return &a;
    }
    return nullptr;
}

std::string ActorBinder::resolvePronoun(const Sent& s, const ActorMention& p, std::string_view avoid) const
{
    auto avoided = [&](const std::string& id) { return !avoid.empty() && !id.empty() && m_actors.related(id, avoid); };
    if (p.ownSide)
        return ownSideActor(s, p);
    // "our forces" in a statement: the speaker's side ("the command said"), else the outlet's.
    if (p.text.size() > 4 && (p.text[0] == 'o' || p.text[0] == 'O') && (p.text[1] == 'u' || p.text[1] == 'U')) {
        // "…our forces,\" an official at the SDF Media Center said": the actor the speaker speaks for.
        if (const auto* own = speakerActor(s, p.firstWord))
            return outletActor(*own);
        core::SpeakerSide side = SpeakerFinder::outletSide(m_outlet);
        for (const auto& a : s.attributions)
            if (!a.pronoun && !a.vague && a.side != core::SpeakerSide::Independent)
                side = a.side;
        const std::string_view want = side == core::SpeakerSide::Government ? "government"
            : side == core::SpeakerSide::Opposition                         ? "opposition"
                                                                            : "";
        for (const auto& a : m_actors.actors())
            if (!want.empty() && a.side == want && a.parent.empty())
                return a.id;
        return {};
    }
    // "The SDF, which had run Manbij since driving out ISIS, said that their fighters had
    // withdrawn": a pronoun in what the sentence's subject says is that subject.
    for (std::size_t k = p.firstWord; k-- > 0;) {
        static constexpr std::array<std::string_view, 12> kSaid {"said", "says", "say", "told", "added", "stated",
            "announced", "insisted", "stressed", "denied", "claimed", "declared"};
        // "The army conceded they had entered large parts of Aleppo": one concedes what the other
        // side did — the side the article was speaking of, when it is not the speaker's.
        static constexpr std::array<std::string_view, 6> kConcede {"conceded", "concedes", "admitted", "admits",
            "acknowledged", "acknowledges"};
        // ("acknowledged that its units had left Hama": "its units" are the speaker's own.)
        if (std::find(kConcede.begin(), kConcede.end(), s.words[k].lower) != kConcede.end()
            && (p.text == "they" || p.text == "They")) {
            if (const ActorMention* a = speakingActor(s, k); a && !a->pronoun && !m_lastActor.empty()
                && !m_actors.related(a->actorId, m_lastActor))
                return m_lastActor;
            break;
        }
        // "The army denied reports that rebels had captured Hama, insisting that its troops remained
        // in control of the city": what a participle of saying opens is the main speaker's.
        const auto& v = s.words[k].lower;
        if ((v == "insisting" || v == "saying" || v == "stressing" || v == "adding" || v == "affirming") && k > 0 &&
            (s.words[k - 1].lower == "," || s.words[k - 1].punct) &&
            (k + 1 == p.firstWord || (k + 2 == p.firstWord && s.words[k + 1].lower == "that"))) {
            for (auto att = s.attributions.rbegin(); att != s.attributions.rend(); ++att)
                if (!att->pronoun && !att->vague && att->cue < k) {
                    for (const auto& a : s.actors)
                        if (!a.pronoun && !a.generic && a.firstWord >= att->phraseFirst && a.lastWord <= att->phraseLast)
                            return outletActor(a);
                    if (att->side == core::SpeakerSide::Government && m_actors.actor("government"))
                        return "government";
                    break;
                }
            break;
        }
        if (std::find(kSaid.begin(), kSaid.end(), s.words[k].lower) == kSaid.end())
            continue;
        // Not past an actor named in between: "announced that units were redeployed after terrorist
        // organizations intensified their attacks" (theirs).
        // (A subject, followed by its verb: not "government buildings".)
        const bool between = std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& o) {
            return !o.pronoun && !o.generic && o.firstWord > k && o.lastWord <= p.firstWord && o.lastWord < s.words.size()
                && (isVerbLike(s.words[o.lastWord].lower) || isSoftWord(s.words[o.lastWord].lower))
                && s.words[o.lastWord].lower != ",";
        });
        // "The Syrian military said that insurgents had entered Aleppo, and that it had pulled troops
        // out": a pronoun opening a second "that" clause of the verb is its speaker, past any actor.
        const bool secondThat = p.firstWord >= 2 && s.words[p.firstWord - 1].lower == "that" &&
                                s.words[p.firstWord - 2].lower == "and";
        const ActorMention* sayer = speakingActor(s, k);
        // ("Armed groups backed by Turkey say they seized …": the groups say it, not their patron.)
        if (sayer && isPatronOfGroup(s, *sayer))
            sayer = patronised(s, *sayer);
        // "The SNA attacked the SDF and announced on Sunday that it had liberated Tal Rifaat": a verb
        // of saying after "and" shares the first predicate's subject — the first actor followed by
        // its verb — not that predicate's object.
        if (k >= 1 && s.words[k - 1].lower == "and" && (!sayer || isObliqueMarker(wordBefore(s, sayer->firstWord)) ||
                                                         isVerbLike(wordBefore(s, sayer->firstWord))))
            for (const auto& m : s.actors) {
                // (The sentence's own subject: "The General Command acknowledged that terrorists had
                // entered Aleppo, and said…" is the Command's, not the terrorists'.)
                const bool opening = std::none_of(s.words.begin(), s.words.begin() + static_cast<std::ptrdiff_t>(m.firstWord),
                                                  [](const Word& w) {
                                                      return w.lower == "that" || w.lower.ends_with("ed") ||
                                                             isVerbLike(w.lower);
                                                  });
                if (m.pronoun || m.lastWord >= k || !opening)
                    break;
                std::size_t next = m.lastWord;
                while (next < k && (s.words[next].lower == "(" || s.words[next].lower == ")" ||
                                    std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& o) {
                                        return o.firstWord <= next && next < o.lastWord;
                                    })))
                    ++next; // "The Syrian National Army (SNA) launched"
                if (!m.generic && next < k && !isObliqueMarker(wordBefore(s, m.firstWord)) &&
                    (s.words[next].lower.ends_with("ed") || isVerbLike(s.words[next].lower)))
                    sayer = &m;
                break;
            }
        if (sayer && !sayer->pronoun && (!between || secondThat))
            return outletActor(*sayer);
        // "In a statement published on its official channels, the Command said its units had \"fully
        // liberated\" Halfaya": a speaker named by a description ("the Command", "the group") speaks
        // of its own units; what the description stands for, they are.
        if (sayer && sayer->pronoun && sayer != &p && !between && p.text.find(' ') != std::string::npos)
            if (std::string own = resolvePronoun(s, *sayer, avoid); !own.empty())
                return own;
        // "Syria's defence ministry insisted as late as Saturday that its troops had not withdrawn":
        // a government speaker that names no actor speaks of the army's own troops.
        const bool own = p.text.starts_with("its ") || p.text.starts_with("Its ");
        if (own && !between && m_actors.actor("government"))
            for (const auto& att : s.attributions)
                if (att.cue == k && !att.pronoun && !att.vague && att.side == core::SpeakerSide::Government)
                    return "government";
        // "The General Command acknowledged that terrorists had entered Aleppo, and said its units
        // there had carried out a redeployment": a pronoun opening what is said, after a verb
        // whose subject is the speaker named before it, is that speaker's.
        const bool opens = k + 1 == p.firstWord || (k + 2 == p.firstWord && s.words[k + 1].lower == "that");
        if (opens && !between && k > 0 && s.words[k - 1].lower == "and")
            for (const auto& att : s.attributions)
                if (!att.pronoun && !att.vague && att.cue < k) {
                    for (const auto& a : s.actors)
                        if (!a.pronoun && !a.generic && a.firstWord >= att.phraseFirst && a.lastWord <= att.phraseLast)
                            return outletActor(a);
                    if (att.side == core::SpeakerSide::Government && m_actors.actor("government"))
                        return "government"; // "the General Command"
                }
        break;
    }
    // "Commando units took the Syrian summit of Mount Hermon, the IDF said": commandos nobody names
    // are the speaker's; with no speaker naming an actor, nobody's.
    if (const std::string t = asciiLower(p.text); t == "commandos" || t == "commando units") {
        const auto* own = speakerActor(s, p.firstWord);
        return own ? outletActor(*own) : std::string();
    }
    // "the council's fighters": the body last named with that head ("the Deir ez-Zor Military Council").
    if (const auto head = bodyHead(p.text); !head.empty()) {
        for (auto it = s.actors.rbegin(); it != s.actors.rend(); ++it)
            if (it->lastWord <= p.firstWord && !it->pronoun && !it->generic &&
                asciiLower(it->text).find(head) != std::string::npos)
                return outletActor(*it);
        for (const auto& [h, id] : m_bodies)
            if (h == head)
                return id;
        // "fighters of al-Fatah al-Mubin operations room": a room named loosely before any was named
        // in full stands for nobody the article told of.
        if (asciiLower(p.text).find("operations room") != std::string::npos)
            return {};
        // "forces of the division entered Quneitra" where the text named no division: a unit of
        // some army, whose nobody can tell (round 84).
        if (head == "division" || head == "brigade")
            return {};
    }
    // "the group", "the faction", "the operation": never the government's army.
    const bool group = asciiLower(p.text).starts_with("the ");
    auto before = [&](const ActorMention& a) {
        return a.lastWord <= p.firstWord && !a.pronoun && !(group && isState(a.actorId)) && !isBacker(s, a) &&
               !isPatronOfGroup(s, a) && !loserClosedBefore(s, a, p.firstWord) && !avoided(a.actorId) && !inClosedRelative(s, a, p.firstWord) && !foughtInClosedAdverbial(s, a, p.firstWord);
    };
    // "it" stands for a singular when the sentence names one before it.
    const bool agree = singular(p) && std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& a) {
        return before(a) && !pluralHead(a);
    });
    auto fits = [&](const ActorMention& a) { return before(a) && !(agree && pluralHead(a)); };
    for (auto it = s.actors.rbegin(); it != s.actors.rend(); ++it)
        if (fits(*it) && !it->generic)
            return outletActor(*it);
    for (auto it = s.actors.rbegin(); it != s.actors.rend(); ++it)
        if (fits(*it))
            return outletActor(*it);
    // "the separatist QSD militia … A military source said … forced the militia gunmen to
    // withdraw": "the militia" is the militia the article named last.
    if (asciiLower(p.text).starts_with("the militia") && !m_militia.empty() && !avoided(m_militia))
        return m_militia;
    // "The SDF had crossed the Euphrates after regime forces withdrew, as the regime's army
    // disintegrated. Its fighters took over the city": "its" or "the group" opening a sentence
    // stands for the actor the sentence before opened with.
    const std::string t = asciiLower(p.text);
    const bool opensWithOwner = p.firstWord == 0 && (t.starts_with("its ") || t.starts_with("their "));
    if ((opensWithOwner || (namesGroup(p.text) && !isState(m_openerBefore))) && !m_openerBefore.empty() &&
        !avoided(m_openerBefore))
        return m_openerBefore;
    // "… the YPG/PKK took over regime pockets in Qamishli as Assad's forces withdrew. On Wednesday
    // the group also pulled out of Deir ez-Zor": "the group" is the group named last.
    if (namesGroup(p.text) && !m_namedBefore.empty() && !avoided(m_namedBefore))
        return m_namedBefore;
    const std::string& last = group && isState(m_lastActor) ? m_lastGroup : m_lastActor;
    if (!avoided(last))
        return last;
    // "The SDF's gains did not last. … the SNA drove it out of Manbij": the one before the winner.
    return avoided(m_namedBefore) ? std::string() : m_namedBefore;
}

std::string ActorBinder::outletActor(const ActorMention& a) const
{
    // "Terrorists" are the rebels in Syrian state media and the PKK/YPG (the SDF) in
    // Turkish state media: the outlet decides.
    if (!a.pronoun && m_turkishOutlet && m_actors.actor("sdf")) {
        const std::string lower = asciiLower(a.text);
        if (lower.find("terror") != std::string::npos)
            return "sdf";
    }
    return a.actorId;
}

} // namespace sitrep::text::detail
