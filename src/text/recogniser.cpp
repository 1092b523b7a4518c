#include "recogniser.h"

#include "lexicon.h"
#include "normaliser.h"
#include "recogniserscratch.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace sitrep::text {

using sitrep::core::PlaceKind;

// What a trie node and a spelling give (both depend on nothing else): whether a blocker entry
// (person, organisation, demonym) matches, the countries its demonyms name, and the place
// candidates. Names repeat, so each is computed once per thread.
struct Recogniser::NodeResult {
    std::string surface;
    bool blocked = false;
    std::vector<std::string_view> demonymCountries;
    std::vector<RecognisedCandidate> candidates;
};

namespace {

// 1 − Levenshtein distance / longer length, on folded bytes (names are short).
float similarity(std::string_view a, std::string_view b)
{
    if (a == b)
        return 1.0f;
    if (a.empty() || b.empty() || a.size() > 64 || b.size() > 64)
        return 0.0f;
    std::array<std::uint8_t, 65> prev{};
    std::array<std::uint8_t, 65> cur{};
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<std::uint8_t>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<std::uint8_t>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = static_cast<std::uint8_t>(std::min({sub, prev[j] + 1, cur[j - 1] + 1}));
        }
        prev = cur;
    }
    return 1.0f - static_cast<float>(prev[b.size()]) / static_cast<float>(std::max(a.size(), b.size()));
}

// The text spells exactly a curated lower-case phrase of the place ("buffer zone").
bool isPhrase(const RecognisedCandidate& c) { return c.exactSpelling && (c.quality & kPhraseName) != 0; }

// A city's generic facility name ("the Old City"), and one the text reads only so (no real name of
// the place matched too: Damascus's curated "Old City" is both).
bool isGeneric(const RecognisedCandidate& c) { return (c.quality & kGenericName) != 0; }
bool onlyGeneric(const RecognisedCandidate& c) { return c.quality == kGenericName; }

bool isBuilding(std::string_view w) { return w == "mosque" || w == "church" || w == "cathedral"; }

bool important(const sitrep::core::Place& p, std::int64_t minPopulation)
{
    return p.kind == PlaceKind::Country || p.kind == PlaceKind::Governorate || p.population >= minPopulation;
}

} // namespace

namespace {
std::string foldedSurface(const auto& s, std::size_t a, std::size_t b)
{
    std::string surface;
    for (std::size_t t = a; t <= b; ++t) {
        for (char ch : s.lower(t)) {
            const auto c = static_cast<unsigned char>(ch);
            if (ch == '.')
                continue;
            if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                if (!surface.empty() && surface.back() != ' ')
                    surface += ' ';
            } else {
                surface += ch;
            }
        }
        if (!surface.empty() && surface.back() != ' ')
            surface += ' ';
    }
    while (!surface.empty() && surface.back() == ' ')
        surface.pop_back();
    return surface;
}
} // namespace

void Recogniser::nodeResult(std::span<const IndexEntry> entries, const std::string& surface, NodeResult& res) const
{
    res.surface = surface;
    for (const auto& e : entries) {
        if (e.kind == EntryKind::Place)
            continue;
        // A blocker needs its own spelling: "Syrian" blocks, "Souran" (same key) does not.
        if (similarity(m_index.foldedName(e.foldedName), surface) < 0.75f)
            continue;
        res.blocked = true;
        if (e.kind == EntryKind::Demonym && !e.country.empty())
            res.demonymCountries.push_back(e.country);
    }
    // "They also took Aleppo University": an organisation's name the curators also made a place
    // (a campus) is that place when the text spells it so; the blocker only kept "Aleppo" from
    // being read as the city alone.
    if (res.blocked && res.demonymCountries.empty())
        for (const auto& e : entries)
            if (e.kind == EntryKind::Place && m_index.foldedName(e.foldedName) == surface
                && m_index.place(e.place).origin.starts_with("supplement"))
                res.blocked = false;
    auto& candidates = res.candidates;
    for (const auto& e : entries) {
        if (e.kind != EntryKind::Place)
            continue;
        const auto name = m_index.foldedName(e.foldedName);
        RecognisedCandidate c{e.place, e.quality, name == surface, similarity(name, surface),
                              name == surface && (e.quality & (kPrimaryName | kEnglishName)) != 0};
        auto it = std::find_if(candidates.begin(), candidates.end(), [&](const auto& x) { return x.place == c.place; });
        if (it == candidates.end())
            candidates.push_back(c);
        else {
            it->quality |= c.quality;
            it->exactSpelling = it->exactSpelling || c.exactSpelling;
            it->ownName = it->ownName || c.ownName;
            it->similarity = std::max(it->similarity, c.similarity);
        }
    }
    // Country names have fixed spellings: "Aron" is not Iran however its key reads.
    std::erase_if(candidates, [&](const RecognisedCandidate& c) {
        const auto& p = m_index.place(c.place);
        return !c.exactSpelling && (p.kind == PlaceKind::Country || p.origin == "builtin");
    });
}

