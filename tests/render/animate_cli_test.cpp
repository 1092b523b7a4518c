// `sitrep animate`: MP4 and GIF files whose length and frame count are as asked, frames that
// show the map and change with time, a briefing played slide by slide, and clear refusals.
#include "framecheck.h"

#include <QDir>
#include <QFile>

#include <doctest/doctest.h>

using namespace sitrep::test;

TEST_CASE("sitrep animate writes an H.264 MP4 of the asked duration and frame count, no frame blank")
{
    const QString dir = workDir(QStringLiteral("animate-mp4"));
    const QString mp4 = dir + QStringLiteral("/offensive.mp4");
    const Run r = runSitrep(
        {QStringLiteral("animate"), QStringLiteral("--from"), QStringLiteral("2024-11-27"), QStringLiteral("--to"),
            QStringLiteral("2024-12-08"), QStringLiteral("--fps"), QStringLiteral("10"), QStringLiteral("--duration"),
            QStringLiteral("2s"), QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("-o"), mp4});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    MESSAGE(r.err.trimmed().toStdString());
    CHECK(probeStream(mp4, QStringLiteral("codec_name")) == QStringLiteral("h264"));
    CHECK(probeStream(mp4, QStringLiteral("nb_read_frames")) == QStringLiteral("20"));
    CHECK(probeStream(mp4, QStringLiteral("width")) == QStringLiteral("640"));
    CHECK(probeFormat(mp4, QStringLiteral("duration")).toDouble() == doctest::Approx(2.0).epsilon(0.03));
    const QImage first = videoFrame(mp4, 0.05), last = videoFrame(mp4, 1.85);
    REQUIRE(first.size() == QSize(640, 360));
    REQUIRE(last.size() == QSize(640, 360));
    CHECK(lumaVariance(first) > 100);
    CHECK(lumaVariance(last) > 100);
    CHECK(actorTints(first).government > 0.03);
    // Between 27 Nov and 8 Dec the government's orange gives way to the opposition's greens.
    CHECK(actorTints(last).government < actorTints(first).government / 2);
    CHECK(compare(first, last, 24).shareOver > 0.05);
}

TEST_CASE("sitrep animate writes a looping GIF with one frame per step")
{
    const QString dir = workDir(QStringLiteral("animate-gif"));
    const QString gif = dir + QStringLiteral("/offensive.gif");
    const Run r = runSitrep(
        {QStringLiteral("animate"), QStringLiteral("--from"), QStringLiteral("2024-11-26"), QStringLiteral("--to"),
            QStringLiteral("2024-12-10"), QStringLiteral("--fps"), QStringLiteral("5"), QStringLiteral("--duration"),
            QStringLiteral("2s"), QStringLiteral("--size"), QStringLiteral("480x300"), QStringLiteral("-o"), gif});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(probeStream(gif, QStringLiteral("codec_name")) == QStringLiteral("gif"));
    CHECK(probeStream(gif, QStringLiteral("nb_read_frames")) == QStringLiteral("10"));
    const QImage frame = videoFrame(gif, 1.0);
    REQUIRE(frame.size() == QSize(480, 300));
    CHECK(lumaVariance(frame) > 100);
}

TEST_CASE("sitrep animate --brief holds each slide and animates instant and view between them")
{
    const QString dir = workDir(QStringLiteral("animate-brief"));
    const QString brief = dir + QStringLiteral("/brief.json");
    QFile f(brief);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"title": "Two", "slides": [
      {"title": "Before", "at": "2024-11-26T12:00:00Z", "view": {"center": [35.0, 38.5], "zoom": 6.5}},
      {"title": "Aleppo", "at": "2024-11-30T18:00:00Z", "view": {"center": [36.1, 37.1], "zoom": 8},
       "caption": "Aleppo falls", "highlight": ["gn:170063"], "transition": 1}]})");
    f.close();
    const QString mp4 = dir + QStringLiteral("/brief.mp4");
    const Run r = runSitrep({QStringLiteral("animate"), QStringLiteral("--brief"), brief, QStringLiteral("--hold"),
        QStringLiteral("1s"), QStringLiteral("--fps"), QStringLiteral("5"), QStringLiteral("--size"),
        QStringLiteral("640x360"), QStringLiteral("-o"), mp4});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // 1 s hold + 1 s transition + 1 s hold at 5 fps.
    CHECK(probeStream(mp4, QStringLiteral("nb_read_frames")) == QStringLiteral("15"));
    const QImage held = videoFrame(mp4, 0.1), moving = videoFrame(mp4, 1.5), arrived = videoFrame(mp4, 2.7);
    CHECK(compare(held, moving, 24).shareOver > 0.05);
    CHECK(compare(moving, arrived, 24).shareOver > 0.05);
    CHECK(lumaVariance(arrived) > 100);
}

TEST_CASE("sitrep animate refuses bad options, unknown lenses and unwritable outputs without leaving a file")
{
    const QString dir = workDir(QStringLiteral("animate-errors"));
    const QString mp4 = dir + QStringLiteral("/x.mp4");
    const QStringList span {QStringLiteral("--from"), QStringLiteral("2024-11-27"), QStringLiteral("--to"),
        QStringLiteral("2024-11-28"), QStringLiteral("--duration"), QStringLiteral("1s"), QStringLiteral("--fps"),
        QStringLiteral("4")};
    const Run lens = runSitrep(QStringList {QStringLiteral("animate"), QStringLiteral("--lens"),
                                   QStringLiteral("rumour"), QStringLiteral("-o"), mp4}
        + span);
    CHECK(lens.exitCode == 1);
    CHECK(lens.err.contains(QStringLiteral("unknown lens 'rumour'")));
    const Run avi = runSitrep(
        QStringList {QStringLiteral("animate"), QStringLiteral("-o"), dir + QStringLiteral("/x.avi")} + span);
    CHECK(avi.exitCode == 2);
    CHECK(avi.err.contains(QStringLiteral("must end in .mp4 or .gif")));
    const Run odd = runSitrep(QStringList {QStringLiteral("animate"), QStringLiteral("--size"),
                                  QStringLiteral("641x360"), QStringLiteral("-o"), mp4}
        + span);
    CHECK(odd.exitCode == 2);
    CHECK(odd.err.contains(QStringLiteral("even width and height")));
    const Run fps = runSitrep(
        {QStringLiteral("animate"), QStringLiteral("--from"), QStringLiteral("2024-11-27"), QStringLiteral("--to"),
            QStringLiteral("2024-11-28"), QStringLiteral("--fps"), QStringLiteral("0"), QStringLiteral("-o"), mp4});
    CHECK(fps.exitCode == 2);
    CHECK(fps.err.contains(QStringLiteral("--fps wants")));
    const Run missing = runSitrep(
        QStringList {QStringLiteral("animate"), QStringLiteral("-o"), dir + QStringLiteral("/no/such/folder/x.mp4")}
        + span);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    QDir(dir).mkdir(QStringLiteral("taken.mp4"));
    const Run folder = runSitrep(
        QStringList {QStringLiteral("animate"), QStringLiteral("-o"), dir + QStringLiteral("/taken.mp4")} + span);
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.contains(QStringLiteral("it is a folder")));
    const Run order = runSitrep({QStringLiteral("animate"), QStringLiteral("--from"), QStringLiteral("2024-12-08"),
        QStringLiteral("--to"), QStringLiteral("2024-12-01"), QStringLiteral("-o"), mp4});
    CHECK(order.exitCode == 2);
    CHECK(order.err.contains(QStringLiteral("--to must come after --from")));
    // Nothing but the folder made above: no output, no partial file.
    CHECK(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}
