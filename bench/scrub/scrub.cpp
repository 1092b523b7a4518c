// bench_scrub: cold start to first frame, then the timeline scrubbed over the whole scenario one
// frame per step (set the instant, wait for the frame to be swapped), then a pan and zoom sweep.
// Besides wall-clock percentiles it prints the CPU time per frame of each thread group (GUI,
// scene-graph render thread, llvmpipe rasteriser threads), which a loaded machine barely moves.
// Run under xvfb-run; see docs/bench/scrub.md for the commands and results.
#include "appcontext.h"
#include "basemapcache.h"
#include "controlmodel.h"
#include "mapitem.h"
#include "windowsetup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <malloc.h>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <unistd.h>

Q_IMPORT_QML_PLUGIN(SitrepPlugin)

using namespace sitrep::app;

namespace {

// Wall time from the change to the next swapped frame.
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
    return double(clock.nsecsElapsed()) / 1e6;
}

long statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

// CPU nanoseconds per thread group: threads are grouped by name (llvmpipe-0, llvmpipe-1 →
// "llvmpipe"), the main thread is "gui".
std::map<std::string, double> threadCpu()
{
    std::map<std::string, double> out;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile sched(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !sched.open(QIODevice::ReadOnly))
            continue;
        std::string name = comm.readAll().trimmed().toStdString();
        if (tid == self)
            name = "gui";
        else if (const auto dash = name.find_last_of('-'); dash != std::string::npos && dash + 1 < name.size()
                 && std::isdigit(static_cast<unsigned char>(name[dash + 1])))
            name.resize(dash);
        out[name] += sched.readAll().split(' ').value(0).toDouble();
    }
    return out;
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Milliseconds since the kernel started this process (exec, dynamic linking and static
// initialisers included), from /proc/self/stat and CLOCK_BOOTTIME; 10 ms resolution.
double msSinceExec()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of stat
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    const double nowMs = double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

struct Phase {
    std::map<std::string, double> cpu0 = threadCpu();
    double process0 = processCpuMs();
};

// SITREP_BENCH_SMAPS=DIR: the process's memory map after start-up and after each phase, to see
// what grew.
void dumpSmaps(const char* what)
{
    const QString dir = qEnvironmentVariable("SITREP_BENCH_SMAPS");
    if (dir.isEmpty())
        return;
    const QString name = QString::fromUtf8(what).section(u' ', 0, 0).remove(u',');
    static int phaseNo = 0;
    QFile in(QStringLiteral("/proc/self/smaps")); // a /proc file has no size: read, then write
    QFile out(QDir(dir).filePath(QStringLiteral("%1-%2.smaps").arg(phaseNo++).arg(name)));
    if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly))
        out.write(in.readAll());
}

void report(const char* what, std::vector<double> ms, const Phase& phase)
{
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms[std::min(ms.size() - 1, std::size_t(p * double(ms.size())))]; };
    const double n = double(ms.size());
    std::printf("%-32s frames %4zu  p50 %6.2f ms  p95 %6.2f ms  max %7.2f ms | cpu/frame %6.2f ms (", what,
                ms.size(), pct(0.5), pct(0.95), ms.back(), (processCpuMs() - phase.process0) / n);
    bool first = true;
    for (const auto& [name, ns] : threadCpu()) {
        const auto it = phase.cpu0.find(name);
        const double per = (ns - (it == phase.cpu0.end() ? 0.0 : it->second)) / 1e6 / n;
        if (per >= 0.05) {
            std::printf("%s%s %.2f", first ? "" : ", ", name.c_str(), per);
            first = false;
        }
    }
    std::printf(") | rss %.0f MB", double(statusKb("VmRSS:")) / 1024.0);
    if (qEnvironmentVariableIsSet("SITREP_BENCH_TRIM")) { // how much of it is freed memory the heap kept
        malloc_trim(0);
        std::printf(", %.0f MB after malloc_trim", double(statusKb("VmRSS:")) / 1024.0);
    }
    std::printf("\n");
    std::fflush(stdout);
    dumpSmaps(what);
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

