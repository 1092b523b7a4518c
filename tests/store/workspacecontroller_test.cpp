// The app's WorkspaceController: dropped files and folders are ingested in the background with
// a one-line summary, and a watched folder's new articles are ingested once they stop changing.
// No timed assertions: each test waits on the controller's signals with generous timeouts.
#include "articleingest.h"
#include "geo/gazetteerloader.h"
#include "geo/scenarioloader.h"
#include "storetestsupport.h"
#include "workspacecontroller.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <fstream>

using namespace sitrep;
using namespace sitrep::store::test;

namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "workspacecontroller-test";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

std::shared_ptr<const core::Gazetteer> levant()
{
    // Copied out of the loader's result, which stays put: moving out of it trips a false
    // -Wfree-nonheap-object in GCC 12 at -O2.
    static const auto loaded = geo::loadGazetteer(SITREP_SOURCE_DIR "/geodata/levant.gpkg");
    REQUIRE_MESSAGE(loaded.has_value(), (loaded ? std::string() : loaded.error().toString()));
    static const auto gazetteer = std::make_shared<const core::Gazetteer>(*loaded);
    return gazetteer;
}

std::int64_t storedArticles(const std::string& path)
{
    auto ws = store::openWorkspace(path, store::OpenOptions {.create = false});
    REQUIRE_MESSAGE(ws.has_value(), (ws ? "" : ws.error().toString()));
    return (*ws)->counts()->articles;
}

constexpr int kGenerousMs = 180000;

} // namespace

TEST_CASE("dropped files and folders are ingested in the background and summed up in one line")
{
    ensureApp();
    TempDir dir;
    writeCorpus(dir.path() / "drop", "drop", 1, 2);
    std::ofstream(dir.path() / "drop" / "broken.jsonl") << "{not json\n";
    const std::string path = (dir.path() / "ws.gpkg").string();

    app::WorkspaceController controller;
    controller.setAnalysisSources(levant(), QString::fromStdString(geo::defaultScenarioDir()));
    REQUIRE(controller.open(QString::fromStdString(path)));
    CHECK(controller.location() == QString::fromStdString(path));
    CHECK(controller.errorString().isEmpty());

    QSignalSpy finished(&controller, &app::WorkspaceController::ingestFinished);
    controller.ingestUrls({QUrl::fromLocalFile(QString::fromStdString((dir.path() / "drop").string()))});
    CHECK(controller.busy()); // the call returned at once; the work goes on in the background
    REQUIRE(finished.wait(kGenerousMs));
    CHECK(finished.first().at(0).toInt() == 2);
    CHECK(finished.first().at(2).toInt() == 1);
    CHECK_FALSE(controller.busy());
    const std::string summary = controller.summary().toStdString();
    CHECK_MESSAGE(summary.starts_with("ingested 2, skipped 0 as duplicate, failed 1 ("), summary);
    CHECK_MESSAGE(summary.find("broken.jsonl") != std::string::npos, summary);
    CHECK(storedArticles(path) == 2);

    controller.ingestPaths({QString::fromStdString((dir.path() / "drop").string())});
    REQUIRE(finished.wait(kGenerousMs));
    CHECK(controller.summary().startsWith(QStringLiteral("ingested 0, skipped 2 as duplicate")));
    CHECK(storedArticles(path) == 2);
}

TEST_CASE("a workspace that cannot be opened is reported and the open one stays")
{
    ensureApp();
    TempDir dir;
    app::WorkspaceController controller;
    const std::string good = (dir.path() / "ws.gpkg").string();
    REQUIRE(controller.open(QString::fromStdString(good)));
    std::ofstream(dir.path() / "other.gpkg") << "not a database at all";
    CHECK_FALSE(controller.open(QString::fromStdString((dir.path() / "other.gpkg").string())));
    CHECK_FALSE(controller.errorString().isEmpty());
    CHECK(controller.location() == QString::fromStdString(good));
}

TEST_CASE("a file still being written settles only when two scans in a row see it unchanged")
{
    TempDir dir;
    app::SettledFiles settled;
    const fs::path file = dir.path() / "late.txt";
    std::ofstream(file) << "title: Late\n\nRebels said";
    CHECK(settled.scan(dir.path()).empty()); // first sight
    CHECK(settled.pending());
    std::ofstream(file, std::ios::app) << " they had entered Hama.\n";
    CHECK(settled.scan(dir.path()).empty()); // it grew: still being written
    const auto ready = settled.scan(dir.path());
    REQUIRE(ready.size() == 1);
    CHECK(ready.front() == file.string());
    CHECK_FALSE(settled.pending());
    CHECK(settled.scan(dir.path()).empty()); // reported once
    std::ofstream(dir.path() / "empty.txt").flush();
    CHECK(settled.scan(dir.path()).empty());
    CHECK(settled.scan(dir.path()).empty()); // an empty file waits for content
    CHECK_FALSE(settled.pending());
}

TEST_CASE("a watched folder's new articles are ingested as they appear, without being asked")
{
    ensureApp();
    TempDir dir;
    fs::create_directories(dir.path() / "inbox");
    const std::string path = (dir.path() / "ws.gpkg").string();
    app::WorkspaceController controller;
    controller.setAnalysisSources(levant(), QString::fromStdString(geo::defaultScenarioDir()));
    REQUIRE(controller.open(QString::fromStdString(path)));
    controller.setSettleMs(100);
    controller.setWatchFolder(QString::fromStdString((dir.path() / "inbox").string()));
    controller.setWatching(true);
    CHECK(controller.watching());

    QSignalSpy finished(&controller, &app::WorkspaceController::ingestFinished);
    // Written elsewhere, then moved in whole, as a download or a sync tool does.
    writeCorpus(dir.path() / "staging", "watch", 1, 1);
    fs::rename(dir.path() / "staging" / "watch-1.txt", dir.path() / "inbox" / "watch-1.txt");
    REQUIRE(finished.wait(kGenerousMs));
    CHECK(finished.first().at(0).toInt() == 1);
    CHECK(storedArticles(path) == 1);

    controller.setWatching(false);
    CHECK_FALSE(controller.watching());
}
