// The GeoPackage workspace: a real GeoPackage, its schema and migrations, round trips, and the
// failures a user meets (locked, read-only, full disk, newer schema, not a workspace).
#include "storetestsupport.h"
#include "workspacechecks.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>

using namespace sitrep::store;
using namespace sitrep::store::test;
namespace core = sitrep::core;

namespace {

std::string sqliteValue(const fs::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE_MESSAGE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK, sqlite3_errmsg(db));
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
        out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

// Runs `sitrep ingest` in a child; returns its exit status, stdout and stderr.
struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

CliRun runIngest(const std::vector<std::string>& args, const fs::path& scratch, rlim_t fileSizeLimit = RLIM_INFINITY)
{
    const fs::path outFile = scratch / "cli.out";
    const fs::path errFile = scratch / "cli.err";
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        if (fileSizeLimit != RLIM_INFINITY) {
            const rlimit limit {fileSizeLimit, fileSizeLimit};
            setrlimit(RLIMIT_FSIZE, &limit);
            signal(SIGXFSZ, SIG_IGN); // writes past the limit fail with EFBIG, like a full disk
        }
        const int out = open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = open(errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, 1);
        dup2(err, 2);
        std::vector<std::string> all {"sitrep", "ingest"};
        all.insert(all.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : all)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(SITREP_CLI, argv.data());
        _exit(127);
    }
    CliRun run;
    run.status = waitFor(pid);
    std::ifstream o(outFile), e(errFile);
    run.out.assign(std::istreambuf_iterator<char>(o), {});
    run.err.assign(std::istreambuf_iterator<char>(e), {});
    return run;
}

} // namespace

TEST_CASE("a new workspace file is a GeoPackage GDAL opens, in WAL mode, at the current schema version")
{
    TempDir dir;
    const fs::path file = dir.path() / "new.gpkg";
    {
        auto ws = openWorkspace(file.string());
        REQUIRE_MESSAGE(ws.has_value(), (ws ? "" : ws.error().toString()));
        CHECK((*ws)->schemaVersion() == kSchemaVersion);
        core::Place p;
        p.id = "hand:x";
        p.name = "X";
        p.point = {.lat = 35.25, .lon = 36.5};
        REQUIRE((*ws)->savePlace(p).has_value());
    }
    CHECK(sqliteValue(file, "PRAGMA application_id") == "1196444487"); // 'GPKG'
    CHECK(sqliteValue(file, "PRAGMA journal_mode") == "wal");
    CHECK(sqliteValue(file, "SELECT value FROM workspace_meta WHERE key = 'schema_version'")
        == std::to_string(kSchemaVersion));
    CHECK(sqliteValue(file, "SELECT data_type FROM gpkg_contents WHERE table_name = 'places'") == "features");
    CHECK(sqliteValue(file, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'places'")
        == "POINT");
    CHECK(sqliteValue(file, "PRAGMA integrity_check") == "ok");
    CHECK(sqliteValue(file, "SELECT count(*) FROM pragma_foreign_key_check") == "0");
    // GDAL reads the hand-added place back as a point feature.
    auto [out, status] = runCommand("ogrinfo -ro -q -al '" + file.string() + "' places 2>&1");
    CHECK(status == 0);
    CHECK_MESSAGE(out.find("POINT (36.5 35.25)") != std::string::npos, out);
}

TEST_CASE("articles, mentions, claims and the analyst's work round-trip through a GeoPackage workspace")
{
    TempDir dir;
    auto ws = openWorkspace((dir.path() / "ws.gpkg").string());
    REQUIRE(ws.has_value());
    checkRoundTrip(**ws);
    checkAnalystWork(**ws);
}

TEST_CASE("a GeoPackage workspace of schema version 1 is migrated on open and keeps its articles")
{
    TempDir dir;
    checkMigrationFromVersionOne((dir.path() / "old.gpkg").string());
}

TEST_CASE("a GeoPackage workspace from a newer schema version is refused with a clear message and left untouched")
{
    TempDir dir;
    const fs::path file = dir.path() / "future.gpkg";
    {
        auto ws = openWorkspace(file.string());
        REQUIRE(ws.has_value());
        REQUIRE((*ws)->addArticle(sampleArticle(1), {}, {}).has_value());
    }
    sqliteValue(file, "UPDATE workspace_meta SET value = '99' WHERE key = 'schema_version'");
    auto ws = openWorkspace(file.string());
    REQUIRE_FALSE(ws.has_value());
    CHECK(ws.error().message.find("newer Sitrep (schema version 99") != std::string::npos);
    CHECK(sqliteValue(file, "SELECT value FROM workspace_meta WHERE key = 'schema_version'") == "99");
    CHECK(sqliteValue(file, "SELECT count(*) FROM articles") == "1");

    TempDir corpus;
    writeCorpus(corpus.path(), "a", 0, 2);
    const CliRun run = runIngest({"--workspace", file.string(), corpus.path().string()}, corpus.path());
    CHECK(run.status == 1);
    CHECK_MESSAGE(run.err.find("newer Sitrep") != std::string::npos, run.err);
}

TEST_CASE("a file that is not a Sitrep workspace is refused and left untouched")
{
    TempDir dir;
    const fs::path other = dir.path() / "other.gpkg";
    sqliteValue(other, "CREATE TABLE roads (id INTEGER)");
    auto ws = openWorkspace(other.string());
    REQUIRE_FALSE(ws.has_value());
    CHECK(ws.error().message.find("not a Sitrep workspace") != std::string::npos);
    CHECK(sqliteValue(other, "SELECT count(*) FROM sqlite_master WHERE name = 'articles'") == "0");

    const fs::path text = dir.path() / "notes.gpkg";
    std::ofstream(text) << "these are notes, not a database, and long enough to fill a header page ......\n";
    auto notes = openWorkspace(text.string());
    REQUIRE_FALSE(notes.has_value());
    CHECK(notes.error().message.find("not a Sitrep workspace") != std::string::npos);
}

TEST_CASE("a locked GeoPackage workspace fails after the busy timeout with a clear message and loses nothing")
{
    TempDir dir;
    const fs::path file = dir.path() / "locked.gpkg";
    auto ws = openWorkspace(file.string(), OpenOptions {true, 300, kSchemaVersion});
    REQUIRE(ws.has_value());
    REQUIRE((*ws)->addArticle(sampleArticle(1), {}, {}).has_value());

    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    auto blocked = (*ws)->addArticle(sampleArticle(2), {}, {});
    REQUIRE_FALSE(blocked.has_value());
    CHECK(blocked.error().message.find("locked by another program") != std::string::npos);
    auto second = openWorkspace(file.string(), OpenOptions {true, 300, kSchemaVersion});
    CHECK_FALSE(second.has_value()); // the schema check needs the write lock too
    REQUIRE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);

    auto retried = (*ws)->addArticle(sampleArticle(2), {}, {});
    REQUIRE(retried.has_value());
    CHECK(*retried == IngestStatus::Added);
    CHECK((*ws)->counts()->articles == 2);
}

