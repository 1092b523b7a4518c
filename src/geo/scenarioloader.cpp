// scenario.json and actors.csv; the baseline and the timeline are in scenariobaseline.cpp and
// scenariotimeline.cpp.
#include "scenarioloader.h"

#include "scenariocsv.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>

namespace sitrep::geo {

namespace {

std::string at(const std::string& file, std::size_t line)
{
    return file + ":" + std::to_string(line);
}

std::string trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return std::string(s);
}

bool validId(std::string_view id)
{
    if (id.empty() || id[0] < 'a' || id[0] > 'z')
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::optional<std::uint32_t> parseColour(std::string_view s)
{
    if (s.size() != 7 || s[0] != '#')
        return std::nullopt;
    std::uint32_t v = 0;
    for (char c : s.substr(1)) {
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= static_cast<std::uint32_t>(c - '0');
        else if (c >= 'A' && c <= 'F')
            v |= static_cast<std::uint32_t>(c - 'A' + 10);
        else if (c >= 'a' && c <= 'f')
            v |= static_cast<std::uint32_t>(c - 'a' + 10);
        else
            return std::nullopt;
    }
    return v;
}

constexpr std::array kActorColumns{"id", "name", "short_name", "side", "colour", "aliases", "parent"};
constexpr std::array kSides{"opposition", "government", "kurdish", "foreign", "other"};

} // namespace

void loadActors(const std::string& path, Scenario& out)
{
    auto text = readTextFile(path);
    if (!text) {
        out.warnings.push_back(text.error());
        return;
    }
    CsvTable table = parseCsv(*text, path);
    out.warnings.insert(out.warnings.end(), table.problems.begin(), table.problems.end());
    const auto idCol = table.column("id");
    if (!idCol) {
        out.warnings.push_back({"the header has no 'id' column (expected id,name,short_name,side,colour,aliases,parent); "
                                "no actor loaded",
                                at(path, 1)});
        return;
    }
    for (const char* name : kActorColumns)
        if (!table.column(name))
            out.warnings.push_back({std::string("the header lacks the '") + name + "' column; actors load without it",
                                    at(path, 1)});
    for (const auto& h : table.header)
        if (std::find_if(kActorColumns.begin(), kActorColumns.end(), [&](const char* n) { return h == n; })
            == kActorColumns.end())
            out.warnings.push_back({"unknown column '" + h + "' ignored", at(path, 1)});

    std::map<std::string, std::size_t> lineOf;
    std::map<std::uint32_t, std::string> colourOwner;
    std::map<std::string, std::string> aliasOwner;
    std::vector<core::Actor> loaded;
    for (const CsvRecord& rec : table.records) {
        const std::string where = at(path, rec.line);
        if (rec.fields.size() != table.header.size()) {
            out.warnings.push_back({"the row has " + std::to_string(rec.fields.size()) + " fields, the header "
                                        + std::to_string(table.header.size()) + "; row skipped",
                                    where});
            continue;
        }
        auto get = [&](const char* name) {
            const auto c = table.column(name);
            return c ? trim(rec.fields[*c]) : std::string{};
        };
        core::Actor a;
        a.id = get("id");
        a.name = get("name");
        a.shortName = get("short_name");
        a.side = get("side");
        a.parent = get("parent");
        if (!validId(a.id)) {
            out.warnings.push_back({"bad actor id '" + a.id + "' (expected lower-case letters, digits and '-'); row skipped",
                                    where});
            continue;
        }
        if (lineOf.contains(a.id)) {
            out.warnings.push_back({"actor '" + a.id + "' already defined on line " + std::to_string(lineOf[a.id])
                                        + "; row skipped",
                                    where});
            continue;
        }
        if (table.column("side")
            && std::find_if(kSides.begin(), kSides.end(), [&](const char* s) { return a.side == s; }) == kSides.end()) {
            out.warnings.push_back({"actor '" + a.id + "': unknown side '" + a.side
                                        + "' (expected opposition, government, kurdish, foreign or other); row skipped",
                                    where});
            continue;
        }
        if (table.column("colour")) {
            const std::string colour = get("colour");
            const auto rgb = parseColour(colour);
            if (!rgb) {
                out.warnings.push_back({"actor '" + a.id + "': bad colour '" + colour + "' (expected #RRGGBB); row skipped",
                                        where});
                continue;
            }
            a.colour = *rgb;
            if (auto [it, fresh] = colourOwner.try_emplace(*rgb, a.id); !fresh)
                out.warnings.push_back({"actor '" + a.id + "' has the same colour as '" + it->second + "'", where});
        }
        std::string aliases = get("aliases");
        for (std::size_t start = 0; start <= aliases.size();) {
            std::size_t bar = aliases.find('|', start);
            if (bar == std::string::npos)
                bar = aliases.size();
            std::string alias = trim(std::string_view(aliases).substr(start, bar - start));
            if (!alias.empty()) {
                if (auto [it, fresh] = aliasOwner.try_emplace(alias, a.id); !fresh)
                    out.warnings.push_back({"alias '" + alias + "' of '" + a.id + "' is already an alias of '" + it->second
                                                + "'",
                                            where});
                a.aliases.push_back(std::move(alias));
            }
            start = bar + 1;
        }
        lineOf[a.id] = rec.line;
        loaded.push_back(std::move(a));
    }
    // Parents are checked once every actor is known: unknown parents and loops are cut.
    std::set<std::string> ids;
    for (const auto& a : loaded)
        ids.insert(a.id);
    for (const auto& a : out.actors.actors())
        ids.insert(a.id);
    for (auto& a : loaded) {
        if (!a.parent.empty() && !ids.contains(a.parent)) {
            out.warnings.push_back({"actor '" + a.id + "': unknown parent '" + a.parent + "' ignored", at(path, lineOf[a.id])});
            a.parent.clear();
        }
    }
    for (auto& a : loaded) {
        std::string cur = a.parent;
        for (std::size_t steps = 0; !cur.empty() && steps <= loaded.size(); ++steps) {
            if (cur == a.id) {
                out.warnings.push_back({"actor '" + a.id + "': parent chain loops back to it; parent ignored",
                                        at(path, lineOf[a.id])});
                a.parent.clear();
                break;
            }
            auto it = std::find_if(loaded.begin(), loaded.end(), [&](const core::Actor& x) { return x.id == cur; });
            cur = it == loaded.end() ? std::string{} : it->parent;
        }
    }
    for (auto& a : loaded)
        out.actors.add(std::move(a));
}

core::Result<Scenario> loadScenario(const std::string& dir, const core::Gazetteer& gazetteer)
{
    const std::string path = dir + "/scenario.json";
    auto text = readTextFile(path);
    if (!text)
        return std::unexpected(text.error());
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(*text);
    } catch (const nlohmann::json::parse_error& e) {
        const std::size_t byte = std::min<std::size_t>(e.byte, text->size());
        const auto line = 1 + std::count(text->begin(), text->begin() + static_cast<std::ptrdiff_t>(byte), '\n');
        return core::fail(std::string("not valid JSON: ") + e.what(), at(path, static_cast<std::size_t>(line)));
    }
    if (!j.is_object())
        return core::fail("expected one JSON object", path);

