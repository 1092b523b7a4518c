#pragma once
// BaseMapCache: loads and builds the base map of a GeoPackage once per process, so that every
// map item (the window, an export, a test) shares the same uploaded-once geometry.
#include "basemapgeometry.h"

#include <QString>

#include <future>
#include <memory>

namespace sitrep::app {

struct BaseMapLoad {
    std::shared_ptr<const BaseMapGeometry> geometry; // null on failure
    QString error;
};

class BaseMapCache {
public:
    // Loads once per path (other callers wait for a load under way and share its result).
    [[nodiscard]] static BaseMapLoad load(const QString& path);
    // Starts load(path) on a thread of its own, so that reading and triangulating the base map
    // overlaps Qt's and QML's start-up; the map item's load() then waits for it. The returned
    // future must outlive the load (its destructor waits): keep it in main().
    [[nodiscard]] static std::future<void> preload(const QString& path);
    // The file the app uses when none is given: the shipped geodata/levant.gpkg.
    [[nodiscard]] static QString defaultPath();
};

} // namespace sitrep::app
