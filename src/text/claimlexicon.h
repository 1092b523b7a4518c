#pragma once
// ClaimLexicon: the words that make a news sentence a claim about ground — "captured", "the fall
// of", "pulled back to", "battle for", "rebel-held" — each with the claim kind it signals and
// the shape of the sentence around it (where the place and the actor sit), plus the small word
// lists that bound clauses and mark hedges, negation and hypotheticals. Data, kept apart from
// the extractor's logic so that adding a phrase never touches the rules.
#include "core/claim.h"
#include "sentences.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace sitrep::text {

// How a trigger arranges its arguments.
enum class TriggerFrame {
    Active,       // ACTOR captured PLACE (passive "PLACE was captured by ACTOR" detected on the fly)
    Nominal,      // (ACTOR's) capture of PLACE (by ACTOR)
    Ergative,     // PLACE fell (to ACTOR)
    RetreatTo,    // ACTOR pulled back to PLACE: PLACE still held by ACTOR
    Loss,         // ACTOR lost PLACE (to OTHER)
    HeldAdjective,// ACTOR-held PLACE
    UnderControl, // PLACE (is) under ACTOR control / under the control of ACTOR
    InHands,      // PLACE (is) in ACTOR hands / in the hands of ACTOR
    Presence,     // ACTOR (is) inside / on the outskirts of PLACE
};

struct Trigger {
    std::size_t first = 0; // word indices, end exclusive
    std::size_t last = 0;
    core::ClaimKind kind = core::ClaimKind::Controls;
    TriggerFrame frame = TriggerFrame::Active;
    bool needsNearObject = false; // bare "took", "held": only with a place right after
    bool lenient = false;         // contested: "over", "around", "north of" still name the place
    bool ofActor = false;         // "the withdrawal of ACTOR from PLACE"
};

// Non-overlapping triggers, longest match first, left to right.
[[nodiscard]] std::vector<Trigger> findTriggers(const std::vector<Word>& words);

// Word classes used by the extractor.
[[nodiscard]] bool isClauseBoundary(const std::vector<Word>& words, std::size_t i);
[[nodiscard]] bool isHypotheticalWord(const std::vector<Word>& words, std::size_t i);
[[nodiscard]] bool isNegationAt(const std::vector<Word>& words, std::size_t i);
[[nodiscard]] bool isHedgeAt(const std::vector<Word>& words, std::size_t i);
[[nodiscard]] bool isPassiveAuxiliary(std::string_view w);
[[nodiscard]] bool isSoftWord(std::string_view w); // adverbs and auxiliaries between subject and verb
// A verdict that a report is untrue: "false", "baseless", "fabricated"… ("lies" is left to the
// caller: it is also the verb of "the town lies north of Hama").
[[nodiscard]] bool isFalseVerdict(std::string_view w);
// Prepositions after which a place is not the object of a capture ("near", "toward", "from").
[[nodiscard]] bool excludesObject(std::string_view w, bool lenient);
// Nouns after which "of PLACE" is a spot near the place, not the place ("40 km of", "north of").
[[nodiscard]] bool isNearbyNoun(std::string_view w);
// Nouns after which "of PLACE" means its edge ("outskirts of", "gates of").
[[nodiscard]] bool isEdgeNoun(std::string_view w);
// Words after a place name that make it the area around it ("Damascus suburbs", "Homs countryside").
[[nodiscard]] bool isSurroundingNoun(std::string_view w);
// Words that keep a list of objects going ("city of", "the", "and").
[[nodiscard]] bool isListGlue(std::string_view w);

} // namespace sitrep::text
