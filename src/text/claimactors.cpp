// ActorBinder: who a trigger's actor is (claimactors.h).
#include "claimactors.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace sitrep::text::detail {

ActorBinder::ActorBinder(const ActorMatcher& actors, std::string outlet)
    : m_actors(actors)
    , m_outlet(std::move(outlet))
{
    std::string lower = m_outlet;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* o : {"anadolu", "daily sabah", "trt", "yeni safak", "yeni şafak", "hurriyet", "hürriyet"})
        m_turkishOutlet = m_turkishOutlet || lower.find(o) != std::string::npos;
}

bool ActorBinder::holdsGround(const std::string& id) const
{
    const auto* a = m_actors.actor(m_actors.root(id));
    return a && (a->side == "opposition" || a->side == "government" || a->side == "kurdish");
}

void ActorBinder::setLastActor(std::string id)
{
    if (!isState(id))
        m_lastGroup = id;
    m_lastActor = std::move(id);
}

namespace {

std::string lowerText(std::string t)
{
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    return t;
}

// "the command", "the council's fighters": the head noun a description names its body by, or "".
std::string bodyHead(const std::string& text)
{
    const std::string t = lowerText(text);
    if (t.starts_with("operations room") || t.starts_with("the operations room"))
        return "room"; // "factions of the operations room", "operations room convoys"
    if (!t.starts_with("the "))
        return {};
    for (std::string_view head : {"command", "council", "room", "administration", "alliance"})
        if (t.compare(4, head.size(), head) == 0)
            return std::string(head);
    return {};
}

// "the group", "the faction", "the Iran-backed militia": a description that stands for a group.
bool namesGroup(const std::string& text)
{
    std::string t = lowerText(text);
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

bool singular(const ActorMention& p)
{
    const std::string t = lowerText(p.text);
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
        const std::string t = lowerText(a.text);
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
    // "In Khan Arnabah, residents said Israeli tanks rolled into the town. Shortly after 1 a.m., a force
    // entered Jubata al-Khashab": "a force" is the one actor the sentence before named; with none,
    // or several, it names nobody.
    const std::string sole = std::exchange(m_soleActor, {});
    std::erase_if(actors, [&](ActorMention& a) {
        const std::string t = lowerText(a.text);
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
        const std::string t = lowerText(a.text);
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
            for (std::string_view head : {"command", "council", "room", "administration", "alliance"})
                if (lowerText(a.text).find(head) != std::string::npos) {
                    std::erase_if(m_bodies, [&](const auto& b) { return b.first == head; });
                    m_bodies.emplace_back(std::string(head), a.actorId);
                }
    // "the QSD militia", "the Hezbollah militia": the militia a later "the militia" stands for.
    for (const auto& a : actors) {
        const std::string t = lowerText(a.text);
        if (!a.pronoun && !a.generic && !a.actorId.empty() && !isState(a.actorId) &&
            (t.ends_with(" militia") || t.find(" militia ") != std::string::npos))
            m_militia = a.actorId;
    }
    m_namedBefore = std::move(m_namedLast);
    m_namedLast.clear();
    for (const auto& a : actors)
        if (!a.pronoun && !a.generic && !a.actorId.empty() && !isState(a.actorId))
            m_namedLast = a.actorId;
    // "… both of which fell to HTS. The group then turned south. On Thursday morning it took Jabal
    // Zain al-Abidin": a sentence opening with "the group" is about that group, so the article is.
    if (!actors.empty() && actors.front().pronoun && actors.front().firstWord == 0 &&
        namesGroup(actors.front().text) && !m_namedBefore.empty()) {
        m_lastActor = m_namedBefore;
        m_namedLast = m_namedBefore;
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
        if (const ActorMention* a = speakingActor(s, k); a && !a->pronoun && (!between || secondThat))
            return outletActor(*a);
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
    if (const std::string t = lowerText(p.text); t == "commandos" || t == "commando units") {
        const auto* own = speakerActor(s, p.firstWord);
        return own ? outletActor(*own) : std::string();
    }
    // "the council's fighters": the body last named with that head ("the Deir ez-Zor Military Council").
    if (const auto head = bodyHead(p.text); !head.empty()) {
        for (auto it = s.actors.rbegin(); it != s.actors.rend(); ++it)
            if (it->lastWord <= p.firstWord && !it->pronoun && !it->generic &&
                lowerText(it->text).find(head) != std::string::npos)
                return outletActor(*it);
        for (const auto& [h, id] : m_bodies)
            if (h == head)
                return id;
        // "fighters of al-Fatah al-Mubin operations room": a room named loosely before any was named
        // in full stands for nobody the article told of.
        if (lowerText(p.text).find("operations room") != std::string::npos)
            return {};
    }
    // "the group", "the faction", "the operation": never the government's army.
    const bool group = lowerText(p.text).starts_with("the ");
    auto before = [&](const ActorMention& a) {
        return a.lastWord <= p.firstWord && !a.pronoun && !(group && isState(a.actorId)) && !isBacker(s, a) &&
               !avoided(a.actorId) && !inClosedRelative(s, a, p.firstWord);
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
    if (lowerText(p.text).starts_with("the militia") && !m_militia.empty() && !avoided(m_militia))
        return m_militia;
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
        std::string lower = a.text;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower.find("terror") != std::string::npos)
            return "sdf";
    }
    return a.actorId;
}

bool ActorBinder::armyWordOfRebels(const ActorMention& generic, const ActorMention& speaker) const
{
    // "In Homs, rebels say troops have left their positions": rebels' men are no troops.
    const std::string t = lowerText(generic.text);
    const auto* side = m_actors.actor(m_actors.root(speaker.actorId));
    return (t == "troops" || t == "soldiers") && side && side->side == "opposition";
}

Binding ActorBinder::bind(const Sent& s, const ActorMention& a, int strength, std::string_view avoid) const
{
    Binding b {outletActor(a), strength, a.generic, a.pronoun, a.firstWord};
    // "The Israeli military says troops seized…", "the SDF said fighters had…": a bare
    // "troops" or "fighters" right after what an actor says are that actor's own — not a word
    // one side only uses for the other ("the army said that militants had entered Hama").
    const std::string last = lowerText(a.text.substr(a.text.find_last_of(' ') == std::string::npos
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
        if (said == "says" || said == "said" || said == "say" || said == "denies" || said == "denied" || said == "deny")
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
            // The speaker is no subject of what they report, unless nothing else is there:
            // "a rebel commander reported gaining control of…".
            if (pass == 0 && !a.pronoun && inAttribution(s, a.firstWord, a.lastWord))
                continue;
            // "Fighters loyal to the new authorities took…": the group named.
            // "members of the Manbij Military Council pulled out": the group.
            // "The General Command of the Army announced…": the army.
            static constexpr std::array<std::string_view, 16> kGroup {"members", "fighters", "units", "troops",
                "elements", "militants", "gunmen", "forces", "command", "commanders", "commander", "leadership",
                "factions", "groups", "columns", "convoys"};
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
            const bool clauseAnd = head >= 2 && s.words[head - 1].lower == "and" && s.words[head - 2].lower == ",";
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
            bool adjacent = true;
            for (std::size_t k = a.lastWord; k < t.first; ++k)
                adjacent = adjacent
                    && (isSoftWord(s.words[k].lower) || isNegationAt(s.words, k) || s.words[k].lower == "to"
                        || s.words[k].lower == "'" || s.words[k].lower == "s");
            // "The airport has been evacuated and security forces have pulled out of it": "and"
            // after a verb joins two clauses; the actor right before the second verb is its subject.
            bool verbAnd = false;
            if (adjacent && head >= 1 && s.words[head - 1].lower == "and")
                for (std::size_t k = clauseLeft; k + 1 < head && !verbAnd; ++k)
                    verbAnd = isVerbLike(s.words[k].lower)
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
            auto b = bind(s, a, pass == 1 ? 1 : adjacent ? 3 : 2);
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

} // namespace sitrep::text::detail