TEST_CASE("a read-only GeoPackage workspace is refused with a clear message")
{
    TempDir dir;
    const fs::path file = dir.path() / "readonly.gpkg";
    {
        auto ws = openWorkspace(file.string());
        REQUIRE(ws.has_value());
        REQUIRE((*ws)->addArticle(sampleArticle(1), {}, {}).has_value());
    }
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(dir.path(),
        fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read | fs::perms::group_exec
            | fs::perms::others_read | fs::perms::others_exec);
    // Root writes through file permissions; try as an unprivileged user, as a user would be.
    int pipeFds[2];
    REQUIRE(pipe(pipeFds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(pipeFds[0]);
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        auto ws = openWorkspace(file.string());
        const std::string message = ws ? std::string("opened") : ws.error().toString();
        [[maybe_unused]] auto n = write(pipeFds[1], message.data(), message.size());
        _exit(0);
    }
    close(pipeFds[1]);
    std::string message;
    char buf[512];
    for (ssize_t n; (n = read(pipeFds[0], buf, sizeof buf)) > 0;)
        message.append(buf, static_cast<std::size_t>(n));
    close(pipeFds[0]);
    REQUIRE(waitFor(pid) == 0);
    CHECK_MESSAGE(message.find("read-only") != std::string::npos, message);
    fs::permissions(dir.path(), fs::perms::owner_all, fs::perm_options::add);
    fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);
    CHECK(sqliteValue(file, "SELECT count(*) FROM articles") == "1");
}

