#include "gpkgreader.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>

namespace sitrep::geo {

namespace {

struct StatementDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return nullptr;
    }
    return Statement(s);
}

std::string quoted(const std::string& identifier)
{
    std::string out = "\"";
    for (char c : identifier) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

bool sameIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

std::string columnText(sqlite3_stmt* s, int column)
{
    const auto* p = sqlite3_column_text(s, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(s, column)))
             : std::string();
}

} // namespace

int fieldIndex(const std::vector<std::string>& fields, std::string_view name)
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (sameIgnoringCase(fields[i], name))
            return static_cast<int>(i);
    return -1;
}

std::int64_t GpkgFeature::fid() const
{
    return sqlite3_column_int64(m_stmt, 0);
}

int GpkgFeature::field(const char* name) const
{
    const int i = fieldIndex(*m_columns, name);
    return i < 0 ? -1 : i + 1;
}

bool GpkgFeature::isNull(int field) const
{
    return field < 0 || sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
}

std::string GpkgFeature::text(int field) const
{
    if (isNull(field) || field == m_geometry)
        return {};
    return columnText(m_stmt, field);
}

std::optional<std::int64_t> GpkgFeature::integer(int field) const
{
    if (isNull(field))
        return std::nullopt;
    switch (sqlite3_column_type(m_stmt, field)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(m_stmt, field);
    case SQLITE_FLOAT:
        return static_cast<std::int64_t>(sqlite3_column_double(m_stmt, field));
    default: {
        const std::string t = columnText(m_stmt, field);
        try {
            std::size_t used = 0;
            const long long v = std::stoll(t, &used);
            return used == t.size() ? std::optional<std::int64_t>(v) : std::nullopt;
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    }
}

bool GpkgFeature::geometry(FeatureGeometry& out, std::string& error) const
{
    out = FeatureGeometry {};
    if (m_geometry < 0 || isNull(m_geometry))
        return true;
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, m_geometry));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, m_geometry));
    return parseGpkgGeometry(std::span<const std::uint8_t>(data, data ? size : 0), out, error);
}

core::Result<GpkgReader> GpkgReader::open(const std::string& path)
{
    GpkgReader reader;
    reader.m_path = path;
    const int rc = sqlite3_open_v2(path.c_str(), &reader.m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = reader.m_db ? sqlite3_errmsg(reader.m_db) : sqlite3_errstr(rc);
        return core::fail("cannot open GeoPackage: " + message, path);
    }
    // Opening is lazy: the first statement finds out whether this is a database at all.
    Statement s = prepare(reader.m_db, "SELECT count(*) FROM gpkg_contents");
    if (!s || sqlite3_step(s.get()) != SQLITE_ROW)
        return core::fail(std::string("not a GeoPackage (") + sqlite3_errmsg(reader.m_db) + ")", path);
    return reader;
}

GpkgReader::GpkgReader(GpkgReader&& other) noexcept : m_path(std::move(other.m_path)), m_db(other.m_db)
{
    other.m_db = nullptr;
}

GpkgReader& GpkgReader::operator=(GpkgReader&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_path = std::move(other.m_path);
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

GpkgReader::~GpkgReader()
{
    sqlite3_close_v2(m_db);
}

std::string GpkgReader::tableName(const std::string& layer) const
{
    Statement s = prepare(m_db, "SELECT table_name FROM gpkg_contents WHERE lower(table_name) = lower(?1) "
                                "ORDER BY table_name = ?1 DESC LIMIT 1");
    if (!s)
        return {};
    sqlite3_bind_text(s.get(), 1, layer.c_str(), -1, SQLITE_TRANSIENT);
    return sqlite3_step(s.get()) == SQLITE_ROW ? columnText(s.get(), 0) : std::string();
}

bool GpkgReader::hasLayer(const std::string& name) const
{
    return !tableName(name).empty();
}

std::vector<std::string> GpkgReader::fields(const std::string& layer) const
{
    std::vector<std::string> out;
    const std::string table = tableName(layer);
    if (table.empty())
        return out;
    Statement s = prepare(m_db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    if (!s)
        return out;
    sqlite3_bind_text(s.get(), 1, table.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(s.get()) == SQLITE_ROW)
        out.push_back(columnText(s.get(), 0));
    return out;
}

core::Result<void> GpkgReader::forEach(const std::string& layer,
                                       const std::function<bool(const GpkgFeature&)>& onFeature) const
{
    const std::string table = tableName(layer);
    if (table.empty())
        return core::fail("no layer '" + layer + "'", m_path);
    std::string geometryColumn;
    if (Statement g = prepare(m_db, "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?1")) {
        sqlite3_bind_text(g.get(), 1, table.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(g.get()) == SQLITE_ROW)
            geometryColumn = columnText(g.get(), 0);
    }
    // rowid is the fid: GeoPackage feature tables key their rows by an INTEGER PRIMARY KEY.
    Statement s = prepare(m_db, "SELECT rowid, * FROM " + quoted(table) + " ORDER BY rowid");
    if (!s)
        return core::fail("cannot read layer '" + layer + "': " + sqlite3_errmsg(m_db), m_path);
    std::vector<std::string> columns;
    for (int i = 1; i < sqlite3_column_count(s.get()); ++i)
        columns.emplace_back(sqlite3_column_name(s.get(), i));
    GpkgFeature feature;
    feature.m_stmt = s.get();
    feature.m_columns = &columns;
    feature.m_geometry = geometryColumn.empty() ? -1 : feature.field(geometryColumn.c_str());
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
        if (!onFeature(feature))
            return {};
    if (rc != SQLITE_DONE)
        return core::fail("reading layer '" + layer + "' failed: " + sqlite3_errmsg(m_db), m_path);
    return {};
}

} // namespace sitrep::geo
