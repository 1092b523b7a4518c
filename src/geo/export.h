#pragma once
// Exporters: one snapshot (or, for KML, a run of snapshots) written as GeoJSON (RFC 7946),
// GeoPackage, KML with TimeSpans, or a CSV of claims. Every writer goes through ExportFile:
// a temporary file beside the target, renamed into place only when complete.
#include "core/error.h"
#include "exportsnapshot.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sitrep::geo {

enum class ExportFormat { GeoJson, GeoPackage, Kml, Csv };

[[nodiscard]] std::optional<ExportFormat> exportFormatFromString(std::string_view s); // geojson|gpkg|kml|csv
[[nodiscard]] std::string_view nameOf(ExportFormat f);

// FeatureCollection of areas, front lines, places and claims (property `kind` tells them apart).
[[nodiscard]] core::Result<void> writeGeoJson(const ExportSnapshot& s, const ExportContext& ctx,
                                              const std::string& path);
// Layers `areas`, `front_lines`, `places`, `claims`, with the same attributes as the GeoJSON.
[[nodiscard]] core::Result<void> writeGeoPackage(const ExportSnapshot& s, const ExportContext& ctx,
                                                 const std::string& path);
// One Folder per snapshot; every Placemark has a TimeSpan [at, until) so Google Earth's time
// slider steps through the run. Styles per actor in the actor's colour.
[[nodiscard]] core::Result<void> writeKml(std::span<const ExportSnapshot> run, const ExportContext& ctx,
                                          const std::string& path);
// Claims as ACLED-like rows: event_date, time_precision, geo_precision, actor, place, lat, lon,
// source, notes (plus claim_id, kind and url for tracing).
[[nodiscard]] core::Result<void> writeClaimsCsv(const ExportSnapshot& s, const ExportContext& ctx,
                                                const std::string& path);

// The `sources` of a feature as a JSON array (outlet, url, speaker, side, sentence, file, span).
[[nodiscard]] std::string sourcesJson(std::span<const std::string> claimIds, const ExportSnapshot& s);
[[nodiscard]] std::string sourcesJson(const core::Claim& claim);
// The position of a place or a region claim's polygon (representative point) for point formats.
[[nodiscard]] std::optional<LonLat> claimPosition(const ExportClaim& c);

} // namespace sitrep::geo
