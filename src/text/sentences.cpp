#include "sentences.h"

#include "utf8.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <utility>

namespace sitrep::text {

namespace {

// Words that end with a full stop without ending a sentence in news copy.
constexpr std::array<std::string_view, 44> kAbbreviations{
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gen", "lt", "col", "maj", "capt", "sgt", "brig", "adm", "cmdr", "mr", "mrs", "ms", "dr",
    "prof", "sen", "rep", "gov", "pres", "st", "no", "nos", "vs", "approx", "est", "inc",
    "corp", "co", "ltd", "mt", "ft", "sheikh", "gens"};

bool isSpace(std::string_view s, std::size_t i)
{
    const unsigned char c = static_cast<unsigned char>(s[i]);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The word just before byte `end` (letters and dots), lower case.
std::string lastWord(std::string_view s, std::size_t end)
{
    std::size_t b = end;
    while (b > 0 && (std::isalpha(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '.'))
        --b;
    std::string w(s.substr(b, end - b));
    std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
    return w;
}

// Whether the segment break at `b` (start of the next segment) is a false one.
bool falseBreak(std::string_view s, std::size_t prevStart, std::size_t b)
{
    std::size_t e = b;
    bool newline = false;
    while (e > prevStart && isSpace(s, e - 1)) {
        newline = newline || s[e - 1] == '\n' || s[e - 1] == '\r';
        --e;
    }
    if (newline || e == prevStart || s[e - 1] != '.')
        return false;
    // "In Qamishli (Syr. Qamishlo), the SDF took over …": a full stop a few words into brackets
    // still open ends no sentence.
    const std::size_t open = s.rfind('(', e - 1);
    if (open != std::string_view::npos && open >= prevStart && e - open <= 30
        && s.find(')', open) != std::string_view::npos && s.find(')', open) > e)
        return true;
    std::string w = lastWord(s, e - 1);
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), w) != kAbbreviations.end())
        return true;
    // Dotted initials: "U.S.", "D.C.", "U.N." (w is "u.s" here, the last dot cut off).
    // News copy far more often writes "U.S. forces" than ends a sentence on "U.S.".
    if (w.find('.') != std::string::npos)
        return true;
    // A following lower-case letter or digit continues the sentence ("approx. 20").
    return b < s.size() && std::islower(static_cast<unsigned char>(s[b]));
}

// A list laid out over lines after the line that introduces it ("The Command also published the
// names of the towns and villages its forces liberated on Monday:" then "- the town of Kafr Zita",
// "- the town of Latamneh", …) is one sentence with its introduction: a line that is only a bullet
// and a few words names no event of its own. Only short items without a stop inside ("Key
// Takeaways:" over bullets that are sentences each keeps them apart). The byte ranges in which no
// break is kept: from the colon to each item's bullet.
std::vector<std::pair<std::size_t, std::size_t>> bulletListJoins(std::string_view s)
{
    std::vector<std::pair<std::size_t, std::size_t>> lines; // [start, end) of each line, no '\n'
    for (std::size_t b = 0; b <= s.size();) {
        std::size_t e = s.find('\n', b);
        if (e == std::string_view::npos)
            e = s.size();
        lines.emplace_back(b, e);
        b = e + 1;
    }
    auto trimmed = [&](std::size_t i) {
        std::size_t b = lines[i].first, e = lines[i].second;
        while (b < e && isSpace(s, b))
            ++b;
        while (e > b && isSpace(s, e - 1))
            --e;
        return std::pair {b, e};
    };
    // The item's text after its bullet ("- ", "* ", "• ", "– ", "— "), or npos when the line is none.
    auto item = [&](std::size_t i) -> std::size_t {
        const auto [b, e] = trimmed(i);
        for (std::string_view m : {"- ", "* ", "\u2022 ", "\u2013 ", "\u2014 "})
            if (s.substr(b, e - b).starts_with(m))
                return b + m.size();
        return std::string_view::npos;
    };
    // "- The rebels took Homs overnight", "- Our correspondent says …": a bullet with a verb of its
    // own is a statement, not a name in a list (a past participle or a common finite verb).
    auto verb = [&](std::string_view w) {
        static constexpr std::array<std::string_view, 30> kFinite {"is", "are", "was", "were", "has", "have",
            "had", "will", "would", "can", "could", "may", "says", "say", "took", "take", "takes", "fell", "falls",
            "left", "fled", "holds", "hold", "controls", "remains", "remain", "enter", "enters", "seize", "seizes"};
        return std::find(kFinite.begin(), kFinite.end(), w) != kFinite.end()
            || (w.size() > 4 && w.ends_with("ed") && std::islower(static_cast<unsigned char>(w[0])));
    };
    auto shortItem = [&](std::size_t i) {
        const std::size_t from = item(i);
        if (from == std::string_view::npos)
            return false;
        const std::size_t e = trimmed(i).second;
        int words = 0;
        for (std::size_t k = from; k < e;) {
            const char c = s[k];
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':')
                return k + 1 == e && c == '.' ? words > 0 && words <= 16 : false;
            if (isSpace(s, k)) {
                ++k;
                continue;
            }
            std::size_t w = k;
            while (w < e && !isSpace(s, w) && s[w] != '.' && s[w] != ',' && s[w] != ';' && s[w] != ':')
                ++w;
            if (w == k) { // a comma or other mark
                ++k;
                continue;
            }
            if (verb(s.substr(k, w - k)))
                return false;
            ++words;
            k = w;
        }
        return words > 0 && words <= 16;
    };
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const auto [b, e] = trimmed(i);
        if (e == b || s[e - 1] != ':' || !shortItem(i + 1))
            continue;
        std::size_t last = e;
        for (std::size_t j = i + 1; j < lines.size() && shortItem(j); ++j) {
            const bool stop = s[trimmed(j).second - 1] == '.';
            if (stop && j + 1 < lines.size() && item(j + 1) != std::string_view::npos)
                break; // a full stop ends only the last item
            out.emplace_back(last, item(j));
            last = trimmed(j).second;
            // The last item may close the list with a full stop ("- the village of Kafr Nabudah.").
            if (s[last - 1] == '.')
                break;
        }
    }
    return out;
}

} // namespace

