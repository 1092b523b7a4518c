#pragma once
// Helpers of the render tests: run a tool and collect its output, look at frames (blank or
// not, actor colours present, difference between two pictures), read ffprobe's answers.
#include <QImage>
#include <QString>
#include <QStringList>

namespace sitrep::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program with the tests' environment (TZ=UTC, offscreen) and waits up to 10 minutes.
Run run(const QString& program, const QStringList& args);
// The `sitrep` command.
Run runSitrep(const QStringList& args);

// A fresh folder for one test's files under the build tree.
QString workDir(const QString& name);

// Pixel spread of the picture's luma (0 for a flat picture).
double lumaVariance(const QImage& image);
// Share of pixels tinted like the government's orange and like the opposition's greens.
struct ActorTints {
    double government = 0;
    double opposition = 0;
};
ActorTints actorTints(const QImage& image);

// Mean absolute difference per channel (0–255) and the share of pixels differing by more than
// `threshold` in any channel, outside the rectangles in `ignore`.
struct Difference {
    double meanAbs = 0;
    double shareOver = 0;
};
Difference compare(const QImage& a, const QImage& b, int threshold, const QList<QRect>& ignore = {});

// `ffprobe` value of one stream entry (e.g. "codec_name", "nb_read_frames") of the first video stream.
QString probeStream(const QString& file, const QString& entry);
QString probeFormat(const QString& file, const QString& entry);

// Frame i of a video as an image (through ffmpeg).
QImage videoFrame(const QString& file, double seconds);

} // namespace sitrep::test
