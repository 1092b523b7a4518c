#pragma once
// Who liberated a place no doer is named for: claimliberators.cpp. Internal to the claim extractor.
#include "claimactors.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::text::detail {

// "liberated", "freed": the victor's words for what it took.
[[nodiscard]] bool liberatorWord(std::string_view w);

// "Homs is fully liberated, the Military Operations Command announced": the first actor that holds
// ground named in the speaker phrase of a liberation whose doer goes unnamed; else nothing.
[[nodiscard]] std::optional<Binding> liberatorSpeaking(const Sent& s, const Trigger& t, const ActorBinder& binder);

// An agentless liberation no speaker in its sentence reports: the outlet's own side
// (ActorBinder::outletLiberator); else empty.
[[nodiscard]] std::string ownVoiceLiberator(const Sent& s, const Trigger& t, const ActorBinder& binder,
                                            const std::string& fallback);

// "Nawa was liberated at dawn on Saturday by its own sons": the "by" at `by` names the town's own
// people, its local fighters.
[[nodiscard]] bool byOwnPeople(const Sent& s, std::size_t by);

} // namespace sitrep::text::detail
