#include "pgdatabase.h"

#include <charconv>
#include <cstdlib>
#include <libpq-fe.h>
#include <optional>
#include <regex>

namespace sitrep::store {

namespace {

// libpq's messages end in a newline and continue on tab-indented lines: make them one line.
std::string trimmed(std::string s)
{
    std::string out;
    for (char c : s) {
        if (c == '\n' || c == '\t') {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

SqlFailure classify(const char* sqlState)
{
    const std::string state = sqlState ? sqlState : "";
    if (state.starts_with("08") || state == "57P01" || state == "57P02" || state == "57P03")
        return SqlFailure::Connection;
    if (state == "53100")
        return SqlFailure::DiskFull;
    if (state.starts_with("23"))
        return SqlFailure::Constraint;
    if (state == "25006")
        return SqlFailure::ReadOnly;
    if (state == "40001" || state == "40P01" || state == "55P03")
        return SqlFailure::Busy;
    return SqlFailure::Other;
}

// libpq takes every parameter as text: NULL for monostate, shortest round-trip form for doubles.
// `values` points into `texts`, so both live as long as the statement is in flight.
void bindText(const SqlParams& params, std::vector<std::string>& texts, std::vector<const char*>& values)
{
    texts.assign(params.size(), {});
    values.assign(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
        const SqlValue& v = params[i];
        if (std::holds_alternative<std::monostate>(v))
            continue;
        if (const auto* n = std::get_if<std::int64_t>(&v)) {
            texts[i] = std::to_string(*n);
        } else if (const auto* d = std::get_if<double>(&v)) {
            char buf[32];
            auto r = std::to_chars(buf, buf + sizeof buf, *d);
            texts[i].assign(buf, r.ptr);
        } else {
            texts[i] = std::get<std::string>(v);
        }
        values[i] = texts[i].c_str();
    }
}

} // namespace

std::string redactUri(const std::string& uri)
{
    static const std::regex password(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
    return std::regex_replace(uri, password, "$1:***@");
}

PgDatabase::PgDatabase(pg_conn* conn, std::string location)
    : m_conn(conn)
    , m_location(std::move(location))
{
}

PgDatabase::~PgDatabase()
{
    PQfinish(m_conn);
}

core::Result<std::unique_ptr<PgDatabase>> PgDatabase::open(const std::string& uri)
{
    std::string withTimeout = uri;
    if (uri.find("connect_timeout") == std::string::npos)
        withTimeout += (uri.find('?') == std::string::npos ? "?" : "&") + std::string("connect_timeout=10");
    pg_conn* conn = PQconnectdb(withTimeout.c_str());
    const std::string where = redactUri(uri);
    if (!conn)
        return core::fail("out of memory connecting to PostgreSQL", where);
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string why = trimmed(PQerrorMessage(conn));
        PQfinish(conn);
        return core::fail(
            "cannot connect to the PostgreSQL workspace (is the server running and reachable?): " + why, where);
    }
    PQsetClientEncoding(conn, "UTF8");
    std::unique_ptr<PgDatabase> db(new PgDatabase(conn, where));
    if (auto r = db->script("SET client_min_messages = warning"); !r)
        return std::unexpected(r.error());
    return db;
}

core::Result<std::vector<SqlRow>> PgDatabase::query(std::string_view sql, const SqlParams& params)
{
    m_lastFailure = SqlFailure::None;
    std::vector<std::string> texts;
    std::vector<const char*> values;
    bindText(params, texts, values);
    const std::string text(sql);
    PGresult* res = PQexecParams(
        m_conn, text.c_str(), static_cast<int>(params.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const auto status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        m_lastFailure = PQstatus(m_conn) != CONNECTION_OK ? SqlFailure::Connection : classify(state);
        std::string why = trimmed(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn));
        PQclear(res);
        if (m_lastFailure == SqlFailure::Connection)
            return core::fail(
                "lost the connection to the PostgreSQL workspace (the last article was rolled back): " + why,
                m_location);
        if (m_lastFailure == SqlFailure::DiskFull)
            return core::fail("the PostgreSQL server's disk is full (nothing was lost): " + why, m_location);
        return core::fail(why, m_location);
    }
    m_changes = 0;
    if (const char* n = PQcmdTuples(res); n && *n)
        m_changes = std::atoll(n);
    std::vector<SqlRow> rows;
    const int nrows = PQntuples(res);
    const int ncols = PQnfields(res);
    rows.reserve(static_cast<std::size_t>(nrows));
    for (int r = 0; r < nrows; ++r) {
        SqlRow row;
        row.values.reserve(static_cast<std::size_t>(ncols));
        for (int c = 0; c < ncols; ++c) {
            if (PQgetisnull(res, r, c))
                row.values.emplace_back(std::monostate {});
            else
                row.values.emplace_back(
                    std::string(PQgetvalue(res, r, c), static_cast<std::size_t>(PQgetlength(res, r, c))));
        }
        rows.push_back(std::move(row));
    }
    PQclear(res);
    return rows;
}

core::Error PgDatabase::failure(const char* sqlState, std::string why)
{
    m_lastFailure = PQstatus(m_conn) != CONNECTION_OK ? SqlFailure::Connection : classify(sqlState);
    why = trimmed(std::move(why));
    if (m_lastFailure == SqlFailure::Connection)
        return {
            "lost the connection to the PostgreSQL workspace (the last article was rolled back): " + why, m_location};
    if (m_lastFailure == SqlFailure::DiskFull)
        return {"the PostgreSQL server's disk is full (nothing was lost): " + why, m_location};
    return {why, m_location};
}

core::Result<std::vector<std::int64_t>> PgDatabase::execAll(const std::vector<SqlStatement>& statements)
{
    m_lastFailure = SqlFailure::None;
    if (PQenterPipelineMode(m_conn) != 1)
        return std::unexpected(failure(nullptr, PQerrorMessage(m_conn)));
    std::vector<std::string> texts;
    std::vector<const char*> values;
    std::size_t sent = 0;
    for (const SqlStatement& st : statements) {
        bindText(st.params, texts, values);
        if (PQsendQueryParams(
                m_conn, st.sql.c_str(), static_cast<int>(st.params.size()), nullptr, values.data(), nullptr, nullptr, 0)
            != 1)
            break;
        ++sent;
    }
    const bool synced = PQpipelineSync(m_conn) == 1;
    std::vector<std::int64_t> changed;
    std::optional<core::Error> error;
    for (std::size_t i = 0; i < sent; ++i) {
        while (PGresult* res = PQgetResult(m_conn)) {
            const auto status = PQresultStatus(res);
            if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
                const char* n = PQcmdTuples(res);
                changed.push_back(n && *n ? std::atoll(n) : 0);
            } else if (!error && status != PGRES_PIPELINE_ABORTED) {
                error = failure(PQresultErrorField(res, PG_DIAG_SQLSTATE), PQresultErrorMessage(res));
            }
            PQclear(res);
        }
    }
    if (synced) {
        while (PGresult* res = PQgetResult(m_conn)) { // the sync point
            const bool done = PQresultStatus(res) == PGRES_PIPELINE_SYNC;
            PQclear(res);
            if (done)
                break;
        }
    }
    PQexitPipelineMode(m_conn);
    if (!error && (sent < statements.size() || !synced || PQstatus(m_conn) != CONNECTION_OK))
        error = failure(nullptr, PQerrorMessage(m_conn));
    if (error)
        return std::unexpected(*error);
    return changed;
}

core::Result<void> PgDatabase::script(std::string_view sql)
{
    m_lastFailure = SqlFailure::None;
    const std::string text(sql);
    PGresult* res = PQexec(m_conn, text.c_str());
    const auto status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        m_lastFailure = PQstatus(m_conn) != CONNECTION_OK ? SqlFailure::Connection : classify(state);
        std::string why = trimmed(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn));
        PQclear(res);
        if (m_lastFailure == SqlFailure::Connection)
            return core::fail("lost the connection to the PostgreSQL workspace: " + why, m_location);
        return core::fail(why, m_location);
    }
    PQclear(res);
    return {};
}

core::Result<void> PgDatabase::begin()
{
    auto r = script("BEGIN");
    m_inTransaction = r.has_value();
    return r;
}

core::Result<void> PgDatabase::commit()
{
    auto r = script("COMMIT");
    m_inTransaction = false;
    return r;
}

void PgDatabase::rollback()
{
    if (PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) != PQTRANS_IDLE) {
        PGresult* res = PQexec(m_conn, "ROLLBACK");
        PQclear(res);
    }
    m_inTransaction = false;
}

core::Result<bool> PgDatabase::tableExists(std::string_view name)
{
    auto rows = query("SELECT to_regclass($1) IS NOT NULL", {std::string(name)});
    if (!rows)
        return std::unexpected(rows.error());
    return !rows->empty() && rows->front().toInt(0) == 1;
}

} // namespace sitrep::store
