// The PostGIS workspace, against a server each test starts for itself through
// scripts/start-postgis.sh: the same checks as the GeoPackage, and several processes ingesting
// into one shared workspace at once.
#include "storetestsupport.h"
#include "workspacechecks.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

using namespace sitrep::store;
using namespace sitrep::store::test;
namespace core = sitrep::core;

namespace {

std::string psql(const std::string& uri, const std::string& sql)
{
    auto [out, status] = runCommand("psql -X -q -t -A -v ON_ERROR_STOP=1 '" + uri + "' -c \"" + sql + "\" 2>&1");
    REQUIRE_MESSAGE(status == 0, out);
    return out.substr(0, out.find('\n'));
}

// The same server holds several workspaces, one database each.
std::string newDatabase(const std::string& serverUri, const std::string& name)
{
    psql(serverUri, "CREATE DATABASE " + name);
    return serverUri.substr(0, serverUri.rfind('/') + 1) + name;
}

} // namespace

TEST_CASE("a PostGIS workspace has the schema, migrates, refuses a newer schema and round-trips everything")
{
    PostgisServer server;

    const std::string fresh = newDatabase(server.uri(), "fresh");
    {
        auto ws = openWorkspace(fresh);
        REQUIRE_MESSAGE(ws.has_value(), (ws ? "" : ws.error().toString()));
        CHECK((*ws)->schemaVersion() == kSchemaVersion);
        checkRoundTrip(**ws);
        checkAnalystWork(**ws);
    }
    CHECK(psql(fresh, "SELECT ST_AsText(geom) FROM places") == "POINT(37.0974 36.4731)");
    CHECK(psql(fresh, "SELECT Find_SRID('public', 'places', 'geom')") == "4326");

    checkMigrationFromVersionOne(newDatabase(server.uri(), "old"));

    psql(fresh, "UPDATE workspace_meta SET value = '99' WHERE key = 'schema_version'");
    auto newer = openWorkspace(fresh);
    REQUIRE_FALSE(newer.has_value());
    CHECK(newer.error().message.find("newer Sitrep (schema version 99") != std::string::npos);
    CHECK(psql(fresh, "SELECT count(*) FROM articles") == "2");
}

TEST_CASE("four processes ingesting overlapping folders into one PostGIS workspace store every article and claim once")
{
    PostgisServer server;
    TempDir dir;
    // 160 articles; folder k holds articles 40k … 40k+79 (mod 160): each article is in two folders.
    constexpr int kArticles = 160;
    const fs::path all = dir.path() / "all";
    writeCorpus(all, "c", 0, kArticles);
    for (int k = 0; k < 4; ++k) {
        const fs::path folder = dir.path() / ("folder" + std::to_string(k));
        fs::create_directories(folder / "sub");
        for (int i = 0; i < 80; ++i) {
            const int n = (40 * k + i) % kArticles;
            const std::string name = "c-" + std::to_string(n) + ".txt";
            fs::copy_file(all / name, folder / (i % 2 ? "sub" : ".") / name);
        }
    }

    std::vector<pid_t> children;
    std::vector<int> reports;
    for (int k = 0; k < 4; ++k) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            close(fds[0]);
            auto ws = openWorkspace(server.uri());
            if (!ws)
                _exit(2);
            auto files = collectArticleFiles({(dir.path() / ("folder" + std::to_string(k))).string()});
            IngestOptions options;
            options.jobs = 2;
            options.analyse = standInAnalysis;
            const IngestSummary s = ingestFiles(**ws, files.files, options);
            const std::string report = std::to_string(s.ingested) + " " + std::to_string(s.duplicates) + "\n";
            [[maybe_unused]] auto n = write(fds[1], report.data(), report.size());
            _exit(s.stopped || s.failed ? 1 : 0);
        }
        close(fds[1]);
        children.push_back(pid);
        reports.push_back(fds[0]);
    }
    std::size_t ingested = 0, duplicates = 0;
    for (std::size_t k = 0; k < children.size(); ++k) {
        std::string report;
        char buf[64];
        for (ssize_t n; (n = read(reports[k], buf, sizeof buf)) > 0;)
            report.append(buf, static_cast<std::size_t>(n));
        close(reports[k]);
        CHECK(waitFor(children[k]) == 0);
        std::size_t a = 0, d = 0;
        if (std::sscanf(report.c_str(), "%zu %zu", &a, &d) == 2) {
            ingested += a;
            duplicates += d;
        }
    }
    CHECK(ingested == kArticles); // each article stored by exactly one process
    CHECK(duplicates == kArticles); // and skipped by the other

    auto ws = openWorkspace(server.uri());
    REQUIRE(ws.has_value());
    auto ids = (*ws)->articleIds();
    REQUIRE(ids.has_value());
    CHECK(ids->size() == kArticles);
    std::int64_t expectedClaimTotal = 0, expectedMentionTotal = 0;
    for (const auto& id : *ids) {
        const auto article = *(*ws)->article(id);
        REQUIRE(article.has_value());
        CHECK((*ws)->claims(id)->size() == expectedClaims(*article));
        CHECK((*ws)->mentions(id)->size() == expectedMentions(*article));
        expectedClaimTotal += static_cast<std::int64_t>(expectedClaims(*article));
        expectedMentionTotal += static_cast<std::int64_t>(expectedMentions(*article));
    }
    const auto counts = (*ws)->counts();
    CHECK(counts->claims == expectedClaimTotal);
    CHECK(counts->mentions == expectedMentionTotal);
    CHECK(
        psql(server.uri(), "SELECT count(*) FROM (SELECT claim_id FROM claims GROUP BY claim_id HAVING count(*) > 1) d")
        == "0");
}

