#include "claimplaces.h"

#include "actormatcher.h"
#include "claimlexicon.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sitrep::text {

using core::PlaceKind;

namespace {

// Spellings of Syria's governorates, squeezed to ASCII letters without the article.
struct GovernorateNames {
    std::string_view key;
    std::array<std::string_view, 8> spellings;
};
constexpr GovernorateNames kGovernorates[] = {
    {"daraa", {"daraa", "dara", "deraa", "dera", "deraa", "daraaa", "daraah", "deraah"}},
    {"suwayda", {"suwayda", "sweida", "suweida", "suwaida", "swaida", "sueida", "suwaydaa", "sweyda"}},
    {"quneitra", {"quneitra", "qunaytirah", "qunaitra", "kuneitra", "qunaytira", "quneitrah", "qunaitira", "qunaytra"}},
    {"damascus", {"damascus", "dimashq", "", "", "", "", "", ""}},
    {"rifdimashq", {"rifdimashq", "damascuscountryside", "ruraldamascus", "reefdimashq", "rifdimashk", "", "", ""}},
    {"homs", {"homs", "hims", "hums", "", "", "", "", ""}},
    {"hama", {"hama", "hamah", "hamat", "", "", "", "", ""}},
    {"aleppo", {"aleppo", "halab", "", "", "", "", "", ""}},
    {"idlib", {"idlib", "idleb", "", "", "", "", "", ""}},
    {"latakia", {"latakia", "lattakia", "ladhiqiyah", "ladhiqiya", "latakiya", "", "", ""}},
    {"tartus", {"tartus", "tartous", "tartouss", "", "", "", "", ""}},
    {"raqqa", {"raqqa", "raqqah", "rakka", "", "", "", "", ""}},
    {"deirezzor", {"deirezzor", "deirezzour", "dayrazzawr", "deiralzor", "deirelzor", "deirezor", "dayrezzor", "deirazzor"}},
    {"hasakah", {"hasakah", "hasaka", "hassakeh", "hasakeh", "hassaka", "", "", ""}},
};
constexpr std::string_view kSouthwest[] = {"daraa", "quneitra", "suwayda"};

std::string squeeze(std::string_view name)
{
    std::string lower = asciiLower(name);
    for (std::string_view suffix : {" governorate", " province", " muhafazat"})
        if (lower.size() > suffix.size() && lower.ends_with(suffix))
            lower.resize(lower.size() - suffix.size());
    for (std::string_view article : {"al-", "al ", "as-", "as ", "ar-", "ar ", "ad-", "ad ", "ash-", "el-", "muhafazat "})
        if (lower.starts_with(article)) {
            lower = lower.substr(article.size());
            break;
        }
    std::string out;
    for (char c : lower)
        if (std::isalpha(static_cast<unsigned char>(c)))
            out += c;
    return out;
}

} // namespace

void pointAtGovernorate(PlaceSlot& slot, const core::Place& g)
{
    slot.placeIds = {g.id};
    slot.name = g.name;
    slot.kind = core::PlaceKind::Governorate;
    slot.country = g.country;
    slot.regionId = "governorate:" + std::string(canonicalGovernorate(g.name));
}

std::string_view canonicalGovernorate(std::string_view name)
{
    const std::string s = squeeze(name);
    if (s.empty())
        return {};
    for (const auto& g : kGovernorates)
        for (auto sp : g.spellings)
            if (!sp.empty() && sp == s)
                return g.key;
    return {};
}

bool cityLike(PlaceKind k)
{
    return k == PlaceKind::City || k == PlaceKind::Town || k == PlaceKind::Village || k == PlaceKind::Unknown;
}

ClaimPlaces::ClaimPlaces(const core::Gazetteer& gazetteer, PlaceLookup fallback)
    : m_gazetteer(gazetteer), m_fallback(std::move(fallback))
{
    for (const auto& p : gazetteer.places()) {
        if (p.kind == PlaceKind::Governorate && (p.country.empty() || p.country == "SY")) {
            std::vector<std::string_view> names{p.name};
            for (const auto& n : p.names)
                names.push_back(n.name);
            for (auto n : names)
                if (const auto key = canonicalGovernorate(n); !key.empty() && !m_governorates.contains(std::string(key)))
                    m_governorates[std::string(key)] = &p;
        }
        if (p.kind == PlaceKind::City && p.country == "SY" && p.name == "Damascus" &&
            (!m_capital || p.population > m_capital->population))
            m_capital = &p;
        static constexpr std::string_view kRanked[] = {"Aleppo", "Homs", "Hama"};
        for (std::size_t r = 0; r < m_ranked.size(); ++r)
            if (p.kind == PlaceKind::City && p.country == "SY" && p.name == kRanked[r] &&
                (!m_ranked[r] || p.population > m_ranked[r]->population))
                m_ranked[r] = &p;
    }
}

