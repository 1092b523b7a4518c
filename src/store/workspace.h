#pragma once
// Workspace: everything an analyst accumulates over weeks — ingested articles with their
// mentions and claims, places added by hand, review decisions, control overrides, briefings —
// kept in one GeoPackage file (the default) or a shared PostgreSQL/PostGIS database, with the
// same schema and behaviour. Every write is one transaction: an interrupted ingest leaves the
// workspace as it was before that article, and articles are deduplicated by content hash.
#include "core/article.h"
#include "core/claim.h"
#include "core/error.h"
#include "core/mention.h"
#include "core/place.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::store {

// The schema this build writes; older workspaces are migrated on open, newer ones refused.
inline constexpr int kSchemaVersion = 3;

// An analyst's verdict on one mention in the review list: pin it to a place or reject it; or on
// one sentence of the "Possibly missed" list: not a claim, or recorded as a correction.
struct ReviewDecision {
    std::int64_t id = 0; // assigned by the workspace
    std::string articleId;
    std::size_t start = 0; // the mention's (or the sentence's) span, code points into the body
    std::size_t end = 0;
    std::string text;
    std::string decision; // "pin", "reject"; on a sentence "not_claim", "recorded"
    std::string placeId; // for "pin"
    std::string author;
    std::string note;
    core::Instant decidedAt = 0;
};

// Whether `decision` is one a review decision may be, and whether it is about a sentence (its span
// a sentence's, never read as a mention's).
[[nodiscard]] inline bool isReviewDecisionKind(std::string_view decision)
{
    return decision == "pin" || decision == "reject" || decision == "not_claim" || decision == "recorded";
}
[[nodiscard]] inline bool isSentenceDecision(std::string_view decision)
{
    return decision == "not_claim" || decision == "recorded";
}

// An analyst's own statement of control, weighed by the engine like a claim.
struct Override {
    std::int64_t id = 0; // assigned by the workspace
    core::Claim claim; // place, actor, kind, stance and time; analystOverride is set on read
    std::string author;
    std::string note;
    core::Instant decidedAt = 0;
};

// A briefing the analyst presents or exports, kept whole: `document` is its JSON as given
// (docs/formats.md, "Briefings"; geo/briefingfile.h reads and writes it), so the store never
// drops a field it does not know and needs no part of the briefing code. The title has a column
// of its own for lists.
struct Briefing {
    std::string id;
    std::string title;
    std::string document; // the briefing's JSON document
    core::Instant updatedAt = 0; // set by the workspace when saved with 0
};

enum class IngestStatus { Added, Duplicate };

// How much a workspace holds, for summaries and tests.
struct WorkspaceCounts {
    std::int64_t articles = 0;
    std::int64_t mentions = 0;
    std::int64_t claims = 0;
    std::int64_t places = 0;
};

// How to open a workspace; the defaults suit the app and the command line.
struct OpenOptions {
    bool create = true; // make a new workspace when there is none
    int busyTimeoutMs = 5000; // GeoPackage: how long to wait for another writer
    // Migrate no further than this (tests of the migrations); kSchemaVersion otherwise.
    int targetSchemaVersion = kSchemaVersion;
};

class Workspace {
public:
    virtual ~Workspace() = default;

    // The file path, or the PostgreSQL URI without its password.
    [[nodiscard]] virtual const std::string& location() const = 0;
    [[nodiscard]] virtual core::Result<int> schemaVersion() = 0;

    // Stores an article with its mentions and claims in one transaction. An article whose id
    // (content hash) is already stored is left alone and reported as a duplicate, even when
    // another process stores it at the same moment.
    [[nodiscard]] virtual core::Result<IngestStatus> addArticle(
        const core::Article& article, std::span<const core::Mention> mentions, std::span<const core::Claim> claims)
        = 0;
    [[nodiscard]] virtual core::Result<std::vector<std::string>> articleIds() = 0;
    [[nodiscard]] virtual core::Result<std::optional<core::Article>> article(std::string_view id) = 0;
    [[nodiscard]] virtual core::Result<std::vector<core::Mention>> mentions(std::string_view articleId) = 0;
    [[nodiscard]] virtual core::Result<std::vector<core::Claim>> claims(std::string_view articleId) = 0;
    // Every claim of every article, in article then sentence order.
    [[nodiscard]] virtual core::Result<std::vector<core::Claim>> allClaims() = 0;
    [[nodiscard]] virtual core::Result<WorkspaceCounts> counts() = 0;

    // Places added by hand; saving a place with a known id replaces it.
    [[nodiscard]] virtual core::Result<void> savePlace(const core::Place& place) = 0;
    [[nodiscard]] virtual core::Result<std::vector<core::Place>> places() = 0;

    [[nodiscard]] virtual core::Result<std::int64_t> addReviewDecision(const ReviewDecision& decision) = 0;
    [[nodiscard]] virtual core::Result<std::vector<ReviewDecision>> reviewDecisions() = 0;
    [[nodiscard]] virtual core::Result<std::int64_t> addOverride(const Override& override_) = 0;
    [[nodiscard]] virtual core::Result<std::vector<Override>> overrides() = 0;
    [[nodiscard]] virtual core::Result<bool> removeOverride(std::int64_t id) = 0;

    // Saving a briefing with a known id replaces it, document and all.
    [[nodiscard]] virtual core::Result<void> saveBriefing(const Briefing& briefing) = 0;
    [[nodiscard]] virtual core::Result<std::vector<Briefing>> briefings() = 0;
    [[nodiscard]] virtual core::Result<bool> removeBriefing(std::string_view id) = 0;

    // Facts about the workspace (`workspace_meta`): what it was built from, for caches.
    [[nodiscard]] virtual core::Result<std::optional<std::string>> metadata(std::string_view key) = 0;
    [[nodiscard]] virtual core::Result<void> setMetadata(std::string_view key, std::string_view value) = 0;
};

// True for `postgresql://…` and `postgres://…`; anything else is a GeoPackage path.
[[nodiscard]] bool isPostgresUri(std::string_view location);

// Opens (and by default creates) the workspace at `location`: a GeoPackage file path or a
// PostgreSQL URI. Migrates an older schema; refuses a newer one, a file that is not a
// workspace, a read-only workspace and an unreachable server, each with a clear message.
[[nodiscard]] core::Result<std::unique_ptr<Workspace>> openWorkspace(
    const std::string& location, const OpenOptions& options = {});

} // namespace sitrep::store
