#pragma once
// SqliteDatabase: one SQLite connection behind SqlDatabase, for the GeoPackage workspace. It
// sets the write-ahead log (readers never block the writer, a crash never tears a commit), a
// busy timeout, and the `sitrep_point(lon, lat)` function that builds GeoPackage point blobs so
// the workspace SQL is the same as on PostGIS. SQLite's error codes become plain messages.
#include "sqldatabase.h"

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::store {

struct SqliteOptions {
    bool create = true; // make the file when it does not exist
    int busyTimeoutMs = 5000; // how long to wait for another program's write lock
    bool synchronousFull = false; // fsync every commit (power-cut durability) instead of NORMAL
};

class SqliteDatabase final : public SqlDatabase {
public:
    [[nodiscard]] static core::Result<std::unique_ptr<SqliteDatabase>> open(
        const std::string& path, const SqliteOptions& options);
    ~SqliteDatabase() override;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    [[nodiscard]] Dialect dialect() const override { return Dialect::Sqlite; }
    [[nodiscard]] const std::string& location() const override { return m_path; }
    [[nodiscard]] core::Result<std::vector<SqlRow>> query(std::string_view sql, const SqlParams& params = {}) override;
    [[nodiscard]] core::Result<void> script(std::string_view sql) override;
    [[nodiscard]] std::int64_t changes() override;
    [[nodiscard]] std::string_view beginStatement() const override { return "BEGIN IMMEDIATE"; }
    [[nodiscard]] core::Result<void> begin() override;
    [[nodiscard]] core::Result<void> commit() override;
    void rollback() override;
    [[nodiscard]] core::Result<bool> tableExists(std::string_view name) override;

    [[nodiscard]] bool readOnly() const;
    // The SQLite handle, for the GeoPackage-specific pragmas of the workspace and for tests.
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    SqliteDatabase(sqlite3* db, std::string path, int busyTimeoutMs);
    [[nodiscard]] core::Error error(int code, std::string_view what);
    [[nodiscard]] core::Result<sqlite3_stmt*> prepare(std::string_view sql);

    sqlite3* m_db = nullptr;
    std::string m_path;
    int m_busyTimeoutMs = 0;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

} // namespace sitrep::store
