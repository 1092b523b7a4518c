#include "scenarioworkspace.h"

#include "articleanalyser.h"
#include "extractorrevision.h"
#include "ingester.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

namespace sitrep::store {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFingerprintKey = "scenario_fingerprint";

// FNV-1a, 64 bits: stable across runs and builds (std::hash is not).
class Fingerprint {
public:
    void add(std::string_view bytes)
    {
        for (unsigned char c : bytes) {
            m_hash ^= c;
            m_hash *= 1099511628211ULL;
        }
        const std::string size = "|" + std::to_string(bytes.size()) + "|";
        for (unsigned char c : size) {
            m_hash ^= c;
            m_hash *= 1099511628211ULL;
        }
    }
    [[nodiscard]] std::string hex() const
    {
        char buf[17];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(m_hash));
        return buf;
    }

private:
    std::uint64_t m_hash = 14695981039346656037ULL;
};

core::Result<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return core::fail("cannot be read", path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string scenarioName(const std::string& scenarioDir)
{
    std::error_code ec;
    fs::path p = fs::weakly_canonical(scenarioDir, ec);
    if (ec || p.empty())
        p = scenarioDir;
    std::string name = p.filename().string();
    if (name.empty())
        name = p.parent_path().filename().string();
    return name.empty() ? std::string("scenario") : name;
}

} // namespace

core::Result<std::string> defaultCacheDir()
{
    if (const char* own = std::getenv("SITREP_CACHE_DIR"); own && *own && fs::path(own).is_absolute())
        return std::string(own);
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        return (fs::path(xdg) / "sitrep").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".cache" / "sitrep").string();
    return core::fail("no cache folder: set SITREP_CACHE_DIR, XDG_CACHE_HOME or HOME, or give --workspace");
}

core::Result<std::string> scenarioWorkspacePath(const ScenarioWorkspaceOptions& o)
{
    std::string dir = o.cacheDir;
    if (dir.empty()) {
        auto d = defaultCacheDir();
        if (!d)
            return std::unexpected(d.error());
        dir = *d;
    }
    return (fs::path(dir) / (scenarioName(o.scenarioDir) + ".gpkg")).string();
}

std::vector<std::string> scenarioArticleFiles(const std::string& scenarioDir)
{
    std::vector<std::string> out;
    std::error_code ec;
    const fs::path dir = fs::path(scenarioDir) / "articles";
    if (!fs::is_directory(dir, ec))
        return out;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const auto ext = e.path().extension().string();
        if (e.is_regular_file(ec) && (ext == ".txt" || ext == ".md" || ext == ".jsonl" || ext == ".ndjson"))
            out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    for (auto& f : out) {
        auto canonical = fs::weakly_canonical(f, ec);
        if (!ec)
            f = canonical.string();
    }
    return out;
}

core::Result<std::string> scenarioFingerprint(const ScenarioWorkspaceOptions& o)
{
    Fingerprint fp;
    fp.add("sitrep scenario workspace 1");
    fp.add(SITREP_VERSION);
    fp.add(SITREP_EXTRACTOR_REVISION); // the rules, not just the version number
    fp.add(std::to_string(kSchemaVersion));
    for (const std::string& file : scenarioArticleFiles(o.scenarioDir)) {
        auto bytes = readFile(file);
        if (!bytes)
            return std::unexpected(bytes.error());
        fp.add(file); // claims name their file: a moved scenario is a different workspace
        fp.add(*bytes);
    }
    const std::string actors = (fs::path(o.scenarioDir) / "actors.csv").string();
    std::error_code ec;
    if (fs::exists(actors, ec)) {
        auto bytes = readFile(actors);
        if (!bytes)
            return std::unexpected(bytes.error());
        fp.add(*bytes);
    }
    // The gazetteer decides what the geoparser finds; its size and time stand for its content.
    const auto size = fs::file_size(o.gazetteerPath, ec);
    const auto time = fs::last_write_time(o.gazetteerPath, ec);
    fp.add(o.gazetteerPath);
    fp.add(std::to_string(ec ? 0 : size) + "@" + std::to_string(ec ? 0 : time.time_since_epoch().count()));
    return fp.hex();
}

