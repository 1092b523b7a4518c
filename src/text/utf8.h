#pragma once
// UTF-8 helpers for outside text: validation with repair (invalid bytes become U+FFFD and are
// reported with their byte offsets), and code-point counting, since every offset the project
// publishes counts code points from the start of an article body.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct Utf8Repair {
    std::string text;                       // valid UTF-8
    std::vector<std::size_t> invalidOffsets; // byte offsets in the input that were replaced
};

// Replaces every ill-formed sequence (overlong, surrogate, truncated, > U+10FFFF) with U+FFFD.
[[nodiscard]] Utf8Repair repairUtf8(std::string_view input);

// Number of code points in valid UTF-8.
[[nodiscard]] std::size_t codePointCount(std::string_view validUtf8);

// Maps byte offsets of valid UTF-8 to code-point offsets, built once per text.
class CodePointIndex {
public:
    explicit CodePointIndex(std::string_view validUtf8);
    // Code-point offset of the code point starting at (or containing) `byteOffset`.
    [[nodiscard]] std::size_t toCodePoint(std::size_t byteOffset) const;
    // Byte offset where code point `cp` starts (size of the text when cp is past the end).
    [[nodiscard]] std::size_t toByte(std::size_t cp) const;

private:
    std::vector<std::size_t> m_starts; // byte offset of each code point, plus the end
};

} // namespace sitrep::text
