#include "resolver.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace sitrep::text {

using sitrep::core::GeoPoint;
using sitrep::core::Place;
using sitrep::core::PlaceKind;

struct Resolver::Context {
    const std::vector<Resolution>* firstPass = nullptr; // for "20 miles from Damascus"
    const RecognitionResult* found = nullptr;
    std::vector<std::pair<std::string, double>> countryWeight; // evidence the text is about a country
    double& weight(const std::string& country)
    {
        for (auto& [c, w] : countryWeight)
            if (c == country)
                return w;
        return countryWeight.emplace_back(country, 0.0).second;
    }
    [[nodiscard]] double weightOf(const std::string& country) const
    {
        for (const auto& [c, w] : countryWeight)
            if (c == country)
                return w;
        return 0.0;
    }
    std::string dominantCountry;
    // Settlements placed with confidence in the first pass, by mention index: a mention is read
    // against its neighbours in the text (a window), which keeps long texts linear.
    std::vector<std::pair<std::size_t, GeoPoint>> anchors;
    std::vector<std::uint32_t> anchorPlaces; // the place of each anchor, same order
    std::size_t current = 0; // index of the mention being scored
    // Evidence for a country that a candidate cannot lend itself: demonyms ("Jordanian"), and the
    // distinct places the first pass placed with confidence there (countries included).
    std::vector<std::pair<std::string, double>> demonymWeight;
    std::vector<std::pair<std::string, std::uint32_t>> confidentPlaces; // (country, place), distinct
};

namespace {

double kindPrior(PlaceKind k)
{
    switch (k) {
    case PlaceKind::Country: return 1.0;
    case PlaceKind::City: return 0.85;
    case PlaceKind::Region: return 0.6;
    case PlaceKind::Town: return 0.6;
    case PlaceKind::Governorate: return 0.55;
    case PlaceKind::Neighbourhood: return 0.5;
    case PlaceKind::Airbase: return 0.5;
    case PlaceKind::BorderCrossing: return 0.5;
    case PlaceKind::Military: return 0.45;
    case PlaceKind::Dam: return 0.45;
    case PlaceKind::Prison: return 0.45;
    case PlaceKind::Camp: return 0.45;
    case PlaceKind::Village: return 0.4;
    case PlaceKind::Unknown: return 0.3;
    }
    return 0.3;
}

bool area(PlaceKind k) { return k == PlaceKind::Country || k == PlaceKind::Governorate || k == PlaceKind::Region; }

bool settlement(PlaceKind k) { return k == PlaceKind::City || k == PlaceKind::Town || k == PlaceKind::Village; }

// The conflict's own places: curated supplement rows and the built-in capitals.
bool curated(const Place& p) { return p.origin.starts_with("supplement") || p.origin == "builtin"; }

// A town or city the text spells by its own name ("Irbid", "Gaziantep").
bool ownNameTown(const RecognisedCandidate& c, const Place& p)
{
    return c.ownName && (p.kind == PlaceKind::City || p.kind == PlaceKind::Town);
}

// How well a candidate's kind fits what the text says it is.
double kindFit(PlaceKind hint, PlaceKind k)
{
    if (hint == k)
        return 1.0;
    if (settlement(hint) && settlement(k))
        return 0.6;
    if (hint == PlaceKind::Airbase && k == PlaceKind::Military)
        return 0.8;
    return -0.5;
}

constexpr double kTemperature = 0.3;

// Distance for ranking only: an equirectangular approximation at the Levant's latitude, good to a
// few per cent over the ranges that matter here and free of trigonometry per pair.
double approxKmSquared(GeoPoint a, GeoPoint b)
{
    constexpr double kKmPerDegree = 111.195;
    constexpr double kCos35 = 0.8192;
    const double dy = (a.lat - b.lat) * kKmPerDegree;
    const double dx = (a.lon - b.lon) * kKmPerDegree * kCos35;
    return dx * dx + dy * dy;
}

double approxKm(GeoPoint a, GeoPoint b) { return std::sqrt(approxKmSquared(a, b)); }

} // namespace