core::Result<ScenarioWorkspace> ensureScenarioWorkspace(
    const ScenarioWorkspaceOptions& o, const core::Gazetteer& gazetteer)
{
    auto path = scenarioWorkspacePath(o);
    if (!path)
        return std::unexpected(path.error());
    auto fingerprint = scenarioFingerprint(o);
    if (!fingerprint)
        return std::unexpected(fingerprint.error());
    ScenarioWorkspace out;
    out.path = *path;
    std::error_code ec;
    if (fs::exists(*path, ec)) {
        // A cached workspace that cannot be opened (damaged, from a newer Sitrep) is rebuilt.
        if (auto ws = openWorkspace(*path, OpenOptions {.create = false}); ws)
            if (auto stored = (*ws)->metadata(kFingerprintKey); stored && *stored == *fingerprint)
                return out;
    }

    const fs::path target(*path);
    fs::create_directories(target.parent_path(), ec);
    if (ec)
        return core::fail("cannot create the cache folder: " + ec.message(), target.parent_path().string());
    std::random_device random;
    const fs::path temporary = target.parent_path()
        / (target.filename().string() + ".building-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    auto cleanup = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            fs::remove(temporary.string() + suffix, ec);
    };
    {
        auto ws = openWorkspace(temporary.string());
        if (!ws) {
            cleanup();
            return std::unexpected(ws.error());
        }
        auto analyser = ArticleAnalyser::create(gazetteer, (fs::path(o.scenarioDir) / "actors.csv").string());
        if (!analyser) {
            cleanup();
            return std::unexpected(analyser.error());
        }
        std::vector<fs::path> files;
        for (const auto& f : scenarioArticleFiles(o.scenarioDir))
            files.emplace_back(f);
        IngestOptions options;
        options.jobs = std::max(1, o.jobs);
        options.analyse = (*analyser)->function();
        const IngestSummary summary = ingestFiles(**ws, files, options);
        if (summary.stopped || !summary.failures.empty()) {
            cleanup();
            const core::Error& e = summary.stopped ? *summary.stopped : summary.failures.front();
            return core::fail("building the scenario's workspace failed: " + e.toString(), *path);
        }
        out.articles = summary.ingested;
        if (auto r = (*ws)->setMetadata(kFingerprintKey, *fingerprint); !r) {
            cleanup();
            return std::unexpected(r.error());
        }
        if (auto r = (*ws)->setMetadata("scenario_dir", o.scenarioDir); !r) {
            cleanup();
            return std::unexpected(r.error());
        }
    } // closed: SQLite folds the write-ahead log into the file
    fs::rename(temporary, target, ec);
    if (ec) {
        cleanup();
        return core::fail("cannot move the built workspace into place: " + ec.message(), *path);
    }
    out.built = true;
    out.message = "built the scenario's workspace " + *path + " from " + std::to_string(out.articles) + " article(s)";
    return out;
}

core::Result<EngineWorkspace> loadEngineWorkspace(
    const std::string& workspace, const ScenarioWorkspaceOptions& scenario, const core::Gazetteer& gazetteer)
{
    EngineWorkspace out;
    if (workspace == "none")
        return out;
    out.location = workspace;
    if (out.location.empty()) {
        auto built = ensureScenarioWorkspace(scenario, gazetteer);
        if (!built)
            return std::unexpected(built.error());
        out.builtMessage = built->message;
        out.location = built->path;
    }
    auto ws = openWorkspace(out.location, OpenOptions {.create = false});
    if (!ws)
        return std::unexpected(ws.error());
    auto evidence = readWorkspaceEvidence(**ws);
    if (!evidence)
        return std::unexpected(evidence.error());
    out.evidence = std::move(*evidence);
    return out;
}

} // namespace sitrep::store
