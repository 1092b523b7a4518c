#pragma once
// ReviewStore: where the analyst's review decisions (a mention pinned to a place, or rejected)
// are kept — the open workspace when there is one, else a JSON-lines sidecar file — so that they
// survive a restart and apply again to the articles they were made on. The sidecar is an
// append-only log: the newest line about a mention wins, and a bad line costs only itself.
#include "core/error.h"
#include "store/workspace.h"

#include <cstddef>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace sitrep::app {

// A mention as decisions name it: its article and its span (code points into the body).
struct MentionKey {
    std::string articleId;
    std::size_t start = 0;
    std::size_t end = 0;
    auto operator<=>(const MentionKey&) const = default;
};

class ReviewStore {
public:
    explicit ReviewStore(std::string sidecarPath = {})
        : m_sidecar(std::move(sidecarPath))
    {
    }

    void setSidecarPath(std::string path) { m_sidecar = std::move(path); }
    [[nodiscard]] const std::string& sidecarPath() const { return m_sidecar; }
    // From now on decisions go to (and come from) `workspace`; null: back to the sidecar.
    void setWorkspace(std::shared_ptr<store::Workspace> workspace) { m_workspace = std::move(workspace); }
    [[nodiscard]] bool usesWorkspace() const { return m_workspace != nullptr; }
    // The workspace location or the sidecar path, for messages.
    [[nodiscard]] std::string location() const;

    // Every decision stored, oldest first. A missing sidecar is an empty one; a sidecar line
    // that cannot be read is skipped and reported in `warnings` as file:line, the rest loads.
    [[nodiscard]] core::Result<std::vector<store::ReviewDecision>> load(std::vector<core::Error>& warnings) const;
    // Stores one decision ("pin" with a place id, "reject"; on a sentence "not_claim", "recorded").
    [[nodiscard]] core::Result<void> add(const store::ReviewDecision& decision);

    // One sidecar line, without its newline, and back; `where` names the line in errors.
    [[nodiscard]] static std::string formatLine(const store::ReviewDecision& decision);
    [[nodiscard]] static core::Result<store::ReviewDecision> parseLine(std::string_view line, const std::string& where);

private:
    std::string m_sidecar;
    std::shared_ptr<store::Workspace> m_workspace;
};

// The newest decision about each mention (sentence decisions left out).
[[nodiscard]] std::map<MentionKey, store::ReviewDecision> latestDecisions(
    const std::vector<store::ReviewDecision>& decisions);
// The sentences (article and span) the "Possibly missed" list was told about: not a claim, or
// recorded as a correction. Either way they stay off the list.
[[nodiscard]] std::set<MentionKey> decidedSentences(const std::vector<store::ReviewDecision>& decisions);

} // namespace sitrep::app
