#pragma once
// What the store tests share: temporary folders, a throw-away PostGIS server started through
// scripts/start-postgis.sh, generated article corpora, and a deterministic stand-in analysis
// whose mention and claim counts a test can predict for any article.
#include "store/ingester.h"
#include "store/workspace.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace sitrep::store::test {

namespace fs = std::filesystem;

// A folder under /tmp removed with everything in it when the test ends.
class TempDir {
public:
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "sitrep-store-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        m_path = pattern;
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// Runs a shell command, returning its stdout and exit status.
inline std::pair<std::string, int> runCommand(const std::string& command)
{
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buf {};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe))
        out.append(buf.data(), n);
    const int status = pclose(pipe);
    return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

// A PostgreSQL 15 + PostGIS 3 cluster of its own on a free loopback port, stopped at the end.
// A test that cannot start it fails: CI has the packages, so a skip would hide a broken setup.
class PostgisServer {
public:
    PostgisServer()
    {
        m_dir = m_parent.path() / "cluster";
        const fs::path log = m_parent.path() / "start.log";
        auto [out, status] = runCommand("bash '" SITREP_SOURCE_DIR "/scripts/start-postgis.sh' --dir '" + m_dir.string()
            + "' 2>'" + log.string() + "'");
        if (status == 0 && out.starts_with("postgresql://"))
            m_uri = out.substr(0, out.find('\n'));
        std::ifstream in(log);
        m_log.assign(std::istreambuf_iterator<char>(in), {});
        REQUIRE_MESSAGE(!m_uri.empty(), "scripts/start-postgis.sh could not start a server: " << m_log);
    }
    ~PostgisServer()
    {
        if (!m_uri.empty())
            runCommand("bash '" SITREP_SOURCE_DIR "/scripts/start-postgis.sh' stop '" + m_dir.string() + "'");
    }
    PostgisServer(const PostgisServer&) = delete;
    PostgisServer& operator=(const PostgisServer&) = delete;
    [[nodiscard]] const std::string& uri() const { return m_uri; }

private:
    TempDir m_parent;
    fs::path m_dir;
    std::string m_uri;
    std::string m_log;
};

// How many mentions and claims the stand-in analysis gives an article (from its body alone).
inline std::size_t expectedMentions(const core::Article& a)
{
    return a.body.size() % 4 + 1;
}
inline std::size_t expectedClaims(const core::Article& a)
{
    return a.body.size() % 3 + 1;
}

// A stand-in for the geoparser and claim extractor, so store tests do not depend on their rules.
inline ArticleAnalysis standInAnalysis(const core::Article& a)
{
    ArticleAnalysis out;
    for (std::size_t i = 0; i < expectedMentions(a); ++i) {
        core::Mention m;
        m.articleId = a.id;
        m.start = i * 10;
        m.end = i * 10 + 5;
        m.text = "Place" + std::to_string(i);
        m.placeId = "gn:" + std::to_string(1000 + i);
        m.confidence = 0.5 + 0.1 * static_cast<double>(i);
        m.status = core::MentionStatus::Resolved;
        m.candidates = {{*m.placeId, m.confidence}, {"gn:1", 0.125}};
        out.mentions.push_back(std::move(m));
    }
    for (std::size_t i = 0; i < expectedClaims(a); ++i) {
        core::Claim c;
        c.id = a.id + ":" + std::to_string(i);
        c.placeId = "gn:" + std::to_string(1000 + i);
        c.actor = i % 2 ? "government" : "hts";
        c.kind = i % 2 ? core::ClaimKind::Withdrew : core::ClaimKind::Captured;
        c.time.from = a.published;
        c.time.precision = core::TimePrecision::Day;
        c.source.outlet = a.outlet;
        c.source.articleId = a.id;
        c.source.start = 0;
        c.source.end = 20;
        c.source.sentence = a.body.substr(0, 20);
        out.claims.push_back(std::move(c));
    }
    return out;
}

// Writes `count` plain-text articles named `<prefix>-<n>.txt` with a header block; bodies differ
// by `prefix` and n, so every file is one distinct article.
inline void writeCorpus(const fs::path& dir, const std::string& prefix, int first, int count, int bodyRepeat = 3)
{
    fs::create_directories(dir);
    for (int n = first; n < first + count; ++n) {
        std::ofstream out(dir / (prefix + "-" + std::to_string(n) + ".txt"));
        out << "title: Report " << prefix << ' ' << n << "\nsource: Test Wire\npublished: 2024-12-0" << (n % 9 + 1)
            << "T12:00:00Z\nlanguage: en\n\n";
        for (int r = 0; r < bodyRepeat + n % 5; ++r)
            out << "Rebels said on Saturday they had captured the town of Example " << prefix << ' ' << n
                << ", residents said. ";
        out << '\n';
    }
}

// Waits for a child process; its exit status, or 128 + the signal that ended it.
inline int waitFor(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) { }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace sitrep::store::test