const core::Place* ClaimPlaces::governorate(std::string_view name) const
{
    const auto key = canonicalGovernorate(name);
    const auto it = m_governorates.find(std::string(key));
    return it == m_governorates.end() ? nullptr : it->second;
}

namespace {
// "On Nov. 29", "Dec 7": a month before a day's number is a date, whatever the geoparser made
// of it (a village "Nov" once took "the city" in the next sentence).
bool dateWord(const std::vector<Word>& words, const PlaceSlot& s)
{
    static constexpr std::array<std::string_view, 24> kMonths {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    if (s.last != s.first + 1)
        return false;
    std::string_view w = words[s.first].lower;
    if (w.ends_with('.'))
        w.remove_suffix(1);
    if (std::find(kMonths.begin(), kMonths.end(), w) == kMonths.end())
        return false;
    std::size_t k = s.last;
    if (k < words.size() && words[k].lower == ".")
        ++k;
    return k < words.size() && !words[k].lower.empty() && std::isdigit(static_cast<unsigned char>(words[k].lower[0]));
}
// "a field commander told Qasioun", "told Damascus radio": whom one tells is a person or an
// outlet, never ground; the name after "told" is no place of the claim.
bool addressee(const std::vector<Word>& words, const PlaceSlot& s)
{
    std::size_t k = s.first;
    if (k > 0 && words[k - 1].lower == "the")
        --k;
    if (k == 0)
        return false;
    const auto& w = words[k - 1].lower;
    return w == "told" || w == "tells" || w == "telling" || w == "tell";
}
} // namespace

std::vector<PlaceSlot> ClaimPlaces::next(const Sentence& sentence, const std::vector<Word>& words,
                                         const std::vector<core::Mention>& mentions, const CodePointIndex& body,
                                         const std::vector<ActorMention>& actors)
{
    std::vector<PlaceSlot> slots;
    std::vector<std::pair<std::size_t, std::size_t>> whereActors;
    for (const auto& m : mentions) {
        if (m.start < sentence.start || m.end > sentence.end || m.end <= m.start)
            continue;
        const std::size_t b = body.toByte(m.start) - sentence.byteStart;
        const std::size_t e = body.toByte(m.end) - sentence.byteStart;
        PlaceSlot s;
        s.first = words.size();
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (words[i].end > b && words[i].start < e) {
                s.first = std::min(s.first, i);
                s.last = i + 1;
            }
        }
        if (s.first >= s.last)
            continue;
        // A name inside an actor's name ("Hayat Tahrir al-Sham", "Lebanon's Hezbollah") is no place.
        const bool inActor = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
            return !a.pronoun && a.firstWord < s.last && s.first < a.lastWord &&
                   !(s.first > a.firstWord && words[s.first - 1].lower == "in");
        });
        // "local fighters in Daraa" names where they are: no object, but a place for "the
        // provincial capital" after it.
        const bool whereActorIs = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
            return !a.pronoun && a.firstWord < s.first && s.first < a.lastWord;
        });
        if (inActor || dateWord(words, s) || addressee(words, s))
            continue;
        s.text = m.text.empty() ? sentence.text.substr(b, e - b) : m.text;
        if (s.first > 0) {
            const auto& before = words[s.first - 1].lower;
            // "withdrew from Deir ez-Zor" names the place left, "advancing from Idlib" a way passed.
            const std::string_view verb = s.first >= 2 ? std::string_view(words[s.first - 2].lower) : "";
            const bool left = verb.starts_with("withdr") || verb.starts_with("retreat") || verb == "out" ||
                              verb == "fled" || verb == "back" || verb.starts_with("expel") || verb == "driven" ||
                              verb == "departure" || verb == "exit" || verb.starts_with("evacuat") ||
                              verb.starts_with("pull");
            s.waypoint = (before == "from" && !left) || before == "toward" || before == "towards" ||
                         before == "near" || before == "via";
        }
        // Round 45: "the city of Manbij", "Idlib city" — for "the city" in the sentences after (claimantecedent).
        s.calledCity = (s.first >= 2 && words[s.first - 1].lower == "of" && words[s.first - 2].lower == "city") ||
                       (s.last < words.size() && words[s.last].lower == "city");
        if (whereActorIs)
            whereActors.emplace_back(s.first, s.last);
        s.confidence = m.placeId ? std::clamp(m.confidence, 0.0, 1.0) : 0.0;
        s.relation = m.relation;
        if (m.placeId && m.status == core::MentionStatus::Resolved) {
            s.placeIds.push_back(*m.placeId);
            const core::Place* p = m_gazetteer.find(*m.placeId);
            if (!p && m_fallback)
                p = m_fallback(*m.placeId);
            if (p) {
                s.name = p->name;
                s.kind = p->kind;
                s.country = p->country;
            } else {
                s.name = s.text;
            }
        }
        slots.push_back(std::move(s));
    }
    std::sort(slots.begin(), slots.end(), [](const PlaceSlot& a, const PlaceSlot& b) { return a.first < b.first; });
    markDateline(words, slots);
    upgradeToGovernorates(words, slots);
    addRegions(words, sentence.text, slots);
    addAnaphora(words, sentence.text, slots);
    addPossessives(words, sentence.text, slots);
    std::erase_if(slots, [&](const PlaceSlot& p) {
        return std::find(whereActors.begin(), whereActors.end(), std::make_pair(p.first, p.last)) != whereActors.end();
    });
    std::sort(slots.begin(), slots.end(), [](const PlaceSlot& a, const PlaceSlot& b) { return a.first < b.first; });
    m_history.push_front(slots);
    if (m_history.size() > 4)
        m_history.pop_back();
    return slots;
}

