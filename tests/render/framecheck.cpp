#include "framecheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <cmath>
#include <cstdlib>

namespace sitrep::test {

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    p.waitForFinished(600000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run runSitrep(const QStringList& args)
{
    return run(QStringLiteral(SITREP_CLI), args);
}

QString workDir(const QString& name)
{
    QDir dir(QStringLiteral(SITREP_RENDER_WORK "/") + name);
    dir.removeRecursively();
    QDir().mkpath(dir.path());
    return dir.path();
}

double lumaVariance(const QImage& source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    double sum = 0, sum2 = 0;
    long n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            const double l = 0.299 * qRed(c) + 0.587 * qGreen(c) + 0.114 * qBlue(c);
            sum += l;
            sum2 += l * l;
            ++n;
        }
    if (n == 0)
        return 0;
    const double mean = sum / double(n);
    return sum2 / double(n) - mean * mean;
}

ActorTints actorTints(const QImage& source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    long gov = 0, opp = 0, n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            const int r = qRed(c), g = qGreen(c), b = qBlue(c);
            ++n;
            // #D55E00 at 36 % over the land colour: clearly orange.
            if (r - b > 45 && r - g > 25)
                ++gov;
            // #117733 / #009E73 / #44AA99 over land: green above red and blue.
            else if (g - r > 20 && g > b)
                ++opp;
        }
    return {n ? double(gov) / double(n) : 0, n ? double(opp) / double(n) : 0};
}

Difference compare(const QImage& a0, const QImage& b0, int threshold, const QList<QRect>& ignore)
{
    const QImage a = a0.convertToFormat(QImage::Format_RGB32), b = b0.convertToFormat(QImage::Format_RGB32);
    Difference d;
    if (a.size() != b.size())
        return {255, 1};
    double sum = 0;
    long over = 0, n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            bool skip = false;
            for (const QRect& r : ignore)
                skip = skip || r.contains(x, y);
            if (skip)
                continue;
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int dr = std::abs(qRed(p) - qRed(q)), dg = std::abs(qGreen(p) - qGreen(q)),
                      db = std::abs(qBlue(p) - qBlue(q));
            sum += (dr + dg + db) / 3.0;
            if (std::max({dr, dg, db}) > threshold)
                ++over;
            ++n;
        }
    if (n) {
        d.meanAbs = sum / double(n);
        d.shareOver = double(over) / double(n);
    }
    return d;
}

QString probeStream(const QString& file, const QString& entry)
{
    const Run r = run(QStringLiteral(SITREP_FFPROBE),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
            QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
            QStringLiteral("stream=") + entry, QStringLiteral("-of"),
            QStringLiteral("default=noprint_wrappers=1:nokey=1"), file});
    return r.out.trimmed();
}

QString probeFormat(const QString& file, const QString& entry)
{
    const Run r = run(QStringLiteral(SITREP_FFPROBE),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("format=") + entry, QStringLiteral("-of"),
            QStringLiteral("default=noprint_wrappers=1:nokey=1"), file});
    return r.out.trimmed();
}

QImage videoFrame(const QString& file, double seconds)
{
    const QString png = file + QStringLiteral(".frame-%1.png").arg(seconds);
    QFile::remove(png);
    QString ffmpeg = QStringLiteral(SITREP_FFPROBE);
    ffmpeg.replace(QStringLiteral("ffprobe"), QStringLiteral("ffmpeg"));
    run(ffmpeg,
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"), QString::number(seconds),
            QStringLiteral("-i"), file, QStringLiteral("-frames:v"), QStringLiteral("1"), png});
    return QImage(png);
}

} // namespace sitrep::test
