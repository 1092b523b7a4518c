#pragma once
// ActorBinder: who a trigger's actor is — the subject before the verb, the agent after "by", a
// pronoun's antecedent, the subject before a relative clause, a speaker's own troops, the SDF
// behind a Turkish outlet's "terrorists" — and the actor the article last spoke of, which an
// agentless capture falls back to. Internal to the claim extractor.
#include "claimsentence.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::text::detail {

class ActorBinder {
public:
    ActorBinder(const ActorMatcher& actors, std::string outlet);

    // Whether the actor (or its root) is a side that holds ground (opposition, government, Kurds).
    [[nodiscard]] bool holdsGround(const std::string& id) const;
    // The mention as a binding of `strength`; a pronoun resolved to its antecedent.
    // `avoid`: an actor a pronoun cannot stand for ("the SNA captured Tal Rifaat from the group":
    // not the SNA).
    [[nodiscard]] Binding bind(const Sent& s, const ActorMention& a, int strength, std::string_view avoid = {}) const;
    // The actor a relative clause ending at the comma `comma` describes: "<actor> [(<abbr>)],
    // which|who …,"; only when nothing but the relative clause lies between.
    [[nodiscard]] std::optional<ActorMention> antecedentBeforeRelative(const Sent& s, std::size_t comma) const;
    // The subject of a verb: the nearest actor before it that is not the object of a preposition.
    [[nodiscard]] std::optional<Binding> subjectOf(
        const Sent& s, const Trigger& t, std::size_t clauseLeft, bool anyRole) const;
    // The first actor in [from, to): the agent after "by", the winner after "fell to".
    [[nodiscard]] std::optional<Binding> actorIn(const Sent& s, std::size_t from, std::size_t to, int strength,
                                                 std::string_view avoid = {}) const;

    // "Israeli troops on Syrian side of Mount Hermon. Israeli media report that troops have taken
    // over…": a bare "troops" / "soldiers" / "fighters" / "forces" with no actor named before it
    // in its sentence are the ones the sentence before named with that word. Updates the memory.
    void bindBareGroups(std::vector<ActorMention>& actors);

    // "The advance comes two days after the liberation of the city of Saraqib" in an opposition
    // outlet's own voice: the liberator is the outlet's side — the last actor of that side the
    // article named, else the side itself — when `fallback` is another side's; empty when the
    // outlet speaks for no side or `fallback` is its own.
    [[nodiscard]] std::string outletLiberator(const std::string& fallback) const;
    // The actor the article last spoke of (agentless claims fall back to it).
    [[nodiscard]] const std::string& lastActor() const { return m_lastActor; }
    void setLastActor(std::string id);
    // "The rebels reached Saydnaya on Sunday, shortly before the capital fell": the side this
    // sentence has told of gaining ground so far; an agentless capture later in it falls back to
    // it before the side the sentences before spoke of.
    void setSentenceGainer(std::string id) { m_sentenceGainer = std::move(id); }
    [[nodiscard]] const std::string& fallbackActor() const
    {
        return m_sentenceGainer.empty() ? m_lastActor : m_sentenceGainer;
    }

private:
    // Whether the actor is the government's (no "group" or "faction" stands for it).
    [[nodiscard]] bool isState(const std::string& id) const;
    // A bare "troops" / "soldiers" reported by a rebel speaker: the army's word, not the speaker's own men.
    [[nodiscard]] bool armyWordOfRebels(const ActorMention& generic, const ActorMention& speaker) const;
    // An army of another state ("israel", "turkey"; not Hezbollah or the Iran-backed militias).
    [[nodiscard]] bool foreignArmy(const std::string& id) const;
    [[nodiscard]] std::string resolvePronoun(const Sent& s, const ActorMention& p, std::string_view avoid = {}) const;
    // "The mujahideen then liberated Maardes" in Ebaa's copy: the actor a word for "our side's
    // fighters" means, the speaker's side or else the outlet's, when the word can mean that side;
    // empty otherwise (claimownside.cpp).
    [[nodiscard]] std::string ownSideActor(const Sent& s, const ActorMention& p) const;
    // The mention's actor as this outlet means it (a Turkish outlet's "terrorists" are the SDF).
    [[nodiscard]] std::string outletActor(const ActorMention& a) const;
    // The actor named in the phrase of the speaker whose words include `word` ("an official at
    // the SDF Media Center said"), if any.
    [[nodiscard]] const ActorMention* speakerActor(const Sent& s, std::size_t word) const;

