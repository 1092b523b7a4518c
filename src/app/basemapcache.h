#pragma once
// BaseMapCache: loads and builds the base map of a GeoPackage once per process, so that every
// map item (the window, an export, a test) shares the same uploaded-once geometry.
#include "basemapgeometry.h"

#include <QString>

#include <memory>

namespace sitrep::app {

struct BaseMapLoad {
    std::shared_ptr<const BaseMapGeometry> geometry; // null on failure
    QString error;
};

class BaseMapCache {
public:
    [[nodiscard]] static BaseMapLoad load(const QString& path);
    // The file the app uses when none is given: the shipped geodata/levant.gpkg.
    [[nodiscard]] static QString defaultPath();
};

} // namespace sitrep::app
