#include "placeindex.h"

#include "lexicon.h"
#include "normaliser.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <atomic>

namespace sitrep::text {

using sitrep::core::Place;
using sitrep::core::PlaceKind;

namespace {

bool isLatinLetter(UChar32 c) { return c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF); }
bool isArabicLetter(UChar32 c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF)
        || (c >= 0xFE70 && c <= 0xFEFF);
}

// Whether a gazetteer name is worth indexing: Latin or Arabic script only; Latin names must be
// capitalised (GeoNames also lists bare consonant transliterations such as "hms"), and short
// all-capital codes ("PMS", "QHS") are left out unless they come from the built-in aliases.
bool usableName(std::string_view name, bool alias)
{
    const auto paren = name.find('(');
    if (paren != std::string_view::npos)
        name = name.substr(0, paren);
    int letters = 0;
    int uppers = 0;
    bool arabic = false;
    int32_t i = 0;
    const auto len = static_cast<int32_t>(name.size());
    while (i < len) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(name.data()), i, len, c);
        if (c < 0)
            return false;
        if (!u_isalpha(c))
            continue;
        if (!isLatinLetter(c) && !isArabicLetter(c))
            return false;
        arabic = arabic || isArabicLetter(c);
        ++letters;
        uppers += (u_isupper(c) || u_istitle(c)) ? 1 : 0;
    }
    if (arabic)
        return letters >= 2;
    // A one-letter word ("A Şarīn") would let every "a" start a match.
    for (std::size_t pos = 0; pos < name.size();) {
        const auto end = name.find_first_of(" -", pos);
        const auto w = name.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (w.size() == 1 && !(w[0] >= '0' && w[0] <= '9'))
            return false;
        if (end == std::string_view::npos)
            break;
        pos = end + 1;
    }
    if (letters < (alias ? 2 : 3))
        return false;
    if (!alias && letters <= 4 && uppers == letters)
        return false;
    // First word that is not an article must start with a capital.
    std::string folded;
    std::size_t pos = 0;
    while (pos < name.size()) {
        while (pos < name.size() && (name[pos] == ' ' || name[pos] == '-' || name[pos] == '\''))
            ++pos;
        std::size_t end = pos;
        while (end < name.size() && name[end] != ' ' && name[end] != '-')
            ++end;
        const std::string_view w = name.substr(pos, end - pos);
        if (w.empty())
            break;
        if (!isArticle(fold(w))) {
            int32_t k = 0;
            UChar32 c = 0;
            U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), k, static_cast<int32_t>(w.size()), c);
            return c > 0 && (u_isupper(c) || u_istitle(c) || (c >= '0' && c <= '9'));
        }
        pos = end;
    }
    return false;
}

bool isSunLetter(char c) { return c == 't' || c == 'd' || c == 'r' || c == 'z' || c == 's' || c == 'n'; }

// Splits a folded name into words (articles kept), on spaces, hyphens and ASCII punctuation.
std::vector<std::string> foldedWords(std::string_view name)
{
    std::string folded = fold(name);
    // Dots join, as in the tokenizer's dotted initials ("U.S." → "us", "D.C." → "dc").
    std::erase(folded, '.');
    std::vector<std::string> words;
    std::string w;
    for (char ch : folded) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80 && !((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))) {
            if (!w.empty())
                words.push_back(std::move(w));
            w.clear();
        } else {
            w.push_back(ch);
        }
    }
    if (!w.empty())
        words.push_back(std::move(w));
    return words;
}

// The name without the possessive "'s" (or "’s") that ends one of its words: "People's Palace" →
// "People Palace". Other apostrophes ("Ma'arrat") stay.
std::string withoutPossessives(std::string_view name)
{
    std::string out(name);
    for (const std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")}) {
        for (auto at = out.find(mark); at != std::string::npos; at = out.find(mark, at)) {
            const auto after = at + mark.size();
            if (at > 0 && (after == out.size() || out[after] == ' ' || out[after] == '-'))
                out.erase(at, mark.size());
            else
                at = after;
        }
    }
    return out;
}

std::vector<std::string> keysOf(const std::vector<std::string>& words)
{
    std::vector<std::string> keys;
    std::string key;
    for (const auto& w : words) {
        if (isArticle(w))
            continue;
        skeletonInto(w, key);
        if (!key.empty())
            keys.push_back(key);
    }
    return keys;
}

} // namespace

