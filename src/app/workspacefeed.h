#pragma once
// WorkspaceFeed: how the app's ControlModel takes in a workspace — the open one, or the
// scenario's own when none is set — through the same store functions as the command line
// (store::loadEngineWorkspace, store::fillEngine), so the map, `render` and `animate` show what
// `sitrep state` prints. Kept out of ControlModel so its loading path stays short.
#include "core/claim.h"
#include "core/controlengine.h"
#include "core/gazetteer.h"
#include "store/workspaceevidence.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sitrep::geo {
struct Scenario;
}

namespace sitrep::app {

struct WorkspaceFeed {
    std::optional<store::WorkspaceEvidence> evidence;
    QString location; // where it was read from (the default workspace's file when none was set)
    QString error; // why it could not be read; the scenario alone is shown then
};

// Reads the workspace at `path` ("" the scenario's default one, built first when needed;
// "none" no workspace). With `addPlaces`, its hand-added places join `gazetteer` (so they get
// cells): only before a territory builder is made from it.
[[nodiscard]] WorkspaceFeed loadWorkspaceFeed(const QString& path, const std::string& scenarioDir,
    const std::string& gazetteerPath, core::Gazetteer& gazetteer, bool addPlaces);

// Fills an empty engine from the scenario and the workspace. `articleClaims` (the review
// model's claims, extracted again with its pins) replace the workspace's claims of the same
// articles; null: the workspace's claims as stored.
void fillControlEngine(core::ControlEngine& engine, const core::Gazetteer& gazetteer, const geo::Scenario& scenario,
    const store::WorkspaceEvidence* workspace, const std::vector<core::Claim>* articleClaims);

} // namespace sitrep::app