    Scenario s;
    s.dir = dir;
    auto str = [&](const char* key, std::string fallback = {}) {
        auto it = j.find(key);
        if (it == j.end() || !it->is_string())
            return fallback;
        return it->get<std::string>();
    };
    s.id = str("id", std::filesystem::path(dir).filename().string());
    s.title = str("title", s.id);
    s.defaultActor = str("default_actor");
    s.country = str("country");
    for (auto [key, target] : {std::pair{"start", &s.start}, std::pair{"end", &s.end}}) {
        const std::string value = str(key);
        if (auto t = core::parseIso8601(value))
            *target = *t;
        else
            s.warnings.push_back({std::string("'") + key + "' is missing or not an ISO 8601 instant: '" + value + "'",
                                  path});
    }
    if (s.country.empty())
        s.warnings.push_back({"'country' is missing: the baseline applies to places of every country", path});

    s.articlesDir = dir + "/" + str("articles", "articles");
    loadActors(dir + "/" + str("actors", "actors.csv"), s);
    if (!s.defaultActor.empty() && !s.actors.contains(s.defaultActor)) {
        s.warnings.push_back({"default_actor '" + s.defaultActor + "' is not in the actors file; ignored", path});
        s.defaultActor.clear();
    }
    loadBaseline(dir + "/" + str("baseline", "baseline.geojson"), gazetteer, s);
    const std::string timeline = dir + "/" + str("timeline", "timeline.csv");
    if (j.contains("timeline") || std::filesystem::exists(timeline))
        loadTimeline(timeline, gazetteer, s);
    return s;
}

} // namespace sitrep::geo