PlaceIndex::PlaceIndex(const sitrep::core::Gazetteer& gazetteer, std::shared_ptr<const CommonWords> words)
    : m_words(words ? std::move(words) : std::make_shared<CommonWords>())
{
    static std::atomic<std::uint64_t> serials{0};
    m_serial = ++serials;
    m_nodeEntries.emplace_back(); // root
    m_places.reserve(gazetteer.size() + worldPlaces().size());
    for (const auto& p : gazetteer.places()) {
        m_placeById.emplace(p.id, static_cast<std::uint32_t>(m_places.size()));
        m_places.push_back(&p);
    }
    addWorldFallback(gazetteer);
    for (std::uint32_t i = 0; i < m_places.size(); ++i)
        addPlace(i);
    addGenericNames();
    addPhrases();
    m_rootEdges.assign(m_keys.size(), kNone);
    for (const auto& [edge, next] : m_edges)
        if ((edge >> 32) == kRoot)
            m_rootEdges[static_cast<std::uint32_t>(edge)] = next;
}

std::uint32_t PlaceIndex::keyId(std::string_view key) const
{
    auto it = m_keys.find(key);
    return it == m_keys.end() ? kNone : it->second;
}


std::uint32_t PlaceIndex::placeIndex(std::string_view id) const
{
    auto it = m_placeById.find(id);
    return it == m_placeById.end() ? kNone : it->second;
}

std::uint32_t PlaceIndex::internKey(const std::string& key)
{
    auto [it, added] = m_keys.emplace(key, static_cast<std::uint32_t>(m_keys.size()));
    return it->second;
}

std::uint32_t PlaceIndex::internFolded(const std::string& folded)
{
    auto [it, added] = m_foldedIds.emplace(folded, static_cast<std::uint32_t>(m_foldedNames.size()));
    if (added)
        m_foldedNames.push_back(folded);
    return it->second;
}

void PlaceIndex::insert(const std::vector<std::string>& keys, IndexEntry entry)
{
    if (keys.empty())
        return;
    std::uint32_t node = kRoot;
    for (const auto& k : keys) {
        const std::uint32_t id = internKey(k);
        const std::uint64_t edge = (static_cast<std::uint64_t>(node) << 32) | id;
        auto it = m_edges.find(edge);
        if (it == m_edges.end()) {
            const auto next = static_cast<std::uint32_t>(m_nodeEntries.size());
            m_nodeEntries.emplace_back();
            m_edges.emplace(edge, next);
            node = next;
        } else {
            node = it->second;
        }
    }
    auto& list = m_nodeEntries[node];
    for (auto& e : list)
        if (e.kind == entry.kind && e.place == entry.place && e.foldedName == entry.foldedName) {
            // Keep the best-qualified name; generated variants never downgrade a real name.
            if ((e.quality & kGeneratedName) && !(entry.quality & kGeneratedName))
                e = entry;
            else
                e.quality |= entry.quality & static_cast<std::uint8_t>(~kGeneratedName);
            return;
        }
    list.push_back(entry);
}

namespace {
// A curated name written as a common-noun phrase: two words or more, the last in lower case, no
// proper noun after the first word ("buffer zone", "State TV building", "UN buffer zone"; not
// "Aleppo Citadel", nor "Northern Homs countryside", whose "Homs" alone is the place).
bool isLowerPhrase(std::string_view name)
{
    const auto sp = name.find_last_of(' ');
    if (sp == std::string_view::npos || sp + 1 >= name.size())
        return false;
    if (const char c = name[sp + 1]; !(c >= 'a' && c <= 'z'))
        return false;
    for (std::size_t pos = name.find(' '); pos != std::string_view::npos; pos = name.find(' ', pos + 1)) {
        if (!(pos + 2 < name.size() && name[pos + 1] >= 'A' && name[pos + 1] <= 'Z' && name[pos + 2] >= 'a'
              && name[pos + 2] <= 'z'))
            continue;
        // "the United Nations-patrolled buffer zone": a proper noun inside a hyphened modifier
        // describes the zone, it does not name it.
        const auto end = name.find(' ', pos + 1);
        const auto hyphen = name.substr(pos + 1, end == std::string_view::npos ? end : end - pos - 1).find('-');
        if (hyphen == std::string_view::npos || end == std::string_view::npos)
            return false;
    }
    return true;
}

// "buffer zone", "state television building": plain lower-case ASCII words of two letters or
// more. usableName wants a capital first; such a curated phrase is indexed all the same.
bool isPlainPhrase(std::string_view name)
{
    std::size_t run = 0;
    for (const char c : name) {
        if (c == ' ' || c == '-') {
            if (run < 2)
                return false;
            run = 0;
        } else if (c >= 'a' && c <= 'z') {
            ++run;
        } else if (c != '\'' || run < 2) { // "the state broadcaster's headquarters"
            return false;
        }
    }
    return run >= 2;
}
} // namespace