void Recogniser::recognise(std::string_view text, RecognitionResult& out) const
{
    thread_local Scratch s;
    if (s.cacheOwner != m_index.serial() || s.words.size() > 500000) {
        s.candidateCache.clear();
        s.candidateCache.resize(m_index.nodeCount());
        s.words.clear();
        s.slots.clear();
        s.slotsUsed = 0;
        s.cacheOwner = m_index.serial();
    }
    s.text = text;
    tokenize(text, s.tokens);
    const std::size_t n = s.tokens.size();
    s.keys.assign(n, PlaceIndex::kNone);
    s.article.assign(n, false);
    s.noStart.assign(n, false);
    s.folded.assign(n, nullptr);
    s.lastMentionEnd = static_cast<std::size_t>(-1);
    std::string key;
    for (std::size_t i = 0; i < n; ++i) {
        const auto word = tokenText(text, s.tokens[i]);
        const std::size_t hash = Scratch::Hash{}(word);
        const auto* it = s.findSlot(hash, word);
        if (!it) {
            Scratch::WordInfo info;
            std::string& folded = info.folded;
            foldWordInto(word, folded);
            if (folded.size() <= 3 && isArticle(folded)) {
                info.article = true;
            } else if (folded.size() >= 2 || s.tokens[i].has(kHasDigit)) {
                skeletonInto(folded, key);
                info.key = m_index.keyId(key);
                info.commonWord = info.key != PlaceIndex::kNone
                    && (m_index.commonWords().contains(folded) || isStopWord(folded));
            }
            it = &*s.words.emplace(std::string(word), std::move(info)).first;
            s.addSlot(hash, it);
        }
        s.folded[i] = &it->second.folded;
        s.keys[i] = it->second.key;
        s.article[i] = it->second.article;
        s.noStart[i] = it->second.commonWord && !s.tokens[i].has(kCapitalised);
    }

    std::size_t i = 0;
    while (i < n) {
        // A lower-case common word never starts a name, except a curated phrase after "the".
        const bool phraseOnly = s.noStart[i];
        if (s.keys[i] == PlaceIndex::kNone || (phraseOnly && !s.afterThe(i) && !s.afterDeterminer(i))) {
            ++i;
            continue;
        }
        std::uint32_t node = m_index.child(PlaceIndex::kRoot, s.keys[i]);
        std::size_t best = n;
        std::uint32_t bestNode = PlaceIndex::kNone;
        std::size_t j = i;
        while (node != PlaceIndex::kNone) {
            if (!m_index.entries(node).empty()) {
                best = j;
                bestNode = node;
            }
            std::size_t k = j + 1;
            // A possessive ends a name, and always after a place ("Aleppo's old city", "Hama's
            // central prison" are the city's); after a word that names nothing yet it goes on when
            // the name does: "the People's Palace", indexed without its "'s".
            if (s.tokens[j].has(kPossessive)
                && (!m_index.entries(node).empty() || k >= n || !s.joined(k) || s.keys[k] == PlaceIndex::kNone
                    || m_index.child(node, s.keys[k]) == PlaceIndex::kNone))
                break;
            while (k < n && s.article[k] && s.joined(k))
                ++k;
            if (k >= n || !s.joined(k) || s.keys[k] == PlaceIndex::kNone)
                break;
            node = m_index.child(node, s.keys[k]);
            j = k;
        }
        if (bestNode == PlaceIndex::kNone) {
            ++i;
            continue;
        }
        const auto entries = m_index.entries(bestNode);
        std::size_t a = i;
        // Include a leading article: "al-Qaem", "Al Bab", "As-Suwayda".
        if (a > 0 && s.article[a - 1] && s.joined(a)) {
            const std::string_view art = s.lower(a - 1);
            if (s.tokens[a].has(kHyphenBefore) || art == "al" || art == "el")
                --a;
        }
        const auto spanStart = s.tokens[a].start;
        const auto spanEnd = s.tokens[best].end;
        // The surface spelled as the index spells names: folded words joined by one space.
        const std::string surface = foldedSurface(s, a, best);
        // Blockers and candidates depend only on the trie node and the spelling: look them up.
        auto& cached = s.candidateCache[bestNode];
        auto hit = std::find_if(cached.begin(), cached.end(), [&](const auto& c) { return c.surface == surface; });
        NodeResult computed;
        if (hit == cached.end()) {
            nodeResult(entries, surface, computed);
            if (cached.size() < 16) {
                cached.push_back(std::move(computed));
                hit = cached.end() - 1;
            }
        }
        const NodeResult& result = hit != cached.end() ? *hit : computed;
        if (phraseOnly && std::none_of(result.candidates.begin(), result.candidates.end(), isPhrase)
            && !(s.afterDeterminer(i) && std::any_of(result.candidates.begin(), result.candidates.end(), isGeneric))) {
            ++i;
            continue;
        }
        for (const auto country : result.demonymCountries)
            out.countryLinks.push_back({spanStart, spanEnd, std::string(country)});
        if (result.blocked || rejectByContext(s, a, best)) {
            i = best + 1;
            continue;
        }
        Recognition r;
        r.start = spanStart;
        r.end = spanEnd;
        r.candidates = result.candidates;
        if (r.candidates.empty() || !filterByCase(s, a, best, r)) {
            i = best + 1;
            continue;
        }
        readQualifiers(s, a, best, r);
        readRelation(s, a, r, out);
        out.mentions.push_back(std::move(r));
        s.lastMentionEnd = best;
        i = best + 1;
    }
}

