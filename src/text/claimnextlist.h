#pragma once
// The places a verb's counted object is given by in the sentence after it (claimnextlist.cpp):
// "Rebels have seized over a dozen villages west of Aleppo. Among them are Sheikh Aqil, Qubtan
// al-Jabal and Kafr Basha". Internal to the claim extractor (claimextractor.cpp).
#include "claimsentence.h"

#include <string_view>
#include <vector>

namespace sitrep::text::detail {

// "seized over a dozen villages", "captured several towns": the active verb's object is a count
// of places and names none (claimstance.cpp keeps such a tally a capture over a span).
[[nodiscard]] bool countedObject(const Sent& s, const Trigger& t);

// When trigger `t` of `s` found no object and its object is a plural place noun ("a dozen
// villages", "several towns"): the places the next sentence (`next`, of the same paragraph of `body`;
// null: none) lists for it after "Among them are", "They include", "Those taken include"; their slots
// go in `store` (which must outlive the objects returned). Empty otherwise.
[[nodiscard]] Objects listedNext(const Sent& s, const Trigger& t, const Sentence* next, std::string_view body,
                                 const std::vector<core::Mention>& mentions, std::vector<PlaceSlot>& store);

} // namespace sitrep::text::detail
