// `sitrep eval-claims`: scores claim extraction against a hand-checked gold file (see
// tests/data/claims/README.md): precision and recall of all claims and of control changes, the
// share with the day right within one, and whether state-media denials were kept as denials.
#include "claimpipeline.h"
#include "command.h"

#include "core/controlengine.h"
#include "core/instant.h"
#include "core/regionclaims.h"
#include "geo/scenarioloader.h"
#include "store/workspaceevidence.h"
#include "text/claimplaces.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unordered_set>
#include <utility>

namespace {

using sitrep::cli::kInputError;
using sitrep::cli::kOk;
using sitrep::cli::kUsage;
using namespace sitrep;

constexpr const char* kUsageText =
    "usage: sitrep eval-claims --gold TSV [--gazetteer GPKG] [--scenario DIR] [--verbose] FILE_OR_DIR...\n"
    "       sitrep eval-claims --gold TSV --second-gold TSV [--gazetteer GPKG] [--scenario DIR] [--verbose]\n\n"
    "Extracts claims from the files and compares them with the gold rows (columns: file, place,\n"
    "actor, kind, stance, date, side, note; '#' lines are comments). A claim matches a row when the\n"
    "file name, place (any of its names; \"X governorate\" or \"X (governorate)\" asks for the\n"
    "governorate), kind and stance agree, the actors lie on one parent chain, and the day (UTC day of the middle of its time\n"
    "range) is within one of the row's date (\"-\": the time must be unknown or no finer than a\n"
    "week). Changes are the\n"
    "affirmed captured/entered (gains) and withdrew/surrendered (losses) claims, matched by family.\n"
    "With --second-gold, a second reader's rows for the same articles are scored in place of the\n"
    "extractor's claims: how far two annotators agree, by the same measure.\n";

struct GoldRow {
    std::string file, place, actor, kind, stance, date, side, note;
    std::size_t line = 0;
};

std::string fold(std::string_view s)
{
    std::string out;
    for (char c : s)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

core::Result<std::vector<GoldRow>> readGold(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return core::fail("cannot open gold file", path);
    std::vector<GoldRow> rows;
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty() || line.starts_with('#') || line.starts_with("file\t"))
            continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t'))
            cells.push_back(cell);
        if (cells.size() < 7)
            return core::fail("expected at least 7 tab-separated cells, found " + std::to_string(cells.size()),
                              path + ":" + std::to_string(n));
        GoldRow r{cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells.size() > 7 ? cells[7] : "", n};
        if (!core::claimKindFromString(r.kind) || !core::stanceFromString(r.stance) ||
            (r.date != "-" && !core::parseIso8601(r.date)))
            return core::fail("bad kind, stance or date", path + ":" + std::to_string(n));
        rows.push_back(std::move(r));
    }
    return rows;
}

class Matcher {
public:
    explicit Matcher(const cli::ClaimPipeline& p) : m_p(p), m_governorates(p.gazetteer())
    {
        for (const auto& place : p.gazetteer().places())
            if (place.kind != core::PlaceKind::Governorate) {
                m_settlementNames.insert(fold(place.name));
                m_settlementCanonical.insert(fold(place.name));
                for (const auto& n : place.names)
                    m_settlementNames.insert(fold(n.name));
            }
    }

    bool place(const GoldRow& g, const text::ExtractedClaim& c) const
    {
        std::string want = g.place;
        bool governorate = false;
        if (want.ends_with(" governorate")) {
            want.resize(want.size() - 12);
            governorate = true;
        } else if (want.ends_with(" (governorate)")) {
            want.resize(want.size() - 14);
            governorate = true;
        }
        const core::Place* p = m_p.gazetteer().find(c.claim.placeId);
        if (!p)
            p = m_p.parser().findPlace(c.claim.placeId);
        if (!p)
            return fold(c.placeText) == fold(want);
        // "Rif Dimashq" with no "governorate" after it still asks for the governorate when no
        // other place goes by that name: only "Daraa", "Idlib", "Hama" need the word to say which.
        const bool isGovernorate = p->kind == core::PlaceKind::Governorate;
        // "As-Suwayda", the governorate's own name in the gazetteer, asks for the governorate too
        // although the city Sweida lists it among its other names: no settlement is called so.
        const bool onlyGovernorate = !governorate && isGovernorate &&
            (!m_settlementNames.contains(fold(want)) ||
             (fold(p->name) == fold(want) && !m_settlementCanonical.contains(fold(want))));
        if (governorate != isGovernorate && !onlyGovernorate)
            return false;
        // "Deraa governorate", "Sweida governorate": any spelling of the governorate's name.
        if ((governorate || onlyGovernorate) && m_governorates.governorate(want) == p)
            return true;
        if (fold(p->name) == fold(want))
            return true;
        for (const auto& n : p->names)
            if (fold(n.name) == fold(want))
                return true;
        return fold(c.placeText) == fold(want) && !governorate;
    }

