#pragma once
// Ingester: fills a workspace from article files — reading, geoparsing and claim extraction in
// worker threads, one writer storing each article with its mentions and claims in its own
// transaction. Articles already in the workspace are skipped before any analysis; a failure of
// one file is recorded and the rest go on; a failure of the workspace itself (disk full, locked,
// read-only, server gone) stops the run with everything committed so far kept.
#include "workspace.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace sitrep::store {

// What analysis found in one article. Called on worker threads: must be thread-safe.
struct ArticleAnalysis {
    std::vector<core::Mention> mentions;
    std::vector<core::Claim> claims;
};
using AnalyseArticle = std::function<ArticleAnalysis(const core::Article&)>;

// One file's articles (one for .txt/.md, one a line for .jsonl) and the lines that failed.
struct FileArticles {
    std::vector<core::Article> articles;
    std::vector<core::Error> problems;
};
using ReadArticleFile = std::function<core::Result<FileArticles>(const std::filesystem::path&)>;

// Reads .txt, .md and .jsonl files with the text library's ArticleReader.
[[nodiscard]] core::Result<FileArticles> readArticleFile(const std::filesystem::path& path);

// The article files under `paths` (files given by name are taken whatever their extension;
// folders are searched recursively for .txt, .md and .jsonl), sorted, each once.
struct ArticleFiles {
    std::vector<std::filesystem::path> files;
    std::vector<core::Error> problems; // paths that do not exist or cannot be listed
};
[[nodiscard]] ArticleFiles collectArticleFiles(const std::vector<std::string>& paths);

// Where a running ingest stands, for a progress bar.
struct IngestProgress {
    std::size_t filesDone = 0;
    std::size_t filesTotal = 0;
    std::size_t ingested = 0;
    std::size_t duplicates = 0;
    std::size_t failed = 0;
};

// What an ingest did, for the one-line summary and the exit status.
struct IngestSummary {
    std::size_t ingested = 0;
    std::size_t duplicates = 0;
    std::size_t failed = 0; // articles or files that could not be read or stored
    std::vector<core::Error> failures; // why, one per failure
    std::optional<core::Error> stopped; // the workspace failed: the run stopped here
};

// How to ingest: threads, the reader, the analysis, and callbacks for progress and commits.
struct IngestOptions {
    int jobs = 1; // worker threads for reading and analysis; the writer is the calling thread
    ReadArticleFile read = readArticleFile;
    AnalyseArticle analyse; // empty: store articles without mentions or claims
    std::function<void(const IngestProgress&)> progress; // on the writer thread
    std::function<void(const core::Article&)> committed; // after each article's commit
};

[[nodiscard]] IngestSummary ingestFiles(
    Workspace& workspace, const std::vector<std::filesystem::path>& files, const IngestOptions& options);

} // namespace sitrep::store
