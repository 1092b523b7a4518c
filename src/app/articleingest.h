#pragma once
// ArticleIngest: one background ingest of the app — article files into a workspace, analysed
// with the store's ArticleAnalyser on a worker thread over its own connection (a workspace
// connection is never shared between threads) — and what the watch folder needs to tell a
// finished file from one still being written. No Qt: the controller runs it on a QThread.
#include "core/gazetteer.h"
#include "store/ingester.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sitrep::app {

struct IngestJob {
    std::string location; // the workspace: a GeoPackage path or postgresql://…
    std::vector<std::string> paths; // files and folders (searched recursively)
    std::shared_ptr<const core::Gazetteer> gazetteer; // a copy the job owns a share of
    std::string actorsCsv; // the scenario's actors.csv ("" the built-in actors)
    int jobs = 1;
};

// Runs the job to the end; `progress` is called on the calling thread.
[[nodiscard]] store::IngestSummary runIngestJob(
    const IngestJob& job, const std::function<void(const store::IngestProgress&)>& progress);

// "ingested 3, skipped 1 as duplicate, failed 1 (a.txt: no body)" — the one-line summary.
[[nodiscard]] std::string summaryLine(const store::IngestSummary& summary);

// The files of a watched folder that stopped changing: a file is ready once its size and time
// are the same on two scans in a row (a file still being written is seen again later), and it
// is reported once per content (size and time) it settles at.
class SettledFiles {
public:
    // Scans `folder` (recursively, article files only); returns the files newly settled.
    std::vector<std::string> scan(const std::filesystem::path& folder);
    // True while some file was seen changing and needs another scan.
    [[nodiscard]] bool pending() const;

private:
    struct Seen {
        std::uintmax_t size = 0;
        std::int64_t time = 0;
        bool reported = false;
    };
    std::map<std::string, Seen> m_files;
};

} // namespace sitrep::app
