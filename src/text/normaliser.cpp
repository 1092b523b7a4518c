#include "normaliser.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <string>

namespace sitrep::text {

namespace {

bool isApostropheLike(UChar32 c)
{
    switch (c) {
    case 0x0027: // '
    case 0x0060: // `
    case 0x00B4: // ´
    case 0x02BB: // ʻ
    case 0x02BC: // ʼ
    case 0x02BE: // ʾ
    case 0x02BF: // ʿ
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x2032: // ′
        return true;
    default:
        return false;
    }
}

// Letters that carry no decomposition but have a plain Latin or Arabic equivalent.
bool mapSpecial(UChar32 c, icu::UnicodeString& out)
{
    switch (c) {
    case 0x0131: out.append(UChar32('i')); return true;     // ı
    case 0x0141: case 0x0142: out.append(UChar32('l')); return true; // Ł ł
    case 0x00D8: case 0x00F8: out.append(UChar32('o')); return true; // Ø ø
    case 0x0110: case 0x0111: out.append(UChar32('d')); return true; // Đ đ
    case 0x0126: case 0x0127: out.append(UChar32('h')); return true; // Ħ ħ
    case 0x00C6: case 0x00E6: out.append(icu::UnicodeString(u"ae")); return true;
    case 0x0152: case 0x0153: out.append(icu::UnicodeString(u"oe")); return true;
    case 0x00DE: case 0x00FE: out.append(icu::UnicodeString(u"th")); return true;
    case 0x0671: out.append(UChar32(0x0627)); return true;  // ٱ → ا
    case 0x0629: out.append(UChar32(0x0647)); return true;  // ة → ه
    case 0x0649: out.append(UChar32(0x064A)); return true;  // ى → ي
    case 0x06CC: out.append(UChar32(0x064A)); return true;  // Persian ی → ي
    case 0x06A9: out.append(UChar32(0x0643)); return true;  // Persian ک → ك
    case 0x0640: return true;                               // tatweel
    default: break;
    }
    if (c >= 0x0660 && c <= 0x0669) { // Arabic-Indic digits
        out.append(UChar32('0' + (c - 0x0660)));
        return true;
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
        out.append(UChar32('0' + (c - 0x06F0)));
        return true;
    }
    return false;
}

void foldNonAscii(std::string_view word, std::string& out)
{
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    status = U_ZERO_ERROR;
    const auto src = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    icu::UnicodeString decomposed;
    if (nfkd != nullptr)
        nfkd->normalize(src, decomposed, status);
    if (nfkd == nullptr || U_FAILURE(status))
        decomposed = src;
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        const auto type = u_charType(c);
        if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK)
            continue;
        if (isApostropheLike(c))
            continue;
        if (mapSpecial(c, kept))
            continue;
        kept.append(c);
    }
    kept.foldCase();
    out.clear();
    kept.toUTF8String(out);
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

} // namespace

void foldWordInto(std::string_view word, std::string& out)
{
    bool ascii = true;
    for (char c : word)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (!ascii) {
        foldNonAscii(word, out);
        return;
    }
    out.clear();
    for (char c : word) {
        if (c == '\'' || c == '`')
            continue;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
}

std::string fold(std::string_view utf8)
{
    std::string out;
    foldWordInto(utf8, out);
    return out;
}

bool isArticle(std::string_view w)
{
    static constexpr std::array<std::string_view, 22> kArticles{
        "al", "el", "ad", "ar", "as", "ash", "az", "at", "an", "ath", "adh",
        "ed", "er", "es", "esh", "ez", "et", "en", "eth", "il", "ul", "l"};
    if (w.size() > 3)
        return false;
    for (auto a : kArticles)
        if (a == w)
            return true;
    return false;
}

bool hasArabic(std::string_view s)
{
    // Arabic block U+0600–U+06FF is encoded D8..DB xx in UTF-8; supplements are rare in names.
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0xD8 && b <= 0xDB)
            return true;
    }
    return false;
}

