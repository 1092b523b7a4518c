// bench_scrub: cold start to first frame, then the timeline scrubbed over the whole scenario one
// frame per step (set the instant, wait for the frame to be swapped), then a pan and zoom sweep.
// Run under xvfb-run; see docs/bench/scrub.md for the commands and results.
#include "appcontext.h"
#include "controlmodel.h"
#include "mapitem.h"
#include "windowsetup.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

Q_IMPORT_QML_PLUGIN(SitrepPlugin)

using namespace sitrep::app;

namespace {

double waitFrame(QQuickWindow* window, const std::function<void()>& change)
{
    QEventLoop loop;
    QElapsedTimer clock;
    const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    clock.start();
    change();
    window->update();
    loop.exec();
    QObject::disconnect(c);
    return clock.nsecsElapsed() / 1e6;
}

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void report(const char* what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms[std::min(ms.size() - 1, std::size_t(p * double(ms.size())))]; };
    std::printf("%-34s frames %4zu  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", what, ms.size(), pct(0.5),
                pct(0.95), ms.back());
}

// Searches the QObject tree and, for items, the visual tree (QML parents differ between them).
template <class T>
T* findIn(QObject* root)
{
    if (!root)
        return nullptr;
    if (auto* t = qobject_cast<T*>(root))
        return t;
    for (QObject* child : root->children())
        if (T* t = findIn<T>(child))
            return t;
    if (auto* item = qobject_cast<QQuickItem*>(root))
        for (QQuickItem* child : item->childItems())
            if (T* t = findIn<T>(child))
                return t;
    return nullptr;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer start;
    start.start();
    prepareGraphics();
    QGuiApplication app(argc, argv);
    AppContext context(app.arguments());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Sitrep/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window)
        return 1;
    waitFrame(window, [] {});
    const double coldMs = start.nsecsElapsed() / 1e6;
    auto* control = findIn<ControlModel>(window);
    auto* map = findIn<MapItem>(window->contentItem());
    if (!control)
        control = findIn<ControlModel>(window->contentItem());
    if (!control || !map || !control->isReady()) {
        std::fprintf(stderr, "bench_scrub: no control model or map (%s)\n",
                     control ? qPrintable(control->errorString()) : "missing");
        return 1;
    }
    std::printf("cold start to first frame: %.0f ms\n", coldMs);

    const int steps = 300;
    std::vector<double> scrub;
    for (int pass = 0; pass < 2; ++pass) {
        scrub.clear();
        for (int i = 0; i <= steps; ++i) {
            const double t = control->startMs() + (control->endMs() - control->startMs()) * i / steps;
            scrub.push_back(waitFrame(window, [&] { control->setTimeMs(t); }));
        }
        report(pass == 0 ? "scrub, first pass (cold caches)" : "scrub, second pass", scrub);
    }
    std::vector<double> pan;
    for (int i = 0; i < 200; ++i)
        pan.push_back(waitFrame(window, [&] { map->pan(i < 100 ? 6 : -6, i % 50 < 25 ? 3 : -3); }));
    report("pan", pan);
    std::vector<double> zoom;
    const QPointF middle(map->width() / 2, map->height() / 2);
    for (int i = 0; i < 200; ++i)
        zoom.push_back(waitFrame(window, [&] { map->zoomAround(middle, map->zoomLevel() + (i < 100 ? 0.02 : -0.02)); }));
    report("zoom", zoom);
    std::printf("resident memory: %.1f MB\n", residentKb() / 1024.0);
    return 0;
}