void PlaceIndex::addName(std::uint32_t placeIdx, std::string_view name, std::uint8_t quality, bool curated)
{
    const bool phrase = curated && isLowerPhrase(name);
    if (phrase)
        quality |= kPhraseName;
    if (name.empty() || !(usableName(name, (quality & kAliasName) != 0) || (phrase && isPlainPhrase(name))))
        return;
    if (hasArabic(name))
        quality |= kArabicName;
    const auto words = foldedWords(name);
    auto keys = keysOf(words);
    if (keys.empty())
        return;
    if (keys.size() == 1 && words.size() == 1 && !(quality & kArabicName) && isStopWord(words.back()))
        return;
    // A one-letter key ("Aw Sarin" → a …) would let every "a" in the text start a match.
    for (const auto& k : keys)
        if (k.size() < 2 && !(k[0] >= '0' && k[0] <= '9'))
            return;
    std::string foldedFull;
    for (const auto& w : words) {
        if (!foldedFull.empty())
            foldedFull += ' ';
        foldedFull += w;
    }
    IndexEntry entry{EntryKind::Place, quality, placeIdx, internFolded(foldedFull), {}};
    insert(keys, entry);

    if (quality & kArabicName)
        return;
    IndexEntry generated = entry;
    generated.quality = static_cast<std::uint8_t>((quality & ~(kPrimaryName | kPhraseName)) | kGeneratedName);
    // Fused articles: "ez-Zor" also written "Ezzor", "al-Qaim" also "Alqaim".
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (!isArticle(words[i]) || words[i + 1].empty() || isArticle(words[i + 1]))
            continue;
        const std::string& next = words[i + 1];
        std::vector<std::string> variants{"al" + next};
        if (isSunLetter(next[0]))
            variants.push_back(std::string("a") + next[0] + next);
        for (const auto& fused : variants) {
            std::vector<std::string> w2(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i));
            w2.push_back(fused);
            w2.insert(w2.end(), words.begin() + static_cast<std::ptrdiff_t>(i) + 2, words.end());
            insert(keysOf(w2), generated);
        }
    }
    // "Moadamiyat al-Sham" is mostly just "Moadamiya"; governorates drop "Governorate".
    if (words.size() >= 3 && isArticle(words[words.size() - 2]) && words.back() == "sham") {
        std::vector<std::string> w2(words.begin(), words.end() - 2);
        insert(keysOf(w2), generated);
    }
    if (words.size() >= 2) {
        const std::string& last = words.back();
        if (last == "governorate" || last == "province" || last == "muhafazah" || last == "district") {
            std::vector<std::string> w2(words.begin(), words.end() - 1);
            insert(keysOf(w2), generated);
        }
        if (words.front() == "muhafazat") {
            std::vector<std::string> w2(words.begin() + 1, words.end());
            insert(keysOf(w2), generated);
        }
    }
    // "People's Palace": the text's tokenizer reads "People's" as "People" and a possessive, so
    // the name is also indexed without the "'s" ("Gunmen wandered through the People's Palace").
    // Spelled so ("the state broadcaster's headquarters"), a curated phrase stays a phrase.
    if (std::string bare = withoutPossessives(name); bare.size() != name.size()) {
        const auto bareWords = foldedWords(bare);
        std::string bareFolded;
        for (const auto& w : bareWords)
            bareFolded += (bareFolded.empty() ? "" : " ") + w;
        IndexEntry spelled = generated;
        spelled.quality = static_cast<std::uint8_t>(spelled.quality | (quality & kPhraseName));
        spelled.foldedName = internFolded(bareFolded);
        insert(keysOf(bareWords), spelled);
    }
    addFacilityVariants(placeIdx, words, generated);
}

// A facility is named by its place and a head the text varies freely: "Mezzeh military airport"
// is also "the Mezzeh airbase", "the Mezzeh military airbase", "Mezzeh air base"; "Nasib border
// crossing" is "the Nasib crossing"; "Saydnaya prison" is "Saydnaya jail". Each head of the
// facility's kind is indexed after the stem, so the longest match reaches the facility instead of
// stopping at the town or district it is named after. A civil "International Airport" is no airbase.
void PlaceIndex::addFacilityVariants(std::uint32_t placeIdx, const std::vector<std::string>& words,
                                     const IndexEntry& generated)
{
    using Heads = std::vector<std::vector<std::string>>;
    static const Heads airbase{{"air", "base"},      {"airbase"},           {"military", "airport"},
                               {"military", "airbase"}, {"military", "air", "base"}, {"airport"},
                               {"airfield"},         {"military", "airfield"}, {"heliport"}};
    static const Heads crossing{{"border", "crossing"}, {"crossing"}, {"border", "post"},
                                {"border", "gate"}};
    static const Heads prison{{"prison"}, {"jail"}, {"military", "prison"}};
    const Heads* heads = nullptr;
    switch (m_places[placeIdx]->kind) {
    case PlaceKind::Airbase:
        // "Nayrab airport" is also a name of Aleppo International Airport: the civil airport
        // gets no airbase heads, the air base next to it does.
        if (fold(m_places[placeIdx]->name).find("international") != std::string::npos)
            return;
        heads = &airbase;
        break;
    case PlaceKind::BorderCrossing: heads = &crossing; break;
    case PlaceKind::Prison: heads = &prison; break;
    default: return;
    }
    // The longest head the name ends with; the stem before it must be left.
    std::size_t cut = 0;
    for (const auto& h : *heads)
        if (h.size() > cut && h.size() < words.size() && std::equal(h.rbegin(), h.rend(), words.rbegin()))
            cut = h.size();
    if (cut == 0)
        return;
    const std::vector<std::string> stem(words.begin(), words.end() - static_cast<std::ptrdiff_t>(cut));
    if (stem.back() == "international")
        return;
    for (const auto& h : *heads) {
        std::vector<std::string> w2 = stem;
        w2.insert(w2.end(), h.begin(), h.end());
        std::string folded;
        for (const auto& w : w2)
            folded += (folded.empty() ? "" : " ") + w;
        IndexEntry e = generated;
        e.foldedName = internFolded(folded); // the variant is a way of writing the name: spelled exactly
        insert(keysOf(w2), e);
    }
}

