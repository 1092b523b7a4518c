#include "actormatcher.h"

#include "actorroles.h"
#include "sentences.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <span>
#include <sstream>
#include <unordered_map>

namespace sitrep::text {

using detail::kHeads;
using detail::kLedGroups;
using detail::kModifiers;
using detail::kOwnSideWords;
using detail::kPronouns;
using detail::roles;

namespace {

bool contains(std::span<const std::string_view> list, std::string_view w)
{
    return std::find(list.begin(), list.end(), w) != list.end();
}

bool allCaps(std::string_view s)
{
    bool letter = false;
    for (char c : s) {
        if (std::islower(static_cast<unsigned char>(c)))
            return false;
        letter = letter || std::isalpha(static_cast<unsigned char>(c));
    }
    return letter;
}

bool isAcronym(std::string_view text, const Word& w)
{
    const std::string_view spelt = text.substr(w.start, w.end - w.start); // "DMC": two to five capitals
    return spelt.size() >= 2 && spelt.size() <= 5 && allCaps(spelt) &&
           std::all_of(spelt.begin(), spelt.end(), [](unsigned char c) { return std::isalpha(c); });
}

// Head nouns of named bodies ("the Military Operations Command", "the Manbij Military Council",
// "the Southern Operations Room") that later stand for them alone.
bool isBodyHead(std::string_view w)
{
    return w == "command" || w == "council" || w == "room" || w == "administration" || w == "alliance" ||
           w == "division" || w == "brigade"; // round 84: "the division" after "the 210th Division"
}

// "the command", "the council's fighters" (not "the Command of the Army"): one past its last
// word, or `i`.
std::size_t headNounActor(const std::vector<Word>& words, std::size_t i)
{
    if (i + 1 >= words.size() || !isBodyHead(words[i + 1].lower) ||
        (i + 2 < words.size() && (words[i + 2].lower == "of" || words[i + 2].capitalised)))
        return i;
    std::size_t end = i + 2;
    if (end + 2 < words.size() && words[end].lower == "'" && words[end + 1].lower == "s" &&
        contains(kHeads, words[end + 2].lower))
        end += 3; // "the council's fighters"
    return end;
}

// "factions of the operations room took over Tafas", "operations room convoys entered al-Kiswah":
// an operations room named loosely, after the article has named it in full ("the Southern
// Operations Room"), stands for that body like "the command" does; its rank and file join it.
// Not plural "operations rooms" ("plans drawn up in foreign operations rooms"). One past its last
// word, or `i`.
std::size_t looseOperationsRoom(const std::vector<Word>& words, std::size_t i)
{
    const std::size_t at = words[i].lower == "the" ? i + 1 : i;
    if (at + 1 >= words.size() || words[at].lower != "operations" || words[at + 1].lower != "room" ||
        words[at].capitalised)
        return i;
    std::size_t end = at + 2;
    if (end + 2 < words.size() && words[end].lower == "'" && words[end + 1].lower == "s" &&
        contains(kHeads, words[end + 2].lower))
        end += 3; // "the room's fighters"
    else if (end < words.size() && contains(kHeads, words[end].lower))
        ++end; // "operations room fighters"
    return end;
}

// "the Iran-backed group", "the Turkish-backed militia": one past its last word, or `i`.
std::size_t describedActor(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::string_view kParticiples[] = {"led", "backed", "affiliated", "allied", "aligned",
                                                        "linked", "based", "supported", "funded"};
    static constexpr std::string_view kNouns[] = {"group", "force", "militia", "faction", "movement", "alliance",
                                                  "organisation", "organization", "coalition"};
    if (const std::size_t end = looseOperationsRoom(words, i); end > i)
        return end;
    if (words[i].lower != "the")
        return i;
    // "the command said", "the council's fighters": a body named before by its head noun.
    if (const std::size_t end = headNounActor(words, i); end > i)
        return end;
    std::size_t k = i + 1;
    while (k + 2 < words.size() && !words[k].punct && words[k + 1].lower == "-" && contains(kParticiples, words[k + 2].lower))
        k += 3;
    if (k == i + 1 || k >= words.size() || !contains(kNouns, words[k].lower))
        return i;
    return k + 1;
}

// "fighters led by Hayat Tahrir al-Sham", "the rebels, led by HTS,": the group is its leader's
// (a generic word, or an actor on the leader's side).
void adoptLeaders(const ActorMatcher& matcher, const std::vector<Word>& words, std::vector<ActorMention>& mentions)
{
    for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
        auto& led = mentions[k];
        const auto& leader = mentions[k + 1];
        std::size_t w = led.lastWord;
        if (w < words.size() && words[w].lower == ",")
            ++w;
        const bool ledBy = w + 1 < words.size() && words[w].lower == "led" && words[w + 1].lower == "by" &&
                           (leader.firstWord == w + 2 || (leader.firstWord == w + 3 && words[w + 2].lower == "the"));
        if (!ledBy || led.pronoun || leader.pronoun || leader.generic || leader.actorId.empty() ||
            !(led.generic || matcher.related(leader.actorId, led.actorId)))
            continue;
        led.actorId = leader.actorId;
        led.generic = false;
    }
}

// "the mercenaries of the so-called Syrian National Army": a bare "mercenaries" (a description,
// read like a pronoun) followed by "of" and a named actor is that actor ("the so-called" and quotes
// stepped over).
void adoptPatrons(const std::vector<Word>& words, std::vector<ActorMention>& mentions)
{
    for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
        auto& m = mentions[k];
        const auto& named = mentions[k + 1];
        if (!m.pronoun || m.lastWord >= words.size() || words[m.lastWord - 1].lower != "mercenaries" ||
            words[m.lastWord].lower != "of" || named.pronoun || named.generic || named.actorId.empty())
            continue;
        std::size_t w = m.lastWord + 1;
        while (w < named.firstWord && (words[w].lower == "the" || words[w].lower == "so" || words[w].lower == "-" ||
                                       words[w].lower == "called" || words[w].lower == "\""))
            ++w;
        if (w != named.firstWord)
            continue;
        m.actorId = named.actorId;
        m.pronoun = false;
    }
}

} // namespace

