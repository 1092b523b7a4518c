// `sitrep override`: the analyst's corrections of control, kept in a workspace as overrides —
// add one (a place by id or name, an actor of the scenario, what happened and from when, and
// why), list them, remove one. The claim extractor misses changes; an override outranks the
// articles' claims in `state`, `changes`, `export`, `diff` and the map, and stays visible as the
// analyst's. The scenario's cached workspace is refused: it is rebuilt when its articles change.
#include "command.h"
#include "core/actorregistry.h"
#include "core/claim.h"
#include "core/place.h"
#include "geo/gazetteerloader.h"
#include "geo/scenarioloader.h"
#include "options.h"
#include "store/scenarioworkspace.h"
#include "store/workspace.h"
#include "text/normaliser.h"
#include "text/placefinder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace sitrep;
using cli::kInputError;
using cli::kOk;
using cli::kUsage;

constexpr const char* kWho = "sitrep override";
constexpr const char* kUsageText
    = "usage: sitrep override add --workspace WS --place PLACE --actor ACTOR --at ISO\n"
      "                           [--kind KIND] [--stance affirms|denies] [--note TEXT] [--author NAME]\n"
      "                           [--gazetteer GPKG] [--scenario DIR]\n"
      "       sitrep override list --workspace WS [--format table|jsonl]\n"
      "       sitrep override remove --workspace WS ID\n\n"
      "The analyst's corrections of control, kept in a workspace as overrides: they outrank the\n"
      "articles' claims under every lens that hears the analyst (latest, consensus, side lenses\n"
      "do not) and stay visible as overrides in `state` evidence and on the map.\n"
      "  --workspace WS    a GeoPackage file (created by `add` when missing) or postgresql://…;\n"
      "                    not the scenario's cached workspace, which is rebuilt from its articles\n"
      "  --place PLACE     a place id (gn:170063) or a name of the gazetteer (\"Hama\", \"حماة\");\n"
      "                    a name that fits several places fails and lists them\n"
      "  --actor ACTOR     an actor id of the scenario's actors.csv (hts, government, sdf, …)\n"
      "  --kind KIND       controls (default), captured, withdrew, contested, entered,\n"
      "                    surrendered, besieged\n"
      "  --stance S        affirms (default) or denies\n"
      "  --at ISO          from when: 2024-12-05T18:00Z, or a date alone for the start of that day\n"
      "  --note TEXT       why (\"Reuters 7 Dec, the extractor missed it\"); shown as the claim's\n"
      "                    sentence\n"
      "  --author NAME     who (default: $USER)\n"
      "  --gazetteer GPKG  places (default: the shipped geodata/levant.gpkg)\n"
      "  --scenario DIR    its actors.csv names the actors (default: the bundled scenario)\n"
      "  --format F        list as a table (default) or one JSON object a line\n"
      "`add` prints the new override's id; `remove ID` removes it (nothing else is touched).\n"
      "Exit status: 0 ok, 1 an input or the workspace failed, 2 usage.\n";

constexpr std::string_view kKinds[]
    = {"controls", "captured", "withdrew", "contested", "entered", "surrendered", "besieged"};

int usage(const std::string& message)
{
    std::cerr << kWho << ": " << message << "\n" << kUsageText;
    return kUsage;
}

int inputError(const std::string& message)
{
    std::cerr << kWho << ": " << message << '\n';
    return kInputError;
}

// The scenario's cached workspace is rebuilt whenever its articles change: an override stored
// there would be lost.
bool isScenarioCache(const std::string& workspace, const std::string& scenarioDir, const std::string& gazetteer)
{
    if (store::isPostgresUri(workspace))
        return false;
    auto cache = store::scenarioWorkspacePath({scenarioDir, gazetteer, {}, 1});
    if (!cache)
        return false;
    std::error_code ec;
    const auto a = std::filesystem::weakly_canonical(workspace, ec);
    const auto b = std::filesystem::weakly_canonical(*cache, ec);
    return !ec && a == b;
}

