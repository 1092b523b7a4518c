#include "sqlitedatabase.h"

#include <sqlite3.h>

#include <cstring>
#include <filesystem>

namespace sitrep::store {

namespace {

// GeoPackage binary geometry (GeoPackage 1.2 §2.1.3): "GP", version 0, flags (little endian, no
// envelope), srs id, then a little-endian WKB point.
void gpkgPoint(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const double lon = sqlite3_value_double(argv[0]);
    const double lat = sqlite3_value_double(argv[1]);
    unsigned char blob[8 + 21];
    blob[0] = 'G';
    blob[1] = 'P';
    blob[2] = 0; // version 1
    blob[3] = 0x01; // little endian, no envelope, not empty, standard binary
    const std::int32_t srs = 4326;
    std::memcpy(blob + 4, &srs, 4);
    blob[8] = 0x01; // WKB little endian
    const std::uint32_t type = 1; // Point
    std::memcpy(blob + 9, &type, 4);
    std::memcpy(blob + 13, &lon, 8);
    std::memcpy(blob + 21, &lat, 8);
    sqlite3_result_blob(ctx, blob, sizeof blob, SQLITE_TRANSIENT);
}

// `$1` → `?1`: the shared SQL uses PostgreSQL's placeholders.
std::string toSqlitePlaceholders(std::string_view sql)
{
    std::string out(sql);
    bool quoted = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '\'')
            quoted = !quoted;
        else if (!quoted && out[i] == '$' && i + 1 < out.size() && out[i + 1] >= '0' && out[i + 1] <= '9')
            out[i] = '?';
    }
    return out;
}

} // namespace

SqliteDatabase::SqliteDatabase(sqlite3* db, std::string path, int busyTimeoutMs)
    : m_db(db)
    , m_path(std::move(path))
    , m_busyTimeoutMs(busyTimeoutMs)
{
}

