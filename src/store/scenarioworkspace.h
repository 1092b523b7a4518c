#pragma once
// ScenarioWorkspace: the workspace every command and the app use when none is given — the
// scenario's own articles ingested into a GeoPackage under the user's cache folder
// ($XDG_CACHE_HOME/sitrep/<scenario>.gpkg, default ~/.cache). Built on first use, rebuilt when
// what it was built from changes (a fingerprint of the articles, the actors file, the gazetteer
// file, the Sitrep version and the extractor's source revision, kept in the workspace's metadata). It is built into a temporary
// file and renamed into place, so two processes building it at once both end with a whole one.
#include "core/gazetteer.h"
#include "workspace.h"
#include "workspaceevidence.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace sitrep::store {

struct ScenarioWorkspaceOptions {
    std::string scenarioDir; // the scenario folder (its articles/ and actors.csv)
    std::string gazetteerPath; // the gazetteer file the engine uses (part of the fingerprint)
    std::string cacheDir; // empty: defaultCacheDir()
    int jobs = 2; // analysis threads when building
};

struct ScenarioWorkspace {
    std::string path;
    bool built = false; // false: the cached one was current
    std::size_t articles = 0; // articles ingested when built
    std::string message; // one line for stderr when built ("built the … workspace …")
};

// The cache folder: $SITREP_CACHE_DIR itself, else $XDG_CACHE_HOME/sitrep, else
// $HOME/.cache/sitrep; fails when none is set. (The tests set SITREP_CACHE_DIR: moving
// XDG_CACHE_HOME would also move fontconfig's cache, rebuilt at once by every Qt test.)
[[nodiscard]] core::Result<std::string> defaultCacheDir();
// Where the scenario's workspace lives: <cache>/<scenario folder name>.gpkg.
[[nodiscard]] core::Result<std::string> scenarioWorkspacePath(const ScenarioWorkspaceOptions& options);
// The scenario's article files, as `sitrep state` reads a folder: .txt, .md, .jsonl and .ndjson
// directly in <scenario>/articles, sorted, as canonical paths.
[[nodiscard]] std::vector<std::string> scenarioArticleFiles(const std::string& scenarioDir);
// The fingerprint the cached workspace must carry to be current (hex).
[[nodiscard]] core::Result<std::string> scenarioFingerprint(const ScenarioWorkspaceOptions& options);

// Returns the path of a current workspace for the scenario, building it first when it is
// missing, stale or unreadable. `gazetteer` is used only when building (for the geoparser).
[[nodiscard]] core::Result<ScenarioWorkspace> ensureScenarioWorkspace(
    const ScenarioWorkspaceOptions& options, const core::Gazetteer& gazetteer);

// What the engine reads from the workspace a command or the app was given: `workspace` is a
// GeoPackage path or postgresql://…; empty means the scenario's own (built first when needed,
// `builtMessage` then says so); "none" means no workspace (nothing read).
struct EngineWorkspace {
    std::optional<WorkspaceEvidence> evidence;
    std::string location;
    std::string builtMessage;
};
[[nodiscard]] core::Result<EngineWorkspace> loadEngineWorkspace(
    const std::string& workspace, const ScenarioWorkspaceOptions& scenario, const core::Gazetteer& gazetteer);

} // namespace sitrep::store
