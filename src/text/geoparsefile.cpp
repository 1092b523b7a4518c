#include "geoparsefile.h"

#include "articlereader.h"

namespace sitrep::text {

sitrep::core::Result<FileReport> geoparseFile(const Geoparser& parser, const std::string& path,
                                              const MentionSink& sink)
{
    auto reader = ArticleReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    FileReport report;
    if (reader->format() == ArticleFormat::JsonLines) {
        while (auto next = reader->nextArticle()) {
            if (!*next) {
                report.warnings.push_back((*next).error().toString());
                ++report.badArticles;
                continue;
            }
            const auto& article = **next;
            ++report.articles;
            report.warnings.insert(report.warnings.end(), article.warnings.begin(), article.warnings.end());
            for (const auto& m : parser.geoparse(article)) {
                ++report.mentions;
                sink(article.file, m);
            }
        }
        return report;
    }
    const auto& header = reader->header();
    report.warnings.insert(report.warnings.end(), header.warnings.begin(), header.warnings.end());
    std::string chunk;
    std::size_t base = 0;
    bool any = false;
    while (reader->nextChunk(chunk, base, report.warnings)) {
        any = any || chunk.find_first_not_of(" \t\r\n\f") != std::string::npos;
        for (const auto& m : parser.geoparseText(chunk, base, path)) {
            ++report.mentions;
            sink(path, m);
        }
    }
    if (!any)
        return sitrep::core::fail("no article text after the header", path);
    report.articles = 1;
    return report;
}

} // namespace sitrep::text