ActorMatcher::ActorMatcher(std::vector<core::Actor> actors) : m_actors(std::move(actors))
{
    auto exists = [&](std::string_view id) { return actor(id) != nullptr; };
    for (const auto& role : roles()) {
        std::string id;
        for (auto probe : role.ids)
            if (exists(probe)) {
                id = std::string(probe);
                break;
            }
        if (id.empty() && !role.fallback.empty() && exists(role.fallback))
            id = std::string(role.fallback);
        if (id.empty())
            continue;
        for (auto p : role.phrases)
            addEntry(p, id);
        for (auto p : role.generic)
            addEntry(p, id, true);
    }
    for (const auto& a : m_actors) {
        addEntry(a.name, a.id);
        if (!a.shortName.empty())
            addEntry(a.shortName, a.id);
        for (const auto& alias : a.aliases)
            addEntry(alias, a.id);
    }
    for (auto m : kModifiers)
        addEntry(m, "-");
    for (auto p : kPronouns)
        addEntry(p, "");
    for (auto p : kOwnSideWords)
        addEntry(p, "=");
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
    for (std::size_t k = 0; k < m_entries.size(); ++k)
        m_byFirst[m_entries[k].words.front()].push_back(k);
}

void ActorMatcher::addEntry(std::string_view phrase, std::string actorId, bool generic)
{
    Entry e;
    e.words = phraseWords(phrase);
    if (e.words.empty())
        return;
    e.actorId = std::move(actorId);
    e.generic = generic;
    // Short all-capital acronyms only match in capitals: "IS" is not "is".
    e.caseSensitive = phrase.size() <= 4 && allCaps(phrase);
    for (const auto& other : m_entries)
        if (other.words == e.words)
            return; // the first binding of a phrase wins (built-in roles before file aliases)
    m_entries.push_back(std::move(e));
}

std::vector<core::Actor> ActorMatcher::defaultActors()
{
    auto make = [](std::string id, std::string name, std::string side, std::string parent, std::uint32_t colour) {
        core::Actor a;
        a.id = std::move(id);
        a.name = std::move(name);
        a.shortName = a.name;
        a.side = std::move(side);
        a.parent = std::move(parent);
        a.colour = colour;
        return a;
    };
    return {make("government", "Syrian government forces", "government", "", 0xD55E00),
            make("opposition", "Syrian armed opposition", "opposition", "", 0x009E73),
            make("hts", "Hayat Tahrir al-Sham", "opposition", "opposition", 0x117733),
            make("sna", "Syrian National Army", "opposition", "opposition", 0x999933),
            make("sor", "Southern Operations Room", "opposition", "opposition", 0x44AA99),
            make("suwayda", "Druze factions of Suwayda", "opposition", "opposition", 0xDDCC77),
            make("sdf", "Syrian Democratic Forces", "kurdish", "", 0xF0E442),
            make("hezbollah", "Hezbollah", "foreign", "", 0xCC6677),
            make("iran-militias", "Iran-backed militias", "foreign", "", 0xAA4499),
            make("russia", "Russian armed forces", "foreign", "", 0x882255),
            make("israel", "Israel Defense Forces", "foreign", "", 0x0072B2),
            make("turkey", "Turkish Armed Forces", "foreign", "", 0x332288),
            make("isis", "Islamic State", "other", "", 0x000000),
            make("us-coalition", "US forces and the anti-ISIS coalition", "foreign", "", 0x88CCEE)};
}

