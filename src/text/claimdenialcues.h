#pragma once
// A state voice's denial that no rule read (round 99): "Ministry of Defence: \"There is no truth to
// what some pages are circulating about Homs\"", "state television insisted the army was \"in full
// control\" of Homs", "denying what it described as \"rumours\" of its fall". When the government speaks (its
// attribution, the speaker phrase that opens the sentence, a "the source" pointing back to a state
// voice, or a state outlet's own voice) and the sentence carries a denial cue about ground, each
// resolved Syrian place the sentence names that has no government denial gets one: a denial the
// sentence made in another voice is given the state's voice; otherwise the attacker (the
// sentence's or the article's last gaining opposition actor, else "opposition") is denied the
// place at confidence 0.5 (a withdrawal the reports told is denied to the side that would have
// withdrawn), so the engine shows it contested, never calm government control. "Repelled an
// attack on", "calm prevails" and "in full control of" a place the sentence already gives the army
// are not read: the gold sets' readers take them as the army's word on a battle or its control.
// Internal to the claim extractor; called once a sentence's claims are made.
#include "actormatcher.h"
#include "claimextractor.h"
#include "claimsentence.h"
#include "dateresolver.h"

#include <cstddef>
#include <vector>

namespace sitrep::text::detail {

// `out` from `from` on are the claims of sentence `s` (number `si`); `outletVoice` is the side the
// article's own voice speaks for (SpeakerFinder::articleVoice); `before` is the last named
// attribution of the sentences before (nullptr: none).
void addDenialCueClaims(std::vector<ExtractedClaim>& out, std::size_t from, const Sent& s, std::size_t si,
                        const core::Article& article, core::SpeakerSide outletVoice, const ExtractOptions& options,
                        const DateResolver& dates, const ActorMatcher& actors, const Attribution* before);

} // namespace sitrep::text::detail
