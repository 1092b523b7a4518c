#include "windowsetup.h"

#include "mapitem.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <QGuiApplication>
#include <QImage>
#include <QQuickWindow>
#include <QSurfaceFormat>
#include <QTimer>

#include <cstdio>

#include <malloc.h>

namespace sitrep::app {

void prepareGraphics()
{
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    // SITREP_SAMPLES=4 turns multisampling back on (e.g. on a real GPU, or to compare).
    bool ok = false;
    const int samples = qEnvironmentVariableIntValue("SITREP_SAMPLES", &ok);
    format.setSamples(ok ? samples : 0);
    // Qt Quick's renderer draws opaque batches front to back with a depth test and tests every
    // blended fragment against the depth buffer. On a software rasteriser that test costs more
    // than the overdraw it saves (bench_scrub while playing: 27.4 → 23.2 ms of CPU per frame,
    // the picture the same to within 2/255 on 76 pixels), so everything is drawn back to front
    // without one. SITREP_DEPTH_BUFFER=1 brings it back (e.g. on a GPU, or to compare).
    if (qEnvironmentVariableIntValue("SITREP_DEPTH_BUFFER") == 0)
        qputenv("QSG_NO_DEPTH_BUFFER", "1");
    // A window asked to update after an idle moment waits for a 5 ms timer before it starts the
    // frame (QPlatformWindow::requestUpdate on xcb): every step of a dragged slider showed
    // that much later (bench_scrub, stepping and waiting for each frame: p50 20 → 13 ms).
    // The render thread still paces continuous animation.
    if (!qEnvironmentVariableIsSet("QT_QPA_UPDATE_IDLE_TIME"))
        qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QSurfaceFormat::setDefaultFormat(format);
}

void trimHeapAfterFirstFrame(QQuickWindow* window)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [connection] {
        QObject::disconnect(*connection);
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
}

namespace {
MapItem* findMap(QQuickItem* item)
{
    if (auto* map = qobject_cast<MapItem*>(item))
        return map;
    for (QQuickItem* child : item->childItems())
        if (MapItem* map = findMap(child))
            return map;
    return nullptr;
}
} // namespace

void screenshotAndQuit(QQuickWindow* window, const QString& path)
{
    // Two frames: the first may still be waiting for polish (label layout) of late items.
    auto frames = std::make_shared<int>(0);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, path, frames] {
        if (++*frames != 2)
            return;
        QTimer::singleShot(0, window, [window, path] {
            const QImage image = window->grabWindow();
            bool saved = !image.isNull() && image.save(path);
            // Where the map sits in the picture and what it shows, so that tests can find a
            // lon/lat in the screenshot: FILE.png.json.
            if (auto* map = findMap(window->contentItem())) {
                const QPointF topLeft = map->mapToScene(QPointF(0, 0));
                const QJsonObject info{{"x", topLeft.x()},
                                       {"y", topLeft.y()},
                                       {"width", map->width()},
                                       {"height", map->height()},
                                       {"zoomLevel", map->zoomLevel()},
                                       {"centerLat", map->center().latitude()},
                                       {"centerLon", map->center().longitude()}};
                QFile file(path + QStringLiteral(".json"));
                saved = saved && file.open(QIODevice::WriteOnly)
                        && file.write(QJsonDocument(info).toJson()) > 0;
            }
            if (!saved)
                std::fprintf(stderr, "sitrep-map: cannot write screenshot %s\n", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    window->update();
}

} // namespace sitrep::app