// "QAMISHLI, North Press – The SDF withdrew…", "AMMAN/BEIRUT, Dec 7 (Reuters) -", "Beirut (AFP) -":
// the names opening a sentence, in capitals or before the outlet's bracket, say where the report
// was filed; "the city" later on does not stand for them.
void ClaimPlaces::markDateline(const std::vector<Word>& words, std::vector<PlaceSlot>& slots)
{
    if (slots.empty() || slots.front().first != 0 || slots.front().last >= words.size())
        return;
    const auto& opener = slots.front();
    const bool capitals = opener.text.size() >= 3
        && std::none_of(opener.text.begin(), opener.text.end(), [](unsigned char c) { return std::islower(c); });
    const auto& after = words[opener.last].lower;
    if (!(capitals && (after == "," || after == "/")) && after != "(")
        return;
    // The dateline runs to the dash after it ("DEIR EZ-ZOR, Syria/AMMAN (Reuters) -").
    std::size_t end = opener.last;
    while (end < words.size() && end < opener.last + 12 && words[end].lower != "-")
        ++end;
    if (end == words.size() || end == opener.last + 12)
        end = opener.last;
    for (auto& s : slots)
        s.dateline = s.last <= end;
}

void ClaimPlaces::upgradeToGovernorates(const std::vector<Word>& words, std::vector<PlaceSlot>& slots) const
{
    auto isProvince = [](std::string_view w) {
        return w == "province" || w == "governorate" || w == "provinces" || w == "governorates";
    };
    // "the Damascus countryside", "rural Damascus": the governorate of that name (Rif Dimashq).
    for (auto& s : slots) {
        const bool countryside = s.last < words.size() && words[s.last].lower == "countryside";
        const bool rural = s.first > 0 && words[s.first - 1].lower == "rural";
        if (!countryside && !rural)
            continue;
        const std::string full = (rural ? "rural " : "") + s.text + (countryside ? " countryside" : "");
        const core::Place* g = governorate(full);
        if (!g || canonicalGovernorate(full) == canonicalGovernorate(s.text))
            continue;
        s.placeIds = {g->id};
        s.name = g->name;
        s.kind = PlaceKind::Governorate;
        s.country = g->country;
        s.relation.clear();
        s.text = full;
        if (countryside)
            s.last += 1;
        else
            s.first -= 1;
    }
    // "Daraa and Sweida provinces": the names listed before the plural are governorates too.
    std::vector<bool> listed(slots.size(), false);
    for (std::size_t j = slots.size(); j-- > 1;) {
        const bool plural = slots[j].last < words.size() &&
                            (words[slots[j].last].lower == "provinces" || words[slots[j].last].lower == "governorates");
        const bool glued = slots[j - 1].last + 1 == slots[j].first &&
                           (words[slots[j - 1].last].lower == "and" || words[slots[j - 1].last].lower == ",");
        if ((plural || listed[j]) && glued)
            listed[j - 1] = true;
    }
    // "the provinces of Deraa and Sweida": the names listed after the plural too.
    for (std::size_t j = 1; j < slots.size(); ++j) {
        const auto& prev = slots[j - 1];
        const bool pluralOf = prev.first >= 2 && words[prev.first - 1].lower == "of" &&
                              (words[prev.first - 2].lower == "provinces" || words[prev.first - 2].lower == "governorates");
        const bool glued = prev.last + 1 == slots[j].first &&
                           (words[prev.last].lower == "and" || words[prev.last].lower == ",");
        if ((pluralOf || listed[j - 1]) && glued && (pluralOf || j >= 2))
            listed[j] = listed[j] || pluralOf || listed[j - 1];
    }
    for (std::size_t j = 0; j < slots.size(); ++j) {
        auto& s = slots[j];
        if (s.kind == PlaceKind::Governorate) {
            s.regionId = "governorate:" + std::string(canonicalGovernorate(s.name));
            continue;
        }
        const bool after = s.last < words.size() && isProvince(words[s.last].lower);
        if (listed[j] && !after) {
            if (const core::Place* g = governorate(s.name.empty() ? s.text : s.name); g && g->id != "") {
                s.placeIds = {g->id};
                s.name = g->name;
                s.kind = PlaceKind::Governorate;
                s.country = g->country;
                s.regionId = "governorate:" + std::string(canonicalGovernorate(g->name));
            }
            continue;
        }
        const bool before = s.first >= 2 && words[s.first - 1].lower == "of" && isProvince(words[s.first - 2].lower);
        if (!after && !before)
            continue;
        const core::Place* g = governorate(s.text);
        if (!g && !s.name.empty())
            g = governorate(s.name);
        if (!g)
            continue;
        pointAtGovernorate(s, *g);
        if (after)
            s.last += 1;
    }
}

