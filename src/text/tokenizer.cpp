#include "tokenizer.h"

#include <unicode/uchar.h>

namespace sitrep::text {

namespace {

struct CodePoint {
    char32_t c = 0;
    std::uint32_t len = 1;
};

// Decodes one code point of valid UTF-8 (the reader has repaired the text already); a stray byte
// is taken as itself so no input can make the loop stall.
CodePoint decode(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) -> char32_t {
        return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) & 0x3F : 0;
    };
    if (b0 < 0x80)
        return {b0, 1};
    if ((b0 & 0xE0) == 0xC0 && i + 1 < s.size())
        return {((b0 & 0x1Fu) << 6) | cont(1), 2};
    if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size())
        return {((b0 & 0x0Fu) << 12) | (cont(1) << 6) | cont(2), 3};
    if ((b0 & 0xF8) == 0xF0 && i + 3 < s.size())
        return {((b0 & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4};
    return {b0, 1};
}

inline bool isAsciiWordChar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == 0x02BF || c == 0x02BE || c == 0x02BB) // ʿ ʾ ʻ are letters of modifier type
        return false;
    const auto type = u_charType(static_cast<UChar32>(c));
    return u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool isInnerMark(char32_t c)
{
    return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BF || c == 0x02BE || c == 0x02BB || c == '`';
}

// Marks that may end a word after a letter (Sa‘sa‘, Shaykh Miskīnʿ); ’ and ' are closing quotes.
bool isTrailingMark(char32_t c) { return c == 0x2018 || c == 0x02BF || c == 0x02BE || c == 0x02BB; }

bool isHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool isUpper(char32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool isLower(char32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return u_islower(static_cast<UChar32>(c));
}

bool isSentenceEnd(char32_t c) { return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == 0x061F; }

bool isSmallWord(std::string_view w)
{
    static constexpr std::string_view kSmall[] = {"of", "the", "in", "and", "to", "a", "an", "for", "on", "at",
                                                  "with", "by", "from", "as", "is", "vs", "or", "into", "over"};
    for (auto s : kSmall)
        if (s == w)
            return true;
    return false;
}

// Marks the tokens of headline-like lines (most words capitalised, no closing full stop).
void markTitleLines(std::string_view text, std::vector<Token>& tokens)
{
    std::size_t lineFirst = 0;
    while (lineFirst < tokens.size()) {
        const std::size_t lineStart = text.rfind('\n', tokens[lineFirst].start);
        const std::size_t lineEnd = text.find('\n', tokens[lineFirst].start);
        const std::size_t endByte = lineEnd == std::string_view::npos ? text.size() : lineEnd;
        std::size_t last = lineFirst;
        while (last < tokens.size() && tokens[last].start < endByte)
            ++last;
        std::size_t tail = endByte;
        while (tail > 0 && tail > (lineStart == std::string_view::npos ? 0 : lineStart)
               && (text[tail - 1] == ' ' || text[tail - 1] == '\r' || text[tail - 1] == '*'))
            --tail;
        const bool endsLikeSentence = tail > 0 && (text[tail - 1] == '.' || text[tail - 1] == '"');
        // Only short lines without a closing full stop can be headlines: count words for those.
        if (!endsLikeSentence && endByte - tokens[lineFirst].start < 250) {
            int words = 0;
            int capitalised = 0;
            for (std::size_t i = lineFirst; i < last; ++i) {
                const auto& t = tokens[i];
                if (t.has(kCaseless) || t.has(kHasDigit) || t.end - t.start < 2)
                    continue;
                if (!t.has(kCapitalised) && isSmallWord(text.substr(t.start, t.end - t.start)))
                    continue;
                ++words;
                capitalised += t.has(kCapitalised) ? 1 : 0;
            }
            if (words >= 2 && capitalised * 4 >= words * 3)
                for (std::size_t i = lineFirst; i < last; ++i)
                    tokens[i].flags |= kTitleLine;
        }
        lineFirst = last;
    }
}

} // namespace