// "Anjara" in an article about villages west of Aleppo is not Anjarah in Jordan: a place abroad
// needs something else in the text to point at it. A town or city the text spells by its own
// name ("Irbid", "Gaziantep") needs its country named (a demonym, the country, a place there);
// a village, or a place matched by an alternate spelling or a near miss ("Anjara" for Anjarah,
// "al-Houta" for Antakya), needs more: another place of that country named by its own name, a
// qualifier ("the Jordanian town of"), or a place of the text within 50 km (border towns facing
// each other) — "Turkey" is named in most articles about Syria and vouches for no Turkish
// village. Curated rows and the built-in capitals are the conflict's own places and need none.
// Only in the second pass, once the text's places are known.
bool Resolver::unsupportedAbroad(const Recognition& r, const RecognisedCandidate& c, const Context& ctx) const
{
    if (!ctx.firstPass || m_options.focusCountry.empty() || !r.countryHint.empty())
        return false;
    const Place& p = m_index.place(c.place);
    if (p.country.empty() || p.country == m_options.focusCountry || area(p.kind) || curated(p))
        return false;
    const bool town = ownNameTown(c, p);
    if (town)
        for (const auto& [country, w] : ctx.demonymWeight)
            if (country == p.country && w > 0)
                return false;
    for (const auto& [country, place] : ctx.confidentPlaces)
        if (country == p.country && place != c.place && (town || !area(m_index.place(place).kind)))
            return false;
    constexpr std::size_t kWindow = 40;
    constexpr double kNearKm = 50.0;
    const std::size_t from = ctx.current > kWindow ? ctx.current - kWindow : 0;
    const auto first = std::lower_bound(ctx.anchors.begin(), ctx.anchors.end(), from,
                                        [](const auto& a, std::size_t v) { return a.first < v; });
    for (auto k = static_cast<std::size_t>(first - ctx.anchors.begin()); k < ctx.anchors.size(); ++k) {
        const auto& [at, point] = ctx.anchors[k];
        if (at > ctx.current + kWindow)
            break;
        if (ctx.anchorPlaces[k] == c.place)
            continue;
        if (approxKmSquared(point, p.point) < kNearKm * kNearKm)
            return false;
    }
    return true;
}

