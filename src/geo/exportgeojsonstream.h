#pragma once
// GeoJsonStream: writes an RFC 7946 FeatureCollection straight into an ExportFile — no DOM, no
// GDAL — with at most six decimals, counter-clockwise outer rings and clockwise holes, and
// degenerate rings dropped after rounding. Fast enough for tens of thousands of features.
#include "core/instant.h"
#include "exportfile.h"
#include "territorygeometry.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {

class GeoJsonStream {
public:
    explicit GeoJsonStream(ExportFile& file);
    GeoJsonStream(const GeoJsonStream&) = delete;
    GeoJsonStream& operator=(const GeoJsonStream&) = delete;

    void beginCollection();
    void endCollection();

    // A feature: call one geometry function, then properties, then endFeature().
    void beginFeature();
    void point(LonLat p);
    void lines(const MultiLineString& lines);
    void polygons(const MultiPolygon& polygons);
    void nullGeometry();
    void endFeature();

    void property(std::string_view key, std::string_view value);
    void property(std::string_view key, const char* value) { property(key, std::string_view(value)); }
    void property(std::string_view key, double value);
    void property(std::string_view key, long long value);
    void property(std::string_view key, bool value);
    void property(std::string_view key, const std::vector<std::string>& values);
    void instantProperty(std::string_view key, std::optional<core::Instant> t); // ISO 8601 or null
    void nullProperty(std::string_view key);
    // `json` must be a complete JSON value.
    void rawProperty(std::string_view key, std::string_view json);

    // JSON helpers, also for building raw values.
    static void appendString(std::string& out, std::string_view s);
    static void appendNumber(std::string& out, double v, int decimals = 6);

private:
    void key(std::string_view k);
    void ring(std::vector<LonLat>& pts, bool counterClockwise);
    void maybeFlush();

    ExportFile& m_file;
    std::string m_buf;
    bool m_firstFeature = true;
    bool m_firstProperty = true;
    bool m_inProperties = false;
};

} // namespace sitrep::geo