    static bool dayOk(const GoldRow& g, const text::ExtractedClaim& c)
    {
        // "-": the text gives no day. The claim must not claim one either: an unknown time, or
        // one no finer than a week ("last week", "over the past ten days").
        if (g.date == "-")
            return c.timeUnknown || c.claim.time.precision == core::TimePrecision::Week;
        if (!c.claim.time.from)
            return false;
        const core::Instant mid = c.claim.time.to ? (*c.claim.time.from + *c.claim.time.to) / 2 : *c.claim.time.from;
        const auto gold = *core::parseIso8601(g.date) / core::kSecondsPerDay;
        return std::llabs(mid / core::kSecondsPerDay - gold) <= 1;
    }

    static std::string family(std::string_view kind)
    {
        if (kind == "captured" || kind == "entered")
            return "gain";
        if (kind == "withdrew" || kind == "surrendered")
            return "loss";
        return "";
    }

    // mode 0: all claims (kind exact); mode 1: changes (family).
    bool matches(const GoldRow& g, const text::ExtractedClaim& c, int mode, bool needDay) const
    {
        const std::string kind(core::nameOf(c.claim.kind));
        if (std::filesystem::path(c.claim.source.file).filename().string() != g.file)
            return false;
        if (mode == 0 ? kind != g.kind : family(kind) != family(g.kind))
            return false;
        if (std::string(core::nameOf(c.claim.stance)) != g.stance || !m_p.actors().related(c.claim.actor, g.actor))
            return false;
        return place(g, c) && (!needDay || dayOk(g, c));
    }

private:
    const cli::ClaimPipeline& m_p;
    text::ClaimPlaces m_governorates; // governorate spellings ("Deraa", "Sweida", "Dayr Az Zawr")
    std::unordered_set<std::string> m_settlementNames; // folded names of every place but a governorate
    std::unordered_set<std::string> m_settlementCanonical; // folded display names of the same
};

bool isChange(const std::string& kind, const std::string& stance)
{
    return stance == "affirms" && !Matcher::family(kind).empty();
}