std::string describe(const core::Place& p)
{
    std::string out = p.id + " " + p.name;
    std::string where = p.admin1;
    if (!p.country.empty())
        where += (where.empty() ? "" : ", ") + p.country;
    if (!where.empty())
        out += " (" + where + ")";
    out += " [" + std::string(core::nameOf(p.kind)) + "]";
    return out;
}

// Up to five places, those of the scenario's country first, larger before smaller.
std::string listCandidates(std::vector<const core::Place*> places, const std::string& country)
{
    std::stable_sort(places.begin(), places.end(), [&](const core::Place* a, const core::Place* b) {
        const bool aHere = a->country == country;
        const bool bHere = b->country == country;
        return aHere != bHere ? aHere : a->population > b->population;
    });
    std::string out;
    for (std::size_t i = 0; i < places.size() && i < 5; ++i)
        out += "\n  " + describe(*places[i]);
    if (places.size() > 5)
        out += "\n  … and " + std::to_string(places.size() - 5) + " more";
    return out;
}

// A place id of the gazetteer (or the scenario's or workspace's added places), or a name that
// fits exactly one settlement of the scenario's country (else one place anywhere). Names are
// matched as the map's search box matches them (text::PlaceFinder).
std::optional<std::string> resolvePlace(const std::string& query, const core::Gazetteer& gazetteer,
    const std::vector<core::Place>& added, const std::string& country, std::string& error)
{
    if (gazetteer.find(query))
        return query;
    for (const core::Place& p : added)
        if (p.id == query)
            return query;
    if (text::fold(query).empty()) {
        error = "--place is empty";
        return std::nullopt;
    }
    const core::Gazetteer addedPlaces = [&] {
        core::Gazetteer g;
        for (const core::Place& p : added)
            g.add(p);
        return g;
    }();
    std::vector<const core::Place*> exact;
    std::vector<const core::Place*> partial;
    for (const core::Gazetteer* g : {&gazetteer, &addedPlaces}) {
        const text::PlaceFinder finder(*g);
        for (const text::PlaceFinder::Match& m : finder.find(query, std::numeric_limits<std::size_t>::max()))
            (m.fit == text::PlaceFinder::Fit::WholeName ? exact : partial).push_back(m.place);
    }
    // The map's places: settlements of the scenario's country; a governorate of the same name
    // ("Homs" the city and the governorate) is not what a correction means.
    std::vector<const core::Place*> onMap;
    for (const core::Place* p : exact)
        if (core::isSettlementLike(p->kind) && (country.empty() || p->country == country))
            onMap.push_back(p);
    if (onMap.size() == 1)
        return onMap.front()->id;
    if (onMap.empty() && exact.size() == 1)
        return exact.front()->id;
    if (!exact.empty()) {
        error = "--place '" + query + "' is ambiguous: " + std::to_string(onMap.empty() ? exact.size() : onMap.size())
            + " places have that name; give one by id:" + listCandidates(onMap.empty() ? exact : onMap, country);
        return std::nullopt;
    }
    error = "--place '" + query + "' is neither a place id nor a name in the gazetteer";
    if (!partial.empty())
        error += "; names containing it:" + listCandidates(partial, country);
    return std::nullopt;
}

std::string knownActors(const core::ActorRegistry& actors)
{
    std::string out;
    for (const core::Actor& a : actors.actors())
        out += (out.empty() ? "" : ", ") + a.id;
    return out;
}

std::string formatTime(const std::optional<core::Instant>& t)
{
    return t ? core::formatIso8601(*t) : std::string("?");
}

