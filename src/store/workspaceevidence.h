#pragma once
// WorkspaceEvidence: what a workspace adds to a scenario's control engine — the claims of its
// articles (with the analyst's review decisions applied), its overrides and its places added by
// hand — and fillEngine(), the one function that builds an engine from a scenario and a
// workspace. `sitrep state/changes/export/diff` and the app's map (ControlModel, hence `render`
// and `animate`) all call it, so they weigh exactly the same claims and cannot drift apart.
#include "core/actorregistry.h"
#include "core/claim.h"
#include "core/controlengine.h"
#include "core/gazetteer.h"
#include "workspace.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sitrep::store {

struct WorkspaceEvidence {
    std::string location;
    // Claims of the ingested articles, on places: a pinned mention's claims moved to the pinned
    // place, a rejected mention's claims dropped. Ordered by article file, then as extracted.
    // Region claims are not yet expanded (fillEngine does that).
    std::vector<core::Claim> claims;
    std::vector<core::Claim> overrides; // the analyst's own statements, outranking claims
    std::vector<core::Place> places; // added by hand
    std::unordered_set<std::string> articleIds;
    std::size_t unplacedClaims = 0; // claims on no place: they wait for review
    std::size_t pinnedClaims = 0; // claims a pin moved
    std::size_t rejectedClaims = 0; // claims a rejection dropped
};

// Reads everything the engine needs from `workspace`.
[[nodiscard]] core::Result<WorkspaceEvidence> readWorkspaceEvidence(Workspace& workspace);

// Moves the claims of pinned mentions to the pinned place and drops those of rejected ones; the
// newest decision about a mention wins. A mention's claims are the claims of its article whose
// sentence holds the mention's span and whose place is the one the geoparser chose for it.
// Returns the number of claims moved and dropped.
struct ReviewEffect {
    std::size_t pinned = 0;
    std::size_t rejected = 0;
};
ReviewEffect applyReviewDecisions(std::vector<core::Claim>& claims, std::span<const ReviewDecision> decisions,
    std::span<const core::Mention> mentionsOfDecidedArticles);

// Where the engine's claims come from: the scenario's actors, places and analyst claims, and
// optionally a workspace.
struct EngineSources {
    const core::Gazetteer* gazetteer = nullptr; // required
    const core::ActorRegistry* actors = nullptr; // required
    std::string country; // the scenario's country; empty: every settlement of the gazetteer
    std::span<const core::Claim> scenarioClaims; // baseline and analyst timeline
    bool baselineOnly = false; // keep only the scenario's baseline claims (`--evidence files`)
    const WorkspaceEvidence* workspace = nullptr;
    std::string defaultActor; // the scenario's incumbent (see addArticleClaims); empty: none
};

// Fills an empty engine: actors, the settlements of the country, the scenario's claims, then the
// workspace's article claims (a claim on a governorate standing for its settlements), places
// added by hand and overrides. Returns the number of article claims added (after expansion).
std::size_t fillEngine(core::ControlEngine& engine, const EngineSources& sources);

// Adds article claims to an engine, a claim on a governorate or region standing for its
// settlements; claims on no place are skipped. Returns the number of claims added.
// With the scenario's incumbent (`defaultActor`, the government), a region claim leaves out the
// settlements a third party holds at its time by the engine's claims so far (baseline and
// analyst timeline): "rebels took the entire southwest" does not take the Israeli-held Golan
// villages, nor "the army withdrew from Deir ez-Zor province" the SDF's towns. A claim naming
// the place itself is always added.
std::size_t addArticleClaims(core::ControlEngine& engine, std::span<const core::Claim> claims,
    const core::Gazetteer& gazetteer, std::string_view defaultActor = {});

} // namespace sitrep::store
