#pragma once
// A QGuiApplication for tests that render text (fonts need one); offscreen platform.
#include <QGuiApplication>

inline void ensureGuiApp()
{
    static int argc = 1;
    static char name[] = "sitrep-app-test";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return new QGuiApplication(argc, argv);
    }();
    (void)app;
}
