#include "articlereader.h"

#include "utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

namespace sitrep::text {

using sitrep::core::Article;
using sitrep::core::Error;
using sitrep::core::Result;

namespace {

constexpr std::size_t kHeadBytes = 64 * 1024;

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool isBlank(std::string_view s) { return trim(s).empty(); }

bool knownKey(std::string_view key)
{
    return std::find(std::begin(kArticleKeys), std::end(kArticleKeys), key) != std::end(kArticleKeys);
}

// Refuses what is not text: NUL bytes, UTF-16/32 byte-order marks, mostly control characters.
std::optional<Error> checkText(std::string_view head, std::uint64_t totalSize, const std::string& file)
{
    if (totalSize == 0)
        return Error{"empty file: no article text", file};
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF"))
        return Error{"UTF-16 encoded file (byte-order mark): save it as UTF-8", file};
    const auto nul = head.find('\0');
    if (nul != std::string_view::npos)
        return Error{"binary file (NUL byte at byte offset " + std::to_string(nul) + "), not text", file};
    std::size_t control = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    if (control * 10 > head.size())
        return Error{"binary file (mostly control characters), not text", file};
    if (totalSize <= head.size() && isBlank(std::string(head)) && head.find_first_not_of(" \t\r\n\f") == std::string_view::npos)
        return Error{"empty file: only white space", file};
    return std::nullopt;
}

void setField(Article& a, std::string_view key, std::string_view value, const std::string& where)
{
    const std::string v(trim(value));
    if (key == "title")
        a.title = v;
    else if (key == "source")
        a.outlet = v;
    else if (key == "url")
        a.url = v;
    else if (key == "language")
        a.language = v;
    else if (key == "notes")
        a.notes = v;
    else if (key == "published") {
        a.published = sitrep::core::parseIso8601(v);
        if (!a.published)
            a.warnings.push_back(where + ": bad published date '" + v
                                 + "': expected ISO 8601 such as 2024-12-07 or 2024-12-07T18:00:00Z; left empty");
    }
}

void flagMissing(Article& a, const std::vector<std::string>& given)
{
    for (auto key : kArticleKeys)
        if (std::find(given.begin(), given.end(), key) == given.end())
            a.missing.emplace_back(key);
}

void addUtf8Warnings(const Utf8Repair& r, std::uint64_t base, const std::string& where, std::vector<std::string>& out)
{
    if (r.invalidOffsets.empty())
        return;
    std::string msg = where + ": invalid UTF-8 replaced with U+FFFD at byte offset";
    msg += r.invalidOffsets.size() > 1 ? "s " : " ";
    for (std::size_t i = 0; i < r.invalidOffsets.size() && i < 10; ++i)
        msg += (i ? ", " : "") + std::to_string(base + r.invalidOffsets[i]);
    if (r.invalidOffsets.size() > 10)
        msg += " and " + std::to_string(r.invalidOffsets.size() - 10) + " more";
    out.push_back(std::move(msg));
}

// Parses the header of a text or Markdown file held in `head`; returns the byte offset where the
// body starts.
std::size_t parseHeader(std::string_view head, ArticleFormat format, Article& a, const std::string& file)
{
    std::vector<std::string> given;
    std::size_t pos = 0;
    std::size_t lineNo = 0;
    auto nextLine = [&](std::string_view& line) {
        if (pos >= head.size())
            return false;
        const auto nl = head.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? head.size() : nl;
        line = head.substr(pos, end - pos);
        pos = nl == std::string_view::npos ? head.size() : nl + 1;
        ++lineNo;
        return true;
    };
    std::string_view line;
    if (format == ArticleFormat::Markdown && head.starts_with("---")) {
        const std::size_t save = pos;
        nextLine(line);
        if (trim(line) == "---") {
            bool closed = false;
            while (nextLine(line)) {
                const auto t = trim(line);
                if (t == "---" || t == "...") {
                    closed = true;
                    break;
                }
                const auto colon = t.find(':');
                if (colon == std::string_view::npos)
                    continue;
                std::string key = lowerAscii(trim(t.substr(0, colon)));
                std::string_view value = trim(t.substr(colon + 1));
                if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
                    value = value.substr(1, value.size() - 2);
                if (knownKey(key)) {
                    setField(a, key, value, file + ":" + std::to_string(lineNo));
                    given.push_back(key);
                } else {
                    a.warnings.push_back(file + ":" + std::to_string(lineNo) + ": unknown front matter key '" + key + "' ignored");
                }
            }
            if (closed) {
                flagMissing(a, given);
                return pos;
            }
            a.warnings.push_back(file + ": front matter not closed by '---': read as body");
            a.warnings.erase(std::remove_if(a.warnings.begin(), a.warnings.end(),
                                            [](const std::string& w) { return w.find("unknown front matter") != std::string::npos; }),
                             a.warnings.end());
            a.title.clear(), a.outlet.clear(), a.url.clear(), a.language.clear(), a.notes.clear(), a.published.reset();
        }
        pos = save;
        lineNo = 0;
        flagMissing(a, {});
        return 0;
    }
    std::size_t bodyStart = 0;
    while (nextLine(line)) {
        if (isBlank(line)) {
            if (given.empty())
                break;
            bodyStart = pos;
            break;
        }
        const auto colon = line.find(':');
        const std::string key = colon == std::string_view::npos ? std::string() : lowerAscii(trim(line.substr(0, colon)));
        const bool keyLike = !key.empty() && key.size() <= 20
            && std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_' || c == '-'; });
        if (keyLike && knownKey(key)) {
            setField(a, key, line.substr(colon + 1), file + ":" + std::to_string(lineNo));
            given.push_back(key);
            bodyStart = pos;
            continue;
        }
        if (keyLike && !given.empty()) {
            a.warnings.push_back(file + ":" + std::to_string(lineNo) + ": unknown header key '" + key + "' ignored");
            bodyStart = pos;
            continue;
        }
        if (!given.empty())
            a.warnings.push_back(file + ":" + std::to_string(lineNo)
                                 + ": header not ended by a blank line; the body starts here");
        break;
    }
    flagMissing(a, given);
    return given.empty() ? 0 : bodyStart;
}

ArticleFormat formatOf(const std::string& path)
{
    const auto dot = path.rfind('.');
    const std::string ext = dot == std::string::npos ? std::string() : lowerAscii(path.substr(dot + 1));
    if (ext == "jsonl" || ext == "ndjson")
        return ArticleFormat::JsonLines;
    if (ext == "md" || ext == "markdown")
        return ArticleFormat::Markdown;
    return ArticleFormat::Text;
}

} // namespace

std::string contentHash(std::string_view body)
{
    std::uint64_t h = 14695981039346656037ull;
    for (char c : body) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    std::array<char, 17> buf{};
    std::snprintf(buf.data(), buf.size(), "%016llx", static_cast<unsigned long long>(h));
    return buf.data();
}

Result<ArticleReader> ArticleReader::open(const std::string& path)
{
    ArticleReader r;
    r.m_path = path;
    r.m_format = formatOf(path);
    r.m_in = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*r.m_in)
        return sitrep::core::fail("cannot open file", path);
    r.m_in->seekg(0, std::ios::end);
    const auto size = static_cast<std::uint64_t>(std::max<std::streamoff>(r.m_in->tellg(), 0));
    r.m_in->seekg(0);
    std::string head(static_cast<std::size_t>(std::min<std::uint64_t>(size, kHeadBytes)), '\0');
    r.m_in->read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(r.m_in->gcount()));
    if (auto err = checkText(head, size, path))
        return std::unexpected(*err);
    std::size_t skip = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    r.m_article.file = path;
    if (r.m_format == ArticleFormat::JsonLines) {
        r.m_in->clear();
        r.m_in->seekg(static_cast<std::streamoff>(skip));
        return r;
    }
    // The header must sit in the first block; cut the block at a line end so a partial
    // multi-byte character never reaches the header parser.
    std::string_view view(head);
    view.remove_prefix(skip);
    const auto lastNl = view.rfind('\n');
    const auto repaired = repairUtf8(view.substr(0, lastNl == std::string_view::npos ? view.size() : lastNl + 1));
    const std::size_t bodyStart = parseHeader(repaired.text, r.m_format, r.m_article, path);
    // Line ends survive the repair one to one: find the same line in the raw bytes.
    const auto lines = std::count(repaired.text.begin(), repaired.text.begin() + static_cast<std::ptrdiff_t>(bodyStart), '\n');
    std::size_t bodyStartRaw = 0;
    for (std::ptrdiff_t k = 0; k < lines; ++k)
        bodyStartRaw = view.find('\n', bodyStartRaw) + 1;
    Utf8Repair headerPart;
    headerPart.invalidOffsets.assign(repaired.invalidOffsets.begin(),
                                     std::find_if(repaired.invalidOffsets.begin(), repaired.invalidOffsets.end(),
                                                  [&](std::size_t o) { return o >= bodyStartRaw; }));
    addUtf8Warnings(headerPart, skip, path, r.m_article.warnings);
    r.m_pending.assign(view.substr(bodyStartRaw));
    r.m_byteOffset = skip + bodyStartRaw;
    r.m_eof = r.m_in->peek() == std::char_traits<char>::eof();
    return r;
}