    const ActorMatcher& m_actors;
    std::string m_outlet;
    bool m_turkishOutlet = false; // Anadolu, Daily Sabah, TRT…: "terrorists" are the PKK/YPG
    std::string m_lastActor;
    std::string m_sentenceGainer; // the last side this sentence told of taking or entering ground
    std::string m_militia; // the last actor named as a "… militia" ("the QSD militia")
    std::string m_mercenaries; // the last actor named as "mercenaries" ("the mercenaries of the Turkish occupation")
    std::string m_lastGroup; // the last actor the article spoke of that is no state's army
    std::string m_namedLast, m_namedBefore; // the last non-state actor named in this sentence, the one before
    std::string m_openerLast, m_openerBefore; // the named actor opening this sentence ("The SDF had …"), the one before
    std::vector<std::pair<std::string, std::string>> m_bodies; // head noun ("council") → the body last named with it
    std::vector<std::pair<std::string, std::string>> m_acronyms; // "dmc" → the actor "(DMC)" followed
    std::vector<std::pair<std::string, std::string>> m_groups; // head word → actor, of the sentence before
    std::string m_soleActor; // the one actor the sentence before named, or "" (none, or several)
    std::string m_soleBefore; // while binding a sentence: the one actor the sentence before it named
};

// The actor whose mention ends at word `end` (a closing ")" stepped over), or the one before a
// place phrase that ends there ("local rebels in Daraa province"): the subject before an aside.
[[nodiscard]] std::optional<ActorMention> actorEndingAt(const Sent& s, std::size_t end);

// "the regime's local militias and Hezbollah fighters": the actor whose force ("<actor>'s" and up to
// three plain words) ends right before the "and" at `andAt`, within [from, andAt), or null
// (claimsubjects.cpp; claimstance.cpp's coordinatedSubjects joins it to the second subject).
[[nodiscard]] const ActorMention* possessedConjunct(const Sent& s, std::size_t from, std::size_t andAt);

// The actor an apposition closed by the comma at `comma` describes: "<actor>, the / a …," (within
// twenty words, no reporting verb or ";" inside), or null (claimsubjects.cpp, as the three below).
[[nodiscard]] const ActorMention* appositionHead(const Sent& s, std::size_t comma);
// The subject `found` stands in place of when it lies inside an apposition closed by the comma at
// `comma`: the actor the apposition describes.
[[nodiscard]] std::optional<Binding> appositionSubject(const Sent& s, std::size_t comma, const Binding& found,
                                                       const ActorBinder& binder);
// Where "that" opens a relative clause whose verb is at `verb` ("groups that (had) attacked"), or nothing.
[[nodiscard]] std::optional<std::size_t> relativeThat(const Sent& s, std::size_t verb);
// "The \"Syrian Free Army\", backed by the US-led international coalition, which entered Palmyra":
// the actor a ", backed / supported by X" apposition describes, or X itself.
[[nodiscard]] const ActorMention& backedHead(const Sent& s, const ActorMention& agent);

// Whose claim a trigger makes (claimagent.cpp), by its frame: the subject of an active verb, the
// agent after "by", the actor after "the withdrawal of" (`ofActor`), the party after "under the
// control of" / "in the hands of"; for an agentless capture, the side the article last spoke of.
// Nothing when the sentence names nobody the frame allows (a non-actor subject: "Assad had fled").
[[nodiscard]] std::optional<Binding> claimActor(const Sent& s, const Trigger& t, const ClauseSpan& span, bool passive,
                                                const std::optional<Binding>& ofActor, const ActorBinder& binder,
                                                const ActorMatcher& actors);

// "residents said army checkpoints had been abandoned on Saturday": the force whose posts an
// agentless passive of leaving has for its subject ("army checkpoints", "regime positions", "the
// army's posts"), or nothing (claimpassiveposts.cpp).
[[nodiscard]] std::optional<Binding> postsOwner(const Sent& s, const Trigger& t, const ActorBinder& binder);

// "the SDF handed the city over to the Military Operations Command": the actor the place is handed
// over to (claimagent.cpp), or nothing.
[[nodiscard]] std::optional<Binding> handoverRecipient(const Sent& s, const Trigger& t, std::size_t windowEnd,
                                                       const ActorBinder& binder);

// A claim's actor, kind and the other side: "lost Hama to the rebels" is the winner's capture with
// the loser as counterpart; "captured X from Y" has Y; a surrender, the side surrendered to.
struct ClaimParty {
    Binding actor;
    core::ClaimKind kind;
    std::string counterpart;
    std::optional<Binding> loser; // "captured X from Y": Y, who lost X
    // Others who left it: "filling a vacuum left by retreating government troops and Iran-backed
    // militias", "took the city after government forces pulled out of its last neighbourhoods".
    std::vector<Binding> alsoLost = {};
};
[[nodiscard]] ClaimParty withCounterpart(const Sent& s, const Trigger& t, const ClauseSpan& span, bool passive,
                                         const Binding& actor, const ActorBinder& binder, const ActorMatcher& actors);

} // namespace sitrep::text::detail
