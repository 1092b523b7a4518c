#include "actormatcher.h"

#include "sentences.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <span>
#include <sstream>
#include <unordered_map>

namespace sitrep::text {

namespace {

// The words reports use, by the role they name; a role binds to the scenario actor whose id is
// one of `ids`, and falls back to `fallback` (hts → opposition) when the scenario lacks it.
struct Role {
    std::vector<std::string_view> ids;
    std::string_view fallback;
    std::vector<std::string_view> phrases;
    std::vector<std::string_view> generic = {};
};

const std::vector<Role>& roles()
{
    static const std::vector<Role> all{
        {{"government"}, "",
         {"syrian army", "syrian arab army", "SAA", "syrian military", "syria's military", "syria's army", "the military",
          "the army", "army units", "army soldiers", "army troops", "army forces", "armed forces",
          "the armed forces", "syrian armed forces", "army and armed forces", "government forces", "government troops",
          "government soldiers", "government defenses", "government defences", "government lines", "government",
          "syrian government", "the syrian government", "pro-government forces", "pro-government militias",
          "the regime", "regime", "regime forces", "regime troops", "assad's forces", "assad's troops", "assad's army",
          "assad's regime", "assad regime", "assad forces", "forces loyal to assad", "loyalists", "loyalist forces",
          "syrian troops", "syrian soldiers", "syrian forces", "state forces", "security forces",
          "security personnel", "army personnel", "military personnel", "security branches",
          "army and security forces", "army and security personnel",
          "syrian air force", "air force", "republican guard", "fourth division", "4th division"},
         {"troops", "soldiers", "police", "police officers", "military units"}},
        {{"opposition"}, "",
         {"rebels", "rebel", "rebel forces", "rebel fighters", "rebel factions", "rebel groups", "syrian rebels",
          "insurgents", "insurgent", "insurgent forces", "opposition", "opposition forces", "opposition fighters",
          "opposition factions", "opposition groups", "armed opposition", "syrian opposition",
          "anti-government forces", "anti-regime forces", "armed groups", "terrorists", "terrorist", "terrorist groups",
          "terrorist organizations", "terrorist organisations", "terrorist organization", "terrorist organisation",
          "terror group", "free syrian army", "FSA",
          // no name, but armed and against the government: "armed residents took control of Jaramana"
          "armed residents", "local gunmen", "local fighters", "local factions",
          "armed locals", "rebel coalition", "the rebel coalition", "opposition coalition"},
         {"militants", "jihadists", "islamists", "fighters", "factions", "gunmen"}},
        {{"hts"}, "opposition",
         {"HTS", "hayat tahrir al-sham", "hay'at tahrir al-sham", "tahrir al-sham", "jolani", "al-jolani",
          "abu mohammed al-jolani", "ahmed al-sharaa", "military operations command", "jolani's forces",
          // after 8 December the reports' word for the HTS-led government and its fighters
          "syria's new authorities", "the new authorities", "new authorities", "islamist-led authorities",
          "syria's new rulers", "the new rulers", "new rulers"}},
        {{"sna"}, "opposition",
         {"syrian national army", "SNA", "turkish-backed factions", "turkish-backed rebels", "turkish-backed",
          "turkey-backed", "turkey-backed factions", "national army", "turkish-backed fighters", "turkey-backed fighters",
          "turkish-backed groups", "turkey-backed groups", "ankara-backed factions", "ankara-backed fighters",
          "ankara-backed groups", "ankara-backed rebels"}},
        {{"sor"}, "opposition",
         {"southern operations room", "southern factions", "southern rebels", "southern opposition factions"}},
        {{"suwayda"}, "opposition", {"druze factions", "druze fighters", "druze militias", "druze groups",
                                      "druze armed groups", "local druze fighters",
                                      "druze militiamen", "druze gunmen", "men of dignity",
                                      "men of dignity movement"}},
        {{"sdf"}, "",
         {"SDF", "syrian democratic forces", "kurdish forces", "kurdish fighters", "kurdish-led forces", "kurdish-led",
          "kurdish-led sdf", "kurdish", "kurds", "YPG", "syrian kurdish forces", "syrian kurdish fighters",
          "kurdish militia", "kurdish militias",
          // Syrian state media's name for the SDF (its Arabic initials)
          "QSD", "QSD militia",
          // the SDF's local councils and the Kurdish internal security forces
          "military council", "manbij military council", "deir ez-zor military council", "deir al-zor military council",
          "deir ezzor military council", "asayish", "kurdish internal security forces", "internal security forces"}},
        {{"hezbollah"}, "",
         {"hezbollah", "hizbollah", "hizballah", "hizbullah", "lebanon's hezbollah", "the lebanese group"}},
        {{"iran-militias", "iraqi-militias"}, "",
         {"iraqi militias", "iraqi militia", "iran-backed militias", "iranian-backed militias",
          "iran-backed iraqi militias", "iranian-backed iraqi militias", "popular mobilization forces",
          "popular mobilisation forces", "PMF", "IRGC", "revolutionary guards", "iranian forces", "iranian militias",
          "iran's militias", "iranian-backed groups", "iran-backed fighters", "iranian-backed fighters"}},
        {{"russia"}, "", {"russian forces", "russian troops", "russian military", "russian warplanes", "russia"}},
        {{"israel"}, "", {"israeli forces", "israeli troops", "israeli army", "israeli military", "IDF", "israeli tanks",
                          "israeli soldiers", "israeli commandos", "israel's military", "israel's army",
                          "israel's forces", "the israeli military", "israel"}},
        {{"turkey"}, "", {"turkish forces", "turkish army", "turkish troops", "turkish military"}},
        {{"isis"}, "", {"islamic state", "ISIS", "ISIL", "IS", "daesh"}},
        {{"us-coalition", "usa", "us"}, "", {"u.s. forces", "us forces", "american forces", "u.s. troops", "coalition forces"}},
    };
    return all;
}

constexpr std::string_view kModifiers[] = {"u.s.-backed", "us-backed", "american-backed", "western-backed",
                                           "russian-backed", "russia-backed", "newly unified", "islamist",
                                           "jihadist", "syrian"};
constexpr std::string_view kPronouns[] = {"they", "he", "their", "them", "its forces", "his forces", "their forces",
                                          "its fighters", "their fighters", "his fighters", "its units", "their units", "its troops",
                                          "their troops", "the group", "it", "our forces", "our troops",
                                          "our armed forces", "our units", "our fighters", "our army",
                                          "the faction", "the militia"};
// Heads that extend a named actor: "rebel commander", "HTS fighters", "army officer".
constexpr std::string_view kHeads[] = {"forces", "fighters", "troops", "soldiers", "units", "factions", "groups",
                                       "militants", "militias", "militia", "members", "commander", "commanders",
                                       "leader", "leaders", "sources", "source", "officials", "official",
                                       "spokesman", "spokesperson", "officer", "officers", "figure", "reports",
                                       "statement", "command", "positions"};

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
            ++i;
            continue;
        }
        std::size_t last = i + best->words.size();
        const bool named = !best->actorId.empty() && best->actorId != "-";
        if (named)
            while (last < words.size()) {
                if (contains(kHeads, words[last].lower)) {
                    ++last;
                } else if (last + 2 < words.size() && words[last].lower == "-" &&
                           (words[last + 1].lower == "led" || words[last + 1].lower == "backed" ||
                            words[last + 1].lower == "affiliated" || words[last + 1].lower == "allied") &&
                           contains(kHeads, words[last + 2].lower)) {
                    last += 3; // "HTS-led fighters"
                } else {
                    break;
                }
            }
        if (best->actorId == "-") { // a modifier names nobody
            i = last;
            continue;
        }
        ActorMention m;
        m.firstWord = i;
        m.lastWord = last;
        m.start = words[i].start;
        m.end = words[last - 1].end;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        m.actorId = best->actorId;
        m.pronoun = best->actorId.empty();
        m.generic = best->generic;
        // "Kurdish fighters" after "Syrian": one mention; a generic head joins the name before it.
        if (!out.empty() && out.back().lastWord == i && !out.back().pronoun) {
            ActorMention& prev = out.back();
            if (m.generic && !prev.generic) {
                prev.lastWord = m.lastWord;
                prev.end = m.end;
                prev.text = std::string(text.substr(prev.start, prev.end - prev.start));
                i = last;
                continue;
            }
            m.start = prev.start;
            m.firstWord = prev.firstWord;
            m.text = std::string(text.substr(m.start, m.end - m.start));
            out.pop_back();
        }
        out.push_back(std::move(m));
        i = last;
    }
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
