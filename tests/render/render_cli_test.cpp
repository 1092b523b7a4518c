// `sitrep render`: a frame shows the map in the actors' colours, equals the window's
// screenshot at the same instant, view and size, and bad options give clear messages.
#include "framecheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <doctest/doctest.h>

using namespace sitrep::test;

TEST_CASE("sitrep render draws the 26 Nov map in the government's and the opposition's colours")
{
    const QString dir = workDir(QStringLiteral("render-basic"));
    const QString png = dir + QStringLiteral("/nov26.png");
    const Run r = runSitrep({QStringLiteral("render"), QStringLiteral("--at"), QStringLiteral("2024-11-26"),
        QStringLiteral("--size"), QStringLiteral("960x600"), QStringLiteral("-o"), png});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QImage image(png);
    REQUIRE(image.size() == QSize(960, 600));
    const double variance = lumaVariance(image);
    const ActorTints tints = actorTints(image);
    MESSAGE("luma variance " << variance << ", government tint " << tints.government << ", opposition tint "
                             << tints.opposition);
    CHECK(variance > 100);
    CHECK(tints.government > 0.05);
    CHECK(tints.opposition > 0.005);
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/.nov26.png.partial")));
}

TEST_CASE("a rendered frame equals the window's screenshot at the same instant, view and size")
{
    const QString dir = workDir(QStringLiteral("render-vs-window"));
    const QString shot = dir + QStringLiteral("/window.png");
    const QStringList view {QStringLiteral("--at"), QStringLiteral("2024-12-07T20:00:00Z"), QStringLiteral("--center"),
        QStringLiteral("34.9,36.9"), QStringLiteral("--zoom"), QStringLiteral("8")};
    const Run windowRun = run(QStringLiteral(SITREP_MAP),
        QStringList {QStringLiteral("--screenshot"), shot, QStringLiteral("--size"), QStringLiteral("1100x760")}
            + view);
    INFO(windowRun.err.toStdString());
    REQUIRE(windowRun.exitCode == 0);
    QFile infoFile(shot + QStringLiteral(".json"));
    REQUIRE(infoFile.open(QIODevice::ReadOnly));
    const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
    const QRect mapRect(info[QStringLiteral("x")].toInt(), info[QStringLiteral("y")].toInt(),
        info[QStringLiteral("width")].toInt(), info[QStringLiteral("height")].toInt());
    REQUIRE(mapRect.width() >= 64);
    const QImage window = QImage(shot).copy(mapRect);

    const QString frame = dir + QStringLiteral("/render.png");
    const Run r
        = runSitrep(QStringList {QStringLiteral("render"), QStringLiteral("--bare"), QStringLiteral("--size"),
                        QStringLiteral("%1x%2").arg(mapRect.width()).arg(mapRect.height()), QStringLiteral("-o"), frame}
            + view);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QImage rendered(frame);
    REQUIRE(rendered.size() == window.size());
    // The window's own controls are not part of a frame: the zoom and layer buttons (top right),
    // the place search and review button (top centre, where the window also keeps labels out, so
    // labels next to it sit elsewhere) and the slides button under the legend.
    const int w = mapRect.width();
    const QList<QRect> ignore {QRect(w - 64, 0, 64, 260), QRect(w / 2 - 230, 0, 560, 100), QRect(0, 240, 140, 80)};
    const Difference d = compare(rendered, window, 24, ignore);
    MESSAGE("render vs window screenshot (" << mapRect.width() << "x" << mapRect.height() << "): mean |Δ| " << d.meanAbs
                                            << " of 255, " << d.shareOver * 100 << " % of pixels off by more than 24");
    CHECK(d.meanAbs < 1.0);
    CHECK(d.shareOver < 0.005);
    CHECK(lumaVariance(rendered) > 100);
}

TEST_CASE("sitrep render refuses an unknown lens, a bad size and an unwritable output, leaving no file")
{
    const QString dir = workDir(QStringLiteral("render-errors"));
    const QString png = dir + QStringLiteral("/x.png");
    const Run lens = runSitrep({QStringLiteral("render"), QStringLiteral("--at"), QStringLiteral("2024-12-01"),
        QStringLiteral("--lens"), QStringLiteral("rumour"), QStringLiteral("-o"), png});
    CHECK(lens.exitCode == 1);
    CHECK(lens.err.contains(QStringLiteral("unknown lens 'rumour'")));
    const Run outlet = runSitrep({QStringLiteral("render"), QStringLiteral("--at"), QStringLiteral("2024-12-01"),
        QStringLiteral("--lens"), QStringLiteral("outlet:Nobody Times"), QStringLiteral("-o"), png});
    CHECK(outlet.exitCode == 1);
    CHECK(outlet.err.contains(QStringLiteral("names an outlet the data does not have")));
    const Run size = runSitrep({QStringLiteral("render"), QStringLiteral("--at"), QStringLiteral("2024-12-01"),
        QStringLiteral("--size"), QStringLiteral("big"), QStringLiteral("-o"), png});
    CHECK(size.exitCode == 2);
    CHECK(size.err.contains(QStringLiteral("--size wants WxH")));
    const Run folder = runSitrep({QStringLiteral("render"), QStringLiteral("--at"), QStringLiteral("2024-12-01"),
        QStringLiteral("-o"), dir + QStringLiteral("/missing/x.png")});
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.contains(QStringLiteral("does not exist")));
    const Run span = runSitrep(
        {QStringLiteral("render"), QStringLiteral("--at"), QStringLiteral("2023-01-01"), QStringLiteral("-o"), png});
    CHECK(span.exitCode == 1);
    CHECK(span.err.contains(QStringLiteral("outside the data")));
    CHECK(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
