#pragma once
// Posts left in an agentless passive ("army checkpoints had been abandoned on Saturday"):
// claimpassiveposts.cpp. Internal to the claim extractor.
#include "claimsentence.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace sitrep::text::detail {

// The post noun ("checkpoints", "positions", "posts", "bases") that is the subject of a passive
// withdrawal right before its auxiliaries ("checkpoints had been abandoned", "positions were all
// abandoned"), or nothing.
[[nodiscard]] std::optional<std::size_t> postsSubject(const Sent& s, const Trigger& t);

// "army checkpoints at the town entrances have stood empty since late afternoon", "the base was
// empty by Friday evening": posts left empty are a withdrawal; adds the trigger at "empty" (round 61).
void addEmptyPosts(const std::vector<Word>& words, std::vector<Trigger>& out);

} // namespace sitrep::text::detail
