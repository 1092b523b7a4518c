// `sitrep brief export`: one PDF page per slide of the sample briefing, PNGs that show the map,
// and a briefing with bad slides exporting the good ones while naming the others.
#include "framecheck.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <doctest/doctest.h>

using namespace sitrep::test;

namespace {
const QString kSample = QStringLiteral(SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12/briefing.json");

int pdfPages(const QString& pdf)
{
    const Run r = run(QStringLiteral(SITREP_PDFINFO), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int slideCount(const QString& json)
{
    QFile f(json);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromUtf8(f.readAll()).count(QStringLiteral("\"at\":")));
}
} // namespace

TEST_CASE("sitrep brief export writes one PDF page and one PNG per slide of the sample briefing")
{
    const QString dir = workDir(QStringLiteral("brief-sample"));
    const QString pdf = dir + QStringLiteral("/briefing.pdf");
    const Run r = runSitrep({QStringLiteral("brief"), QStringLiteral("export"), kSample, QStringLiteral("-o"), pdf,
        QStringLiteral("--png"), dir + QStringLiteral("/png"), QStringLiteral("--size"), QStringLiteral("800x450")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const int slides = slideCount(kSample);
    CHECK(slides >= 6);
    CHECK(pdfPages(pdf) == slides);
    CHECK_FALSE(r.err.contains(QStringLiteral("skipped")));
    const QStringList pngs
        = QDir(dir + QStringLiteral("/png")).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    CHECK(pngs.size() == slides);
    for (const QString& name : pngs) {
        const QImage image(dir + QStringLiteral("/png/") + name);
        CHECK(image.size() == QSize(800, 450));
        CHECK(lumaVariance(image) > 100);
    }
    // The sources behind the slides are in the PDF's text.
    const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (text.exitCode == 0) {
        CHECK(text.out.contains(QStringLiteral("Sources")));
        CHECK(text.out.contains(QStringLiteral("Homs")));
    }
}

TEST_CASE("a briefing with slides outside the data, an unknown lens or a bad field names them and exports the rest")
{
    const QString dir = workDir(QStringLiteral("brief-bad"));
    const QString brief = dir + QStringLiteral("/bad.json");
    QFile f(brief);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"title": "Mixed", "slides": [
      {"title": "Good", "at": "2024-12-05T18:00:00Z"},
      {"title": "Too early", "at": "2023-01-01T00:00:00Z"},
      {"title": "Rumours", "at": "2024-12-06T00:00:00Z", "lens": "rumour"},
      {"title": "Broken", "at": 5},
      {"title": "Also good", "at": "2024-12-08T12:00:00Z", "lens": "side:government"}]})");
    f.close();
    const QString pdf = dir + QStringLiteral("/bad.pdf");
    const Run r = runSitrep({QStringLiteral("brief"), QStringLiteral("export"), brief, QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(pdfPages(pdf) == 2);
    CHECK(r.err.contains(QStringLiteral("\"Too early\"")));
    CHECK(r.err.contains(QStringLiteral("outside the data")));
    CHECK(r.err.contains(QStringLiteral("\"Rumours\"")));
    CHECK(r.err.contains(QStringLiteral("unknown lens 'rumour'")));
    CHECK(r.err.contains(QStringLiteral("\"Broken\"")));
}

TEST_CASE("a briefing file that is not JSON, or a PDF that cannot be written, fails with a message and no file")
{
    const QString dir = workDir(QStringLiteral("brief-fail"));
    const QString brief = dir + QStringLiteral("/notjson.json");
    QFile f(brief);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a briefing\n");
    f.close();
    const Run r = runSitrep({QStringLiteral("brief"), QStringLiteral("export"), brief, QStringLiteral("-o"),
        dir + QStringLiteral("/out.pdf")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("notjson.json")));
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/out.pdf")));
    const Run unwritable = runSitrep({QStringLiteral("brief"), QStringLiteral("export"), kSample, QStringLiteral("-o"),
        dir + QStringLiteral("/missing/out.pdf")});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("does not exist")));
    const Run wrongType = runSitrep({QStringLiteral("brief"), QStringLiteral("export"), kSample, QStringLiteral("-o"),
        dir + QStringLiteral("/out.docx")});
    CHECK(wrongType.exitCode == 2);
    CHECK(QDir(dir).entryList(QDir::Files | QDir::Hidden).size() == 1); // the bad briefing only
}
