#pragma once
// GpkgReader: the feature tables of a GeoPackage read with SQLite alone. The map and the
// geoparser load the bundled levant.gpkg through it, so a process that only reads GeoPackages
// never maps GDAL and the sixty libraries GDAL depends on (about 20 MB of the map's resident
// memory; docs/bench/scrub.md). Writing GeoPackages stays with GDAL (exportgpkg.cpp).
#include "core/error.h"
#include "geo/gpkggeometry.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::geo {

// Position of `name` in `fields`, ASCII case-insensitively (as GDAL finds fields); -1 if absent.
[[nodiscard]] int fieldIndex(const std::vector<std::string>& fields, std::string_view name);

// One row of a feature table while GpkgReader::forEach visits it.
class GpkgFeature {
public:
    [[nodiscard]] std::int64_t fid() const;
    // The column's position, or -1 when the table has no such column.
    [[nodiscard]] int field(const char* name) const;
    [[nodiscard]] bool isNull(int field) const;
    // Text of the value (numbers as SQLite prints them); empty when absent or NULL.
    [[nodiscard]] std::string text(int field) const;
    [[nodiscard]] std::string text(const char* name) const { return text(field(name)); }
    [[nodiscard]] std::optional<std::int64_t> integer(int field) const;
    // The feature's geometry; Empty when NULL. False with `error` set when the blob is bad.
    [[nodiscard]] bool geometry(FeatureGeometry& out, std::string& error) const;

private:
    friend class GpkgReader;
    sqlite3_stmt* m_stmt = nullptr;
    const std::vector<std::string>* m_columns = nullptr; // names, from column 1 on (0 is the fid)
    int m_geometry = -1;
};

class GpkgReader {
public:
    // Opens read-only; fails unless the file is an SQLite database with gpkg_contents.
    [[nodiscard]] static core::Result<GpkgReader> open(const std::string& path);
    GpkgReader(GpkgReader&&) noexcept;
    GpkgReader& operator=(GpkgReader&&) noexcept;
    ~GpkgReader();

    [[nodiscard]] const std::string& path() const { return m_path; }
    // Whether the file lists a table of that name (case-insensitive, as GDAL's layers).
    [[nodiscard]] bool hasLayer(const std::string& name) const;
    // The layer's columns (the fid column first), or empty when there is no such layer.
    [[nodiscard]] std::vector<std::string> fields(const std::string& layer) const;
    // Calls `onFeature` for every row in fid order; stops early when it returns false. Fails
    // on a missing layer or when SQLite cannot read the table (the message names both).
    core::Result<void> forEach(const std::string& layer, const std::function<bool(const GpkgFeature&)>& onFeature) const;

private:
    GpkgReader() = default;
    [[nodiscard]] std::string tableName(const std::string& layer) const;

    std::string m_path;
    sqlite3* m_db = nullptr;
};

} // namespace sitrep::geo
