#pragma once
// ArticleReader: reads news articles from files — plain text with a `key: value` header block
// ended by a blank line, Markdown with `---` front matter, or JSON lines (one article a line).
// Bad input never throws: empty and binary files fail with a message naming the file; invalid
// UTF-8 is replaced and reported with its byte offset; a bad `published` date is a warning.
// Bodies can be read in chunks and JSON lines one at a time, so a 200 MB file is processed in
// flat memory.
#include "core/article.h"
#include "core/error.h"

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::text {

enum class ArticleFormat { Text, Markdown, JsonLines };

// The header keys a file may give; others are kept out and warned about.
inline constexpr std::string_view kArticleKeys[] = {"title", "source", "url", "published", "language", "notes"};

class ArticleReader {
public:
    static constexpr std::size_t kChunkBytes = 1 << 20;

    // Opens `path`, detects its format (by extension: .jsonl/.ndjson, .md/.markdown, else text),
    // refuses empty and binary files and, for text and Markdown, reads the header.
    [[nodiscard]] static sitrep::core::Result<ArticleReader> open(const std::string& path);

    [[nodiscard]] ArticleFormat format() const { return m_format; }
    // Text and Markdown: the article's metadata (body empty until read).
    [[nodiscard]] const sitrep::core::Article& header() const { return m_article; }

    // Text and Markdown: the next piece of the body, cut after a line end, about kChunkBytes long;
    // `codePointBase` is where it starts in the body. False at the end. Repairs invalid UTF-8
    // and adds a warning to `warnings` for it.
    bool nextChunk(std::string& chunk, std::size_t& codePointBase, std::vector<std::string>& warnings);

    // Text and Markdown: the whole article, body included, id set.
    [[nodiscard]] sitrep::core::Result<sitrep::core::Article> readAll();

    // JSON lines: the next article, an error naming file:line for a bad line, or nothing at the end.
    [[nodiscard]] std::optional<sitrep::core::Result<sitrep::core::Article>> nextArticle();

private:
    ArticleReader() = default;
    bool readLine(std::string& line);

    std::string m_path;
    ArticleFormat m_format = ArticleFormat::Text;
    std::unique_ptr<std::ifstream> m_in;
    sitrep::core::Article m_article;
    std::string m_pending;         // body bytes read ahead while parsing the header
    std::uint64_t m_byteOffset = 0; // file offset of the next byte handed out
    std::size_t m_codePoints = 0;
    std::size_t m_line = 0;
    bool m_eof = false;
};

// Parses a whole text or Markdown article held in memory (tests, fuzzing, the app's drop).
[[nodiscard]] sitrep::core::Result<sitrep::core::Article> parseArticle(std::string_view bytes, const std::string& file,
                                                                       ArticleFormat format = ArticleFormat::Text);
// Parses one JSON line; `where` names it in messages ("file.jsonl:12").
[[nodiscard]] sitrep::core::Result<sitrep::core::Article> parseJsonArticle(std::string_view line,
                                                                           const std::string& where);
// Reads any supported file: all its articles (one for text and Markdown).
[[nodiscard]] sitrep::core::Result<std::vector<sitrep::core::Article>> readArticles(const std::string& path);

// 64-bit FNV-1a of the body, as 16 hex digits: the article id.
[[nodiscard]] std::string contentHash(std::string_view body);

} // namespace sitrep::text
