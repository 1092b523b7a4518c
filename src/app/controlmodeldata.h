#pragma once
// The private state of ControlModel, shared by its source files (controlmodel.cpp, the loading
// and display; controlcorrections.cpp, the analyst's corrections): what a twin shares with the
// model that loaded it, and each model's states at its instant.
#include "controlmodel.h"
#include "correctionstore.h"

#include "core/controlengine.h"
#include "core/gazetteer.h"
#include "geo/scenarioloader.h"
#include "geo/territoryengine.h"
#include "store/workspaceevidence.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sitrep::app {

// What a twin (sharedWith) shares with the model that loaded it: read-only to both on the GUI
// thread, loaded once.
struct ControlModel::Shared {
    core::Gazetteer gazetteer;
    geo::Scenario scenario;
    // Rebuilt in place by setArticleClaims (an engine cannot forget claims, nor be moved).
    std::optional<core::ControlEngine> engineSlot{std::in_place};
    std::unique_ptr<geo::TerritoryBuilder> builder;
    std::optional<store::WorkspaceEvidence> workspace; // see workspacePath
    std::optional<std::vector<core::Claim>> articleClaims; // the last setArticleClaims
    // Where the analyst's corrections are kept (the open workspace, else the sidecar), and the
    // sidecar's corrections, added to the engine after everything else (a workspace's own come
    // with `workspace`, as its overrides).
    CorrectionStore corrections;
    std::vector<core::Claim> sidecarCorrections;
};

// Per model: the shared data under its old names, and this model's states at its instant.
struct ControlModel::Data {
    explicit Data(std::shared_ptr<Shared> s) : shared(std::move(s)) {}
    std::shared_ptr<Shared> shared;
    core::Gazetteer& gazetteer = shared->gazetteer;
    geo::Scenario& scenario = shared->scenario;
    std::optional<core::ControlEngine>& engineSlot = shared->engineSlot;
    core::ControlEngine& engine = *engineSlot;
    std::unique_ptr<geo::TerritoryBuilder>& builder = shared->builder;
    std::vector<core::PlaceState> states;
    std::vector<core::Instant> changeInstants;
    std::unordered_map<std::string, std::size_t> stateIndex;
    // What the colours, holders, counts and front lines of the last refresh came from, per place
    // in the engine's order; while it stays the same (most steps of a scrub), they stay too.
    struct Signature {
        std::string place;
        core::ControlStatus status = core::ControlStatus::Unknown;
        std::string actor;
        std::vector<std::string> parties;
    };
    std::vector<Signature> signature;
    std::string signatureLens;

    // Whether `states` (under `lens`) reads as the stored signature; stores it when not.
    bool sameAsLast(const std::string& lens)
    {
        bool same = lens == signatureLens && signature.size() == states.size();
        for (std::size_t i = 0; same && i < states.size(); ++i) {
            const core::PlaceState& st = states[i];
            const Signature& g = signature[i];
            same = st.status == g.status && st.placeId == g.place && st.actor == g.actor
                && st.parties.size() == g.parties.size();
            for (std::size_t k = 0; same && k < st.parties.size(); ++k)
                same = st.parties[k].actor == g.parties[k];
        }
        if (same)
            return true;
        signatureLens = lens;
        signature.clear();
        signature.reserve(states.size());
        for (const core::PlaceState& st : states) {
            Signature g {std::string(st.placeId), st.status, std::string(st.actor), {}};
            for (const auto& party : st.parties)
                g.parties.emplace_back(party.actor);
            signature.push_back(std::move(g));
        }
        return false;
    }
};

} // namespace sitrep::app