std::vector<ActorMention> ActorMatcher::find(std::string_view text) const
{
    const auto words = splitWords(text);
    std::vector<ActorMention> out;
    for (std::size_t i = 0; i < words.size();) {
        const Entry* best = nullptr;
        const auto bucket = m_byFirst.find(words[i].lower);
        static const std::vector<std::size_t> kNone;
        const auto& candidates = bucket == m_byFirst.end() ? kNone : bucket->second;
        for (const std::size_t idx : candidates) {
            const Entry& e = m_entries[idx];
            if (e.words.size() > words.size() - i)
                continue;
            if (matchPhrase(words, i, e.words) == 0)
                continue;
            if (e.caseSensitive && !allCaps(text.substr(words[i].start, words[i].end - words[i].start)))
                continue;
            best = &e; // entries are longest first
            break;
        }
        // "the Military Operations Command" is not "the military" + "Operations Command".
        if (best && best->words.front() == "the" && i + 1 < words.size()) {
            bool longer = false;
            for (const auto& e : m_entries)
                if (e.words.size() >= best->words.size() && e.words.front() == words[i + 1].lower &&
                    matchPhrase(words, i + 1, e.words)) {
                    longer = true;
                    break;
                }
            if (longer) {
                ++i;
                continue;
            }
        }
        if (!best) {
            // "The Iran-backed group had pulled its fighters out of Qusayr": a description of an
            // actor named before, read like a pronoun (unless it names one: "the Kurdish-led force").
            auto startsEntry = [&](std::size_t k) {
                const auto next = k < words.size() ? m_byFirst.find(words[k].lower) : m_byFirst.end();
                if (next == m_byFirst.end())
                    return false;
                for (const std::size_t idx : next->second) {
                    const Entry& e = m_entries[idx];
                    if (e.words.size() <= words.size() - k && matchPhrase(words, k, e.words) != 0 && e.actorId != "-")
                        return true;
                }
                return false;
            };
            // "DMC forces", "the DMC": an unknown abbreviation, read like a pronoun (round 84).
            if (isAcronym(text, words[i]) && !m_byFirst.contains(words[i].lower)) {
                const bool head = i + 1 < words.size() && contains(kHeads, words[i + 1].lower);
                const bool the = i > 0 && words[i - 1].lower == "the" && (out.empty() || out.back().lastWord < i);
                if (head || the) {
                    ActorMention m;
                    m.firstWord = the ? i - 1 : i;
                    m.lastWord = head ? i + 2 : i + 1;
                    m.start = words[m.firstWord].start;
                    m.end = words[m.lastWord - 1].end;
                    m.text = std::string(text.substr(m.start, m.end - m.start));
                    m.pronoun = true;
                    m.acronym = words[i].lower;
                    i = m.lastWord;
                    out.push_back(std::move(m));
                    continue;
                }
            }
            if (const std::size_t end = describedActor(words, i); end > i && !startsEntry(i + 1)) {
                // "forces of the division": the rank and file join the body (round 84).
                std::size_t first = i;
                if (i >= 2 && words[i - 1].lower == "of" && contains(kHeads, words[i - 2].lower) &&
                    end == i + 2 && (words[i + 1].lower == "division" || words[i + 1].lower == "brigade")) {
                    const bool overlaps = !out.empty() && out.back().lastWord > i - 2;
                    if (!overlaps || (out.back().firstWord == i - 2 && out.back().generic)) {
                        if (overlaps)
                            out.pop_back(); // "troops" of "troops of the division"
                        first = i - 2;
                    }
                }
                ActorMention m;
                m.firstWord = first;
                m.lastWord = end;
                m.start = words[first].start;
                m.end = words[end - 1].end;
                m.text = std::string(text.substr(m.start, m.end - m.start));
                m.pronoun = true;
                out.push_back(std::move(m));
                i = end;
                continue;
            }
            ++i;
            continue;
        }
        std::size_t last = i + best->words.size();
        if (best->actorId == "=") {
            // "the resistance axis", "the resistance of the defenders", "the heroes of our army":
            // a common noun, or the head of what names the side.
            const std::string_view next = last < words.size() ? std::string_view(words[last].lower) : "";
            if (next == "axis" || next == "front" || next == "of") {
                ++i;
                continue;
            }
            ActorMention m;
            m.firstWord = i;
            m.lastWord = last;
            m.start = words[i].start;
            m.end = words[last - 1].end;
            m.text = std::string(text.substr(m.start, m.end - m.start));
            m.pronoun = true;
            m.ownSide = true;
            out.push_back(std::move(m));
            i = last;
            continue;
        }
        const bool named = !best->actorId.empty() && best->actorId != "-";
        if (named)
            while (last < words.size()) {
                if (contains(kHeads, words[last].lower)) {
                    ++last;
                } else if (last + 1 < words.size() && words[last].lower == "\"" && i > 0 && words[i - 1].lower == "\"" &&
                           contains(kHeads, words[last + 1].lower)) {
                    last += 2; // the "SDF" militia: past the closing quote to the head
                } else if (last + 2 < words.size() && words[last].lower == "-" &&
                           (words[last + 1].lower == "led" || words[last + 1].lower == "backed" ||
                            words[last + 1].lower == "affiliated" || words[last + 1].lower == "allied") &&
                           (contains(kHeads, words[last + 2].lower) ||
                            (words[last + 1].lower == "led" && contains(kLedGroups, words[last + 2].lower)))) {
                    last += 3; // "HTS-led fighters", "HTS-led rebels", "HTS-led opposition forces"
                } else {
                    break;
                }
            }
        if (best->actorId == "-") { // a modifier names nobody
            i = last;
            continue;
        }
        // "Deir ez-Zor Military Council (DMC) forces took over Hatla": the name's (round 84).
        std::string acronym;
        if (named && last + 2 < words.size() && words[last].lower == "(" && words[last + 2].lower == ")" &&
            isAcronym(text, words[last + 1]) && !m_byFirst.contains(words[last + 1].lower)) {
            acronym = words[last + 1].lower;
            if (last + 3 < words.size() && contains(kHeads, words[last + 3].lower))
                last += 4;
        }
        // "the Damascus government's forces", "the SDF's fighters": the possessive's head joins the name.
        if (named && last + 2 < words.size() && words[last].lower == "'" && words[last + 1].lower == "s" &&
            contains(kHeads, words[last + 2].lower) && words[last + 2].lower != "statement" &&
            words[last + 2].lower != "reports")
            last += 3;
        // "Iran-aligned Iraqi militias", "U.S.-backed Kurdish forces": a compound modifier naming a
        // patron that is no actor of its own joins the mention ("HTS-led forces" is one already).
        std::size_t first = i;
        if (named && i >= 3 && words[i - 2].lower == "-" && !words[i - 3].punct &&
            (words[i - 1].lower == "backed" || words[i - 1].lower == "aligned" || words[i - 1].lower == "allied" ||
             words[i - 1].lower == "affiliated" || words[i - 1].lower == "linked" || words[i - 1].lower == "supported") &&
            (out.empty() || out.back().lastWord <= i - 3))
            first = i - 3;
        ActorMention m;
        m.firstWord = first;
        m.lastWord = last;
        m.start = words[first].start;
        m.end = words[last - 1].end;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        m.actorId = best->actorId;
        m.pronoun = best->actorId.empty();
        m.generic = best->generic;
        m.acronym = std::move(acronym);
        // "HTS, a group that has spent years recasting itself as the sober government of Idlib
        // province", "the Salvation Government": HTS's administration, not the Syrian state's.
        if (words[last - 1].lower == "government" && root(m.actorId) == "government") {
            const bool ofIdlib = last + 1 < words.size() && words[last].lower == "of" && words[last + 1].lower == "idlib";
            const bool salvation = first > 0 && words[first - 1].lower == "salvation";
            if ((ofIdlib || salvation) && (actor("hts") || actor("opposition"))) {
                m.actorId = actor("hts") ? "hts" : "opposition";
                m.generic = false;
            }
        }
        // "Kurdish fighters" after "Syrian": one mention; a generic head joins the name before it.
        // "the militia gunmen", "the group fighters": one description, bound like "the militia".
        const auto description = [&](const ActorMention& d) {
            std::string t = d.text;
            std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
            return t == "the militia" || t == "the group" || t == "the faction";
        };
        if (!out.empty() && out.back().lastWord == i && out.back().pronoun && m.generic && description(out.back())) {
            ActorMention& prev = out.back();
            prev.lastWord = m.lastWord;
            prev.end = m.end;
            prev.text = std::string(text.substr(prev.start, prev.end - prev.start));
            i = last;
            continue;
        }
        if (!out.empty() && out.back().lastWord == i && !out.back().pronoun) {
            ActorMention& prev = out.back();
            if (m.generic && !prev.generic) {
                prev.lastWord = m.lastWord;
                prev.end = m.end;
                prev.text = std::string(text.substr(prev.start, prev.end - prev.start));
                i = last;
                continue;
            }
            // "the PKK/YPG terrorist organisation": a name before "terrorist …" is whom the label names.
            if (!prev.generic && !prev.actorId.empty() && words[i].lower.starts_with("terror"))
                m.actorId = prev.actorId;
            m.start = prev.start;
            m.firstWord = prev.firstWord;
            m.text = std::string(text.substr(m.start, m.end - m.start));
            out.pop_back();
        }
        out.push_back(std::move(m));
        i = last;
    }
    adoptLeaders(*this, words, out);
    adoptPatrons(words, out);
    return out;
}


