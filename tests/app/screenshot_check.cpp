// Screenshot test: renders sitrep-map headless and checks the colour at known places — sea off
// the coast, Syrian desert, Iraq, and Idlib held by the opposition on 26 Nov 2024. Needs a
// display (xvfb-run): scripts/test.sh runs all of ctest under one; without a display it exits
// 77 (skipped). The map's position in the picture comes from the FILE.png.json sidecar.
#include "mapstyle.h"
#include "mapviewport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

using namespace sitrep::app;

namespace {

// The most frequent colour of a small patch (labels or a line crossing it do not decide).
QColor dominant(const QImage& image, QPointF at)
{
    QHash<QRgb, int> counts;
    for (int dy = -4; dy <= 4; ++dy)
        for (int dx = -4; dx <= 4; ++dx)
            counts[image.pixel(int(at.x()) + dx, int(at.y()) + dy) & 0xffffff]++;
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    return QColor::fromRgb(best);
}

bool near(const QColor& a, const QColor& b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

QColor over(const QColor& top, double alpha, const QColor& bottom)
{
    auto mix = [&](int t, int b) { return int(std::lround(t * alpha + b * (1 - alpha))); };
    return QColor(mix(top.red(), bottom.red()), mix(top.green(), bottom.green()), mix(top.blue(), bottom.blue()));
}

struct Probe {
    const char* what;
    GeoPoint at;
    QColor expected;
    int tolerance;
};

int check(const QString& app, const QString& out, const QStringList& extra, const std::vector<Probe>& probes)
{
    QProcess map;
    map.start(app, QStringList{QStringLiteral("--screenshot"), out, QStringLiteral("--size"),
                               QStringLiteral("1000x800")} + extra);
    if (!map.waitForFinished(120000) || map.exitCode() != 0) {
        std::fprintf(stderr, "sitrep-map failed: %s\n", map.readAllStandardError().constData());
        return 1;
    }
    const QImage image(out);
    QFile sidecar(out + QStringLiteral(".json"));
    if (image.isNull() || !sidecar.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "no screenshot or no %s.json\n", qPrintable(out));
        return 1;
    }
    const QJsonObject info = QJsonDocument::fromJson(sidecar.readAll()).object();
    MapViewport view;
    view.setSize({info["width"].toDouble(), info["height"].toDouble()});
    view.setZoomLevel(info["zoomLevel"].toDouble());
    view.setCenter({info["centerLat"].toDouble(), info["centerLon"].toDouble()});
    const QPointF offset(info["x"].toDouble(), info["y"].toDouble());
    int failures = 0;
    for (const Probe& p : probes) {
        const QColor got = dominant(image, view.geoToItem(p.at) + offset);
        const bool ok = near(got, p.expected, p.tolerance);
        std::printf("%s: %s (got %s, want %s)\n", ok ? "ok" : "FAIL", p.what, qPrintable(got.name()),
                    qPrintable(p.expected.name()));
        failures += ok ? 0 : 1;
    }
    return failures;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s SITREP_MAP OUT_PREFIX\n", argv[0]);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::printf("no DISPLAY: run under xvfb-run (scripts/test.sh does); skipped\n");
        return 77;
    }
    QCoreApplication app(argc, argv);
    const QString exe = QString::fromLocal8Bit(argv[1]);
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    int failures = 0;
    // The bare base map: a scenario folder that does not exist leaves only the base layers
    // (and shows its error in the window, which must not take the map down with it).
    failures += check(exe, prefix + QStringLiteral("-basemap.png"),
                      {QStringLiteral("--scenario"), QStringLiteral("/nonexistent-scenario"),
                       QStringLiteral("--center"), QStringLiteral("34.6,38.4"), QStringLiteral("--zoom"),
                       QStringLiteral("7")},
                      {{"Mediterranean off Tartus is sea", {34.9, 35.3}, style::sea, 6},
                       {"the desert south of Palmyra is Syrian land", {33.9, 38.9}, style::focusLand, 6},
                       {"western Iraq is neighbouring land", {33.2, 42.3}, style::land, 6}});
    // Control on the first day: Idlib (opposition, green #009E73 at 36 %) and Homs (government).
    const QColor opposition(0x00, 0x9e, 0x73), government(0xd5, 0x5e, 0x00);
    failures += check(exe, prefix + QStringLiteral("-26nov.png"),
                      {QStringLiteral("--at"), QStringLiteral("2024-11-26"), QStringLiteral("--center"),
                       QStringLiteral("35.4,37.0"), QStringLiteral("--zoom"), QStringLiteral("8")},
                      {{"the countryside south-west of Idlib is opposition-held on 26 Nov", {35.72, 36.5},
                        over(opposition, 0.36, style::focusLand), 14},
                       {"the desert east of Homs is government-held on 26 Nov", {34.6, 37.6},
                        over(government, 0.36, style::focusLand), 14}});
    return failures == 0 ? 0 : 1;
}
