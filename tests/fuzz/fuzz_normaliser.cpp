// libFuzzer target: any bytes (made valid UTF-8 first, as the reader does) through folding,
// skeleton keys and the tokenizer. Nothing may crash, and folding must be idempotent.
#include "text/normaliser.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = sitrep::text::repairUtf8(std::string_view(reinterpret_cast<const char*>(data), size)).text;
    const std::string once = sitrep::text::fold(text);
    if (sitrep::text::fold(once) != once)
        __builtin_trap();
    (void)sitrep::text::nameKeys(text);
    std::vector<sitrep::text::Token> tokens;
    sitrep::text::tokenize(text, tokens);
    std::string folded;
    std::string key;
    for (const auto& t : tokens) {
        if (t.start > t.end || t.end > text.size())
            __builtin_trap();
        sitrep::text::foldWordInto(sitrep::text::tokenText(text, t), folded);
        sitrep::text::skeletonInto(folded, key);
    }
    return 0;
}
