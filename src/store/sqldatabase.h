#pragma once
// SqlDatabase: the few things the workspace needs from a SQL connection — run a statement with
// parameters, read rows, transactions — so one implementation of the workspace serves both the
// GeoPackage (SQLite) and the PostGIS (libpq) backends. Statements use `$1, $2…` placeholders
// and the SQL both dialects share (INSERT … ON CONFLICT, RETURNING).
#include "core/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace sitrep::store {

enum class Dialect { Sqlite, Postgres };

// One parameter or column value. Text carries every PostgreSQL value (libpq's text format).
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

// One result row, with conversions that accept SQLite's typed and PostgreSQL's text values.
struct SqlRow {
    std::vector<SqlValue> values;

    [[nodiscard]] bool isNull(std::size_t i) const;
    [[nodiscard]] std::int64_t toInt(std::size_t i) const;
    [[nodiscard]] double toReal(std::size_t i) const;
    [[nodiscard]] std::string toText(std::size_t i) const;
    [[nodiscard]] std::optional<std::int64_t> toOptionalInt(std::size_t i) const;
};

using SqlParams = std::vector<SqlValue>;

// A statement and its parameters, for execAll().
struct SqlStatement {
    std::string sql;
    SqlParams params;
};

// What kind of failure a statement met; decides whether an ingest can go on with the next
// article (Constraint, Data) or must stop (the rest).
enum class SqlFailure { None, Busy, ReadOnly, DiskFull, Connection, Constraint, Corrupt, Other };

class SqlDatabase {
public:
    virtual ~SqlDatabase() = default;

    [[nodiscard]] virtual Dialect dialect() const = 0;
    // For messages: the file path, or the URI without its password.
    [[nodiscard]] virtual const std::string& location() const = 0;

    // Runs a statement; returns the rows it produced (none for most writes).
    [[nodiscard]] virtual core::Result<std::vector<SqlRow>> query(std::string_view sql, const SqlParams& params = {})
        = 0;
    // Runs several statements without parameters (schema scripts).
    [[nodiscard]] virtual core::Result<void> script(std::string_view sql) = 0;
    // Rows changed by the last write.
    [[nodiscard]] virtual std::int64_t changes() = 0;

    // Runs statements in order, stopping at the first failure; returns the rows each changed.
    // PostgreSQL sends them all in one round trip (pipeline mode), which is what keeps a shared
    // workspace fast when the server is across a network or the machine is busy.
    [[nodiscard]] virtual core::Result<std::vector<std::int64_t>> execAll(const std::vector<SqlStatement>& statements)
    {
        std::vector<std::int64_t> changed;
        for (const auto& s : statements) {
            if (auto r = query(s.sql, s.params); !r)
                return std::unexpected(r.error());
            changed.push_back(changes());
        }
        return changed;
    }
    // The statement that opens a write transaction (what begin() runs).
    [[nodiscard]] virtual std::string_view beginStatement() const = 0;

    // A write transaction: on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so a
    // busy workspace is detected before any work; on PostgreSQL a plain BEGIN.
    [[nodiscard]] virtual core::Result<void> begin() = 0;
    [[nodiscard]] virtual core::Result<void> commit() = 0;
    virtual void rollback() = 0; // never fails: a lost connection rolls back by itself
    [[nodiscard]] virtual core::Result<bool> tableExists(std::string_view name) = 0;

    // The kind of the last failure, for callers that react differently to each.
    [[nodiscard]] SqlFailure lastFailure() const { return m_lastFailure; }

    core::Result<void> exec(std::string_view sql, const SqlParams& params = {})
    {
        auto r = query(sql, params);
        if (!r)
            return std::unexpected(r.error());
        return {};
    }

protected:
    SqlFailure m_lastFailure = SqlFailure::None;
};

} // namespace sitrep::store