void tokenize(std::string_view text, std::vector<Token>& out)
{
    out.clear();
    bool sentenceStart = true;
    bool hyphenPending = false;
    bool breakPending = false;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        CodePoint cp = b0 < 0x80 ? CodePoint{b0, 1} : decode(text, i);
        if (b0 < 0x80 ? !isAsciiWordChar(b0) : !isWordChar(cp.c)) {
            if (isSentenceEnd(cp.c))
                sentenceStart = true;
            if (isHyphen(cp.c))
                hyphenPending = true;
            else if (cp.c != ' ' && cp.c != '\t' && cp.c != '\r' && cp.c != 0xA0)
                breakPending = true;
            i += cp.len;
            continue;
        }
        Token t;
        t.start = static_cast<std::uint32_t>(i);
        int letters = 0;
        int uppers = 0;
        bool first = true;
        bool lastWasLetter = false;
        while (i < n) {
            const auto b = static_cast<unsigned char>(text[i]);
            if (b < 0x80 && isAsciiWordChar(b)) {
                // ASCII letters and digits: the common case, without decoding or ICU.
                const bool upper = b >= 'A' && b <= 'Z';
                if (first) {
                    if (upper)
                        t.flags |= kCapitalised;
                    first = false;
                }
                if (b >= '0' && b <= '9')
                    t.flags |= kHasDigit;
                else {
                    ++letters;
                    uppers += upper ? 1 : 0;
                }
                lastWasLetter = true;
                ++i;
                continue;
            }
            cp = b < 0x80 ? CodePoint{b, 1} : decode(text, i);
            if (isWordChar(cp.c)) {
                if (first) {
                    if (isUpper(cp.c))
                        t.flags |= kCapitalised;
                    else if (!isLower(cp.c) && cp.c >= 0x80 && u_isalpha(static_cast<UChar32>(cp.c)))
                        t.flags |= kCapitalised | kCaseless;
                    first = false;
                }
                if (cp.c >= '0' && cp.c <= '9')
                    t.flags |= kHasDigit;
                else {
                    ++letters;
                    uppers += isUpper(cp.c) ? 1 : 0;
                }
                if (cp.c >= 0x0600 && cp.c <= 0x06FF)
                    t.flags |= kArabicScript;
                lastWasLetter = true;
                i += cp.len;
                continue;
            }
            if (isInnerMark(cp.c) && lastWasLetter) {
                const std::size_t after = i + cp.len;
                const CodePoint next = after < n ? decode(text, after) : CodePoint{' ', 1};
                if ((next.c == 's' || next.c == 'S')
                    && (after + 1 >= n || !isWordChar(decode(text, after + 1).c))) {
                    t.end = static_cast<std::uint32_t>(i);
                    t.flags |= kPossessive;
                    i = after + 1;
                    break;
                }
                if (isWordChar(next.c)) {
                    i = after;
                    lastWasLetter = false;
                    continue;
                }
                if (isTrailingMark(cp.c)) {
                    i = after;
                    break;
                }
            }
            // Dotted initials: U.S., U.N., D.C.
            if (cp.c == '.' && letters == 1 && uppers == 1 && i + 2 < n && isUpper(decode(text, i + 1).c)
                && (text[i + 2] == '.')) {
                t.flags |= kAbbreviation;
                i += 1;
                while (i + 1 < n && isUpper(decode(text, i).c) && text[i + 1] == '.') {
                    ++letters;
                    ++uppers;
                    i += 2;
                }
                break;
            }
            break;
        }
        if (t.end == 0)
            t.end = static_cast<std::uint32_t>(i);
        if (letters >= 2 && uppers == letters)
            t.flags |= kAllCaps;
        if (sentenceStart)
            t.flags |= kSentenceStart;
        if (hyphenPending && !breakPending)
            t.flags |= kHyphenBefore;
        if (breakPending)
            t.flags |= kBreakBefore;
        sentenceStart = false;
        hyphenPending = false;
        breakPending = false;
        out.push_back(t);
    }
    markTitleLines(text, out);
}

} // namespace sitrep::text