void score(const char* title, const std::vector<GoldRow>& gold, const std::vector<text::ExtractedClaim>& claims,
           const Matcher& m, int mode, bool verbose)
{
    std::vector<const GoldRow*> g;
    for (const auto& r : gold)
        if (mode == 0 || isChange(r.kind, r.stance))
            g.push_back(&r);
    // One extracted claim per (file, place, actor, kind or family, stance): the extractor may say it twice.
    std::vector<const text::ExtractedClaim*> e;
    for (const auto& c : claims) {
        const std::string kind(core::nameOf(c.claim.kind));
        if (mode == 1 && !isChange(kind, std::string(core::nameOf(c.claim.stance))))
            continue;
        const bool dup = std::any_of(e.begin(), e.end(), [&](const text::ExtractedClaim* o) {
            return o->claim.source.file == c.claim.source.file && o->claim.placeId == c.claim.placeId &&
                   o->claim.actor == c.claim.actor && o->claim.stance == c.claim.stance &&
                   (mode == 0 ? o->claim.kind == c.claim.kind
                              : Matcher::family(core::nameOf(o->claim.kind)) == Matcher::family(kind));
        });
        if (!dup)
            e.push_back(&c);
    }
    std::size_t found = 0, foundDay = 0, correct = 0;
    for (const auto* r : g) {
        const bool any = std::any_of(claims.begin(), claims.end(), [&](const auto& c) { return m.matches(*r, c, mode, false); });
        const bool day = std::any_of(claims.begin(), claims.end(), [&](const auto& c) { return m.matches(*r, c, mode, true); });
        found += any;
        foundDay += day;
        if (verbose && !day)
            std::cout << "  missed" << (any ? " (wrong day)" : "") << ": " << r->file << " " << r->place << " "
                      << r->actor << " " << r->kind << " " << r->stance << " " << r->date << "\n";
    }
    for (const auto* c : e) {
        const bool ok = std::any_of(g.begin(), g.end(), [&](const GoldRow* r) { return m.matches(*r, *c, mode, true); });
        correct += ok;
        if (verbose && !ok)
            std::cout << "  extra: " << std::filesystem::path(c->claim.source.file).filename().string() << " "
                      << c->placeName << " " << c->claim.actor << " " << core::nameOf(c->claim.kind) << " "
                      << core::nameOf(c->claim.stance) << " "
                      << (c->claim.time.from ? core::formatIso8601(*c->claim.time.from).substr(0, 10) : "-") << " | "
                      << c->trigger << "\n";
    }
    auto pct = [](std::size_t a, std::size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
    std::printf("%-8s gold %3zu  extracted %3zu  precision %5.1f%%  recall %5.1f%%  recall ignoring day %5.1f%%\n",
                title, g.size(), e.size(), pct(correct, e.size()), pct(foundDay, g.size()), pct(found, g.size()));
}

std::string fileName(const core::Claim& c) { return std::filesystem::path(c.source.file).filename().string(); }

// A gold government denial the extractor made: a claim matching the row, said by a government voice.
bool extractedAsDenial(const GoldRow& r, const text::ExtractedClaim& c, const Matcher& m)
{
    return m.matches(r, c, 0, false) && c.claim.source.side == core::SpeakerSide::Government;
}

// The engine a gold denial is judged by: the scenario's baseline plus the claims extracted from the
// denial's own article (`file`, a file name), `latest`.
void fillArticleEngine(core::ControlEngine& engine, const geo::Scenario& sc, const cli::ClaimPipeline& p,
                       const std::vector<text::ExtractedClaim>& claims, const std::string& file)
{
    store::fillEngine(engine, {&p.gazetteer(), &sc.actors, sc.country, sc.claims, true, nullptr, sc.defaultActor});
    std::vector<core::Claim> article;
    for (const auto& c : claims)
        if (fileName(c.claim) == file && !c.claim.placeId.empty())
            article.push_back(c.claim);
    store::addArticleClaims(engine, article, p.gazetteer(), sc.defaultActor);
}

// How many of the place's settlements pass `test`, of how many. A governorate has no state of its own:
// "denied that the army had withdrawn from the Damascus countryside" stands on the governorate's
// settlements, as the map shows it; any other place is one of one.
template<class Test>
std::pair<std::size_t, std::size_t> settlementsWhere(const core::Claim& at, const core::Gazetteer& g, Test test)
{
    const auto copies = core::expandRegionClaim(at, g);
    std::size_t n = 0;
    for (const auto& c : copies)
        n += test(c.placeId) ? 1 : 0;
    return {n, copies.size()};
}

// How many of the gold's government denials the engine shows as contested right after the
// denial the extractor made of them, one minute after it (a governorate: at least half its
// settlements). A denial that is not extracted counts as not shown.
std::size_t shownContested(const std::vector<GoldRow>& gold, const std::vector<text::ExtractedClaim>& claims,
                           const Matcher& m, const cli::ClaimPipeline& p, const geo::Scenario& sc, bool verbose)
{
    std::size_t shown = 0;
    for (const auto& r : gold) {
        if (r.stance != "denies" || r.side != "government")
            continue;
        const text::ExtractedClaim* denial = nullptr;
        for (const auto& c : claims)
            if (extractedAsDenial(r, c, m) && c.claim.time.from
                && (!denial || *c.claim.time.from < *denial->claim.time.from))
                denial = &c;
        if (!denial)
            continue;
        core::ControlEngine engine;
        fillArticleEngine(engine, sc, p, claims, r.file);
        const core::Instant t = *denial->claim.time.from + 60;
        const auto [n, of] = settlementsWhere(denial->claim, p.gazetteer(), [&](const std::string& id) {
            return engine.state(id, t, core::Lens::latest()).status == core::ControlStatus::Contested;
        });
        const bool contested = 2 * n >= of;
        shown += contested;
        // Which denials the engine does not show contested, and what it shows instead: calm
        // government control is the case that must not happen.
        if (verbose && !contested) {
            const core::PlaceState st = engine.state(denial->claim.placeId, t, core::Lens::latest());
            std::printf("  denial not shown contested: %s %s %s %s | engine: %s %.*s\n", r.file.c_str(),
                        r.place.c_str(), r.actor.c_str(), r.kind.c_str(), std::string(core::nameOf(st.status)).c_str(),
                        static_cast<int>(st.actor.size()), st.actor.data());
        }
    }
    return shown;
}

std::string placeIdByName(std::string want, const core::Gazetteer& g);

// The gazetteer place a gold row names: the place of a claim from the row's file that the row's
// place matches, else the most populous place of that name (a governorate when the row says so).
std::string goldPlaceId(const GoldRow& r, const std::vector<text::ExtractedClaim>& claims, const Matcher& m,
                        const core::Gazetteer& g)
{
    for (const auto& c : claims)
        if (fileName(c.claim) == r.file && !c.claim.placeId.empty() && m.place(r, c))
            return c.claim.placeId;
    return placeIdByName(r.place, g);
}

// The most populous place of that name, Syrian first (a governorate when the name ends so).
std::string placeIdByName(std::string want, const core::Gazetteer& g)
{
    const bool governorate = want.ends_with(" governorate");
    if (governorate)
        want.resize(want.size() - 12);
    const core::Place* best = nullptr;
    for (const auto& p : g.places()) {
        if (governorate != (p.kind == core::PlaceKind::Governorate))
            continue;
        bool named = fold(p.name) == fold(want);
        for (const auto& n : p.names)
            named = named || fold(n.name) == fold(want);
        if (named && (!best || (p.country == "SY") > (best->country == "SY")
                      || ((p.country == "SY") == (best->country == "SY") && p.population > best->population)))
            best = &p;
    }
    return best ? best->id : std::string();
}

// The failure the product must never show: a government denial the extractor missed, and the
// engine showing calm government control of the place at the end of the denial's day (the
// scenario's baseline plus the claims extracted from the denial's own article, `latest`).
// Denials with no day or on places the gazetteer lacks are not counted either way.
struct MissedDenials {
    std::size_t missed = 0, judged = 0, calm = 0;
};

MissedDenials missedDenialsShownCalm(const std::vector<GoldRow>& gold, const std::vector<text::ExtractedClaim>& claims,
                                     const Matcher& m, const cli::ClaimPipeline& p, const geo::Scenario& sc,
                                     bool verbose)
{
    MissedDenials out;
    for (const auto& r : gold) {
        if (r.stance != "denies" || r.side != "government" ||
            std::any_of(claims.begin(), claims.end(), [&](const auto& c) { return extractedAsDenial(r, c, m); }))
            continue;
        ++out.missed;
        core::Claim at;
        at.placeId = goldPlaceId(r, claims, m, p.gazetteer());
        if (at.placeId.empty() || r.date == "-")
            continue;
        ++out.judged;
        core::ControlEngine engine;
        fillArticleEngine(engine, sc, p, claims, r.file);
        const core::Instant t = *core::parseIso8601(r.date) + core::kSecondsPerDay - 1;
        // A governorate is calm when more than half its settlements are.
        const auto [n, of] = settlementsWhere(at, p.gazetteer(), [&](const std::string& id) {
            const core::PlaceState st = engine.state(id, t, core::Lens::latest());
            const core::Actor* a = sc.actors.find(st.actor);
            return st.status == core::ControlStatus::Held && a && a->side == "government";
        });
        const bool calm = 2 * n > of;
        out.calm += calm;
        if (verbose && calm)
            std::printf("  missed denial shown as calm government control: %s %s %s %s %s\n", r.file.c_str(),
                        r.place.c_str(), r.actor.c_str(), r.kind.c_str(), r.date.c_str());
    }
    return out;
}

// A second reader's rows as claims, so that two annotations of the same articles are compared by
// the matcher that scores the extractor: a row's day is the middle of that UTC day, "-" no day.
std::vector<text::ExtractedClaim> claimsOfGold(const std::vector<GoldRow>& rows, const core::Gazetteer& g)
{
    std::vector<text::ExtractedClaim> out;
    for (const auto& r : rows) {
        text::ExtractedClaim c;
        c.claim.id = r.file + ":" + std::to_string(r.line);
        c.claim.source.file = r.file;
        c.claim.actor = r.actor;
        c.claim.kind = *core::claimKindFromString(r.kind);
        c.claim.stance = *core::stanceFromString(r.stance);
        c.claim.source.side = core::speakerSideFromString(r.side).value_or(core::SpeakerSide::Independent);
        c.claim.placeId = placeIdByName(r.place, g);
        c.placeName = c.placeText = r.place;
        c.needsReview = c.claim.placeId.empty();
        if (r.date == "-") {
            c.timeUnknown = true;
        } else {
            c.claim.time.from = *core::parseIso8601(r.date) + core::kSecondsPerDay / 2;
            c.claim.time.precision = core::TimePrecision::Day;
        }
        out.push_back(std::move(c));
    }
    return out;
}

int run(std::span<const std::string> args)
{
    std::string gazetteerPath = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::string scenarioDir = SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12";
    std::string goldPath, secondGoldPath;
    bool verbose = false;
    std::vector<std::string> inputs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        if ((a == "--gazetteer" || a == "--scenario" || a == "--gold") && i + 1 < args.size())
            (a == "--gazetteer" ? gazetteerPath : a == "--gold" ? goldPath : scenarioDir) = args[++i];
        else if (a == "--second-gold" && i + 1 < args.size())
            secondGoldPath = args[++i];
        else if (a == "--verbose" || a == "-v")
            verbose = true;
        else if (a.starts_with("--")) {
            std::cerr << "sitrep eval-claims: unknown option '" << a << "'\n" << kUsageText;
            return kUsage;
        } else
            inputs.push_back(a);
    }
    if (goldPath.empty() || (inputs.empty() == secondGoldPath.empty())) {
        std::cerr << "sitrep eval-claims: need --gold and either at least one FILE or --second-gold\n" << kUsageText;
        return kUsage;
    }
    auto gold = readGold(goldPath);
    if (!gold) {
        std::cerr << "sitrep eval-claims: " << gold.error().toString() << '\n';
        return kInputError;
    }
    auto pipeline = cli::ClaimPipeline::load(gazetteerPath, scenarioDir, "sitrep eval-claims");
    if (!pipeline)
        return kInputError;
    std::vector<text::ExtractedClaim> claims;
    if (!secondGoldPath.empty()) {
        auto second = readGold(secondGoldPath);
        if (!second) {
            std::cerr << "sitrep eval-claims: " << second.error().toString() << '\n';
            return kInputError;
        }
        claims = claimsOfGold(*second, pipeline->gazetteer());
    }
    for (const auto& file : cli::ClaimPipeline::expandFiles(inputs)) {
        auto c = pipeline->claimsOf(file, "sitrep eval-claims");
        if (!c)
            return kInputError;
        claims.insert(claims.end(), c->begin(), c->end());
    }
    const Matcher m(*pipeline);
    score("claims", *gold, claims, m, 0, verbose);
    score("changes", *gold, claims, m, 1, verbose);
    // A state-media denial must stay a denial (shown contested by the engine), never become support.
    std::size_t denials = 0, kept = 0;
    for (const auto& r : *gold)
        if (r.stance == "denies" && r.side == "government") {
            ++denials;
            kept += std::any_of(claims.begin(), claims.end(), [&](const auto& c) { return extractedAsDenial(r, c, m); });
        }
    // Loaded once for both engine checks; without a scenario nothing is shown or judged.
    const auto scenario = geo::loadScenario(scenarioDir, pipeline->gazetteer());
    const std::size_t contested = scenario ? shownContested(*gold, claims, m, *pipeline, *scenario, verbose) : 0;
    std::printf("denials  government denials in gold %zu, extracted as denials by a government speaker %zu, "
                "shown contested %zu\n",
                denials, kept, contested);
    const MissedDenials md = scenario ? missedDenialsShownCalm(*gold, claims, m, *pipeline, *scenario, verbose) : MissedDenials{};
    std::printf("calm     government denials not extracted %zu, with a day and a known place %zu, "
                "shown as calm government control %zu\n",
                md.missed, md.judged, md.calm);
    return kOk;
}

const sitrep::cli::RegisterCommand reg{{"eval-claims", "score claim extraction against a gold file", &run}};

} // namespace
