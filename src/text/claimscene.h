#pragma once
// Round 117: where a loss with no place object happened — "Dozens of regime soldiers surrendered
// to the factions in Talbiseh", "the town's National Defence Forces unit laid down its weapons",
// "We reached al-Qutayfah at noon. The soldiers had gone on Saturday evening". Internal to the
// extractor (claimobjects.cpp).
#include "claimsentence.h"

namespace sitrep::text::detail {

// The scene of the surrender or withdrawal `t` that names no place of its own (`objectless`):
// a trailing "in X" after the party surrendered to, a place whose possessive opens the subject
// ("the town's garrison"), or the one place the sentence before named when this one names none.
// Added to `out` (left untouched when none is found).
void lossScene(const Sent& s, const Trigger& t, const ClauseSpan& c, bool objectless, Objects& out);

} // namespace sitrep::text::detail
