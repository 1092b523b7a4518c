#include "schema.h"

#include "workspace.h"

#include <iterator>
#include <string>

namespace sitrep::store {

namespace {

// Migration 1, GeoPackage: a real GeoPackage 1.2 (application id 'GPKG', the three required
// tables) so GDAL/QGIS open it; hand-added places are its feature table, the rest attributes.
constexpr const char* kSqliteV1 = R"sql(
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10200;
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
  ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'),
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
CREATE TABLE IF NOT EXISTS gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  id TEXT PRIMARY KEY, file TEXT NOT NULL, title TEXT NOT NULL, outlet TEXT NOT NULL, url TEXT NOT NULL,
  language TEXT NOT NULL, notes TEXT NOT NULL, published INTEGER, body TEXT NOT NULL,
  missing TEXT NOT NULL, warnings TEXT NOT NULL, ingested_at INTEGER NOT NULL);
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, place_id TEXT,
  confidence REAL NOT NULL, status TEXT NOT NULL, candidates TEXT NOT NULL, relation TEXT NOT NULL,
  PRIMARY KEY (article_id, seq));
CREATE INDEX mentions_place ON mentions(place_id);
CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  claim_id TEXT NOT NULL, place_id TEXT NOT NULL, actor TEXT NOT NULL, counterpart TEXT NOT NULL,
  kind TEXT NOT NULL, stance TEXT NOT NULL, time_from INTEGER, time_to INTEGER, time_precision TEXT NOT NULL,
  outlet TEXT NOT NULL, url TEXT NOT NULL, speaker TEXT NOT NULL, side TEXT NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, sentence TEXT NOT NULL, source_file TEXT NOT NULL,
  confidence REAL NOT NULL, hedged INTEGER NOT NULL, analyst_override INTEGER NOT NULL,
  baseline INTEGER NOT NULL, region_id TEXT NOT NULL,
  PRIMARY KEY (article_id, seq));
CREATE INDEX claims_place ON claims(place_id, time_from);
CREATE TABLE places (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  name_ar TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
  lon REAL NOT NULL, lat REAL NOT NULL, population INTEGER NOT NULL, origin TEXT NOT NULL,
  citation TEXT NOT NULL, names TEXT NOT NULL, added_at INTEGER NOT NULL);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('places', 'features', 'places', 'places added by hand', 4326),
  ('articles', 'attributes', 'articles', 'ingested articles', NULL),
  ('mentions', 'attributes', 'mentions', 'place names found in the articles', NULL),
  ('claims', 'attributes', 'claims', 'claims of control extracted from the articles', NULL),
  ('workspace_meta', 'attributes', 'workspace_meta', 'schema version and workspace facts', NULL);
INSERT INTO gpkg_geometry_columns VALUES ('places', 'geom', 'POINT', 4326, 0, 0);
)sql";

constexpr const char* kPostgresV1 = R"sql(
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE OR REPLACE FUNCTION sitrep_point(lon double precision, lat double precision) RETURNS geometry
  AS 'SELECT ST_SetSRID(ST_MakePoint(lon, lat), 4326)' LANGUAGE sql IMMUTABLE;
CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  id TEXT PRIMARY KEY, file TEXT NOT NULL, title TEXT NOT NULL, outlet TEXT NOT NULL, url TEXT NOT NULL,
  language TEXT NOT NULL, notes TEXT NOT NULL, published BIGINT, body TEXT NOT NULL,
  missing TEXT NOT NULL, warnings TEXT NOT NULL, ingested_at BIGINT NOT NULL);
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, seq BIGINT NOT NULL,
  span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, text TEXT NOT NULL, place_id TEXT,
  confidence DOUBLE PRECISION NOT NULL, status TEXT NOT NULL, candidates TEXT NOT NULL, relation TEXT NOT NULL,
  PRIMARY KEY (article_id, seq));
CREATE INDEX mentions_place ON mentions(place_id);
CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, seq BIGINT NOT NULL,
  claim_id TEXT NOT NULL, place_id TEXT NOT NULL, actor TEXT NOT NULL, counterpart TEXT NOT NULL,
  kind TEXT NOT NULL, stance TEXT NOT NULL, time_from BIGINT, time_to BIGINT, time_precision TEXT NOT NULL,
  outlet TEXT NOT NULL, url TEXT NOT NULL, speaker TEXT NOT NULL, side TEXT NOT NULL,
  span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, sentence TEXT NOT NULL, source_file TEXT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL, hedged BIGINT NOT NULL, analyst_override BIGINT NOT NULL,
  baseline BIGINT NOT NULL, region_id TEXT NOT NULL,
  PRIMARY KEY (article_id, seq));
