#include "utf8.h"

#include <algorithm>

namespace sitrep::text {

namespace {

// Length of the well-formed sequence at s[i], or 0 when ill-formed (Unicode Table 3-7).
std::size_t validSequenceLength(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const std::size_t left = s.size() - i;
    const unsigned char c = b(0);
    if (c < 0x80)
        return 1;
    auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < left && b(k) >= lo && b(k) <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

} // namespace

Utf8Repair repairUtf8(std::string_view input)
{
    Utf8Repair out;
    out.text.reserve(input.size());
    std::size_t i = 0;
    while (i < input.size()) {
        // Copy the run of well-formed sequences up to the next error in one append.
        std::size_t runEnd = i;
        while (runEnd < input.size()) {
            if (static_cast<unsigned char>(input[runEnd]) < 0x80) {
                ++runEnd;
                continue;
            }
            const std::size_t len = validSequenceLength(input, runEnd);
            if (len == 0)
                break;
            runEnd += len;
        }
        out.text.append(input.substr(i, runEnd - i));
        i = runEnd;
        if (i >= input.size())
            break;
        const std::size_t n = validSequenceLength(input, i);
        if (n == 0) {
            out.invalidOffsets.push_back(i);
            out.text += "\xEF\xBF\xBD";
            ++i;
            // Skip the continuation bytes of the broken sequence so one error makes one U+FFFD.
            while (i < input.size() && (static_cast<unsigned char>(input[i]) & 0xC0) == 0x80)
                ++i;
        } else {
            out.text.append(input.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::size_t codePointCount(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

CodePointIndex::CodePointIndex(std::string_view s)
{
    m_starts.reserve(s.size() + 1);
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
            m_starts.push_back(i);
    m_starts.push_back(s.size());
}

std::size_t CodePointIndex::toCodePoint(std::size_t byteOffset) const
{
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), byteOffset);
    return it == m_starts.begin() ? 0 : static_cast<std::size_t>(it - m_starts.begin() - 1);
}

std::size_t CodePointIndex::toByte(std::size_t cp) const
{
    return cp < m_starts.size() ? m_starts[cp] : m_starts.back();
}

} // namespace sitrep::text