TEST_CASE(
    "a PostGIS connection lost mid-ingest stops the ingest with a clear message and keeps every committed article")
{
    PostgisServer server;
    TempDir dir;
    writeCorpus(dir.path(), "lost", 0, 300);
    {
        auto created = openWorkspace(server.uri()); // the schema exists before the parent polls it
        REQUIRE(created.has_value());
    }
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        auto ws = openWorkspace(server.uri());
        if (!ws)
            _exit(2);
        IngestOptions options;
        options.analyse = [](const core::Article& a) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5)); // long enough to be cut off
            return standInAnalysis(a);
        };
        options.committed = [fd = fds[1]](const core::Article& a) {
            const std::string line = a.id + "\n";
            [[maybe_unused]] auto n = write(fd, line.data(), line.size());
        };
        const IngestSummary s = ingestFiles(**ws, collectArticleFiles({dir.path().string()}).files, options);
        const std::string last = "STOPPED " + (s.stopped ? s.stopped->toString() : std::string("finished")) + "\n";
        [[maybe_unused]] auto n = write(fds[1], last.data(), last.size());
        _exit(s.stopped ? 1 : 0);
    }
    close(fds[1]);
    // Once some articles are in, cut every connection to the workspace's database, as a server
    // restart or a network failure would.
    for (int i = 0; i < 600 && std::stoll(psql(server.uri(), "SELECT count(*) FROM articles")) < 20; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    psql(server.uri(),
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'sitrep' "
        "AND pid <> pg_backend_pid()");
    std::string reported;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        reported.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    CHECK(waitFor(pid) == 1);
    const auto error = reported.substr(std::min(reported.find("STOPPED "), reported.size()));
    CHECK_MESSAGE(error.find("lost the connection to the PostgreSQL workspace") != std::string::npos, error);

    std::set<std::string> committed;
    for (std::size_t at = 0, nl; (nl = reported.find('\n', at)) != std::string::npos; at = nl + 1) {
        if (reported.compare(at, 8, "STOPPED ") == 0)
            break; // the child's last word: why it stopped
        committed.insert(reported.substr(at, nl - at));
    }
    auto ws = openWorkspace(server.uri());
    REQUIRE(ws.has_value());
    const auto ids = (*ws)->articleIds();
    REQUIRE(ids.has_value());
    CHECK(ids->size() < 300);
    std::size_t unreported = 0;
    for (const auto& id : *ids) {
        if (!committed.contains(id))
            ++unreported; // at most the one whose commit reply the cut swallowed
        const auto article = *(*ws)->article(id);
        REQUIRE(article.has_value());
        CHECK((*ws)->claims(id)->size() == expectedClaims(*article));
        CHECK((*ws)->mentions(id)->size() == expectedMentions(*article));
    }
    CHECK(unreported <= 1);
    for (const auto& id : committed)
        CHECK(std::find(ids->begin(), ids->end(), id) != ids->end());
}

TEST_CASE("`sitrep ingest` of the bundled articles stores the same mentions and claims in a GeoPackage and in PostGIS")
{
    PostgisServer server;
    TempDir dir;
    const std::string articles = SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12/articles";
    const fs::path gpkg = dir.path() / "bundled.gpkg";
    for (const std::string& ws : {gpkg.string(), server.uri()}) {
        auto [out, status]
            = runCommand(std::string(SITREP_CLI) + " ingest --jobs 2 --workspace '" + ws + "' '" + articles + "' 2>&1");
        CHECK_MESSAGE(status == 0, out);
        CHECK_MESSAGE(out.find(", skipped 0 as duplicate, failed 0") != std::string::npos, out);
    }
    auto lite = openWorkspace(gpkg.string());
    auto pg = openWorkspace(server.uri());
    REQUIRE((lite.has_value() && pg.has_value()));
    const auto liteIds = (*lite)->articleIds();
    const auto pgIds = (*pg)->articleIds();
    REQUIRE((liteIds.has_value() && pgIds.has_value()));
    CHECK(*liteIds == *pgIds);
    CHECK_FALSE(liteIds->empty());
    std::size_t claims = 0;
    for (const auto& id : *liteIds) {
        const auto a = (*lite)->claims(id);
        const auto b = (*pg)->claims(id);
        REQUIRE((a.has_value() && b.has_value()));
        REQUIRE(a->size() == b->size());
        for (std::size_t i = 0; i < a->size(); ++i) {
            CHECK((*a)[i].placeId == (*b)[i].placeId);
            CHECK((*a)[i].actor == (*b)[i].actor);
            CHECK((*a)[i].kind == (*b)[i].kind);
            CHECK((*a)[i].time.from == (*b)[i].time.from);
            CHECK((*a)[i].source.sentence == (*b)[i].source.sentence);
            CHECK((*a)[i].confidence == (*b)[i].confidence);
        }
        CHECK((*lite)->mentions(id)->size() == (*pg)->mentions(id)->size());
        claims += a->size();
    }
    CHECK(claims > 0); // the pipeline really ran: the bundled articles make claims
}
