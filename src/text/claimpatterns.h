#pragma once
// The trigger phrases of the claim lexicon (claimpatterns.cpp), each with its claim kind and frame:
// data only; claimlexicon.cpp expands and matches them. Internal to the claim extractor.
#include "claimlexicon.h"

#include <span>
#include <string_view>

namespace sitrep::text {

struct Pattern {
    std::string_view text; // "(took|seized) [full|complete] control (of|over)"
    core::ClaimKind kind;
    TriggerFrame frame;
    bool needsNearObject = false;
    bool ofActor = false; // "the withdrawal of the army from Homs": "of" names the actor, not the place
};

// Every phrase in the order written (the order breaks ties between matches of one length).
[[nodiscard]] std::span<const Pattern> triggerPatterns();

} // namespace sitrep::text