double Resolver::score(const Recognition& r, const RecognisedCandidate& c, const Context& ctx) const
{
    const Place& p = m_index.place(c.place);
    double s = kindPrior(p.kind);
    // Unknown population (hand-added places) is read as a small town, not as nobody.
    const std::int64_t population = p.population > 0 || !settlement(p.kind) ? p.population : 5000;
    s += 0.6 * std::clamp(std::log10(static_cast<double>(std::max<std::int64_t>(population, 0)) + 10.0) / 7.0, 0.0, 1.0);
    s += 0.8 * c.similarity;
    if (c.exactSpelling)
        s += 0.2;
    if (c.quality & kPrimaryName)
        s += 0.2;
    else if (c.quality & (kEnglishName | kAliasName))
        s += 0.15;
    if ((c.quality & kGeneratedName) && !(c.quality & (kPrimaryName | kEnglishName | kAliasName)) && !c.exactSpelling)
        s -= 0.2;
    if (!p.country.empty()) {
        if (p.country == m_options.focusCountry)
            s += 0.3;
        if (p.country == ctx.dominantCountry)
            s += 0.2;
        if (const double w = ctx.weightOf(p.country); w > 0)
            s += std::min(0.3, 0.1 * w);
    }
    if (r.kindHint)
        s += kindFit(*r.kindHint, p.kind);
    if (!r.countryHint.empty())
        s += p.country == r.countryHint ? 1.0 : -1.0;
    // "Saasa, 20 miles from Damascus": candidates at about that distance from the place named.
    if (r.distanceFrom >= 0 && ctx.firstPass && static_cast<std::size_t>(r.distanceFrom) < ctx.firstPass->size()) {
        const auto& ref = (*ctx.firstPass)[static_cast<std::size_t>(r.distanceFrom)];
        if (ref.resolved && !ref.ranked.empty()) {
            const double d = sitrep::core::distanceKm(m_index.place(ref.ranked.front().place).point, p.point);
            if (std::abs(d - r.distanceKm) <= std::max(8.0, 0.5 * r.distanceKm))
                s += 0.8;
            else if (d > 3 * r.distanceKm + 20)
                s -= 0.3;
        }
    }
    if (p.kind != PlaceKind::Country && p.kind != PlaceKind::Governorate && !ctx.anchors.empty()) {
        constexpr std::size_t kWindow = 40;
        // The nearest anchor by squared distance, one square root at the end: sqrt is monotonic,
        // so this is exactly the minimum of the distances (1e18 = (1e9 km)², none in the window).
        double nearestSquared = 1e18;
        // A place among two or more close neighbours ("the towns of Suran, Taybat al-Imam and
        // Halfaya": a few km apart) beats a namesake 25–75 km from some city of the text.
        constexpr double kCloseKm = 15.0;
        // Round 45: "Rebels captured Halfaya on Tuesday and Suran on Wednesday, and by Wednesday
        // night fighting had reached the northern outskirts of Hama": the places named right
        // beside it count as close a little further out (Hama's Suran, not Aleppo's).
        constexpr double kBesideKm = 25.0;
        constexpr std::size_t kBeside = 2; // mentions either side
        int close = 0; // distinct neighbours: the same town named twice is one
        GeoPoint firstClose {};
        const std::size_t from = ctx.current > kWindow ? ctx.current - kWindow : 0;
        auto it = std::lower_bound(ctx.anchors.begin(), ctx.anchors.end(), from,
                                   [](const auto& a, std::size_t v) { return a.first < v; });
        for (; it != ctx.anchors.end() && it->first <= ctx.current + kWindow; ++it) {
            const double d2 = approxKmSquared(it->second, p.point);
            nearestSquared = std::min(nearestSquared, d2);
            const bool beside = it->first + kBeside >= ctx.current && it->first <= ctx.current + kBeside;
            const double within = beside ? kBesideKm : kCloseKm;
            if (d2 >= within * within || d2 < 0.01 || (close == 1 && approxKmSquared(firstClose, it->second) < 1.0))
                continue;
            if (close++ == 0)
                firstClose = it->second;
        }
        const double nearest = std::sqrt(nearestSquared);
        // (Not against the text's own word for its kind: "Daraa province, including Bosra, Jassem
        // and Nawa" stays the governorate.)
        if (close >= 2 && (!r.kindHint || kindFit(*r.kindHint, p.kind) > 0))
            s += 0.8;
        else if (nearest < 25)
            s += 0.5;
        else if (nearest < 75)
            s += 0.3;
        else if (nearest < 200)
            s += 0.1;
    }
    if (unsupportedAbroad(r, c, ctx))
        s -= 0.8;
    return s;
}