void PlaceIndex::addPlace(std::uint32_t placeIdx)
{
    const Place& p = *m_places[placeIdx];
    const auto curated = [](std::string_view origin) {
        return origin.starts_with("supplement") || origin == "review";
    };
    addName(placeIdx, p.name, kPrimaryName | kEnglishName | (p.origin == "builtin" ? kAliasName : 0),
            curated(p.origin));
    addName(placeIdx, p.nameAr, kArabicName);
    for (const auto& n : p.names) {
        std::uint8_t q = 0;
        if (n.lang == "en" || n.name == p.name)
            q |= kEnglishName;
        if (n.name == p.name)
            q |= kPrimaryName;
        if (n.origin == "builtin" || n.origin.starts_with("supplement") || n.origin == "review")
            q |= kAliasName | kEnglishName;
        addName(placeIdx, n.name, q, curated(n.origin));
    }
    if (auto it = m_extraNames.find(placeIdx); it != m_extraNames.end())
        for (const auto& name : it->second)
            addName(placeIdx, name, kEnglishName | kAliasName);
}

void PlaceIndex::addWorldFallback(const sitrep::core::Gazetteer& gazetteer)
{
    std::unordered_map<std::string, bool> countries;
    std::unordered_map<std::string, bool> names;
    for (const auto& p : gazetteer.places()) {
        if (p.kind == PlaceKind::Country)
            countries[p.country] = true;
        if (p.kind == PlaceKind::City || p.kind == PlaceKind::Region || p.kind == PlaceKind::Country)
            names[fold(p.name)] = true;
    }
    for (const auto& w : worldPlaces()) {
        if (w.kind == PlaceKind::Country && countries.contains(std::string(w.country))) {
            // The country is there: lend it the table's English names ("US", "Britain").
            for (const auto& p : gazetteer.places())
                if (p.kind == PlaceKind::Country && p.country == w.country) {
                    auto& extra = m_extraNames[m_placeById[p.id]];
                    extra.emplace_back(w.name);
                    for (std::string_view rest = w.aliases; !rest.empty();) {
                        const auto bar = rest.find('|');
                        extra.emplace_back(rest.substr(0, bar));
                        rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
                    }
                }
            continue;
        }
        if (w.kind != PlaceKind::Country && names.contains(fold(w.name)))
            continue;
        Place p;
        p.id = std::string(w.id);
        p.name = std::string(w.name);
        p.kind = w.kind;
        p.country = std::string(w.country);
        p.point = {w.lat, w.lon};
        p.population = w.population;
        p.origin = "builtin";
        std::string_view rest = w.aliases;
        while (!rest.empty()) {
            const auto bar = rest.find('|');
            p.names.push_back({std::string(rest.substr(0, bar)), "en", "builtin"});
            rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
        }
        m_ownPlaces.push_back(std::move(p));
        m_placeById.emplace(m_ownPlaces.back().id, static_cast<std::uint32_t>(m_places.size()));
        m_places.push_back(&m_ownPlaces.back());
    }
}

std::vector<std::string> PlaceIndex::nameWords(std::string_view name) { return foldedWords(name); }

void PlaceIndex::addPhrases()
{
    for (const auto& ph : blockPhrases()) {
        const EntryKind kind = ph.kind == PhraseKind::Person ? EntryKind::Person : EntryKind::Organisation;
        insert(nameKeys(ph.text), IndexEntry{kind, 0, 0, internFolded(fold(ph.text)), {}});
    }
    for (const auto& d : demonyms())
        insert(nameKeys(d.word), IndexEntry{EntryKind::Demonym, 0, 0, internFolded(std::string(d.word)), d.country});
}

} // namespace sitrep::text