std::vector<Sentence> splitSentences(std::string_view body)
{
    std::vector<std::size_t> cuts{0};
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, body.data(), static_cast<int64_t>(body.size()), &status);
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en_US@ss=standard"), status));
    if (U_SUCCESS(status) && it) {
        it->setText(ut, status);
        for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next())
            cuts.push_back(static_cast<std::size_t>(p));
    }
    utext_close(ut);
    // Line ends always break: headlines and datelines have no full stop.
    for (std::size_t i = 0; i < body.size(); ++i)
        if (body[i] == '\n')
            cuts.push_back(i + 1);
    // ICU's English suppressions keep "held by SDF. On Saturday…" together: an acronym in
    // capitals, a full stop and a capital after a space end the sentence.
    for (std::size_t i = 2; i + 2 < body.size(); ++i) {
        if (body[i] != '.' || body[i + 1] != ' ' || !std::isupper(static_cast<unsigned char>(body[i + 2])))
            continue;
        std::size_t b = i;
        while (b > 0 && std::isupper(static_cast<unsigned char>(body[b - 1])))
            --b;
        const bool acronym = i - b >= 2 && (b == 0 || isSpace(body, b - 1));
        if (acronym)
            cuts.push_back(i + 2);
    }
    cuts.push_back(body.size());
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (const auto& [from, to] : bulletListJoins(body))
        std::erase_if(cuts, [&](std::size_t c) { return c > from && c <= to; });

    std::vector<std::size_t> kept{0};
    for (std::size_t k = 1; k + 1 < cuts.size(); ++k)
        if (!falseBreak(body, kept.back(), cuts[k]))
            kept.push_back(cuts[k]);
    kept.push_back(body.size());

    const CodePointIndex index(body);
    std::vector<Sentence> out;
    for (std::size_t k = 0; k + 1 < kept.size(); ++k) {
        std::size_t b = kept[k], e = kept[k + 1];
        while (b < e && isSpace(body, b))
            ++b;
        while (e > b && isSpace(body, e - 1))
            --e;
        if (b == e)
            continue;
        Sentence s;
        s.byteStart = b;
        s.byteEnd = e;
        s.start = index.toCodePoint(b);
        s.end = index.toCodePoint(e);
        s.text = std::string(body.substr(b, e - b));
        out.push_back(std::move(s));
    }
    return out;
}