Resolution Resolver::rank(const Recognition& r, const Context& ctx) const
{
    Resolution res;
    if (r.candidates.empty())
        return res;
    std::vector<std::pair<double, std::uint32_t>> raw;
    raw.reserve(r.candidates.size());
    for (const auto& c : r.candidates)
        raw.emplace_back(score(r, c, ctx), c.place);
    std::sort(raw.begin(), raw.end(), [&](const auto& x, const auto& y) {
        if (x.first != y.first)
            return x.first > y.first;
        return m_index.place(x.second).id < m_index.place(y.second).id; // deterministic ties
    });
    const double top = raw.front().first;
    double total = 0.0;
    for (const auto& [s, idx] : raw)
        total += std::exp((s - top) / kTemperature);
    res.ranked.reserve(raw.size());
    // The same place entered twice (GeoNames and the supplement) is one candidate, not two
    // rivals splitting the evidence: merge same-named settlements within 15 km (areas: 3 km).
    for (const auto& [s, idx] : raw) {
        const double share = std::exp((s - top) / kTemperature) / total;
        const Place& p = m_index.place(idx);
        auto same = std::find_if(res.ranked.begin(), res.ranked.end(), [&](const ScoredCandidate& k) {
            const Place& q = m_index.place(k.place);
            return area(p.kind) == area(q.kind) && p.kind != PlaceKind::BorderCrossing && q.kind != PlaceKind::BorderCrossing
                && approxKm(p.point, q.point) <= (area(p.kind) ? 3.0 : 15.0);
        });
        if (same != res.ranked.end()) {
            same->score += share;
            // The hand-curated supplement carries cited coordinates: let it stand for the pair.
            if (p.origin.starts_with("supplement") && !m_index.place(same->place).origin.starts_with("supplement"))
                same->place = idx;
        }
        else
            res.ranked.push_back({idx, share});
    }
    std::stable_sort(res.ranked.begin(), res.ranked.end(),
                     [](const ScoredCandidate& x, const ScoredCandidate& y) { return x.score > y.score; });
    res.confidence = std::clamp(res.ranked.front().score * std::clamp(top / 1.2, 0.0, 1.0) * (r.weak ? 0.85 : 1.0)
                                    * (r.lowercase ? 0.9 : 1.0),
                                0.0, 1.0);
    // An unsupported place abroad stays a candidate for review, unless it is a town or city the
    // text spells by its own name ("Gaziantep", "Irbid"): an alternate spelling ("Anjara" for
    // Jordan's Anjarah), a near miss ("al-Houta" for Antakya) or a village is not enough.
    const auto topCandidate = std::find_if(r.candidates.begin(), r.candidates.end(),
                                           [&](const RecognisedCandidate& c) { return c.place == res.ranked.front().place; });
    if (topCandidate != r.candidates.end() && unsupportedAbroad(r, *topCandidate, ctx)
        && !ownNameTown(*topCandidate, m_index.place(topCandidate->place)))
        res.confidence *= 0.5;
    res.resolved = res.confidence >= m_options.threshold;
    return res;
}

namespace {
bool hasGeneric(const Recognition& r)
{
    return std::any_of(r.candidates.begin(), r.candidates.end(),
                       [](const RecognisedCandidate& c) { return (c.quality & kGenericName) != 0; });
}
} // namespace

// "By Saturday morning they were moving through the Old City" (of a story about Aleppo): a
// city's generic facility name is the facility of the city the text last named (or a quarter of
// it, within 8 km) among the last mentions before it: Aleppo's Old City, not Damascus's. With no
// such city named before it, the generic reading falls away ("the military academy" of a
// Damascus story is no place of the gazetteer); the mention keeps its other candidates, if any.
Resolution Resolver::readGeneric(const RecognitionResult& found, const std::vector<Resolution>& before,
                                 std::size_t i, const Context& ctx) const
{
    const Recognition& r = found.mentions[i];
    constexpr std::size_t kWindow = 40;
    constexpr double kQuarterKm = 8.0;
    for (std::size_t k = i; k-- > 0 && k + kWindow >= i;) {
        if (!before[k].resolved || before[k].ranked.empty())
            continue;
        const std::uint32_t named = before[k].ranked.front().place;
        const Place& q = m_index.place(named);
        for (const auto& c : r.candidates) {
            if (!(c.quality & kGenericName))
                continue;
            for (const std::uint32_t owner : m_index.owners(c.place)) {
                const bool quarter = (q.kind == PlaceKind::Neighbourhood || named == c.place)
                    && approxKm(q.point, m_index.place(owner).point) <= kQuarterKm;
                if (owner == named || quarter) {
                    Resolution res;
                    res.ranked.push_back({c.place, 1.0});
                    res.confidence = 0.9;
                    res.resolved = true;
                    return res;
                }
            }
        }
        // "Rebels neared Homs. In Hama, crowds filled the old city": the last city named decides;
        // one without such a facility ends the search. A town does not: "the last troops pulled
        // out of Homs after losing the town of Talbiseh, leaving the military academy" is Homs's.
        if (q.kind == PlaceKind::City)
            break;
    }
    Recognition rest = r;
    std::erase_if(rest.candidates, [](const RecognisedCandidate& c) { return c.quality == kGenericName; });
    return rank(rest, ctx);
}