void skeletonInto(std::string_view w, std::string& out)
{
    out.clear();
    if (hasArabic(w)) {
        constexpr std::string_view kAl = "\xD8\xA7\xD9\x84"; // ال
        if (w.size() >= kAl.size() + 4 && w.substr(0, kAl.size()) == kAl)
            w.remove_prefix(kAl.size());
        out.assign(w);
        return;
    }
    thread_local std::string tmp;
    thread_local std::string single;
    tmp.clear();
    // Doubled letters count once (Darayya = Daraya, Raqqa = Raqa); the construct ending -iyat
    // is written both ways (Muadamiyat = Moadamiya).
    single.clear();
    for (char c : w)
        if (single.empty() || single.back() != c || !(c >= 'a' && c <= 'z'))
            single.push_back(c);
    if (single.size() >= 5 && single.ends_with("yat"))
        single.pop_back();
    w = single;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        const char n = i + 1 < w.size() ? w[i + 1] : '\0';
        if (c == 'q') {
            tmp.push_back('k');
        } else if (c == 'c') {
            if (n == 'h') {
                tmp += "sh";
                ++i;
            } else {
                if (n == 'k')
                    ++i;
                tmp.push_back('k');
            }
        } else if ((c == 'g' || c == 'd' || c == 't') && n == 'h') {
            tmp.push_back(c);
            ++i;
        } else if (c == 'd' && n == 'j') {
            tmp.push_back('j');
            ++i;
        } else if (c == 'p' && n == 'h') {
            tmp.push_back('f');
            ++i;
        } else if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            tmp.push_back(c);
        }
    }
    const std::size_t n = tmp.size();
    auto vowelAt = [&](std::size_t i) { return i < n && isVowel(tmp[i]); };
    bool inVowel = false;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = tmp[i];
        bool vowel = isVowel(c);
        if (c == 'y' || c == 'w') {
            // y and w touching a vowel are part of it (ay, ei, aw, ou), except between two vowels
            // or word-initially, where they are consonants (Mayadin, Suwayda, Yabroud). A w
            // between a consonant and a vowel is the contracted form of "uw" (Sweida = Suwayda).
            const bool prevV = i > 0 && isVowel(tmp[i - 1]);
            const bool nextV = vowelAt(i + 1);
            if (i == 0 && nextV) {
                vowel = false;
            } else if (prevV && nextV) {
                vowel = false;
            } else if (c == 'w' && !prevV && nextV) {
                if (!inVowel)
                    out.push_back('a');
                out.push_back('w');
                inVowel = false;
                continue;
            } else {
                vowel = prevV || nextV || c == 'y';
            }
        }
        if (vowel) {
            if (!inVowel)
                out.push_back('a');
            inVowel = true;
            continue;
        }
        const bool letter = c >= 'a' && c <= 'z';
        if (letter && !inVowel && !out.empty() && out.back() == c)
            continue; // doubled consonant
        out.push_back(c);
        inVowel = false;
    }
    if (out.size() >= 3 && out.back() == 'h' && out[out.size() - 2] == 'a')
        out.pop_back();
}

std::string skeletonKey(std::string_view word)
{
    std::string folded;
    foldWordInto(word, folded);
    std::string key;
    skeletonInto(folded, key);
    return key;
}

std::vector<std::string> nameKeys(std::string_view name)
{
    const std::string folded = fold(name);
    std::vector<std::string> keys;
    std::string word;
    std::string key;
    auto flush = [&] {
        if (word.empty())
            return;
        if (!isArticle(word)) {
            skeletonInto(word, key);
            if (!key.empty())
                keys.push_back(key);
        }
        word.clear();
    };
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const auto b = static_cast<unsigned char>(folded[i]);
        const bool sep = b < 0x80 && !((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'));
        if (sep)
            flush();
        else
            word.push_back(folded[i]);
    }
    flush();
    // Arabic names are written with the article joined ("الزور"): the skeleton strips it.
    return keys;
}

} // namespace sitrep::text
