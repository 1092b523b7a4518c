#pragma once
// Negations that are no denial (round 75): a fight the outlet says did not happen, a first time
// ("who had never set foot in the capital before"), a silence ("did not comment on the
// withdrawal"), and what "never" tells: no day.
#include "claimsentence.h"
#include "speaker.h"

namespace sitrep::text::detail {

// Whether a negated trigger makes no claim at all: read by the extractor once it knows the
// trigger's negation, its speaker (none: the outlet's own voice) and the outlet's side.
[[nodiscard]] bool negationNoDenial(const Sent& s, const Trigger& t, std::size_t left, bool negated,
                                    const Attribution* att, core::SpeakerSide outlet);

// Where a negation before the trigger may start once a silence is stepped over: "Hezbollah did
// not comment on the withdrawal from Qusayr" negates the comment, not the withdrawal.
[[nodiscard]] std::size_t pastSilence(const Sent& s, const Trigger& t, std::size_t negFrom);

// Where the clause of the trigger starts when it is joined to one before by ", and" / ", but"
// ("…, and insisted the army remained in the city"; not ", and that …", which goes on with the
// clause before); 0 when it is not.
[[nodiscard]] std::size_t joinedClauseStart(const Sent& s, const Trigger& t);

// "Opposition forces had never held Hama during the civil war": a "never" in the trigger's
// clause spans all days, so the claim has none.
[[nodiscard]] bool toldAsNever(const Sent& s, const Trigger& t, std::size_t left);

// "The paper made no mention of the fact that Syria's second city had fallen to the opposition
// factions in under 48 hours": what a silence is about is told as known, with no day of its own.
[[nodiscard]] bool toldPastSilence(const Sent& s, const Trigger& t, std::size_t left);

} // namespace sitrep::text::detail
