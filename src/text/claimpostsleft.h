#pragma once
// Where the people who left posts stood, read from the participle on the subject ("Syrian troops
// manning the Jousieh crossing left their posts"): claimpostsleft.cpp. Internal to the extractor
// (claimobjects.cpp).
#include "claimsentence.h"

namespace sitrep::text::detail {

// "Syrian troops manning the Jousieh crossing opposite the Lebanese town of Qaa left their posts",
// "soldiers guarding checkpoints at Nasib abandoned them": the place the subject of `verb` was
// manning, guarding or holding (the first of a list), or null.
[[nodiscard]] const PlaceSlot* mannedBySubject(const Sent& s, std::size_t verb);

} // namespace sitrep::text::detail