CREATE INDEX claims_place ON claims(place_id, time_from);
CREATE TABLE places (
  fid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, geom geometry(Point, 4326), id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL, name_ar TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
  lon DOUBLE PRECISION NOT NULL, lat DOUBLE PRECISION NOT NULL, population BIGINT NOT NULL,
  origin TEXT NOT NULL, citation TEXT NOT NULL, names TEXT NOT NULL, added_at BIGINT NOT NULL);
CREATE INDEX places_geom ON places USING GIST (geom);
)sql";

// Migration 2: the analyst's own work — review decisions, overrides and briefings.
constexpr const char* kSqliteV2 = R"sql(
CREATE TABLE review_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, text TEXT NOT NULL, decision TEXT NOT NULL, place_id TEXT NOT NULL,
  author TEXT NOT NULL, note TEXT NOT NULL, decided_at INTEGER NOT NULL);
CREATE TABLE overrides (
  id INTEGER PRIMARY KEY AUTOINCREMENT, place_id TEXT NOT NULL, actor TEXT NOT NULL, counterpart TEXT NOT NULL,
  kind TEXT NOT NULL, stance TEXT NOT NULL, time_from INTEGER, time_to INTEGER, time_precision TEXT NOT NULL,
  author TEXT NOT NULL, note TEXT NOT NULL, decided_at INTEGER NOT NULL);
CREATE TABLE briefings (id TEXT PRIMARY KEY, title TEXT NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE briefing_slides (
  briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  at INTEGER, lens TEXT NOT NULL, view TEXT NOT NULL, caption TEXT NOT NULL, PRIMARY KEY (briefing_id, seq));
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('review_decisions', 'attributes', 'review_decisions', 'the analyst''s verdicts on mentions', NULL),
  ('overrides', 'attributes', 'overrides', 'the analyst''s own statements of control', NULL),
  ('briefings', 'attributes', 'briefings', 'briefings', NULL),
  ('briefing_slides', 'attributes', 'briefing_slides', 'the slides of each briefing', NULL);
)sql";

constexpr const char* kPostgresV2 = R"sql(
CREATE TABLE review_decisions (
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, article_id TEXT NOT NULL, span_start BIGINT NOT NULL,
  span_end BIGINT NOT NULL, text TEXT NOT NULL, decision TEXT NOT NULL, place_id TEXT NOT NULL,
  author TEXT NOT NULL, note TEXT NOT NULL, decided_at BIGINT NOT NULL);
CREATE TABLE overrides (
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, place_id TEXT NOT NULL, actor TEXT NOT NULL,
  counterpart TEXT NOT NULL, kind TEXT NOT NULL, stance TEXT NOT NULL, time_from BIGINT, time_to BIGINT,
  time_precision TEXT NOT NULL, author TEXT NOT NULL, note TEXT NOT NULL, decided_at BIGINT NOT NULL);
CREATE TABLE briefings (id TEXT PRIMARY KEY, title TEXT NOT NULL, updated_at BIGINT NOT NULL);
CREATE TABLE briefing_slides (
  briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE, seq BIGINT NOT NULL,
  at BIGINT, lens TEXT NOT NULL, view TEXT NOT NULL, caption TEXT NOT NULL, PRIMARY KEY (briefing_id, seq));
)sql";

// Migration 3: a briefing is kept whole, as its JSON document (docs/formats.md, "Briefings"),
// instead of four fields per slide. Version-2 slides become slides of that format: the instant
// as ISO 8601, the lens, the caption, and the view when it was already a JSON object.
constexpr const char* kSqliteV3 = R"sql(
ALTER TABLE briefings ADD COLUMN document TEXT NOT NULL DEFAULT '';
UPDATE briefings SET document = json_object('sitrepBriefing', 1, 'title', title, 'slides', json((
  SELECT json_group_array(json(slide)) FROM (
    SELECT json_remove(
      json_object('at', strftime('%Y-%m-%dT%H:%M:%SZ', s.at, 'unixepoch'), 'lens', s.lens,
                  'view', CASE WHEN (CASE WHEN json_valid(s.view) THEN json_type(s.view) END) = 'object'
                               THEN json(s.view) END,
                  'caption', s.caption),
      CASE WHEN (CASE WHEN json_valid(s.view) THEN json_type(s.view) END) = 'object' THEN '$.keep' ELSE '$.view' END,
      CASE WHEN s.at IS NULL THEN '$.at' ELSE '$.keep' END) AS slide
    FROM briefing_slides s WHERE s.briefing_id = briefings.id ORDER BY s.seq))));
