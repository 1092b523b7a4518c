#pragma once
// Gazetteer loader: reads the `places` and `place_names` layers of the shipped GeoPackage
// (geodata/levant.gpkg, built by scripts/build-geodata.sh) into a core::Gazetteer, so text and
// the engine get every known place with all its names without touching GDAL themselves.
#include "core/error.h"
#include "core/gazetteer.h"

#include <expected>
#include <string>

namespace sitrep::geo {

// Opens `gpkgPath` read-only. Fails, naming the file and layer or feature, when the file cannot
// be opened, a layer or required field is missing, or a row is unusable (no id, no point,
// coordinates out of range, unknown kind, duplicate id, a name for an unknown place).
// Every place's names include its primary name and its Arabic name.
[[nodiscard]] std::expected<core::Gazetteer, core::Error> loadGazetteer(const std::string& gpkgPath);

} // namespace sitrep::geo
