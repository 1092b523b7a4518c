#pragma once
// SqlWorkspace: the Workspace over any SqlDatabase. Both backends share this one implementation
// and the same SQL, so a GeoPackage and a PostGIS workspace cannot drift apart in behaviour;
// only the connection (and the DDL in schema.cpp) differs.
#include "sqldatabase.h"
#include "workspace.h"

#include <memory>

namespace sitrep::store {

class SqlWorkspace final : public Workspace {
public:
    explicit SqlWorkspace(std::unique_ptr<SqlDatabase> db);

    [[nodiscard]] const std::string& location() const override { return m_db->location(); }
    [[nodiscard]] core::Result<int> schemaVersion() override;

    [[nodiscard]] core::Result<IngestStatus> addArticle(const core::Article& article,
        std::span<const core::Mention> mentions, std::span<const core::Claim> claims) override;
    [[nodiscard]] core::Result<std::vector<std::string>> articleIds() override;
    [[nodiscard]] core::Result<std::optional<core::Article>> article(std::string_view id) override;
    [[nodiscard]] core::Result<std::vector<core::Mention>> mentions(std::string_view articleId) override;
    [[nodiscard]] core::Result<std::vector<core::Claim>> claims(std::string_view articleId) override;
    [[nodiscard]] core::Result<std::vector<core::Claim>> allClaims() override;
    [[nodiscard]] core::Result<WorkspaceCounts> counts() override;

    [[nodiscard]] core::Result<void> savePlace(const core::Place& place) override;
    [[nodiscard]] core::Result<std::vector<core::Place>> places() override;

    [[nodiscard]] core::Result<std::int64_t> addReviewDecision(const ReviewDecision& decision) override;
    [[nodiscard]] core::Result<std::vector<ReviewDecision>> reviewDecisions() override;
    [[nodiscard]] core::Result<std::int64_t> addOverride(const Override& override_) override;
    [[nodiscard]] core::Result<std::vector<Override>> overrides() override;
    [[nodiscard]] core::Result<bool> removeOverride(std::int64_t id) override;

    [[nodiscard]] core::Result<void> saveBriefing(const Briefing& briefing) override;
    [[nodiscard]] core::Result<std::vector<Briefing>> briefings() override;
    [[nodiscard]] core::Result<bool> removeBriefing(std::string_view id) override;

    [[nodiscard]] core::Result<std::optional<std::string>> metadata(std::string_view key) override;
    [[nodiscard]] core::Result<void> setMetadata(std::string_view key, std::string_view value) override;

    [[nodiscard]] SqlDatabase& database() { return *m_db; }

private:
    [[nodiscard]] core::Result<std::vector<core::Claim>> readClaims(std::string_view sqlTail, const SqlParams& params);

    std::unique_ptr<SqlDatabase> m_db;
};

} // namespace sitrep::store
