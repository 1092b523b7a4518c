#include "workspace.h"

#include "pgdatabase.h"
#include "schema.h"
#include "sqlitedatabase.h"
#include "sqlworkspace.h"

namespace sitrep::store {

bool isPostgresUri(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

core::Result<std::unique_ptr<Workspace>> openWorkspace(const std::string& location, const OpenOptions& options)
{
    if (location.empty())
        return core::fail("no workspace given");
    if (options.targetSchemaVersion < 1 || options.targetSchemaVersion > kSchemaVersion)
        return core::fail("no schema version " + std::to_string(options.targetSchemaVersion), location);
    std::unique_ptr<SqlDatabase> db;
    if (isPostgresUri(location)) {
        auto pg = PgDatabase::open(location);
        if (!pg)
            return std::unexpected(pg.error());
        db = std::move(*pg);
    } else {
        auto lite = SqliteDatabase::open(location, {options.create, options.busyTimeoutMs});
        if (!lite)
            return std::unexpected(lite.error());
        if ((*lite)->readOnly()) {
            // Reading would work, but every use of a workspace writes (ingest, review, briefings):
            // say so now rather than after the first article has been geoparsed.
            return core::fail("the workspace is read-only (file permissions, a read-only folder or disk); "
                              "copy it somewhere writable or fix its permissions",
                location);
        }
        db = std::move(*lite);
    }
    auto version = migrate(*db, options.targetSchemaVersion);
    if (!version)
        return std::unexpected(version.error());
    return std::unique_ptr<Workspace>(std::make_unique<SqlWorkspace>(std::move(db)));
}

} // namespace sitrep::store