void ClaimPlaces::addRegions(const std::vector<Word>& words, const std::string& text,
                             std::vector<PlaceSlot>& slots) const
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::size_t n = 0;
        const auto& w = words[i].lower;
        auto at = [&](std::size_t k) { return i + k < words.size() ? std::string_view(words[i + k].lower) : ""; };
        if (w == "southwest")
            n = 1;
        else if (w == "south" && at(1) == "-" && at(2) == "west")
            n = 3;
        else if ((w == "southern" || w == "southwestern") && at(1) == "syria")
            n = 2;
        else if ((w == "entire" || w == "whole") && at(1) == "south")
            n = 2;
        if (n == 0)
            continue;
        PlaceSlot s;
        s.first = i;
        s.last = i + n;
        s.region = true;
        s.kind = PlaceKind::Region;
        s.country = "SY";
        s.regionId = "region:southwest";
        s.text = text.substr(words[i].start, words[i + n - 1].end - words[i].start);
        for (auto key : kSouthwest)
            if (const auto it = m_governorates.find(std::string(key)); it != m_governorates.end())
                s.placeIds.push_back(it->second->id);
        s.name = "southwest (Daraa, Quneitra, As-Suwayda)";
        s.confidence = 0.8;
        if (!s.placeIds.empty())
            slots.push_back(std::move(s));
        i += n - 1;
    }
}

// "The capital's airport was deserted": a city's airport, unqualified, is its civilian one
// (Damascus International Airport, not Mezzeh military airport) when it has one; "the city's
// military airport" is never the international one.
const core::Place* ClaimPlaces::airportNear(const core::Place& place, bool military) const
{
    const core::Place* first = nullptr;
    for (const core::Place* p : m_gazetteer.near(place.point, 30.0))
        if (p->kind == core::PlaceKind::Airbase &&
            (p->name.find("Airport") != std::string::npos || p->name.find("airport") != std::string::npos)) {
            const bool civilian = p->name.find("International") != std::string::npos;
            if (civilian != military && (civilian || military))
                return p; // "Aleppo International Airport"; "Hama military airport"
            if (!first && !(military && civilian))
                first = p; // "Deir ez-Zor airport"
        }
    return first;
}

