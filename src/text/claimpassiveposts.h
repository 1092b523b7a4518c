#pragma once
// Posts left in an agentless passive ("army checkpoints had been abandoned on Saturday"):
// claimpassiveposts.cpp. Internal to the claim extractor.
#include "claimsentence.h"

#include <cstddef>
#include <optional>

namespace sitrep::text::detail {

// The post noun ("checkpoints", "positions", "posts", "bases") that is the subject of a passive
// withdrawal right before its auxiliaries ("checkpoints had been abandoned", "positions were all
// abandoned"), or nothing.
[[nodiscard]] std::optional<std::size_t> postsSubject(const Sent& s, const Trigger& t);

} // namespace sitrep::text::detail
