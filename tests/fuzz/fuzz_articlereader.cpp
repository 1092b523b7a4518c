// libFuzzer target: any bytes as a text, Markdown or JSON-lines article. The reader must never
// crash, hang or read out of bounds, and what it accepts must be valid UTF-8.
#include "text/articlereader.h"
#include "text/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (auto format : {sitrep::text::ArticleFormat::Text, sitrep::text::ArticleFormat::Markdown}) {
        const auto a = sitrep::text::parseArticle(bytes, "fuzz", format);
        if (a.has_value() && !sitrep::text::repairUtf8(a->body).invalidOffsets.empty())
            __builtin_trap();
    }
    std::size_t start = 0;
    while (start <= bytes.size()) {
        const auto nl = bytes.find('\n', start);
        const auto line = bytes.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        (void)sitrep::text::parseJsonArticle(line, "fuzz:1");
        if (nl == std::string_view::npos)
            break;
        start = nl + 1;
    }
    return 0;
}
