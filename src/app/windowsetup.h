#pragma once
// Window setup shared by sitrep-map and the tests: antialiasing for the OpenGL scene graph,
// and the one-frame screenshot mode (render, save a PNG, quit) used headless under xvfb-run.
#include <QString>

class QQmlApplicationEngine;
class QQuickWindow;

namespace sitrep::app {

// Before QGuiApplication: 4× MSAA on the default surface format (SITREP_SAMPLES overrides).
void prepareGraphics();

// After the window's first complete frames: saves its contents to `path` and quits the
// application with 0 (or 1 when the file cannot be written).
void screenshotAndQuit(QQuickWindow* window, const QString& path);

} // namespace sitrep::app
