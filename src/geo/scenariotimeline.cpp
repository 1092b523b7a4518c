// timeline.csv: the analyst's dated claims, each placed on the gazetteer place of that name
// nearest to the row's point (docs/formats.md, "Resolving the place"); a row naming several
// outlets is one claim per outlet, and a governorate row covers only the settlements its
// actor's opponent holds at that moment ("Region rows"). A city's row also covers its districts
// (neighbourhoods whose nearest city it is, within 10 km, of its governorate when one is) that
// have no row of their own and share the city's holder at that moment ("District rows").
#include "scenarioloader.h"

#include "scenariocsv.h"
#include "core/regionclaims.h"
#include "text/normaliser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace sitrep::geo {

namespace {

constexpr double kMatchKm = 5.0;
constexpr double kDistrictKm = 10.0; // how far a neighbourhood may lie from the city it belongs to
constexpr std::array kColumns{"date", "place", "lat", "lon", "actor", "kind", "outlet", "note"};

// Case-, diacritic-, hyphen-, transliteration- and leading-article-insensitive form of a name.
std::string nameKey(std::string_view name)
{
    std::string key;
    for (const std::string& k : text::nameKeys(name)) {
        if (!key.empty())
            key += ' ';
        key += k;
    }
    return key;
}

std::optional<double> parseNumber(std::string_view s)
{
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc{} || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::string slug(std::string_view name)
{
    std::string out;
    for (unsigned char c : text::fold(name)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += static_cast<char>(c);
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "place" : out;
}

// Every place by the keys of all its names.
class NameIndex {
public:
    void add(const core::Place& p)
    {
        std::vector<std::string> keys{nameKey(p.name)};
        if (!p.nameAr.empty())
            keys.push_back(nameKey(p.nameAr));
        for (const auto& n : p.names)
            keys.push_back(nameKey(n.name));
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (auto& k : keys)
            if (!k.empty())
                m_byKey[k].push_back(&p);
    }
    // The place with that name nearest to `at`, and its distance; settlements only if asked.
    [[nodiscard]] std::pair<const core::Place*, double> nearest(const std::string& key, core::GeoPoint at,
                                                                bool settlementsOnly) const
    {
        std::pair<const core::Place*, double> best{nullptr, std::numeric_limits<double>::infinity()};
        auto it = m_byKey.find(key);
        if (it == m_byKey.end())
            return best;
        for (const core::Place* p : it->second) {
            if (settlementsOnly && !core::isSettlementLike(p->kind))
                continue;
            const double d = core::distanceKm(at, p->point);
            if (d < best.second)
                best = {p, d};
        }
        return best;
    }

private:
    std::map<std::string, std::vector<const core::Place*>> m_byKey;
};

// The outlets of a row's `outlet` field: `|`-separated, trimmed, empty ones dropped; at least
// one (empty) so that a row without an outlet still gives its claim.
std::vector<std::string> splitOutlets(std::string_view field)
{
    std::vector<std::string> out;
    for (std::size_t start = 0; start <= field.size();) {
        std::size_t bar = field.find('|', start);
        if (bar == std::string_view::npos)
            bar = field.size();
        std::string_view one = field.substr(start, bar - start);
        while (!one.empty() && (one.front() == ' ' || one.front() == '\t'))
            one.remove_prefix(1);
        while (!one.empty() && (one.back() == ' ' || one.back() == '\t'))
            one.remove_suffix(1);
        if (!one.empty() && std::find(out.begin(), out.end(), one) == out.end())
            out.emplace_back(one);
        start = bar + 1;
    }
    if (out.empty())
        out.emplace_back();
    return out;
}

// Who holds each place as the analyst sees it while the timeline is read: the baseline, then
// every row in file order (captured/controls take the place; withdrew/surrendered by the holder
// give it back to the last holder of another coalition, else leave it unheld; the other kinds
// change no holder). Region rows consult it to find the settlements they may take over.
class AnalystHolders {
public:
    explicit AnalystHolders(const Scenario& s) : m_actors(s.actors), m_defaultRoot(root(s.defaultActor))
    {
        for (const core::Claim& c : s.claims)
            if (c.baseline)
                m_history[c.placeId] = {c.actor};
    }
    void apply(const core::Claim& c)
    {
        auto& h = m_history[c.placeId];
        if (c.kind == core::ClaimKind::Captured || c.kind == core::ClaimKind::Controls) {
            h.push_back(c.actor);
        } else if (c.kind == core::ClaimKind::Withdrew || c.kind == core::ClaimKind::Surrendered) {
            const std::string lost = root(c.actor);
            if (h.empty() || h.back().empty() || root(h.back()) != lost)
                return;
            auto previous = std::find_if(h.rbegin(), h.rend(),
                                         [&](const std::string& a) { return !a.empty() && root(a) != lost; });
            h.push_back(previous == h.rend() ? std::string{} : *previous);
        }
    }
    // Who the analyst sees holding the place now; empty when nobody does.
    [[nodiscard]] std::string holder(const std::string& placeId) const
    {
        auto it = m_history.find(placeId);
        return it == m_history.end() || it->second.empty() ? std::string{} : it->second.back();
    }
    // May a region row of `kind` by `actor` apply to the place? Withdrew/surrendered: only where
    // `actor`'s coalition holds it. Any other kind: only where the place is unheld or held by the
    // default actor's coalition (the incumbent), and never for the incumbent over another's place.
    [[nodiscard]] bool regionMayTake(const std::string& placeId, core::ClaimKind kind, const std::string& actor) const
    {
        auto it = m_history.find(placeId);
        const std::string holder = it == m_history.end() || it->second.empty() ? std::string{} : it->second.back();
        if (kind == core::ClaimKind::Withdrew || kind == core::ClaimKind::Surrendered)
            return !holder.empty() && root(holder) == root(actor);
        if (holder.empty())
            return true;
        return !m_defaultRoot.empty() && root(holder) == m_defaultRoot && root(actor) != m_defaultRoot;
    }

private:
    [[nodiscard]] std::string root(const std::string& actor) const
    {
        return actor.empty() ? std::string{} : m_actors.rootActor(actor);
    }

    const core::ActorRegistry& m_actors;
    std::string m_defaultRoot;
    std::map<std::string, std::vector<std::string>> m_history; // place id -> holders, latest last
};

// A city's districts: every neighbourhood whose nearest city (within kDistrictKm; one of its own
// governorate first, when both name one) is that city. Aleppo's 38 districts belong to Aleppo.
std::map<std::string, std::vector<std::string>> districtsByCity(const core::Gazetteer& gazetteer)
{
    std::vector<const core::Place*> cities;
    for (const core::Place& p : gazetteer.places())
        if (p.kind == core::PlaceKind::City)
            cities.push_back(&p);
    std::map<std::string, std::vector<std::string>> out;
    for (const core::Place& d : gazetteer.places()) {
        if (d.kind != core::PlaceKind::Neighbourhood)
            continue;
        const core::Place* best = nullptr;
        double bestKm = kDistrictKm;
        bool bestSameAdmin = false;
        for (const core::Place* c : cities) {
            const double km = core::distanceKm(d.point, c->point);
            const bool sameAdmin = !d.admin1.empty() && d.admin1 == c->admin1;
            if (km > kDistrictKm || (bestSameAdmin && !sameAdmin))
                continue;
            if (best == nullptr || (sameAdmin && !bestSameAdmin) || km < bestKm) {
                best = c;
                bestKm = km;
                bestSameAdmin = sameAdmin;
            }
        }
        if (best != nullptr)
            out[best->id].push_back(d.id);
    }
    return out;
}

// The gazetteer place a row names: a settlement of that name within kMatchKm of the row's point,
// else any place of that name there; nothing when none is that close.
const core::Place* matchRow(const NameIndex& index, const std::string& key, core::GeoPoint point)
{
    auto [match, km] = index.nearest(key, point, true);
    if (match == nullptr || km > kMatchKm)
        std::tie(match, km) = index.nearest(key, point, false);
    return match != nullptr && km <= kMatchKm ? match : nullptr;
}

std::string fmtKm(double km)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f km", km);
    return buf;
}

} // namespace

void loadTimeline(const std::string& path, const core::Gazetteer& gazetteer, Scenario& out)
{
    auto text = readTextFile(path);
    if (!text) {
        out.warnings.push_back(text.error());
        return;
    }
    CsvTable table = parseCsv(*text, path);
    out.warnings.insert(out.warnings.end(), table.problems.begin(), table.problems.end());
    auto where = [&](std::size_t line) { return path + ":" + std::to_string(line); };
    for (const char* required : {"date", "place", "lat", "lon", "actor", "kind"}) {
        if (!table.column(required)) {
            out.warnings.push_back({std::string("the header lacks the '") + required
                                        + "' column (expected date,place,lat,lon,actor,kind,outlet,note); no row loaded",
                                    where(1)});
            return;
        }
    }
    for (const char* optional : {"outlet", "note"})
        if (!table.column(optional))
            out.warnings.push_back({std::string("the header lacks the '") + optional + "' column; rows load without it",
                                    where(1)});
    for (const auto& h : table.header)
        if (std::find_if(kColumns.begin(), kColumns.end(), [&](const char* n) { return h == n; }) == kColumns.end())
            out.warnings.push_back({"unknown column '" + h + "' ignored", where(1)});

    NameIndex index;
    for (const core::Place& p : gazetteer.places())
        index.add(p);
    // Places with rows of their own: a city's row does not speak for them.
    std::set<std::string> ownRows;
    {
        const auto latCol = table.column("lat"), lonCol = table.column("lon"), placeCol = table.column("place");
        for (const CsvRecord& rec : table.records) {
            if (rec.fields.size() != table.header.size())
                continue;
            const auto lat = parseNumber(rec.fields[*latCol]);
            const auto lon = parseNumber(rec.fields[*lonCol]);
            if (lat && lon)
                if (const core::Place* p = matchRow(index, nameKey(rec.fields[*placeCol]), {*lat, *lon}))
                    ownRows.insert(p->id);
        }
    }
    const auto districts = districtsByCity(gazetteer);
    // Places added for earlier rows are found by later rows too (deque-like: index by position).
    std::vector<std::pair<std::string, std::size_t>> addedKeys;

    AnalystHolders holders(out);
    const core::Instant firstDay = out.start - out.start % core::kSecondsPerDay;
    for (const CsvRecord& rec : table.records) {
        const std::string at = where(rec.line);
        if (rec.fields.size() != table.header.size()) {
            out.warnings.push_back({"the row has " + std::to_string(rec.fields.size()) + " fields, the header "
                                        + std::to_string(table.header.size()) + "; row skipped",
                                    at});
            continue;
        }
        auto get = [&](const char* name) {
            const auto c = table.column(name);
            return c ? rec.fields[*c] : std::string{};
        };
        const std::string date = get("date");
        const std::string place = get("place");
        const std::string actor = get("actor");
        const std::string kindText = get("kind");
        const auto t = core::parseIso8601(date);
        if (!t) {
            out.warnings.push_back({"bad date '" + date + "' (expected YYYY-MM-DD or an ISO 8601 instant); row skipped", at});
            continue;
        }
        if (!out.actors.contains(actor)) {
            out.warnings.push_back({"unknown actor '" + actor + "' (not in the actors file); row skipped", at});
            continue;
        }
        const auto kind = core::claimKindFromString(kindText);
        if (!kind) {
            out.warnings.push_back({"unknown kind '" + kindText
                                        + "' (expected captured, controls, entered, contested, besieged, withdrew, "
                                          "surrendered or denied); row skipped",
                                    at});
            continue;
        }
        if (out.end > out.start && (*t < firstDay || *t > out.end))
            out.warnings.push_back({"date " + date + " lies outside the scenario's days; row kept", at});
        const auto lat = parseNumber(get("lat"));
        const auto lon = parseNumber(get("lon"));
        if (place.empty() || !lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) {
            const std::string why = place.empty() ? "no place name" : "bad coordinates '" + get("lat") + "," + get("lon") + "'";
            out.unresolved.push_back({path, rec.line, place, why + "; the claim waits for review"});
            out.warnings.push_back({why + "; row kept as unresolved", at});
            continue;
        }
        const core::GeoPoint point{*lat, *lon};
        const std::string key = nameKey(place);
        // A settlement of that name wins over a governorate or region of the same name nearby.
        auto [match, km] = index.nearest(key, point, true);
        if (match == nullptr || km > kMatchKm)
            std::tie(match, km) = index.nearest(key, point, false);
        std::string placeId;
        if (match != nullptr && km <= kMatchKm) {
            placeId = match->id;
        } else {
            for (const auto& [k, i] : addedKeys)
                if (k == key && core::distanceKm(out.addedPlaces[i].point, point) <= kMatchKm)
                    placeId = out.addedPlaces[i].id;
            if (placeId.empty()) {
                core::Place added;
                added.id = "tl:" + slug(place);
                for (int n = 2; gazetteer.find(added.id) != nullptr
                     || std::any_of(out.addedPlaces.begin(), out.addedPlaces.end(),
                                    [&](const core::Place& q) { return q.id == added.id; });
                     ++n)
                    added.id = "tl:" + slug(place) + "-" + std::to_string(n);
                added.name = place;
                added.kind = core::PlaceKind::Town;
                added.country = out.country;
                added.point = point;
                added.origin = "timeline";
                added.citation = at;
                added.names.push_back({place, "en", "timeline"});
                placeId = added.id;
                out.warnings.push_back({"no gazetteer place named '" + place + "' within " + fmtKm(kMatchKm) + " of "
                                            + get("lat") + "," + get("lon")
                                            + (match ? " (nearest of that name: " + fmtKm(km) + " away)" : "")
                                            + "; added as " + added.id,
                                        at});
                if (auto base = baselineClaim(out, added); base && baselineAreaAt(out, point)) {
                    base->source.file = out.dir + "/baseline.geojson";
                    out.claims.push_back(std::move(*base));
                }
                addedKeys.emplace_back(key, out.addedPlaces.size());
                out.addedPlaces.push_back(std::move(added));
            }
        }
        core::Claim c;
        c.id = "timeline:" + std::to_string(rec.line);
        c.placeId = placeId;
        c.actor = actor;
        c.kind = *kind;
        c.time.from = *t;
        if (core::isDateOnly(date)) {
            c.time.to = *t + core::kSecondsPerDay - 1;
            c.time.precision = core::TimePrecision::Day;
        } else {
            c.time.to = *t;
            c.time.precision = core::TimePrecision::Minute;
        }
        c.source.speaker = "analyst timeline";
        c.source.side = core::SpeakerSide::Analyst;
        c.source.file = path;
        c.source.sentence = get("note");
        // A governorate row: its settlements, less those the row's actor is not taking them from.
        std::vector<core::Claim> placed = core::expandRegionClaim(c, gazetteer);
        const core::Place* row = gazetteer.find(placeId);
        if (row != nullptr && row->kind == core::PlaceKind::Governorate && !placed.empty()
            && placed.front().placeId != placeId)
            std::erase_if(placed, [&](const core::Claim& e) { return !holders.regionMayTake(e.placeId, c.kind, c.actor); });
        // A city's row: its districts without rows of their own that go with the city (a district
        // the SDF holds inside a government city does not change hands when the city does).
        if (auto it = row != nullptr && row->kind == core::PlaceKind::City ? districts.find(row->id) : districts.end();
            it != districts.end()) {
            auto root = [&](const std::string& a) { return a.empty() ? a : out.actors.rootActor(a); };
            const std::string cityHolder = root(holders.holder(row->id));
            for (const std::string& d : it->second) {
                if (ownRows.contains(d) || root(holders.holder(d)) != cityHolder)
                    continue;
                core::Claim e = c;
                e.placeId = d;
                e.id = c.id + "@" + d;
                placed.push_back(std::move(e));
            }
        }
        for (const core::Claim& e : placed)
            holders.apply(e);
        const std::vector<std::string> outlets = splitOutlets(get("outlet"));
        for (std::size_t k = 0; k < outlets.size(); ++k) {
            for (const core::Claim& e : placed) {
                core::Claim copy = e;
                copy.source.outlet = outlets[k];
                if (outlets.size() > 1) // one claim per outlet: "timeline:12.2", "timeline:12.2@gn:1"
                    copy.id.insert(c.id.size(), "." + std::to_string(k + 1));
                out.claims.push_back(std::move(copy));
            }
        }
    }
}

} // namespace sitrep::geo
