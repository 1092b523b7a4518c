#pragma once
// A last pass over a sentence's places (round 88): a place the sentence plainly tells a change of
// control of, but that no rule gave a claim — "southern rebels seized Daraa, cradle of the 2011
// uprising, and the Nasib crossing on the border with Jordan" — gets one, at a lower confidence
// (0.6), only when the sentence is unambiguous: one party (the sentence's own claims all for one
// actor, copied from the claim its trigger made; or, with one trigger and no claim, the one actor
// named before the verb), the place in the object run of the nearest trigger before it (only
// articles, "and", "the villages of", a time, a comma-closed aside between), and no negation,
// hedge, plan, infinitive, passive, history or foreign place. Internal to the claim extractor;
// called once a sentence's claims are made.
#include "claimextractor.h"
#include "claimsentence.h"
#include "dateresolver.h"

#include <cstddef>
#include <vector>

namespace sitrep::text::detail {

// Appends to `out` the fallback claims of sentence `s` (number `si` of `article`, whose own voice
// speaks for `outletVoice`); the sentence's own claims are `out` from `from` on (the sentence's
// actor mentions carry their actor ids).
void addFallbackClaims(std::vector<ExtractedClaim>& out, std::size_t from, const Sent& s, std::size_t si,
                       const core::Article& article, core::SpeakerSide outletVoice, const ExtractOptions& options,
                       const DateResolver& dates);

} // namespace sitrep::text::detail
