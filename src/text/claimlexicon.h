#pragma once
// ClaimLexicon: the words that make a news sentence a claim about ground — "captured", "the fall
// of", "pulled back to", "battle for", "rebel-held" — each with the claim kind it signals and
// the shape of the sentence around it (where the place and the actor sit). Data, kept apart from
// the extractor's logic so that adding a phrase never touches the rules. The small word classes
// that bound clauses and mark hedges, negation and hypotheticals are in claimwords.h.
#include "claimwords.h"
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

} // namespace sitrep::text
