#pragma once
// Window setup shared by sitrep-map, the tests and bench_scrub: the surface format of the OpenGL
// scene graph, the heap trim after start-up, and the one-frame screenshot mode (render, save a
// PNG, quit) used headless under xvfb-run.
#include <QString>

class QQmlApplicationEngine;
class QQuickWindow;

namespace sitrep::app {

// Before QGuiApplication: the default surface format. No multisampling unless SITREP_SAMPLES
// asks for it: lines and labels antialias themselves, and on a software rasteriser (llvmpipe)
// 4× MSAA multiplied the cost of every frame by 2.5 and held 50 MB of sample buffers
// (docs/bench/scrub.md). No depth buffer in Qt Quick's renderer unless SITREP_DEPTH_BUFFER=1:
// on llvmpipe its per-fragment test cost a sixth of the CPU of a frame. A requested update
// starts its frame at once (no 5 ms idle timer).
void prepareGraphics();

// Once the window has shown its first frame: returns the heap that loading the geodata,
// scenario and territory freed to the system (glibc keeps it otherwise).
void trimHeapAfterFirstFrame(QQuickWindow* window);

// After the window's first complete frames: saves its contents to `path` and quits the
// application with 0 (or 1 when the file cannot be written).
void screenshotAndQuit(QQuickWindow* window, const QString& path);

} // namespace sitrep::app
