#pragma once
// ArticleAnalyser: the geoparser and claim extractor that every ingest runs on each article —
// `sitrep ingest`, the scenario's default workspace and the app's drop/watch ingest — built once
// over a gazetteer and an actors file, so the claims a workspace holds are the ones
// `sitrep state FILE…` would extract from the same text. Thread-safe after construction.
#include "core/gazetteer.h"
#include "ingester.h"

#include <memory>
#include <string>

namespace sitrep::store {

class ArticleAnalyser {
public:
    // Actors come from `actorsCsv` (a scenario's actors.csv; the built-in actors when empty or
    // missing). The gazetteer must outlive the analyser.
    [[nodiscard]] static core::Result<std::unique_ptr<ArticleAnalyser>> create(
        const core::Gazetteer& gazetteer, const std::string& actorsCsv);
    ~ArticleAnalyser();
    ArticleAnalyser(const ArticleAnalyser&) = delete;
    ArticleAnalyser& operator=(const ArticleAnalyser&) = delete;

    [[nodiscard]] ArticleAnalysis analyse(const core::Article& article) const;
    // analyse() as an IngestOptions::analyse; the analyser must outlive the ingest.
    [[nodiscard]] AnalyseArticle function() const;

private:
    ArticleAnalyser();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace sitrep::store
