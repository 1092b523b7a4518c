// What a workspace feeds the control engine (pins, rejections, overrides, hand-added places),
// the schema-3 briefing migration on both backends, and the scenario's default workspace:
// built once, reused while current, rebuilt when an article changes, whole when two processes
// build it at once.
#include "evidencechecks.h"
#include "geo/gazetteerloader.h"
#include "store/scenarioworkspace.h"

#include <fstream>
#include <sys/wait.h>

using namespace sitrep;
using namespace sitrep::store;
using namespace sitrep::store::test;

namespace {

const core::Gazetteer& levant()
{
    // Kept as the loader's result: moving the gazetteer out of it trips a false
    // -Wfree-nonheap-object in GCC 12 at -O2.
    static const auto gazetteer = geo::loadGazetteer(SITREP_SOURCE_DIR "/geodata/levant.gpkg");
    REQUIRE_MESSAGE(gazetteer.has_value(), (gazetteer ? std::string() : gazetteer.error().toString()));
    return *gazetteer;
}

// A copy of the bundled scenario's articles and actors, to change without touching the real one.
fs::path copyScenario(const fs::path& parent)
{
    const fs::path source = SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12";
    const fs::path dir = parent / "syria-copy";
    fs::create_directories(dir / "articles");
    fs::copy_file(source / "actors.csv", dir / "actors.csv");
    for (const auto& e : fs::directory_iterator(source / "articles"))
        fs::copy_file(e.path(), dir / "articles" / e.path().filename());
    return dir;
}

std::size_t articleCount(const std::string& path)
{
    auto ws = openWorkspace(path, OpenOptions {.create = false});
    REQUIRE_MESSAGE(ws.has_value(), (ws ? "" : ws.error().toString()));
    return static_cast<std::size_t>((*ws)->counts()->articles);
}

} // namespace

TEST_CASE("a GeoPackage workspace feeds the engine its claims with review pins applied, its overrides and places")
{
    TempDir dir;
    auto ws = openWorkspace((dir.path() / "ws.gpkg").string());
    REQUIRE(ws.has_value());
    checkEvidence(**ws);
}

TEST_CASE("a version-2 GeoPackage workspace's briefings become whole JSON documents the briefing reader loads")
{
    TempDir dir;
    checkBriefingMigration((dir.path() / "v2.gpkg").string());
}

TEST_CASE("a PostGIS workspace feeds the engine the same way and migrates its briefings to JSON documents")
{
    PostgisServer server;
    auto [created, status]
        = runCommand("psql -X -q '" + server.uri() + "' -c 'CREATE DATABASE ev' -c 'CREATE DATABASE v2' 2>&1");
    REQUIRE_MESSAGE(status == 0, created);
    const std::string base = server.uri().substr(0, server.uri().rfind('/') + 1);
    {
        auto ws = openWorkspace(base + "ev");
        REQUIRE_MESSAGE(ws.has_value(), (ws ? "" : ws.error().toString()));
        checkEvidence(**ws);
    }
    checkBriefingMigration(base + "v2");
}

TEST_CASE("the scenario's workspace is built on first use, reused while current and rebuilt when an article changes")
{
    TempDir dir;
    const fs::path scenario = copyScenario(dir.path());
    ScenarioWorkspaceOptions options {
        scenario.string(), SITREP_SOURCE_DIR "/geodata/levant.gpkg", (dir.path() / "cache").string(), 1};
    const std::size_t articles = scenarioArticleFiles(scenario.string()).size();
    REQUIRE(articles >= 5);

    auto first = ensureScenarioWorkspace(options, levant());
    REQUIRE_MESSAGE(first.has_value(), (first ? "" : first.error().toString()));
    CHECK(first->built);
    CHECK(first->path == (dir.path() / "cache" / "syria-copy.gpkg").string());
    CHECK(first->articles == articles);
    CHECK(first->message.find("built the scenario's workspace") != std::string::npos);
    CHECK(articleCount(first->path) == articles);
    // Only the workspace is left in the cache folder: no temporary file.
    CHECK(std::distance(fs::directory_iterator(dir.path() / "cache"), fs::directory_iterator {}) == 1);

    auto again = ensureScenarioWorkspace(options, levant());
    REQUIRE(again.has_value());
    CHECK_FALSE(again->built);
    CHECK(again->message.empty());

    // A new article changes the fingerprint: the next use rebuilds with it.
    std::ofstream(scenario / "articles" / "zzz_new.txt")
        << "title: Rebels enter Hama\nsource: Test Wire\npublished: 2024-12-05T18:00:00Z\n\n"
           "Rebels said they had entered the city of Hama on Thursday.\n";
    auto rebuilt = ensureScenarioWorkspace(options, levant());
    REQUIRE(rebuilt.has_value());
    CHECK(rebuilt->built);
    CHECK(articleCount(rebuilt->path) == articles + 1);

    // A damaged cache file is rebuilt, not reported.
    std::ofstream(rebuilt->path, std::ios::trunc) << "not a database";
    auto repaired = ensureScenarioWorkspace(options, levant());
    REQUIRE_MESSAGE(repaired.has_value(), (repaired ? "" : repaired.error().toString()));
    CHECK(repaired->built);
    CHECK(articleCount(repaired->path) == articles + 1);
}

TEST_CASE("two processes building the scenario's workspace at once both end with a whole one")
{
    TempDir dir;
    const fs::path scenario = copyScenario(dir.path());
    ScenarioWorkspaceOptions options {
        scenario.string(), SITREP_SOURCE_DIR "/geodata/levant.gpkg", (dir.path() / "cache").string(), 1};
    const core::Gazetteer& gazetteer = levant(); // loaded before fork, shared copy-on-write
    std::vector<pid_t> children;
    for (int i = 0; i < 2; ++i) {
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            auto built = ensureScenarioWorkspace(options, gazetteer);
            _exit(built && articleCount(built->path) >= 5 ? 0 : 1);
        }
        children.push_back(pid);
    }
    for (pid_t pid : children)
        CHECK(waitFor(pid) == 0);
    auto after = ensureScenarioWorkspace(options, gazetteer);
    REQUIRE(after.has_value());
    CHECK_FALSE(after->built); // one of the two is in place and current
    CHECK(articleCount(after->path) == scenarioArticleFiles(scenario.string()).size());
    std::size_t leftovers = 0;
    for (const auto& e : fs::directory_iterator(dir.path() / "cache"))
        leftovers += e.path().filename().string().find(".building-") != std::string::npos;
    CHECK(leftovers == 0);
}