bool Recogniser::rejectByContext(const Scratch& s, std::size_t a, std::size_t b) const
{
    const std::string_view first = s.lower(a);
    // A name that is a given name followed by "al-X"/"bin X" is a person ("Mohammed al-Bashir"),
    // not one in a list before a comma ("Hatla, Marrat, Mazloum, al-Husseiniyah" are villages).
    if (a == b && isGivenName(first) && b + 1 < s.tokens.size() && s.joined(b + 1) && s.article[b + 1] && s.cap(b + 2))
        return true;
    // "Sara Hama", "Maria Tell": a given name followed by a capitalised surname.
    if (a == b && isGivenName(first) && s.cap(a) && s.cap(b + 1) && s.joined(b + 1) && !s.tokens[b].has(kPossessive))
        return true;
    if (a > 0 && s.joined(a) && s.cap(a - 1) && !s.tokens[a - 1].has(kPossessive)) {
        const std::string_view prev = s.lower(a - 1);
        if ((isPersonTitle(prev) || isGivenName(prev)) && s.cap(a))
            return true;
    }
    if (a > 0 && s.joined(a) && s.cap(a) && isPersonTitle(s.lower(a - 1))) {
        return true; // "professor Aron" in a careless transcript
    }
    // "President-elect Trump", "Lt. Gen. X": a title two words back with only a capital between.
    if (a > 1 && s.cap(a - 1) && isPersonTitle(s.lower(a - 2)) && s.joined(a) && s.cap(a)
        && s.keys[a - 1] == PlaceIndex::kNone)
        return true;
    // "<place> University", "<place> Military Council", "<place> Post".
    const std::size_t q = b + 1;
    if (q < s.tokens.size() && s.joined(q) && s.cap(q) && !s.tokens[b].has(kPossessive)) {
        const std::string_view next = s.lower(q);
        if (isOrgHeadAfter(next))
            return true;
        if ((next == "military" || next == "media" || next == "revolutionary") && isOrgHeadAfter(s.lower(q + 1)))
            return true;
    }
    // "the Omari mosque": a building named after a person, not the village "Omari".
    if (q < s.tokens.size() && s.joined(q) && isBuilding(s.lower(q)))
        return true;
    // "Reporting by Sara Hama": an unknown capitalised word right before a one-word name.
    if (a == b && a > 0 && s.joined(a) && s.cap(a - 1) && s.cap(a) && !s.tokens[a - 1].has(kSentenceStart)
        && !s.tokens[a - 1].has(kTitleLine) && !s.tokens[a - 1].has(kPossessive) && !s.tokens[a].has(kHyphenBefore)
        && !s.tokens[a - 1].has(kAllCaps) && s.keys[a - 1] == PlaceIndex::kNone && !s.article[a - 1]) {
        const std::string_view prev = s.lower(a - 1);
        if (!m_index.commonWords().contains(prev) && !isStopWord(prev) && !isCompassWord(prev))
            return true;
    }
    // "Army of <place>", "Hawks of <place>".
    if (a > 1 && s.lower(a - 1) == "of" && s.cap(a - 2) && isOrgHeadBefore(s.lower(a - 2)))
        return true;
    return false;
}