const core::Actor* ActorMatcher::actor(std::string_view id) const
{
    for (const auto& a : m_actors)
        if (a.id == id)
            return &a;
    return nullptr;
}

std::string ActorMatcher::root(std::string_view id) const
{
    std::string cur(id);
    for (int guard = 0; guard < 16; ++guard) {
        const auto* a = actor(cur);
        if (!a || a->parent.empty() || !actor(a->parent))
            return cur;
        cur = a->parent;
    }
    return cur;
}

bool ActorMatcher::related(std::string_view a, std::string_view b) const
{
    if (a == b)
        return true;
    auto within = [&](std::string_view x, std::string_view anc) {
        std::string cur(x);
        for (int guard = 0; guard < 16; ++guard) {
            if (cur == anc)
                return true;
            const auto* act = actor(cur);
            if (!act || act->parent.empty())
                return false;
            cur = act->parent;
        }
        return false;
    };
    return within(a, b) || within(b, a);
}

namespace {

std::vector<std::string> splitCsvLine(std::string_view line)
{
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cells.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cells.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            cells.emplace_back();
        } else if (c != '\r') {
            cells.back() += c;
        }
    }
    return cells;
}

} // namespace

core::Result<std::vector<core::Actor>> parseActorsCsv(std::string_view csv, std::string_view file)
{
    std::vector<core::Actor> out;
    std::istringstream in{std::string(csv)};
    std::string line;
    std::unordered_map<std::string, std::size_t> col;
    std::size_t lineNo = 0;
    auto where = [&] { return std::string(file) + ":" + std::to_string(lineNo); };
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line == "\r" || line.starts_with('#'))
            continue;
        const auto cells = splitCsvLine(line);
        if (col.empty()) {
            for (std::size_t k = 0; k < cells.size(); ++k)
                col[cells[k]] = k;
            if (!col.contains("id") || !col.contains("name"))
                return core::fail("actors file needs at least the columns id and name", where());
            continue;
        }
        auto cell = [&](const char* name) -> std::string {
            const auto it = col.find(name);
            return it != col.end() && it->second < cells.size() ? cells[it->second] : std::string();
        };
        if (cells.size() > col.size())
            return core::fail("more cells (" + std::to_string(cells.size()) + ") than header columns", where());
        core::Actor a;
        a.id = cell("id");
        if (a.id.empty())
            return core::fail("actor without an id", where());
        a.name = cell("name");
        a.shortName = cell("short_name");
        a.side = cell("side");
        a.parent = cell("parent");
        if (const std::string colour = cell("colour"); !colour.empty()) {
            const std::string hex = colour.starts_with('#') ? colour.substr(1) : colour;
            if (hex.size() != 6 || !std::all_of(hex.begin(), hex.end(), [](unsigned char c) { return std::isxdigit(c); }))
                return core::fail("colour '" + colour + "' is not #RRGGBB", where());
            a.colour = static_cast<std::uint32_t>(std::stoul(hex, nullptr, 16));
        }
        std::string alias;
        std::istringstream aliases(cell("aliases"));
        while (std::getline(aliases, alias, '|'))
            if (!alias.empty())
                a.aliases.push_back(alias);
        if (std::any_of(out.begin(), out.end(), [&](const core::Actor& o) { return o.id == a.id; }))
            return core::fail("actor id '" + a.id + "' given twice", where());
        out.push_back(std::move(a));
    }
    if (col.empty())
        return core::fail("actors file is empty", std::string(file));
    return out;
}

core::Result<std::vector<core::Actor>> loadActorsCsv(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return core::fail("cannot open actors file", path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseActorsCsv(ss.str(), path);
}

} // namespace sitrep::text
