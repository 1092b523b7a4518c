// The review list's model over the real scenario: it passes Qt's model checks, lists the seed
// articles' low-confidence mentions, and stores its decisions in the open workspace once one is
// given (the sidecar stays untouched), moving a pinned mention's claims to the pinned place.
#include "controlmodel.h"
#include "qtapp.h"
#include "reviewmodel.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <doctest/doctest.h>

#include <filesystem>

using sitrep::app::ControlModel;
using sitrep::app::ReviewModel;

namespace {

// How many claims about `placeId` were read from `articleId`.
int claimsFrom(const ControlModel& control, const QString& placeId, const QString& articleId)
{
    int n = 0;
    for (const QVariant& v : control.claimHistory(placeId))
        n += v.toMap().value(QStringLiteral("articleId")).toString() == articleId ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("pins and rejections go to the open workspace and move the mention's claims")
{
    ensureGuiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ControlModel control;
    control.setWorkspacePath(QStringLiteral("none")); // the scenario alone: no default workspace built
    control.componentComplete();
    REQUIRE_MESSAGE(control.isReady(), control.errorString().toStdString());

    ReviewModel review;
    QAbstractItemModelTester tester(&review, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString sidecar = dir.filePath(QStringLiteral("review.jsonl"));
    review.setSidecarPath(sidecar);
    review.setControl(&control);
    review.componentComplete();
    CHECK(review.errorString().isEmpty());
    REQUIRE(review.rowCount() >= 1);

    const QModelIndex first = review.index(0);
    CHECK(first.data(ReviewModel::ConfidenceRole).toDouble() < ReviewModel::kLowConfidence);
    const QString article = first.data(ReviewModel::ArticleIdRole).toString();
    const QVariantList candidates = first.data(ReviewModel::CandidatesRole).toList();
    REQUIRE(candidates.size() >= 2);
    const QString chosen = candidates[0].toMap().value(QStringLiteral("placeId")).toString();
    const QString other = candidates[1].toMap().value(QStringLiteral("placeId")).toString();
    CHECK(claimsFrom(control, chosen, article) > 0);
    CHECK(claimsFrom(control, other, article) == 0);

    auto opened = sitrep::store::openWorkspace(dir.filePath(QStringLiteral("work.gpkg")).toStdString());
    REQUIRE_MESSAGE(opened, (opened ? std::string() : opened.error().toString()));
    std::shared_ptr<sitrep::store::Workspace> workspace = std::move(*opened);
    review.setWorkspace(workspace);
    CHECK(review.storeLocation().toStdString() == workspace->location());

    REQUIRE(review.pin(0, other));
    CHECK(review.index(0).data(ReviewModel::PinnedPlaceIdRole).toString() == other);
    CHECK(claimsFrom(control, other, article) > 0);
    CHECK(claimsFrom(control, chosen, article) == 0);
    const int before = review.rowCount();
    REQUIRE(review.reject(0));
    CHECK(review.rowCount() == before - 1);
    CHECK(claimsFrom(control, other, article) == 0);

    auto stored = workspace->reviewDecisions();
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    CHECK((*stored)[0].decision == "pin");
    CHECK((*stored)[0].placeId == other.toStdString());
    CHECK((*stored)[1].decision == "reject");
    CHECK_FALSE(std::filesystem::exists(sidecar.toStdString()));

    // Back on the sidecar (the workspace closed), its own (empty) decisions apply again.
    review.setWorkspace(nullptr);
    CHECK(review.rowCount() == before);
    CHECK(claimsFrom(control, chosen, article) > 0);
}