TEST_CASE("a full disk stops `sitrep ingest` with exit code 1, a clear message and every stored article intact")
{
    TempDir dir;
    const fs::path file = dir.path() / "full.gpkg";
    std::int64_t before = 0;
    {
        auto ws = openWorkspace(file.string());
        REQUIRE(ws.has_value());
        for (int n = 0; n < 5; ++n)
            REQUIRE((*ws)->addArticle(sampleArticle(n), {}, {}).has_value());
        before = (*ws)->counts()->articles;
    }
    const fs::path corpus = dir.path() / "corpus";
    writeCorpus(corpus, "big", 0, 80, 40);
    const auto limit = static_cast<rlim_t>(fs::file_size(file) + 96 * 1024);
    const CliRun run = runIngest({"--workspace", file.string(), corpus.string()}, dir.path(), limit);
    CHECK(run.status == 1);
    CHECK_MESSAGE(run.err.find("disk") != std::string::npos, run.err);
    CHECK(run.out.find("stopped early") != std::string::npos);

    auto ws = openWorkspace(file.string());
    REQUIRE_MESSAGE(ws.has_value(), (ws ? "" : ws.error().toString()));
    CHECK(sqliteValue(file, "PRAGMA integrity_check") == "ok");
    const auto after = (*ws)->counts()->articles;
    CHECK(after >= before);
    CHECK(after < before + 80);
    for (int n = 0; n < 5; ++n)
        CHECK((*ws)->article(sampleArticle(n).id)->has_value());
}

TEST_CASE("ingesting folders stores each article once, reports bad files, and a second run skips all as duplicates")
{
    TempDir dir;
    writeCorpus(dir.path() / "a", "x", 0, 12);
    writeCorpus(dir.path() / "a" / "nested", "x", 12, 6);
    writeCorpus(dir.path() / "b", "x", 6, 12); // 6..17 again: duplicates by content
    std::ofstream(dir.path() / "b" / "lines.jsonl")
        << "{\"title\": \"J1\", \"source\": \"Wire\", \"text\": \"Rebels entered Hama.\"}\n"
        << "not json\n"
        << "{\"title\": \"J2\", \"text\": \"Rebels entered Homs.\"}\n";
    std::ofstream(dir.path() / "b" / "front.md") << "---\ntitle: M\nsource: Wire\n---\nRebels entered Daraa.\n";
    std::ofstream(dir.path() / "b" / "empty.txt");
    std::ofstream(dir.path() / "b" / "ignored.csv") << "a,b\n";
    auto ws = openWorkspace((dir.path() / "ws.gpkg").string());
    REQUIRE(ws.has_value());

    auto files = collectArticleFiles({(dir.path() / "a").string(), (dir.path() / "b").string(), "/no/such/folder"});
    CHECK(files.files.size() == 18 + 12 + 3);
    CHECK(files.problems.size() == 1);
    IngestOptions options;
    options.jobs = 2;
    options.analyse = standInAnalysis;
    const IngestSummary first = ingestFiles(**ws, files.files, options);
    CHECK_FALSE(first.stopped.has_value());
    CHECK(first.ingested == 18 + 3);
    CHECK(first.duplicates == 12);
    CHECK(first.failed == 2); // the bad JSON line and the empty file
    const IngestSummary second = ingestFiles(**ws, files.files, options);
    CHECK(second.ingested == 0);
    CHECK(second.duplicates == 18 + 12 + 3);

    std::size_t claims = 0;
    const auto ids = (*ws)->articleIds();
    REQUIRE(ids.has_value());
    for (const auto& id : *ids) {
        const auto article = *(*ws)->article(id);
        REQUIRE(article.has_value());
        const auto stored = (*ws)->claims(id);
        CHECK(stored->size() == expectedClaims(*article));
        CHECK((*ws)->mentions(id)->size() == expectedMentions(*article));
        claims += stored->size();
    }
    CHECK((*ws)->counts()->claims == static_cast<std::int64_t>(claims));
}

TEST_CASE("a PostgreSQL server that is down gives a clear message and exit code 1")
{
    TempDir dir;
    writeCorpus(dir.path() / "corpus", "pg", 0, 2);
    // A port nobody listens on: bound and released again.
    auto [port, status] = runCommand(
        "python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\",0)); print(s.getsockname()[1])'");
    REQUIRE(status == 0);
    const std::string uri = "postgresql://postgres@127.0.0.1:" + port.substr(0, port.find('\n')) + "/sitrep";
    auto ws = openWorkspace(uri);
    REQUIRE_FALSE(ws.has_value());
    CHECK(ws.error().message.find("cannot connect to the PostgreSQL workspace") != std::string::npos);
    const CliRun run = runIngest({"--workspace", uri, (dir.path() / "corpus").string()}, dir.path());
    CHECK(run.status == 1);
    CHECK_MESSAGE(run.err.find("is the server running") != std::string::npos, run.err);
}