SqliteDatabase::~SqliteDatabase()
{
    for (auto& [sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

core::Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(
    const std::string& path, const SqliteOptions& options)
{
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && !options.create)
        return core::fail("no workspace here", path);
    if (exists && std::filesystem::is_directory(path, ec))
        return core::fail("is a folder, not a workspace file", path);
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        if (!exists)
            return core::fail("cannot create the workspace (" + why + "; is the folder read-only or missing?)", path);
        return core::fail("cannot open the workspace (" + why + ")", path);
    }
    std::unique_ptr<SqliteDatabase> out(new SqliteDatabase(db, path, options.busyTimeoutMs));
    sqlite3_busy_timeout(db, options.busyTimeoutMs);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_create_function_v2(
        db, "sitrep_point", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &gpkgPoint, nullptr, nullptr, nullptr);
    if (auto r = out->script("PRAGMA foreign_keys = ON"); !r)
        return std::unexpected(r.error());
    if (!out->readOnly()) {
        // The first read also tells a file that is not SQLite at all.
        auto mode = out->query("PRAGMA journal_mode = WAL");
        if (!mode)
            return std::unexpected(mode.error());
        auto sync = out->script(options.synchronousFull ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
        if (!sync)
            return std::unexpected(sync.error());
    } else if (auto probe = out->query("SELECT count(*) FROM sqlite_master"); !probe) {
        return std::unexpected(probe.error());
    }
    return out;
}

bool SqliteDatabase::readOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

core::Error SqliteDatabase::error(int code, std::string_view what)
{
    const int primary = code & 0xff;
    std::string detail = sqlite3_errmsg(m_db);
    std::string message;
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        m_lastFailure = SqlFailure::Busy;
        message = "the workspace is locked by another program (waited "
            + std::to_string(m_busyTimeoutMs / 1000.0).substr(0, 4) + " s); try again when it has finished";
        break;
    case SQLITE_READONLY:
        m_lastFailure = SqlFailure::ReadOnly;
        message = "the workspace cannot be written: the file, its folder or the disk is read-only (" + detail + ")";
        break;
    case SQLITE_FULL:
        m_lastFailure = SqlFailure::DiskFull;
        message = "the disk holding the workspace is full; free some space and run again (nothing was lost)";
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        m_lastFailure = SqlFailure::ReadOnly;
        message = "cannot open the workspace's files (" + detail + "; is the folder read-only?)";
        break;
    case SQLITE_IOERR:
        m_lastFailure = SqlFailure::DiskFull;
        message = "disk input/output error (" + detail + "); is the disk full or gone?";
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        m_lastFailure = SqlFailure::Corrupt;
        message = "not a Sitrep workspace, or a damaged one (" + detail + ")";
        break;
    case SQLITE_CONSTRAINT:
        m_lastFailure = SqlFailure::Constraint;
        message = "rejected by the workspace (" + detail + ")";
        break;
    default:
        m_lastFailure = SqlFailure::Other;
        message = detail;
    }
    if (!what.empty() && m_lastFailure == SqlFailure::Other)
        message = std::string(what) + ": " + message;
    return core::Error {message, m_path};
}

core::Result<sqlite3_stmt*> SqliteDatabase::prepare(std::string_view sql)
{
    const std::string key(sql);
    if (auto it = m_statements.find(key); it != m_statements.end())
        return it->second;
    const std::string text = toSqlitePlaceholders(sql);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(
        m_db, text.c_str(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(error(rc, "preparing a statement"));
    m_statements.emplace(key, stmt);
    return stmt;
}

core::Result<std::vector<SqlRow>> SqliteDatabase::query(std::string_view sql, const SqlParams& params)
{
    m_lastFailure = SqlFailure::None;
    auto prepared = prepare(sql);
    if (!prepared)
        return std::unexpected(prepared.error());
    sqlite3_stmt* stmt = *prepared;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (std::size_t i = 0; i < params.size(); ++i) {
        const int at = static_cast<int>(i + 1);
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    sqlite3_bind_null(stmt, at);
                else if constexpr (std::is_same_v<T, std::int64_t>)
                    sqlite3_bind_int64(stmt, at, v);
                else if constexpr (std::is_same_v<T, double>)
                    sqlite3_bind_double(stmt, at, v);
                else
                    sqlite3_bind_text(stmt, at, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
            },
            params[i]);
    }
    std::vector<SqlRow> rows;
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            core::Error e = error(rc, "");
            sqlite3_reset(stmt);
            return std::unexpected(e);
        }
        SqlRow row;
        const int n = sqlite3_column_count(stmt);
        row.values.reserve(static_cast<std::size_t>(n));
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                row.values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt, c)));
                break;
            case SQLITE_FLOAT:
                row.values.emplace_back(sqlite3_column_double(stmt, c));
                break;
            case SQLITE_NULL:
                row.values.emplace_back(std::monostate {});
                break;
            default: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
                row.values.emplace_back(
                    std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, c))));
            }
            }
        }
        rows.push_back(std::move(row));
    }
    sqlite3_reset(stmt);
    return rows;
}

core::Result<void> SqliteDatabase::script(std::string_view sql)
{
    m_lastFailure = SqlFailure::None;
    char* err = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        return std::unexpected(error(rc, ""));
    return {};
}

std::int64_t SqliteDatabase::changes()
{
    return sqlite3_changes64(m_db);
}

core::Result<void> SqliteDatabase::begin()
{
    return script("BEGIN IMMEDIATE");
}

core::Result<void> SqliteDatabase::commit()
{
    auto r = script("COMMIT");
    if (!r)
        rollback();
    return r;
}

void SqliteDatabase::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

core::Result<bool> SqliteDatabase::tableExists(std::string_view name)
{
    auto rows = query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $1", {std::string(name)});
    if (!rows)
        return std::unexpected(rows.error());
    return !rows->empty();
}

} // namespace sitrep::store