bool Recogniser::filterByCase(const Scratch& s, std::size_t a, std::size_t b, Recognition& r) const
{
    // "the Old City", "the sprawling military academy", "the old city": a city's generic name
    // after a determiner, whatever its case; the resolver places it only where the text named the
    // city. Without a determiner ("Military Academy graduates") it is no name of the facility.
    if (std::any_of(r.candidates.begin(), r.candidates.end(), isGeneric)) {
        if (!s.afterDeterminer(a)) {
            std::erase_if(r.candidates, onlyGeneric);
            return !r.candidates.empty() && filterByCaseOf(s, a, b, r);
        }
        auto generic = r.candidates;
        std::erase_if(generic, [](const RecognisedCandidate& c) { return !isGeneric(c); });
        if (!filterByCaseOf(s, a, b, r)) {
            // Only the generic reading admits it ("the old city"): Damascus's curated "Old City"
            // is then no more than the generic name, placed only in a Damascus story.
            r.candidates.clear();
            r.weak = false;
            r.lowercase = !s.cap(a);
            for (auto& c : generic)
                c.quality = kGenericName;
        }
        for (const auto& c : generic) {
            const auto same = [&](const RecognisedCandidate& k) { return k.place == c.place; };
            if (std::none_of(r.candidates.begin(), r.candidates.end(), same))
                r.candidates.push_back(c);
        }
        return true;
    }
    const bool phrase = s.afterThe(a) && std::any_of(r.candidates.begin(), r.candidates.end(), isPhrase);
    if (!phrase)
        return filterByCaseOf(s, a, b, r);
    // "the buffer zone", "the UN buffer zone", "the state TV building": a curated phrase after
    // "the" is the place whatever the case of its words, when nothing else reads it (round 17).
    auto all = r.candidates;
    if (filterByCaseOf(s, a, b, r))
        return true;
    r.candidates = std::move(all);
    std::erase_if(r.candidates, [](const RecognisedCandidate& c) { return !isPhrase(c); });
    r.weak = false;
    r.lowercase = !s.cap(a);
    return true;
}

bool Recogniser::filterByCaseOf(const Scratch& s, std::size_t a, std::size_t b, Recognition& r) const
{
    bool anyCap = false;
    bool allDict = true;
    int words = 0;
    for (std::size_t t = a; t <= b; ++t) {
        if (s.article[t])
            continue;
        ++words;
        anyCap = anyCap || s.cap(t);
        const std::string_view w = s.lower(t);
        if (!(m_index.commonWords().contains(w) || isStopWord(w)))
            allDict = false;
    }
    const auto& first = s.tokens[a];
    const bool atStart = first.has(kSentenceStart) || first.has(kTitleLine);
    const auto keep = [&](auto pred) {
        std::erase_if(r.candidates, [&](const RecognisedCandidate& c) { return !pred(c); });
        return !r.candidates.empty();
    };
    // All-capital abbreviations ("US", "UAE", "U.S.") only through built-in aliases; a short
    // capitalised dateline ("HAMA, Syria") only when it spells the name exactly.
    if (a == b && first.has(kAllCaps) && !first.has(kAbbreviation) && first.end - first.start >= 4
        && first.end - first.start <= 5) {
        return keep([&](const RecognisedCandidate& c) { return c.exactSpelling; });
    }
    if (a == b && (first.has(kAllCaps) || first.has(kAbbreviation)) && first.end - first.start <= 5) {
        r.weak = true;
        return keep([&](const RecognisedCandidate& c) {
            return c.exactSpelling
                && ((c.quality & kAliasName) || m_index.place(c.place).kind == PlaceKind::Country);
        });
    }
    if (!anyCap) {
        if (allDict)
            return false;
        r.lowercase = true;
        return keep([&](const RecognisedCandidate& c) { return important(m_index.place(c.place), 100000); });
    }
    if (allDict) {
        // "Turkey" and "Jordan" are countries before they are words in news about Syria.
        const bool country = std::any_of(r.candidates.begin(), r.candidates.end(), [&](const RecognisedCandidate& c) {
            return c.exactSpelling && m_index.place(c.place).kind == PlaceKind::Country;
        });
        if (country) {
            r.weak = true;
            return keep([&](const RecognisedCandidate& c) {
                return c.exactSpelling && m_index.place(c.place).kind == PlaceKind::Country;
            });
        }
        // "the Old City", "Ras al-Ain": capitalised mid-sentence, a name for all its plain words.
        if (words > 1 && !atStart) {
            bool allCap = true;
            for (std::size_t t = a; t <= b; ++t)
                allCap = allCap && (s.article[t] || s.cap(t));
            r.weak = true;
            return allCap;
        }
        if (atStart || words > 1)
            return false;
        r.weak = true;
        return keep([&](const RecognisedCandidate& c) {
            return c.exactSpelling && important(m_index.place(c.place), 20000);
        });
    }
    return true;
}

} // namespace sitrep::text
