#include "basemapcache.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

Q_LOGGING_CATEGORY(lcBaseMap, "sitrep.basemap")

namespace sitrep::app {

BaseMapLoad BaseMapCache::load(const QString& path)
{
    static QMutex mutex;
    static QHash<QString, BaseMapLoad> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(path); it != cache.constEnd())
        return *it;
    BaseMapLoad result;
    auto map = geo::loadBaseMap(path.toStdString());
    if (!map) {
        result.error = QString::fromStdString(map.error().toString());
        qCWarning(lcBaseMap).noquote() << result.error;
    } else {
        result.geometry = BaseMapGeometry::build(*map);
        for (const QString& w : result.geometry->warnings)
            qCInfo(lcBaseMap).noquote() << w;
    }
    cache.insert(path, result);
    return result;
}

std::future<void> BaseMapCache::preload(const QString& path)
{
    return std::async(std::launch::async, [path] { (void)load(path); });
}

QString BaseMapCache::defaultPath()
{
    return BaseMapGeometry::defaultGeodataPath();
}

} // namespace sitrep::app
