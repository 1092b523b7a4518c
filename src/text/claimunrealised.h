#pragma once
// Changes a sentence names but does not tell as done: an order given ("I ordered the IDF to take
// over the buffer zone") and an outcome awaited ("the liberation of Hama city was \"a matter of
// time\""). Round 68; read by the extractor before it makes a claim of a trigger.
#include "claimsentence.h"

namespace sitrep::text::detail {

// Whether the trigger is only ordered or awaited in its sentence, so makes no claim.
[[nodiscard]] bool unrealised(const Sent& s, const Trigger& t);

} // namespace sitrep::text::detail
