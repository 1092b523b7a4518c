#pragma once
// A denial told as a verdict on reports: "Syria's Defence Ministry called reports that Homs had
// fallen \"completely false\"", "State television branded claims that the terrorists had captured
// Talbiseh \"fabricated\"". "called" is no verb of saying, so no speaker vouches for the denial and
// the outlet seemed to speak; the one who calls the reports false is the speaker.
#include "actormatcher.h"
#include "claimextractor.h"
#include "sentences.h"
#include "speaker.h"

#include <vector>

namespace sitrep::text {

// Gives each denial the outlet voiced whose sentence reads "SPEAKER called (the) reports … VERDICT"
// its speaker and side, when that is a government or opposition voice; a gain a government voice
// so denies that its sentence bound to the government only loosely is the opposition's.
void verdictSpeakers(std::vector<ExtractedClaim>& out, const ActorMatcher& actors);

// The attribution whose speaker calls the claims of the sentence before false ("A military source
// called the claims \"lies\" and said …": its speaker phrase ends at "called"), or nullptr.
[[nodiscard]] const Attribution* verdictBackDenial(const std::vector<Word>& words,
                                                   const std::vector<Attribution>& atts);

} // namespace sitrep::text