namespace {

// Decodes the code point at s[i] (valid UTF-8 assumed, U+FFFD otherwise) and its length.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len)
{
    const unsigned char c = static_cast<unsigned char>(s[i]);
    auto more = [&](std::size_t n, char32_t init) {
        char32_t cp = init;
        for (std::size_t k = 1; k <= n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        len = n + 1;
        return cp;
    };
    if (c < 0x80) {
        len = 1;
        return c;
    }
    if (c >= 0xF0 && i + 3 < s.size())
        return more(3, c & 0x07);
    if (c >= 0xE0 && i + 2 < s.size())
        return more(2, c & 0x0F);
    if (c >= 0xC0 && i + 1 < s.size())
        return more(1, c & 0x1F);
    len = 1;
    return 0xFFFD;
}

// True for a non-letter, with what it folds to in `out` (empty for spaces).
bool foldPunct(char32_t cp, std::string& out)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x02BC: case 0x2032: out = "'"; return true;
    case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: case 0x201E: out = "\""; return true;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: out = "-"; return true;
    case 0x2026: out = "."; return true;
    case 0x00A0: case 0x2009: case 0x200A: case 0x202F: case 0x200B: case 0x3000: out.clear(); return true;
    default: break;
    }
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (std::isalnum(static_cast<unsigned char>(c)))
            return false;
        if (std::isspace(static_cast<unsigned char>(c)) || std::iscntrl(static_cast<unsigned char>(c)))
            out.clear();
        else
            out = std::string(1, c);
        return true;
    }
    if (cp >= 0x2000 && cp <= 0x206F) { // general punctuation
        out = "-";
        return true;
    }
    return false; // letters of any script, ʿ ʾ inside transliterations
}

} // namespace

std::vector<Word> splitWords(std::string_view text)
{
    std::vector<Word> words;
    std::size_t i = 0;
    Word cur;
    bool inWord = false;
    auto flush = [&](std::size_t end) {
        if (inWord) {
            cur.end = end;
            words.push_back(cur);
            cur = Word{};
            inWord = false;
        }
    };
    while (i < text.size()) {
        std::size_t len = 1;
        const char32_t cp = decode(text, i, len);
        std::string folded;
        if (!foldPunct(cp, folded)) {
            if (!inWord) {
                inWord = true;
                cur.start = i;
                cur.capitalised = cp < 0x80 && std::isupper(static_cast<unsigned char>(cp));
            }
            if (cp < 0x80)
                cur.lower += static_cast<char>(std::tolower(static_cast<unsigned char>(cp)));
            else
                cur.lower.append(text.substr(i, len));
            i += len;
            continue;
        }
        // Dotted initials stay one word: "U.S.", "D.C.", "a.m.".
        if (folded == "." && inWord && i + 1 < text.size()) {
            const std::size_t lastDot = cur.lower.rfind('.');
            const std::size_t run = cur.lower.size() - (lastDot == std::string::npos ? 0 : lastDot + 1);
            const unsigned char next = static_cast<unsigned char>(text[i + 1]);
            const bool afterDot = i + 2 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 2]));
            if (run == 1 && std::isalpha(next) && afterDot) {
                cur.lower += '.';
                i += 1;
                continue;
            }
            if (run == 1 && lastDot != std::string::npos) { // the closing dot of "U.S."
                cur.lower += '.';
                i += 1;
                flush(i);
                continue;
            }
        }
        flush(i);
        if (!folded.empty()) {
            Word p;
            p.lower = folded;
            p.start = i;
            p.end = i + len;
            p.punct = true;
            words.push_back(std::move(p));
        }
        i += len;
    }
    flush(text.size());
    return words;
}

std::size_t matchPhrase(const std::vector<Word>& words, std::size_t i, const std::vector<std::string>& phrase)
{
    if (phrase.empty() || i + phrase.size() > words.size())
        return 0;
    for (std::size_t k = 0; k < phrase.size(); ++k)
        if (words[i + k].lower != phrase[k])
            return 0;
    return phrase.size();
}

std::vector<std::string> phraseWords(std::string_view phrase)
{
    std::vector<std::string> out;
    for (auto& w : splitWords(phrase))
        out.push_back(std::move(w.lower));
    return out;
}

} // namespace sitrep::text
