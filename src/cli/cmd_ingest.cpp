// `sitrep ingest`: adds article files to a workspace — each article geoparsed, its claims
// extracted and stored with them in one transaction, duplicates (same text) skipped — and ends
// with a one-line summary. Progress is drawn only when stderr is a terminal.
#include "claimpipeline.h"
#include "command.h"
#include "store/articleanalyser.h"
#include "store/ingester.h"
#include "store/workspace.h"

#include <charconv>
#include <chrono>
#include <iostream>
#include <unistd.h>

namespace {

using sitrep::cli::kInputError;
using sitrep::cli::kOk;
using sitrep::cli::kUsage;

constexpr const char* kUsageText
    = "usage: sitrep ingest --workspace WS [--jobs N] [--gazetteer GPKG] [--scenario DIR] PATH...\n\n"
      "Adds articles to a workspace: files (.txt with a header block, .md with front matter, .jsonl\n"
      "with one article a line) and folders, searched recursively. Each article is geoparsed, its\n"
      "claims extracted, and stored with them in one transaction; an article whose text is already\n"
      "in the workspace is skipped.\n"
      "  --workspace WS    a GeoPackage file (created when missing) or postgresql://user@host:port/db\n"
      "  --jobs N          threads reading and analysing articles (default 1; one writer)\n"
      "  --gazetteer GPKG  places (default: the shipped geodata/levant.gpkg)\n"
      "  --scenario DIR    its actors.csv names the actors (default: the bundled scenario)\n"
      "Prints one summary line: ingested, skipped as duplicate, failed (reasons on stderr).\n"
      "Exit status: 0 ok, 1 a file or the workspace failed (what was stored stays), 2 usage.\n";

// Draws a one-line progress bar on stderr, at most ten times a second.
class ProgressLine {
public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled)
    {
    }

    void update(const sitrep::store::IngestProgress& p, bool force = false)
    {
        if (!m_enabled)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - m_last < std::chrono::milliseconds(100))
            return;
        m_last = now;
        constexpr int kWidth = 30;
        const int filled = p.filesTotal ? static_cast<int>(kWidth * p.filesDone / p.filesTotal) : kWidth;
        std::string bar(static_cast<std::size_t>(filled), '#');
        bar.resize(kWidth, '.');
        std::cerr << "\r[" << bar << "] " << p.filesDone << '/' << p.filesTotal << " files, " << p.ingested
                  << " ingested, " << p.duplicates << " duplicate, " << p.failed << " failed\x1b[K" << std::flush;
        m_drawn = true;
    }

    void finish()
    {
        if (m_drawn)
            std::cerr << "\r\x1b[K" << std::flush;
    }

private:
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_last {};
};

int run(std::span<const std::string> args)
{
    std::string workspacePath;
    std::string gazetteerPath = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::string scenarioDir = SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12";
    int jobs = 1;
    std::vector<std::string> inputs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        if (a == "--workspace" && hasValue) {
            workspacePath = args[++i];
        } else if (a == "--gazetteer" && hasValue) {
            gazetteerPath = args[++i];
        } else if (a == "--scenario" && hasValue) {
            scenarioDir = args[++i];
        } else if (a == "--jobs" && hasValue) {
            const std::string& v = args[++i];
            auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), jobs);
            if (ec != std::errc() || ptr != v.data() + v.size() || jobs < 1 || jobs > 256) {
                std::cerr << "sitrep ingest: --jobs takes a number from 1 to 256, not '" << v << "'\n";
                return kUsage;
            }
        } else if (a.starts_with("--")) {
            std::cerr << "sitrep ingest: unknown option or missing value '" << a << "'\n" << kUsageText;
            return kUsage;
        } else {
            inputs.push_back(a);
        }
    }
    if (workspacePath.empty() || inputs.empty()) {
        std::cerr << "sitrep ingest: " << (workspacePath.empty() ? "no --workspace given" : "no PATH given") << "\n"
                  << kUsageText;
        return kUsage;
    }

    auto found = sitrep::store::collectArticleFiles(inputs);
    for (const auto& e : found.problems)
        std::cerr << "sitrep ingest: " << e.toString() << '\n';

    auto workspace = sitrep::store::openWorkspace(workspacePath);
    if (!workspace) {
        std::cerr << "sitrep ingest: " << workspace.error().toString() << '\n';
        return kInputError;
    }
    auto pipeline = sitrep::cli::ClaimPipeline::load(gazetteerPath, scenarioDir, "sitrep ingest");
    if (!pipeline)
        return kInputError;

    // The same analysis as the scenario's default workspace and the app's drop/watch ingest.
    auto analyser = sitrep::store::ArticleAnalyser::create(pipeline->gazetteer(), scenarioDir + "/actors.csv");
    if (!analyser) {
        std::cerr << "sitrep ingest: " << analyser.error().toString() << '\n';
        return kInputError;
    }
    ProgressLine progress(isatty(STDERR_FILENO) == 1);
    sitrep::store::IngestOptions options;
    options.jobs = jobs;
    options.analyse = (*analyser)->function();
    options.progress = [&progress](const sitrep::store::IngestProgress& p) { progress.update(p); };

    const auto summary = sitrep::store::ingestFiles(**workspace, found.files, options);
    progress.finish();
    for (const auto& e : summary.failures)
        std::cerr << "sitrep ingest: failed: " << e.toString() << '\n';
    if (summary.stopped)
        std::cerr << "sitrep ingest: stopped: " << summary.stopped->toString() << '\n';
    const std::size_t failed = summary.failed + found.problems.size();
    std::cout << "ingested " << summary.ingested << ", skipped " << summary.duplicates << " as duplicate, failed "
              << failed << (summary.stopped ? " (stopped early: the workspace failed; stored articles are kept)" : "")
              << '\n';
    return summary.stopped || failed > 0 ? kInputError : kOk;
}

const sitrep::cli::RegisterCommand reg {{"ingest", "add article files to a workspace (GeoPackage or PostGIS)", &run}};

} // namespace
