#pragma once
// CorrectionStore: where the analyst's corrections of control ("HTS holds Hama from 5 Dec
// 18:00, Reuters 7 Dec") are kept — the workspace the user opened, as its overrides, or else a
// JSON-lines sidecar file per scenario. Never the scenario's cached workspace: that one is
// rebuilt whenever its articles change, and a correction stored there would vanish with it.
// The sidecar is an append-only log of "add" and "remove" lines, written and flushed one line at
// a time and never rewritten, so a crash costs at most the line being written; a line that
// cannot be read is skipped and reported as file:line, the rest loads.
#include "core/error.h"
#include "store/workspace.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::app {

class CorrectionStore {
public:
    explicit CorrectionStore(std::string sidecarPath = {})
        : m_sidecar(std::move(sidecarPath))
    {
    }

    void setSidecarPath(std::string path) { m_sidecar = std::move(path); }
    [[nodiscard]] const std::string& sidecarPath() const { return m_sidecar; }
    // From now on corrections go to (and come from) `workspace`'s overrides; null: the sidecar.
    void setWorkspace(std::shared_ptr<store::Workspace> workspace) { m_workspace = std::move(workspace); }
    [[nodiscard]] bool usesWorkspace() const { return m_workspace != nullptr; }
    // The workspace location or the sidecar path, for messages.
    [[nodiscard]] std::string location() const;

    // The corrections in force (added and not removed), oldest first, each an analyst override
    // claim with its id (claimId), the author as speaker and the note as sentence. A missing
    // sidecar is an empty one; a bad line is skipped and reported in `warnings` as file:line.
    [[nodiscard]] core::Result<std::vector<store::Override>> load(std::vector<core::Error>& warnings) const;
    // Stores one correction (the claim's place, actor, kind, stance and time, author and note)
    // and returns its id.
    [[nodiscard]] core::Result<std::int64_t> add(const store::Override& correction);
    // Removes a correction; false when there is none with this id.
    [[nodiscard]] core::Result<bool> remove(std::int64_t id);

    // The engine's claim id of a correction: "override:N" in a workspace (as the workspace
    // names its overrides), "correction:N" in the sidecar.
    [[nodiscard]] std::string claimId(std::int64_t id) const;
    // The correction id in a claim id of either scheme; nothing when it is neither.
    [[nodiscard]] static std::optional<std::int64_t> idOfClaim(std::string_view claimId);

    // One sidecar line, without its newline, and back; `where` names the line in errors.
    struct Line {
        bool remove = false;
        store::Override correction; // for "add"; only the id for "remove"
    };
    [[nodiscard]] static std::string formatAdd(const store::Override& correction);
    [[nodiscard]] static std::string formatRemove(std::int64_t id);
    [[nodiscard]] static core::Result<Line> parseLine(std::string_view line, const std::string& where);

private:
    // Every line read, oldest first; the largest id ever used in `maxId`.
    [[nodiscard]] core::Result<std::vector<Line>> readSidecar(
        std::vector<core::Error>& warnings, std::int64_t& maxId) const;
    [[nodiscard]] core::Result<void> append(const std::string& line);

    std::string m_sidecar;
    std::shared_ptr<store::Workspace> m_workspace;
};

// The claim a stored correction stands for in the engine (see CorrectionStore::load).
void finishCorrectionClaim(store::Override& correction, const std::string& claimId);

} // namespace sitrep::app