bool ArticleReader::nextChunk(std::string& chunk, std::size_t& codePointBase, std::vector<std::string>& warnings)
{
    if (m_format == ArticleFormat::JsonLines)
        return false;
    while (!m_eof && m_pending.size() < kChunkBytes) {
        const std::size_t have = m_pending.size();
        m_pending.resize(have + kChunkBytes);
        m_in->read(m_pending.data() + have, static_cast<std::streamsize>(kChunkBytes));
        m_pending.resize(have + static_cast<std::size_t>(m_in->gcount()));
        if (m_in->gcount() == 0 || m_in->eof())
            m_eof = true;
    }
    if (m_pending.empty())
        return false;
    std::size_t cut = m_pending.size();
    if (!m_eof || cut > kChunkBytes) {
        const std::size_t limit = std::min(m_pending.size(), kChunkBytes);
        std::size_t nl = m_pending.rfind('\n', limit - 1);
        if (nl == std::string::npos)
            nl = m_pending.rfind(' ', limit - 1);
        cut = nl == std::string::npos ? limit : nl + 1;
        while (cut < m_pending.size() && cut > 0 && (static_cast<unsigned char>(m_pending[cut]) & 0xC0) == 0x80)
            --cut; // never split a multi-byte character
        if (cut == 0)
            cut = limit;
    }
    const auto repaired = repairUtf8(std::string_view(m_pending).substr(0, cut));
    addUtf8Warnings(repaired, m_byteOffset, m_path, warnings);
    chunk = repaired.text;
    codePointBase = m_codePoints;
    m_codePoints += codePointCount(chunk);
    m_byteOffset += cut;
    m_pending.erase(0, cut);
    return true;
}

