// An ingest killed with SIGKILL at a random moment, 50 times over one GeoPackage workspace: it
// must always open, pass PRAGMA integrity_check, and hold exactly the articles whose transaction
// committed, each with all its mentions and claims.
#include "storetestsupport.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <chrono>
#include <random>
#include <set>
#include <thread>

using namespace sitrep::store;
using namespace sitrep::store::test;
namespace core = sitrep::core;

namespace {

std::string integrityCheck(const fs::path& file)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK);
    std::string out;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

} // namespace

TEST_CASE(
    "50 ingests killed at random moments leave a GeoPackage that opens, is intact and holds the committed articles")
{
    TempDir dir;
    const fs::path file = dir.path() / "crash.gpkg";
    constexpr int kRuns = 50;
    constexpr int kPerRun = 24;
    std::mt19937 random(20241208); // fixed seed: a failure can be replayed
    int maxDelayUs = 150'000;
    int interrupted = 0;
    std::set<std::string> committedSoFar;

    for (int run = 0; run < kRuns; ++run) {
        const fs::path corpus = dir.path() / ("run" + std::to_string(run));
        writeCorpus(corpus, "r" + std::to_string(run), 0, kPerRun);
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            close(fds[0]);
            auto ws = openWorkspace(file.string());
            if (!ws)
                _exit(2);
            IngestOptions options;
            options.jobs = 2;
            options.analyse = standInAnalysis;
            // Reported right after each commit: the parent learns what must be in the file.
            options.committed = [fd = fds[1]](const core::Article& a) {
                const std::string line = a.id + "\n";
                [[maybe_unused]] auto n = write(fd, line.data(), line.size());
            };
            auto files = collectArticleFiles({corpus.string()});
            const IngestSummary s = ingestFiles(**ws, files.files, options);
            _exit(s.stopped ? 1 : 0);
        }
        close(fds[1]);
        std::this_thread::sleep_for(
            std::chrono::microseconds(std::uniform_int_distribution<int>(0, maxDelayUs)(random)));
        kill(pid, SIGKILL);
        const int status = waitFor(pid);
        REQUIRE((status == 0 || status == 128 + SIGKILL));
        if (status == 0)
            maxDelayUs = std::max(5'000, maxDelayUs * 3 / 4); // finished first: kill sooner next time
        else
            ++interrupted;

        std::string reported;
        char buf[4096];
        for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
            reported.append(buf, static_cast<std::size_t>(n));
        close(fds[0]);
        std::set<std::string> committed;
        for (std::size_t at = 0, nl; (nl = reported.find('\n', at)) != std::string::npos; at = nl + 1)
            committed.insert(reported.substr(at, nl - at));

        if (!fs::exists(file))
            continue; // killed before the file was made: nothing to check yet
        INFO("run " << run);
        REQUIRE(integrityCheck(file) == "ok");
        auto ws = openWorkspace(file.string());
        REQUIRE_MESSAGE(ws.has_value(), (ws ? "" : ws.error().toString()));
        auto ids = (*ws)->articleIds();
        REQUIRE(ids.has_value());
        const std::set<std::string> stored(ids->begin(), ids->end());
        // Every reported commit is there, and so is everything from earlier runs.
        for (const auto& id : committed)
            CHECK(stored.contains(id));
        for (const auto& id : committedSoFar)
            CHECK(stored.contains(id));
        // At most one more: the article whose commit landed just before the kill, unreported.
        std::size_t unreported = 0;
        for (const auto& id : stored)
            if (!committed.contains(id) && !committedSoFar.contains(id))
                ++unreported;
        CHECK(unreported <= 1);
        // Each stored article is whole: all of its mentions and claims, or it is not there.
        for (const auto& id : stored) {
            if (committedSoFar.contains(id))
                continue;
            const auto article = *(*ws)->article(id);
            REQUIRE(article.has_value());
            CHECK((*ws)->mentions(id)->size() == expectedMentions(*article));
            CHECK((*ws)->claims(id)->size() == expectedClaims(*article));
        }
        committedSoFar = stored;
        fs::remove_all(corpus);
    }
    MESSAGE(interrupted << " of " << kRuns << " ingests were killed before they finished; " << committedSoFar.size()
                        << " articles committed in all");
    CHECK(interrupted > 0); // otherwise no kill landed mid-ingest and the test proved nothing
}