DROP TABLE briefing_slides;
DELETE FROM gpkg_contents WHERE table_name = 'briefing_slides';
UPDATE gpkg_contents SET description = 'briefings, each kept whole as its JSON document' WHERE table_name = 'briefings';
)sql";

constexpr const char* kPostgresV3 = R"sql(
ALTER TABLE briefings ADD COLUMN document TEXT NOT NULL DEFAULT '';
CREATE FUNCTION pg_temp.sitrep_json_object(t text) RETURNS json AS $$
BEGIN
  IF json_typeof(t::json) = 'object' THEN RETURN t::json; END IF;
  RETURN NULL;
EXCEPTION WHEN others THEN RETURN NULL;
END $$ LANGUAGE plpgsql;
UPDATE briefings b SET document = json_build_object('sitrepBriefing', 1, 'title', b.title, 'slides', COALESCE((
  SELECT json_agg(json_strip_nulls(json_build_object(
    'at', to_char(to_timestamp(s.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'lens', s.lens,
    'view', pg_temp.sitrep_json_object(s.view), 'caption', s.caption)) ORDER BY s.seq)
  FROM briefing_slides s WHERE s.briefing_id = b.id), '[]'::json))::text;
DROP TABLE briefing_slides;
)sql";

struct Migration {
    int version;
    const char* sqlite;
    const char* postgres;
};

constexpr Migration kMigrations[] = {
    {1, kSqliteV1, kPostgresV1},
    {2, kSqliteV2, kPostgresV2},
    {3, kSqliteV3, kPostgresV3},
};
static_assert(std::size(kMigrations) == kSchemaVersion, "one migration per schema version");

core::Result<int> versionInTransaction(SqlDatabase& db)
{
    auto exists = db.tableExists("workspace_meta");
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists) {
        // A database with other tables is someone else's (a gazetteer, a project): leave it alone.
        auto others = db.query(db.dialect() == Dialect::Sqlite
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'gpkg_%' "
                  "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'rtree_%'"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                  "AND table_type = 'BASE TABLE' AND table_name <> 'spatial_ref_sys'");
        if (!others)
            return std::unexpected(others.error());
        if (!others->empty() && others->front().toInt(0) > 0)
            return core::fail("holds other data and is not a Sitrep workspace; choose a new file or an empty database",
                db.location());
        return 0;
    }
    auto rows = db.query("SELECT value FROM workspace_meta WHERE key = 'schema_version'");
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return core::fail("workspace has no schema version; it is damaged", db.location());
    return static_cast<int>(rows->front().toInt(0));
}

} // namespace

core::Result<int> readSchemaVersion(SqlDatabase& db)
{
    return versionInTransaction(db);
}

core::Result<int> migrate(SqlDatabase& db, int target)
{
    if (auto r = db.begin(); !r)
        return std::unexpected(r.error());
    auto fail = [&](core::Error e) -> core::Result<int> {
        db.rollback();
        return std::unexpected(std::move(e));
    };
    if (db.dialect() == Dialect::Postgres) {
        // One process creates or upgrades a shared workspace; the others wait, then see it done.
        if (auto r = db.exec("SELECT pg_advisory_xact_lock(7343730451)"); !r)
            return fail(r.error());
    }
    auto current = versionInTransaction(db);
    if (!current)
        return fail(current.error());
    if (*current > kSchemaVersion)
        return fail(
            core::Error {"the workspace was written by a newer Sitrep (schema version " + std::to_string(*current)
                    + "; this build reads up to " + std::to_string(kSchemaVersion) + "); upgrade Sitrep to open it",
                db.location()});
    if (*current >= target) {
        db.rollback();
        return *current;
    }
    for (const Migration& m : kMigrations) {
        if (m.version <= *current || m.version > target)
            continue;
        auto r = db.script(db.dialect() == Dialect::Sqlite ? m.sqlite : m.postgres);
        if (!r)
            return fail(core::Error {"migrating the workspace to schema version " + std::to_string(m.version)
                    + " failed: " + r.error().message,
                db.location()});
    }
    auto stamp = db.exec("INSERT INTO workspace_meta (key, value) VALUES ('schema_version', $1) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        {std::to_string(target)});
    if (!stamp)
        return fail(stamp.error());
    if (*current == 0) {
        if (auto r = db.exec("INSERT INTO workspace_meta (key, value) VALUES ('created_by', $1)",
                {std::string("sitrep ") + SITREP_VERSION});
            !r)
            return fail(r.error());
    }
    if (auto r = db.commit(); !r)
        return std::unexpected(r.error());
    return target;
}

} // namespace sitrep::store