int runAdd(std::span<const std::string> args)
{
    std::string workspacePath;
    std::string place;
    std::string actor;
    std::string kind = "controls";
    std::string stance = "affirms";
    std::string at;
    std::string note;
    std::string author;
    bool authorGiven = false;
    std::string gazetteerPath = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::string scenarioDir = geo::defaultScenarioDir();
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        std::map<std::string, std::string*> options {{"--workspace", &workspacePath}, {"--place", &place},
            {"--actor", &actor}, {"--kind", &kind}, {"--stance", &stance}, {"--at", &at}, {"--note", &note},
            {"--author", &author}, {"--gazetteer", &gazetteerPath}, {"--scenario", &scenarioDir}};
        auto it = options.find(a);
        if (it == options.end())
            return usage("add: unknown option or argument '" + a + "'");
        if (i + 1 >= args.size())
            return usage("add: " + a + " needs a value");
        *it->second = args[++i];
        authorGiven = authorGiven || a == "--author";
    }
    if (workspacePath.empty())
        return usage("add: no --workspace given");
    if (place.empty())
        return usage("add: no --place given");
    if (actor.empty())
        return usage("add: no --actor given");
    if (at.empty())
        return usage("add: no --at given (from when the correction holds)");
    auto parsedKind = core::claimKindFromString(kind);
    if (!parsedKind || std::find(std::begin(kKinds), std::end(kKinds), kind) == std::end(kKinds))
        return usage("add: --kind must be one of controls, captured, withdrew, contested, entered, surrendered, "
                     "besieged, not '"
            + kind + "'");
    auto parsedStance = core::stanceFromString(stance);
    if (!parsedStance)
        return usage("add: --stance must be 'affirms' or 'denies', not '" + stance + "'");
    std::string timeError;
    auto time = cli::instantOption("--at", at, false, timeError);
    if (!time)
        return usage("add: " + timeError);
    if (!authorGiven) {
        const char* user = std::getenv("USER");
        author = user && *user ? user : "analyst";
    }

    auto gazetteer = geo::loadGazetteer(gazetteerPath);
    if (!gazetteer)
        return inputError("gazetteer: " + gazetteer.error().toString());
    auto scenario = geo::loadScenario(scenarioDir, *gazetteer);
    if (!scenario)
        return inputError("scenario: " + scenario.error().toString());
    if (!scenario->actors.find(actor))
        return inputError(
            "--actor '" + actor + "' is not an actor of the scenario; known: " + knownActors(scenario->actors));
    if (isScenarioCache(workspacePath, scenarioDir, gazetteerPath))
        return inputError(workspacePath
            + " is the scenario's cached workspace, rebuilt whenever its articles "
              "change: keep overrides in a workspace of your own");

    auto ws = store::openWorkspace(workspacePath);
    if (!ws)
        return inputError(ws.error().toString());
    std::vector<core::Place> added = scenario->addedPlaces;
    if (auto places = (*ws)->places(); places)
        added.insert(added.end(), places->begin(), places->end());
    std::string placeError;
    auto placeId = resolvePlace(place, *gazetteer, added, scenario->country, placeError);
    if (!placeId)
        return inputError(placeError);

    store::Override o;
    o.claim.placeId = *placeId;
    o.claim.actor = actor;
    o.claim.kind = *parsedKind;
    o.claim.stance = *parsedStance;
    o.claim.time.from = *time;
    o.claim.time.precision = core::isDateOnly(at) ? core::TimePrecision::Day : core::TimePrecision::Minute;
    o.author = author;
    o.note = note;
    auto id = (*ws)->addOverride(o);
    if (!id)
        return inputError(id.error().toString());
    std::cout << *id << '\n';
    const core::Place* p = gazetteer->find(*placeId);
    std::cerr << kWho << ": override " << *id << ": " << actor << " " << kind << " "
              << (p ? p->name + " (" + *placeId + ")" : *placeId) << " from " << core::formatIso8601(*time)
              << ", kept in " << (*ws)->location() << '\n';
    return kOk;
}

std::unique_ptr<store::Workspace> openExisting(const std::string& path, int& status)
{
    auto ws = store::openWorkspace(path, store::OpenOptions {.create = false});
    if (!ws) {
        status = inputError(ws.error().toString());
        return nullptr;
    }
    return std::move(*ws);
}