int argValue(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char* argv[])
{
    const double execToMain = msSinceExec();
    QElapsedTimer start;
    start.start();
    prepareGraphics();
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    // Our own options; the rest goes to the app's parser.
    const int steps = argValue(args, QStringLiteral("--steps"), 300);
    const int moves = argValue(args, QStringLiteral("--moves"), 200);
    // --hide showLabels,showControl,…: map properties turned off, to see what each layer costs.
    QStringList hide;
    if (const qsizetype i = args.indexOf(QStringLiteral("--hide")); i >= 0 && i + 1 < args.size())
        hide = args[i + 1].split(u',', Qt::SkipEmptyParts);
    for (const QString& own : {QStringLiteral("--steps"), QStringLiteral("--moves"), QStringLiteral("--hide")})
        if (const qsizetype i = args.indexOf(own); i >= 0)
            args.remove(i, std::min<qsizetype>(2, args.size() - i));
    AppContext context(args);
    if (!context.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(context.errorString()));
        return 2;
    }
    const Phase startup;
    // As sitrep-map's main() does.
    const auto baseMap = BaseMapCache::preload(context.geodataPath());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Sitrep/Main.qml")));
    const double loadedMs = double(start.nsecsElapsed()) / 1e6;
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window)
        return 1;
    trimHeapAfterFirstFrame(window);
    waitFrame(window, [] {});
    const double coldMs = double(start.nsecsElapsed()) / 1e6;
    const double coldExecMs = msSinceExec();
    auto* control = findIn<ControlModel>(window);
    auto* map = findIn<MapItem>(window->contentItem());
    if (!control)
        control = findIn<ControlModel>(window->contentItem());
    // The scenario may still be loading after the first frame: wait for it (at most 30 s).
    if (control && !control->isReady() && control->errorString().isEmpty()) {
        QEventLoop loop;
        QObject::connect(control, &ControlModel::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double readyMs = double(start.nsecsElapsed()) / 1e6;
    if (!control || !map || !control->isReady()) {
        std::fprintf(stderr, "bench_scrub: no control model or map (%s)\n",
                     control ? qPrintable(control->errorString()) : "missing");
        return 1;
    }
    for (const QString& property : hide)
        if (!map->setProperty(property.toUtf8().constData(), false))
            std::fprintf(stderr, "bench_scrub: --hide: no map property %s\n", qPrintable(property));
    // One frame with the control layer drawn, so that the scrub starts from a warm scene.
    waitFrame(window, [] {});
    const double controlFrameMs = double(start.nsecsElapsed()) / 1e6;
    std::printf("cold start to first frame: %.0f ms from main (%.0f ms from exec; QML loaded at %.0f ms)\n",
                coldMs, coldExecMs, loadedMs);
    std::printf("control areas ready at %.0f ms, first frame with them at %.0f ms; start-up cpu %.0f ms\n",
                readyMs, controlFrameMs, processCpuMs() - startup.process0 + 0 * execToMain);
    std::printf("resident memory after start-up: %.1f MB\n", double(statusKb("VmRSS:")) / 1024.0);
    dumpSmaps("startup");

    std::vector<double> scrub;
    for (int pass = 0; pass < 2; ++pass) {
        const Phase phase;
        scrub.clear();
        for (int i = 0; i <= steps; ++i) {
            const double t = control->startMs() + (control->endMs() - control->startMs()) * i / steps;
            scrub.push_back(waitFrame(window, [&] { control->setTimeMs(t); }));
        }
        report(pass == 0 ? "scrub, first pass (cold caches)" : "scrub, second pass", scrub, phase);
    }
    {
        // Playing: the timeline moves one step per frame, as the play button does (the step is
        // set in afterAnimating, before the frame is synchronised), and the time between
        // successive swapped frames is the frame time. Here the GUI thread prepares the next
        // step while the render thread and llvmpipe draw the last one, unlike the steps above,
        // which wait for each frame before changing anything.
        const Phase phase;
        std::vector<double> intervals;
        std::mutex guard;
        QElapsedTimer clock;
        clock.start();
        double last = -1;
        int step = 0;
        QEventLoop loop;
        const double from = control->startMs(), span = control->endMs() - control->startMs();
        const auto a = QObject::connect(window, &QQuickWindow::afterAnimating, window, [&] {
            if (step > steps)
                return;
            control->setTimeMs(from + span * step / steps);
            ++step;
            window->update();
        }, Qt::DirectConnection);
        const auto s = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
            const double now = double(clock.nsecsElapsed()) / 1e6;
            std::lock_guard lock(guard);
            if (last >= 0)
                intervals.push_back(now - last);
            last = now;
            if (intervals.size() >= std::size_t(steps))
                QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
            else
                QMetaObject::invokeMethod(window, [window] { window->update(); }, Qt::QueuedConnection);
        }, Qt::DirectConnection);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        window->update();
        loop.exec();
        QObject::disconnect(a);
        QObject::disconnect(s);
        std::lock_guard lock(guard);
        if (!intervals.empty())
            report("play (one step per frame)", intervals, phase);
    }
    {
        const Phase phase;
        std::vector<double> pan;
        for (int i = 0; i < moves; ++i)
            pan.push_back(waitFrame(window, [&] { map->pan(i < moves / 2 ? 6 : -6, i % 50 < 25 ? 3 : -3); }));
        report("pan", pan, phase);
    }
    {
        const Phase phase;
        std::vector<double> zoom;
        const QPointF middle(map->width() / 2, map->height() / 2);
        for (int i = 0; i < moves; ++i)
            zoom.push_back(waitFrame(window, [&] {
                map->zoomAround(middle, map->zoomLevel() + (i < moves / 2 ? 0.02 : -0.02));
            }));
        report("zoom", zoom, phase);
    }
    std::printf("resident memory: %.1f MB (peak %.1f MB)\n", double(statusKb("VmRSS:")) / 1024.0,
                double(statusKb("VmHWM:")) / 1024.0);
    // SITREP_BENCH_EXIT_NOW=1: leave without tearing anything down, so that a heap profiler's
    // "leaked" list is what was alive at the end of the run (heaptrack_print --print-leaks).
    if (qEnvironmentVariableIntValue("SITREP_BENCH_EXIT_NOW") == 1) {
        std::fflush(stdout);
        std::_Exit(0);
    }
    return 0;
}
