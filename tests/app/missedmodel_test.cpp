// The "Possibly missed" list's model over the bundled scenario: it passes Qt's model checks and
// lists sentences best first; "Not a claim" is stored in the review sidecar and survives a reload;
// recording a correction from an entry saves it through the control model and takes the entry off
// the list, for good.
#include "controlmodel.h"
#include "missedmodel.h"
#include "qtapp.h"
#include "reviewmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>

#include <doctest/doctest.h>

#include <cmath>
#include <memory>

using sitrep::app::ControlModel;
using sitrep::app::MissedModel;
using sitrep::app::ReviewModel;

namespace {

// A review model and its missed list over `control`, the decisions in `sidecar`.
struct Lists {
    ReviewModel review;
    MissedModel missed;
    Lists(ControlModel& control, const QString& sidecar)
    {
        review.setSidecarPath(sidecar);
        review.setControl(&control);
        review.componentComplete();
        missed.setReview(&review);
        missed.componentComplete();
    }
};

// The bundled scenario with no workspace, its corrections in `dir`.
void openScenario(ControlModel& control, const QTemporaryDir& dir)
{
    control.setWorkspacePath(QStringLiteral("none"));
    control.setCorrectionsPath(dir.filePath(QStringLiteral("corrections.jsonl")));
    control.componentComplete();
    REQUIRE_MESSAGE(control.isReady(), control.errorString().toStdString());
}

int overridesOn(const ControlModel& control, const QString& placeId)
{
    int n = 0;
    for (const QVariant& v : control.claimHistory(placeId))
        n += v.toMap().value(QStringLiteral("override")).toBool() ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("not a claim is stored in the review sidecar and the sentence stays off the list after a reload")
{
    ensureGuiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ControlModel control;
    openScenario(control, dir);
    const QString sidecar = dir.filePath(QStringLiteral("review.jsonl"));

    auto lists = std::make_unique<Lists>(control, sidecar);
    QAbstractItemModelTester tester(&lists->missed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = lists->missed.rowCount();
    REQUIRE(before >= 2);
    for (int i = 1; i < before; ++i)
        CHECK(lists->missed.index(i).data(MissedModel::ScoreRole).toDouble()
            <= lists->missed.index(i - 1).data(MissedModel::ScoreRole).toDouble());
    const QModelIndex first = lists->missed.index(0);
    CHECK(!first.data(MissedModel::PlacesRole).toList().isEmpty());
    CHECK(first.data(MissedModel::SentenceHtmlRole).toString().contains(QStringLiteral("<b>")));
    CHECK(first.data(MissedModel::NoteRole).toString().startsWith(QStringLiteral("“")));
    const QString article = first.data(MissedModel::ArticleIdRole).toString();
    const int start = first.data(MissedModel::SentenceStartRole).toInt();
    const int end = first.data(MissedModel::SentenceEndRole).toInt();

    REQUIRE(lists->missed.dismiss(0));
    CHECK(lists->missed.rowCount() == before - 1);
    CHECK(lists->missed.rowOf(article, start, end) == -1);
    QFile file(sidecar);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    CHECK(stored.contains("\"decision\":\"not_claim\""));
    CHECK(stored.contains(article.toUtf8()));
    file.close();

    lists = std::make_unique<Lists>(control, sidecar); // a restart
    CHECK(lists->review.errorString().isEmpty());
    CHECK(lists->missed.rowCount() == before - 1);
    CHECK(lists->missed.rowOf(article, start, end) == -1);
}

TEST_CASE("recording a correction from an entry saves it and takes the entry off the list for good")
{
    ensureGuiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ControlModel control;
    openScenario(control, dir);
    const QString sidecar = dir.filePath(QStringLiteral("review.jsonl"));

    auto lists = std::make_unique<Lists>(control, sidecar);
    const int before = lists->missed.rowCount();
    REQUIRE(before >= 1);
    const QModelIndex first = lists->missed.index(0);
    const QString article = first.data(MissedModel::ArticleIdRole).toString();
    const int start = first.data(MissedModel::SentenceStartRole).toInt();
    const int end = first.data(MissedModel::SentenceEndRole).toInt();
    const QString place
        = first.data(MissedModel::PlacesRole).toList()[0].toMap().value(QStringLiteral("placeId")).toString();
    const double timeMs = first.data(MissedModel::TimeMsRole).toDouble();
    REQUIRE(std::isfinite(timeMs)); // the scenario's articles are dated
    const int overrides = overridesOn(control, place);

    CHECK(lists->missed.record(0, place, QStringLiteral("opposition"), QStringLiteral("captured"), timeMs,
              first.data(MissedModel::NoteRole).toString())
        == QString());
    CHECK(lists->missed.rowCount() == before - 1);
    CHECK(lists->missed.rowOf(article, start, end) == -1);
    CHECK(overridesOn(control, place) == overrides + 1);

    lists = std::make_unique<Lists>(control, sidecar); // a restart
    CHECK(lists->missed.rowOf(article, start, end) == -1);
    // A refused correction keeps the entry.
    const int rows = lists->missed.rowCount();
    if (rows > 0) {
        CHECK(!lists->missed.record(0, place, QStringLiteral("nobody"), QStringLiteral("captured"), timeMs, {})
                   .isEmpty());
        CHECK(lists->missed.rowCount() == rows);
    }
}

TEST_CASE("the claims and the missed list read each article once, and a pin reads again only its own article")
{
    ensureGuiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ControlModel control;
    openScenario(control, dir);
    auto lists = std::make_unique<Lists>(control, dir.filePath(QStringLiteral("review.jsonl")));
    const auto& library = lists->review.library();
    const std::size_t articles = library.articles().size();
    REQUIRE(articles >= 2);
    // The review model's claims and the missed list's sentences: one reading per article.
    CHECK(library.readings() == articles);
    REQUIRE(lists->review.rowCount() >= 1);
    const QVariantList candidates = lists->review.index(0).data(ReviewModel::CandidatesRole).toList();
    REQUIRE(candidates.size() >= 1);
    REQUIRE(lists->review.pin(0, candidates[0].toMap().value(QStringLiteral("placeId")).toString()));
    CHECK(library.readings() == articles + 1);
    // The same decisions again: nothing to read.
    CHECK(library.claims(lists->review.decisions()).size() > 0);
    CHECK(library.readings() == articles + 1);
}
