#include "text/articlereader.h"
#include "text/utf8.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace sitrep::text;

namespace {

// A file in the test's own temporary folder, removed with it.
struct TempFile {
    std::filesystem::path path;
    TempFile(const std::string& name, const std::string& bytes)
    {
        const auto dir = std::filesystem::temp_directory_path() / "sitrep-articlereader-test";
        std::filesystem::create_directories(dir);
        path = dir / name;
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~TempFile() { std::filesystem::remove(path); }
};

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

} // namespace

TEST_CASE("a header block gives the metadata and the body starts after its blank line")
{
    const auto a = parseArticle("title: Rebels reach Homs\nsource: Wire\nurl: https://example.org/a\n"
                                "published: 2024-12-07T18:00:00Z\nlanguage: en\nnotes: test\n\nBody line one.\nTwo.\n",
                                "a.txt");
    REQUIRE(a.has_value());
    CHECK(a->title == "Rebels reach Homs");
    CHECK(a->outlet == "Wire");
    CHECK(a->url == "https://example.org/a");
    CHECK(a->language == "en");
    REQUIRE(a->published.has_value());
    CHECK(sitrep::core::formatIso8601(*a->published) == "2024-12-07T18:00:00Z");
    CHECK(a->body == "Body line one.\nTwo.\n");
    CHECK(a->missing.empty());
    CHECK(a->warnings.empty());
    CHECK(a->id.size() == 16);
}

TEST_CASE("a file without a header loads whole as body with every metadata key flagged missing")
{
    const auto a = parseArticle("Beirut: Syrian rebels made a dramatic push into Homs.\n", "b.txt");
    REQUIRE(a.has_value());
    CHECK(a->body.starts_with("Beirut: Syrian rebels"));
    CHECK(has(a->missing, "title"));
    CHECK(has(a->missing, "published"));
    CHECK(has(a->missing, "source"));
}

TEST_CASE("a bad published date is a warning and leaves published empty")
{
    const auto a = parseArticle("title: T\npublished: 7 December 2024\n\nText.\n", "c.txt");
    REQUIRE(a.has_value());
    CHECK_FALSE(a->published.has_value());
    REQUIRE(a->warnings.size() == 1);
    CHECK(a->warnings[0].find("c.txt:2") != std::string::npos);
    CHECK(a->warnings[0].find("bad published date") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is replaced and reported with its byte offset")
{
    const std::string bytes = std::string("title: T\n\nAb\xFF") + "c\n";
    const auto a = parseArticle(bytes, "d.txt");
    REQUIRE(a.has_value());
    CHECK(a->body == "Ab\xEF\xBF\xBD" "c\n");
    REQUIRE(a->warnings.size() == 1);
    CHECK(a->warnings[0].find("byte offset 12") != std::string::npos);
}

TEST_CASE("Markdown front matter is read and quotes are stripped")
{
    const auto a = parseArticle("---\ntitle: \"Damascus falls\"\npublished: 2024-12-08\nauthor: x\n---\n# Head\nText.\n",
                                "e.md", ArticleFormat::Markdown);
    REQUIRE(a.has_value());
    CHECK(a->title == "Damascus falls");
    CHECK(a->published.has_value());
    CHECK(a->body == "# Head\nText.\n");
    CHECK(has(a->missing, "source"));
    CHECK(a->warnings.size() == 1); // unknown key "author"
}

TEST_CASE("empty, blank and binary files are errors that name the file")
{
    CHECK_FALSE(parseArticle("", "empty.txt").has_value());
    CHECK(parseArticle("", "empty.txt").error().toString().find("empty.txt") != std::string::npos);
    CHECK_FALSE(parseArticle(" \n\t\n", "blank.txt").has_value());
    const auto bin = parseArticle(std::string("PK\x03\x04\0\0\x01", 7), "x.zip");
    REQUIRE_FALSE(bin.has_value());
    CHECK(bin.error().message.find("binary") != std::string::npos);
    CHECK_FALSE(parseArticle("\xFF\xFEh\0i\0", "utf16.txt").has_value());
    CHECK_FALSE(parseArticle("title: only a header\n\n", "h.txt").has_value());
}

TEST_CASE("the reader opens files, detects the format and refuses missing ones")
{
    TempFile md("a.md", "---\ntitle: T\n---\nHoms.\n");
    auto r = ArticleReader::open(md.path.string());
    REQUIRE(r.has_value());
    CHECK(r->format() == ArticleFormat::Markdown);
    CHECK(r->header().title == "T");
    auto all = r->readAll();
    REQUIRE(all.has_value());
    CHECK(all->body == "Homs.\n");
    CHECK_FALSE(ArticleReader::open("/nonexistent/file.txt").has_value());
    TempFile empty("empty.txt", "");
    CHECK_FALSE(ArticleReader::open(empty.path.string()).has_value());
}

TEST_CASE("JSON lines are read one article a line and a bad line names its line number")
{
    TempFile f("a.jsonl", "{\"title\":\"One\",\"published\":\"2024-12-07\",\"text\":\"Homs fell.\"}\n"
                          "\n"
                          "not json\n"
                          "{\"title\":\"Three\",\"body\":\"Hama.\",\"published\":\"yesterday\"}\n"
                          "{\"title\":\"No text\"}\n");
    auto r = ArticleReader::open(f.path.string());
    REQUIRE(r.has_value());
    CHECK(r->format() == ArticleFormat::JsonLines);
    auto a1 = r->nextArticle();
    REQUIRE(a1.has_value());
    REQUIRE(a1->has_value());
    CHECK((*a1)->body == "Homs fell.");
    CHECK(has((*a1)->missing, "source"));
    auto a2 = r->nextArticle();
    REQUIRE(a2.has_value());
    REQUIRE_FALSE(a2->has_value());
    CHECK(a2->error().where.ends_with(":3"));
    auto a3 = r->nextArticle();
    REQUIRE(a3.has_value());
    REQUIRE(a3->has_value());
    CHECK((*a3)->body == "Hama.");
    CHECK((*a3)->warnings.size() == 1);
    auto a4 = r->nextArticle();
    REQUIRE(a4.has_value());
    CHECK_FALSE(a4->has_value());
    CHECK_FALSE(r->nextArticle().has_value());
}

TEST_CASE("a large body is read in chunks cut at line ends with running code-point offsets")
{
    std::string body;
    const std::string line = "Rebels entered Dar\xE2\x80\x98\x61 and Sa\xE2\x80\x98sa\xE2\x80\x98 on Saturday.\n";
    while (body.size() < 3 * ArticleReader::kChunkBytes)
        body += line;
    TempFile f("big.txt", "title: Big\n\n" + body);
    auto r = ArticleReader::open(f.path.string());
    REQUIRE(r.has_value());
    std::string chunk;
    std::string joined;
    std::size_t base = 0;
    std::size_t expectedBase = 0;
    std::vector<std::string> warnings;
    int chunks = 0;
    while (r->nextChunk(chunk, base, warnings)) {
        CHECK(base == expectedBase);
        CHECK(chunk.size() <= ArticleReader::kChunkBytes);
        CHECK(chunk.back() == '\n');
        expectedBase += codePointCount(chunk);
        joined += chunk;
        ++chunks;
    }
    CHECK(chunks >= 3);
    CHECK(joined == body);
    CHECK(warnings.empty());
}

TEST_CASE("invalid bytes in a later chunk are reported with their offset in the file")
{
    std::string body(ArticleReader::kChunkBytes + 100, 'a');
    for (std::size_t i = 79; i < body.size(); i += 80)
        body[i] = '\n';
    const std::size_t bad = 10 + ArticleReader::kChunkBytes + 50; // header "title: T\n\n" is 10 bytes
    std::string bytes = "title: T\n\n" + body;
    bytes[bad] = '\xC0';
    TempFile f("bad.txt", bytes);
    auto r = ArticleReader::open(f.path.string());
    REQUIRE(r.has_value());
    std::string chunk;
    std::size_t base = 0;
    std::vector<std::string> warnings;
    while (r->nextChunk(chunk, base, warnings)) {
    }
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("byte offset " + std::to_string(bad)) != std::string::npos);
}