std::vector<Resolution> Resolver::resolve(const RecognitionResult& found) const
{
    Context ctx;
    for (const auto& link : found.countryLinks) {
        ctx.weight(link.country) += 0.5;
        auto it = std::find_if(ctx.demonymWeight.begin(), ctx.demonymWeight.end(),
                               [&](const auto& d) { return d.first == link.country; });
        if (it == ctx.demonymWeight.end())
            ctx.demonymWeight.emplace_back(link.country, 0.5);
        else
            it->second += 0.5;
    }
    // First pass: no proximity; unambiguous, confident mentions become anchors.
    std::vector<Resolution> first;
    first.reserve(found.mentions.size());
    for (std::size_t i = 0; i < found.mentions.size(); ++i)
        first.push_back(hasGeneric(found.mentions[i]) ? readGeneric(found, first, i, ctx)
                                                      : rank(found.mentions[i], ctx));
    for (std::size_t i = 0; i < first.size(); ++i) {
        const auto& res = first[i];
        if (!res.resolved || res.confidence < 0.8)
            continue;
        const std::uint32_t placeIdx = res.ranked.front().place;
        const Place& p = m_index.place(placeIdx);
        ctx.weight(p.country) += 1.0;
        if (!area(p.kind)) {
            ctx.anchors.emplace_back(i, p.point);
            ctx.anchorPlaces.push_back(placeIdx);
        }
        // Only a place the text names by its own name speaks for its country: two villages abroad
        // matched by alternate spellings do not vouch for each other.
        const auto& cands = found.mentions[i].candidates;
        const auto c = std::find_if(cands.begin(), cands.end(), [&](const auto& k) { return k.place == placeIdx; });
        const bool strong = area(p.kind) || curated(p)
            || (c != cands.end() && (c->ownName || (c->exactSpelling && (c->quality & kAliasName))));
        const bool known = std::any_of(ctx.confidentPlaces.begin(), ctx.confidentPlaces.end(),
                                       [&](const auto& k) { return k.second == placeIdx; });
        if (strong && !known && !p.country.empty())
            ctx.confidentPlaces.emplace_back(p.country, placeIdx);
    }
    ctx.firstPass = &first;
    double best = 0.0;
    for (const auto& [country, w] : ctx.countryWeight)
        if (w > best) {
            best = w;
            ctx.dominantCountry = country;
        }
    std::vector<Resolution> out;
    out.reserve(found.mentions.size());
    for (std::size_t i = 0; i < found.mentions.size(); ++i) {
        ctx.current = i;
        // A single candidate has no rival for the context to decide between; one abroad is still
        // read against the text (it may need support it lacks).
        const bool abroad = !first[i].ranked.empty()
            && m_index.place(first[i].ranked.front().place).country != m_options.focusCountry;
        if (hasGeneric(found.mentions[i]))
            out.push_back(readGeneric(found, first, i, ctx));
        else if (first[i].ranked.size() <= 1 && found.mentions[i].distanceFrom < 0 && !abroad)
            out.push_back(first[i]);
        else
            out.push_back(rank(found.mentions[i], ctx));
    }
    return out;
}

} // namespace sitrep::text
