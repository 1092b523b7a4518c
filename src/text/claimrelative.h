#pragma once
// The place a clause is about when a relative or contact clause stands between it and its verb,
// or holds the verb itself: "The nearby town of Qamhana, which had held out for days, fell a few
// hours later"; "around Aleppo, the city the rebels seized last weekend". Internal to the
// extractor (claimobjects.cpp).
#include "claimsentence.h"

namespace sitrep::text::detail {

// "The nearby town of Qamhana, which had held out against rebel attacks since the weekend, fell a
// few hours later", "Khan Shaykhun and Maarat al-Numan, which the army had retaken in 2019, were
// overrun": the subject of a verb whose place comes before it (`t` ergative or passive) named
// before a relative clause that closes right before the verb; added to `out` with its list.
void subjectBeforeRelative(const Sent& s, const Trigger& t, Objects& out);

// "around Aleppo, the city the rebels seized last weekend": a verb with no object of its own whose
// subject follows "PLACE, the city" (a contact clause on an apposition) is about PLACE; added to
// `out` with nothing else.
void contactClauseHead(const Sent& s, const Trigger& t, Objects& out);

// "The NDF units that had guarded Nubl and al-Zahraa withdrew": the places of a relative clause on
// the subject of `verb` that says where the subject stood (the last of its list), or null.
[[nodiscard]] const PlaceSlot* guardedBySubject(const Sent& s, std::size_t verb);

} // namespace sitrep::text::detail
