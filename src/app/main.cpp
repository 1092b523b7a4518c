// sitrep-map: the map window. Everything but process setup lives in the Sitrep QML module.
#include "appcontext.h"
#include "basemapcache.h"
#include "windowsetup.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(SitrepPlugin)

int main(int argc, char* argv[])
{
    sitrep::app::prepareGraphics();
    QGuiApplication app(argc, argv);
    sitrep::app::AppContext context(app.arguments());
    if (!context.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(context.errorString()));
        return 2;
    }
    // The base map loads on its own thread while Qt Quick and the QML start up.
    const auto baseMap = sitrep::app::BaseMapCache::preload(context.geodataPath());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Sitrep/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr
                                                  : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window)
        return 1;
    sitrep::app::trimHeapAfterFirstFrame(window);
    if (context.screenshotMode())
        sitrep::app::screenshotAndQuit(window, context.screenshotPath());
    return app.exec();
}