int runList(std::span<const std::string> args)
{
    std::string workspacePath;
    std::string format = "table";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        if ((a == "--workspace" || a == "--format") && i + 1 < args.size())
            (a == "--workspace" ? workspacePath : format) = args[++i];
        else
            return usage("list: unknown option or missing value '" + a + "'");
    }
    if (workspacePath.empty())
        return usage("list: no --workspace given");
    if (format != "table" && format != "jsonl")
        return usage("list: --format must be 'table' or 'jsonl', not '" + format + "'");
    int status = kOk;
    auto ws = openExisting(workspacePath, status);
    if (!ws)
        return status;
    auto overrides = ws->overrides();
    if (!overrides)
        return inputError(overrides.error().toString());
    if (format == "table" && !overrides->empty())
        std::printf("%-5s %-14s %-14s %-9s %-8s %-21s %-12s %s\n", "id", "place", "actor", "kind", "stance", "from",
            "author", "note");
    for (const store::Override& o : *overrides) {
        const core::Claim& c = o.claim;
        if (format == "jsonl") {
            nlohmann::json j {{"id", o.id}, {"place_id", c.placeId}, {"actor", c.actor},
                {"kind", std::string(core::nameOf(c.kind))}, {"stance", std::string(core::nameOf(c.stance))},
                {"from", formatTime(c.time.from)}, {"author", o.author}, {"note", o.note},
                {"decided_at", core::formatIso8601(o.decidedAt)}};
            std::cout << j.dump() << '\n';
        } else {
            std::printf("%-5lld %-14s %-14s %-9s %-8s %-21s %-12s %s\n", static_cast<long long>(o.id),
                c.placeId.c_str(), c.actor.c_str(), std::string(core::nameOf(c.kind)).c_str(),
                std::string(core::nameOf(c.stance)).c_str(), formatTime(c.time.from).c_str(), o.author.c_str(),
                o.note.c_str());
        }
    }
    if (format == "table" && overrides->empty())
        std::cerr << kWho << ": no overrides in " << ws->location() << '\n';
    return kOk;
}

int runRemove(std::span<const std::string> args)
{
    std::string workspacePath;
    std::string idText;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        if (a == "--workspace" && i + 1 < args.size())
            workspacePath = args[++i];
        else if (a.starts_with("--") || !idText.empty())
            return usage("remove: unknown option, missing value or second ID '" + a + "'");
        else
            idText = a;
    }
    if (workspacePath.empty())
        return usage("remove: no --workspace given");
    if (idText.empty())
        return usage("remove: no ID given (see `sitrep override list`)");
    std::string_view digits = idText;
    if (digits.starts_with("override:"))
        digits.remove_prefix(9);
    std::int64_t id = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || id <= 0)
        return usage("remove: ID must be an override's number (see `sitrep override list`), not '" + idText + "'");
    int status = kOk;
    auto ws = openExisting(workspacePath, status);
    if (!ws)
        return status;
    auto removed = ws->removeOverride(id);
    if (!removed)
        return inputError(removed.error().toString());
    if (!*removed)
        return inputError("no override " + std::to_string(id) + " in " + ws->location());
    std::cout << "removed override " << id << '\n';
    return kOk;
}

int run(std::span<const std::string> args)
{
    if (args.empty())
        return usage("which: add, list or remove?");
    const std::string& sub = args.front();
    if (sub == "--help" || sub == "-h") {
        std::cout << kUsageText;
        return kOk;
    }
    const auto rest = args.subspan(1);
    if (sub == "add")
        return runAdd(rest);
    if (sub == "list")
        return runList(rest);
    if (sub == "remove")
        return runRemove(rest);
    return usage("unknown subcommand '" + sub + "' (add, list or remove)");
}

const cli::RegisterCommand reg {
    {"override", "add, list and remove the analyst's corrections of control in a workspace", &run}};

} // namespace