const core::Place* ClaimPlaces::citadelNear(const core::Place& place) const
{
    for (const core::Place* p : m_gazetteer.near(place.point, 5.0))
        if (p->name.find("Citadel") != std::string::npos || p->name.find("citadel") != std::string::npos)
            return p; // "Aleppo Citadel"
    return nullptr;
}

const core::Place* ClaimPlaces::crossingNear(const core::Place& place) const
{
    const core::Place* best = nullptr;
    double bestKm = 0.0;
    for (const core::Place* p : m_gazetteer.near(place.point, 15.0)) {
        if (p->kind != core::PlaceKind::BorderCrossing || p->country != place.country)
            continue;
        const double km = core::distanceKm(place.point, p->point);
        if (!best || km < bestKm) {
            best = p;
            bestKm = km;
        }
    }
    return best;
}

// "Aleppo's airport", "the city's international airport": the airport of that place (an airbase
// within 30 km whose name holds "Airport"), in place of the owner. No such airport: left as is.
void ClaimPlaces::addPossessives(const std::vector<Word>& words, const std::string& text,
                                 std::vector<PlaceSlot>& slots) const
{
    const std::size_t n = words.size();
    // "the Albukamal border crossing", "the Boukamal crossing point": a town's name before
    // "(border) crossing" names the town's crossing (the nearest within 15 km), where the
    // gazetteer has no crossing under that spelling.
    for (auto& s : slots) {
        if (s.placeIds.size() != 1 || s.anaphoric || s.region || !cityLike(s.kind) || s.last >= n)
            continue;
        std::size_t k = s.last;
        if (k + 1 < n && words[k].lower == "border" && words[k + 1].lower == "crossing")
            ++k;
        // Not "militias left Albukamal crossing into Iraq": there "crossing" is their move.
        const std::string_view after = k + 1 < n ? std::string_view(words[k + 1].lower) : "";
        if (words[k].lower != "crossing" || (k == s.last && (after == "into" || after == "to" || after == "over" ||
                                                             after == "the" || after == "back")))
            continue;
        const core::Place* own = m_gazetteer.find(s.placeIds.front());
        const core::Place* crossing = own ? crossingNear(*own) : nullptr;
        if (!crossing)
            continue;
        if (k + 1 < n && words[k + 1].lower == "point")
            ++k;
        s.placeIds = {crossing->id};
        s.name = crossing->name;
        s.kind = crossing->kind;
        s.country = crossing->country;
        s.last = k + 1;
        s.text = text.substr(words[s.first].start, words[k].end - words[s.first].start);
        s.relation.clear();
    }
    for (std::size_t i = 0; i + 2 < n; ++i) {
        if (words[i].lower != "'" || words[i + 1].lower != "s")
            continue;
        auto owner = std::find_if(slots.begin(), slots.end(),
                                  [&](const PlaceSlot& s) { return s.last == i && !s.placeIds.empty(); });
        if (owner == slots.end())
            continue;
        std::size_t k = i + 2;
        while (k < n && k < i + 4 &&
               (words[k].lower == "international" || words[k].lower == "main" || words[k].lower == "civilian" ||
                words[k].lower == "military"))
            ++k;
        // "the city's medieval citadel": the citadel of that place.
        std::size_t c = i + 2;
        while (c < n && c < i + 4 &&
               (words[c].lower == "medieval" || words[c].lower == "ancient" || words[c].lower == "historic"))
            ++c;
        const bool citadel = c < n && words[c].lower == "citadel";
        if (citadel)
            k = c;
        if (k >= n || (words[k].lower != "airport" && !citadel))
            continue;
        const core::Place* own = m_gazetteer.find(owner->placeIds.front());
        const bool military = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(i + 2),
                                          words.begin() + static_cast<std::ptrdiff_t>(k),
                                          [](const Word& w) { return w.lower == "military"; });
        const core::Place* airport = !own ? nullptr : citadel ? citadelNear(*own) : airportNear(*own, military);
        if (!airport)
            continue;
        owner->placeIds = {airport->id};
        owner->name = airport->name;
        owner->kind = airport->kind;
        owner->country = airport->country;
        owner->last = k + 1;
        owner->text = text.substr(words[owner->first].start, words[k].end - words[owner->first].start);
        owner->edge = false;
        owner->relation.clear();
    }
}

} // namespace sitrep::text
