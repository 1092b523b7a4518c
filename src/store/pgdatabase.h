#pragma once
// PgDatabase: one libpq connection behind SqlDatabase, for the shared PostGIS workspace.
// Parameters travel in text form; SQLSTATEs and connection failures become plain messages
// (a server that is down, a full disk on the server, a dropped connection).
#include "sqldatabase.h"

#include <memory>
#include <string>

struct pg_conn;

namespace sitrep::store {

class PgDatabase final : public SqlDatabase {
public:
    [[nodiscard]] static core::Result<std::unique_ptr<PgDatabase>> open(const std::string& uri);
    ~PgDatabase() override;
    PgDatabase(const PgDatabase&) = delete;
    PgDatabase& operator=(const PgDatabase&) = delete;

    [[nodiscard]] Dialect dialect() const override { return Dialect::Postgres; }
    [[nodiscard]] const std::string& location() const override { return m_location; }
    [[nodiscard]] core::Result<std::vector<SqlRow>> query(std::string_view sql, const SqlParams& params = {}) override;
    [[nodiscard]] core::Result<void> script(std::string_view sql) override;
    [[nodiscard]] std::int64_t changes() override { return m_changes; }
    [[nodiscard]] core::Result<std::vector<std::int64_t>> execAll(const std::vector<SqlStatement>& statements) override;
    [[nodiscard]] std::string_view beginStatement() const override { return "BEGIN"; }
    [[nodiscard]] core::Result<void> begin() override;
    [[nodiscard]] core::Result<void> commit() override;
    void rollback() override;
    [[nodiscard]] core::Result<bool> tableExists(std::string_view name) override;

private:
    PgDatabase(pg_conn* conn, std::string location);
    [[nodiscard]] core::Error failure(const char* sqlState, std::string why);

    pg_conn* m_conn = nullptr;
    std::string m_location;
    std::int64_t m_changes = 0;
    bool m_inTransaction = false;
};

// The URI with any password replaced by `***`, for messages and logs.
[[nodiscard]] std::string redactUri(const std::string& uri);

} // namespace sitrep::store
