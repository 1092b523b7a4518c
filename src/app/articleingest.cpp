#include "articleingest.h"

#include "store/articleanalyser.h"

#include <algorithm>

namespace sitrep::app {

namespace fs = std::filesystem;

store::IngestSummary runIngestJob(
    const IngestJob& job, const std::function<void(const store::IngestProgress&)>& progress)
{
    store::IngestSummary summary;
    auto found = store::collectArticleFiles(job.paths);
    for (auto& e : found.problems) {
        ++summary.failed;
        summary.failures.push_back(std::move(e));
    }
    auto workspace = store::openWorkspace(job.location);
    if (!workspace) {
        summary.stopped = workspace.error();
        return summary;
    }
    if (!job.gazetteer) {
        summary.stopped = core::Error {"no gazetteer loaded: the articles cannot be geoparsed", job.location};
        return summary;
    }
    auto analyser = store::ArticleAnalyser::create(*job.gazetteer, job.actorsCsv);
    if (!analyser) {
        summary.stopped = analyser.error();
        return summary;
    }
    store::IngestOptions options;
    options.jobs = std::max(1, job.jobs);
    options.analyse = (*analyser)->function();
    options.progress = progress;
    store::IngestSummary stored = store::ingestFiles(**workspace, found.files, options);
    stored.failed += summary.failed;
    stored.failures.insert(stored.failures.begin(), summary.failures.begin(), summary.failures.end());
    return stored;
}

std::string summaryLine(const store::IngestSummary& s)
{
    std::string line = "ingested " + std::to_string(s.ingested) + ", skipped " + std::to_string(s.duplicates)
        + " as duplicate, failed " + std::to_string(s.failed);
    if (!s.failures.empty()) {
        line += " (";
        for (std::size_t i = 0; i < s.failures.size() && i < 3; ++i)
            line += (i ? "; " : "") + s.failures[i].toString();
        if (s.failures.size() > 3)
            line += "; … " + std::to_string(s.failures.size() - 3) + " more";
        line += ")";
    }
    if (s.stopped)
        line += "; stopped: " + s.stopped->toString() + " (stored articles are kept)";
    return line;
}

std::vector<std::string> SettledFiles::scan(const fs::path& folder)
{
    std::vector<std::string> settled;
    const auto found = store::collectArticleFiles({folder.string()});
    for (const fs::path& file : found.files) {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (ec)
            continue;
        const auto time = fs::last_write_time(file, ec);
        if (ec)
            continue;
        const std::int64_t t = time.time_since_epoch().count();
        auto [it, added] = m_files.try_emplace(file.string(), Seen {size, t, false});
        Seen& seen = it->second;
        if (added)
            continue; // first sight: settled only if unchanged at the next scan
        if (seen.size != size || seen.time != t) {
            seen = {size, t, false}; // still being written, or written again
            continue;
        }
        if (!seen.reported) {
            seen.reported = true; // an empty file waits until it has content (its size changes)
            if (size > 0)
                settled.push_back(file.string());
        }
    }
    return settled;
}

bool SettledFiles::pending() const
{
    return std::any_of(m_files.begin(), m_files.end(), [](const auto& f) { return !f.second.reported; });
}

} // namespace sitrep::app