Result<Article> ArticleReader::readAll()
{
    Article a = m_article;
    std::string chunk;
    std::size_t base = 0;
    while (nextChunk(chunk, base, a.warnings))
        a.body += chunk;
    if (isBlank(a.body) && a.body.find_first_not_of(" \t\r\n\f") == std::string::npos)
        return sitrep::core::fail("no article text after the header", m_path);
    a.id = contentHash(a.body);
    return a;
}

bool ArticleReader::readLine(std::string& line)
{
    if (!std::getline(*m_in, line))
        return false;
    ++m_line;
    return true;
}

std::optional<Result<Article>> ArticleReader::nextArticle()
{
    if (m_format != ArticleFormat::JsonLines)
        return std::nullopt;
    std::string line;
    while (readLine(line)) {
        if (isBlank(line))
            continue;
        return parseJsonArticle(line, m_path + ":" + std::to_string(m_line));
    }
    return std::nullopt;
}

Result<Article> parseJsonArticle(std::string_view line, const std::string& where)
{
    Article a;
    a.file = where;
    const auto repaired = repairUtf8(line);
    addUtf8Warnings(repaired, 0, where, a.warnings);
    const auto j = nlohmann::json::parse(repaired.text, nullptr, false);
    if (j.is_discarded())
        return sitrep::core::fail("not valid JSON", where);
    if (!j.is_object())
        return sitrep::core::fail("not a JSON object", where);
    std::vector<std::string> given;
    for (auto key : kArticleKeys) {
        const auto it = j.find(std::string(key));
        if (it == j.end() || it->is_null())
            continue;
        if (!it->is_string())
            return sitrep::core::fail("field '" + std::string(key) + "' is not a string", where);
        setField(a, key, it->get_ref<const std::string&>(), where);
        given.emplace_back(key);
    }
    flagMissing(a, given);
    for (const char* key : {"text", "body"}) {
        const auto it = j.find(key);
        if (it != j.end() && it->is_string()) {
            a.body = it->get<std::string>();
            break;
        }
    }
    if (a.body.find_first_not_of(" \t\r\n\f") == std::string::npos)
        return sitrep::core::fail("no article text (field 'text' or 'body')", where);
    a.id = contentHash(a.body);
    return a;
}

Result<Article> parseArticle(std::string_view bytes, const std::string& file, ArticleFormat format)
{
    if (auto err = checkText(bytes.substr(0, kHeadBytes), bytes.size(), file))
        return std::unexpected(*err);
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    Article a;
    a.file = file;
    const auto repaired = repairUtf8(bytes);
    addUtf8Warnings(repaired, 0, file, a.warnings);
    const std::size_t bodyStart = parseHeader(repaired.text, format, a, file);
    a.body = repaired.text.substr(bodyStart);
    if (a.body.find_first_not_of(" \t\r\n\f") == std::string::npos)
        return sitrep::core::fail("no article text after the header", file);
    a.id = contentHash(a.body);
    return a;
}

Result<std::vector<Article>> readArticles(const std::string& path)
{
    auto reader = ArticleReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    std::vector<Article> out;
    if (reader->format() != ArticleFormat::JsonLines) {
        auto a = reader->readAll();
        if (!a)
            return std::unexpected(a.error());
        out.push_back(std::move(*a));
        return out;
    }
    while (auto next = reader->nextArticle()) {
        if (!*next)
            return std::unexpected(next->error());
        out.push_back(std::move(**next));
    }
    if (out.empty())
        return sitrep::core::fail("no articles in the file", path);
    return out;
}

} // namespace sitrep::text
