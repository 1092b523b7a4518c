// ClaimPlaces' anaphora (claimplaces.h): "the city", "both towns", "it", "the dam", "the
// province" bound to the places they stand for, in this sentence or the four before (the place a
// noun such as "the city" stands for is claimantecedent.cpp's).
#include "claimplaces.h"

#include "claimlexicon.h"

#include <algorithm>
#include <array>

namespace sitrep::text {

using core::PlaceKind;

namespace {

// "the dam", "the airport", "the air base", "the crossing", "the facility": nouns that stand for
// the last place of their kind.
bool isFacilityNoun(std::string_view w)
{
    return w == "dam" || w == "airport" || w == "base" || w == "airbase" || w == "crossing" || w == "prison" ||
           w == "facility" || w == "hill" || w == "mountain" || w == "citadel" || w == "summit" || w == "peak" ||
           w == "post" || w == "outpost" || w == "zone";
}

// The governorate named last before word `before` in the sentence ("Quneitra governorate").
const PlaceSlot* governorateBefore(const std::vector<PlaceSlot>& slots, std::size_t before)
{
    for (auto it = slots.rbegin(); it != slots.rend(); ++it)
        if (it->last <= before && it->kind == PlaceKind::Governorate && !it->region && it->placeIds.size() == 1)
            return &*it;
    return nullptr;
}

// Whether "it" at `i` is the object of a verb of taking, entering or leaving ground.
bool isDeterminer(std::string_view w)
{
    return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "this" || w == "that";
}

bool takesPlacePronoun(const std::vector<Word>& words, std::size_t i)
{
    // "moved into Deir ez-Zor on December 6, only to lose it four days later": a loss too.
    static constexpr std::array<std::string_view, 28> kVerbs{
        "enter", "entered", "enters", "entering", "took", "take", "takes", "taking", "taken", "seized", "seize",
        "seizes", "seizing", "captured", "capture", "captures", "capturing", "stormed", "overran", "retook",
        "recaptured", "liberated", "abandoned", "evacuated", "lost", "lose", "loses", "losing"};
    const auto& before = words[i - 1].lower;
    if (std::find(kVerbs.begin(), kVerbs.end(), before) != kVerbs.end())
        return true;
    const std::string_view twoBefore = i >= 2 ? std::string_view(words[i - 2].lower) : "";
    if (before == "of") // "pulled out of it", "in full control of it"
        return twoBefore == "out" || twoBefore == "control";
    if (before == "from") // "withdrew from it"
        return twoBefore.starts_with("withdr") || twoBefore.starts_with("retreat") || twoBefore == "fled" ||
               twoBefore == "back";
    return false;
}

// Whether "them" at `i` is the object of a verb of taking, handing over or leaving ground
// ("handed them over", "restored them", "redeployed out of them"), not of people ("took them
// prisoner").
bool takesPlacesPronoun(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::array<std::string_view, 18> kVerbs{
        "entered", "took", "seized", "captured", "stormed", "overran", "retook", "recaptured", "liberated",
        "abandoned", "evacuated", "handed", "restored", "regained", "vacated", "overrun", "cleared", "secured"};
    if (i == 0)
        return false;
    const std::string_view next = i + 1 < words.size() ? std::string_view(words[i + 1].lower) : "";
    if (next == "prisoner" || next == "prisoners" || next == "captive" || next == "hostage" || next == "alive")
        return false;
    const auto& before = words[i - 1].lower;
    if (std::find(kVerbs.begin(), kVerbs.end(), before) != kVerbs.end())
        return true;
    const std::string_view twoBefore = i >= 2 ? std::string_view(words[i - 2].lower) : "";
    if (before == "of") // "redeployed out of them", "took control of them"
        return twoBefore == "out" || twoBefore == "control";
    if (before == "from") // "withdrew from them"
        return twoBefore.starts_with("withdr") || twoBefore.starts_with("retreat") || twoBefore == "fled" ||
               twoBefore == "back" || twoBefore.starts_with("pull");
    return false;
}

// The places "them" stands for: a list of two or more named before it in the sentence ("the last
// pockets in Qamishli and Hasakah … handed them over"), or the group "the two towns" stands for.
// Empty when none.
std::vector<const PlaceSlot*> listBefore(const std::vector<Word>& words, const std::vector<PlaceSlot>& slots,
                                         std::size_t before)
{
    auto plain = [](const PlaceSlot& s) {
        return s.placeIds.size() == 1 && !s.region && !s.dateline && !s.waypoint && s.relation.empty() &&
               s.kind != PlaceKind::Country && s.kind != PlaceKind::Governorate && s.kind != PlaceKind::Region;
    };
    // "took over the villages of Hatla, Marrat and Mazloum on the eastern bank, opposite Deir ez-Zor
    // city, after government forces pulled out of them": a place named only to say where the list
    // lies ("opposite", "across from", "near") is not one of them.
    const auto locating = [&](const PlaceSlot& s) {
        const std::string_view w1 = s.first >= 1 ? std::string_view(words[s.first - 1].lower) : "";
        const std::string_view w2 = s.first >= 2 ? std::string_view(words[s.first - 2].lower) : "";
        return w1 == "opposite" || w1 == "facing" || w1 == "overlooking" || w1 == "near" ||
               (w1 == "from" && w2 == "across");
    };
    const PlaceSlot* last = nullptr;
    for (const auto& s : slots)
        if (s.last <= before && plain(s) && !locating(s) && (!last || s.first > last->first))
            last = &s;
    std::vector<const PlaceSlot*> out;
    if (!last)
        return out;
    if (last->anaphoric) { // "the two towns … out of them"
        for (const auto& s : slots)
            if (s.first == last->first && s.last == last->last && plain(s))
                out.push_back(&s);
        return out.size() >= 2 ? out : std::vector<const PlaceSlot*>{};
    }
    out.push_back(last);
    for (bool more = true; more;) {
        more = false;
        for (auto it = slots.rbegin(); it != slots.rend(); ++it) {
            if (it->anaphoric || it->last > out.back()->first || !plain(*it))
                continue;
            bool glued = true, sawAnd = false;
            for (std::size_t k = it->last; k < out.back()->first && glued; ++k) {
                sawAnd = sawAnd || words[k].lower == "and" || words[k].lower == ",";
                glued = isListGlue(words[k].lower);
            }
            if (glued && sawAnd) {
                out.push_back(&*it);
                more = true;
            }
            break;
        }
    }
    return out.size() >= 2 ? out : std::vector<const PlaceSlot*>{};
}
} // namespace

// The place "it" stands for: the last one named before it in this sentence, else in the ones
// before (any kind but a country or region: "the airport … took it over").
const PlaceSlot* ClaimPlaces::provincialSeatBefore(const std::vector<PlaceSlot>& current, std::size_t before) const
{
    auto seat = [](const PlaceSlot& s) {
        return s.placeIds.size() == 1 && !s.region && !s.dateline && !s.waypoint && cityLike(s.kind) &&
               s.name != "Damascus" && !canonicalGovernorate(s.name).empty();
    };
    for (auto it = current.rbegin(); it != current.rend(); ++it)
        if (it->last <= before && (seat(*it) || it->kind == PlaceKind::Governorate)) // "in Daraa province": its seat
            return seat(*it) ? &*it : nullptr;
    if (!m_history.empty())
        for (auto it = m_history.front().rbegin(); it != m_history.front().rend(); ++it)
            if (seat(*it))
                return &*it;
    return nullptr;
}

const PlaceSlot* ClaimPlaces::pronounAntecedent(const std::vector<Word>& words, const std::vector<PlaceSlot>& current,
                                                std::size_t before) const
{
    auto fits = [](const PlaceSlot& s) {
        return s.placeIds.size() == 1 && !s.region && !s.dateline && s.relation.empty() &&
               s.kind != PlaceKind::Country && s.kind != PlaceKind::Region;
    };
    // "the Damascus government's forces withdrew from it": a name qualifying a noun is not it.
    auto qualifier = [&](const PlaceSlot& s) {
        if (s.last >= words.size())
            return false;
        const auto& next = words[s.last];
        return (next.capitalised && !next.punct) || next.lower == "government" || next.lower == "regime" ||
               next.lower == "authorities" || next.lower == "forces" || next.lower == "army" ||
               next.lower == "military" || next.lower == "council";
    };
    const PlaceSlot* best = nullptr;
    for (const auto& s : current)
        if (s.last <= before && fits(s) && !qualifier(s) && (!best || s.first > best->first))
            best = &s;
    if (best)
        return best;
    for (const auto& earlier : m_history)
        for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
            if (fits(*it))
                return &*it;
    return nullptr;
}

// The seat of the governorate of the place named last before words[before] (this sentence, then
// the ones before): the governorate's city spelled like it ("Daraa", "Hasakah"), else its most
// populous city.
const core::Place* ClaimPlaces::provincialSeat(const std::vector<PlaceSlot>& current, std::size_t before) const
{
    auto fits = [](const PlaceSlot& s) {
        return s.placeIds.size() == 1 && !s.dateline && s.kind != PlaceKind::Country && s.kind != PlaceKind::Region;
    };
    const PlaceSlot* ante = nullptr;
    for (auto it = current.rbegin(); it != current.rend() && !ante; ++it)
        if (it->last <= before && fits(*it))
            ante = &*it;
    for (auto h = m_history.begin(); h != m_history.end() && !ante; ++h)
        for (auto it = h->rbegin(); it != h->rend() && !ante; ++it)
            if (fits(*it))
                ante = &*it;
    if (!ante)
        return nullptr;
    const core::Place* g = nullptr;
    if (ante->kind == PlaceKind::Governorate)
        g = governorate(ante->name.empty() ? ante->text : ante->name);
    else if (const core::Place* p = m_gazetteer.find(ante->placeIds.front()))
        g = governorate(p->admin1);
    if (!g)
        return nullptr;
    const std::string_view key = canonicalGovernorate(g->name);
    const core::Place* seat = nullptr;
    bool seatNamed = false;
    for (const auto& p : m_gazetteer.places()) {
        if (p.country != "SY" || p.kind != PlaceKind::City || canonicalGovernorate(p.admin1) != key)
            continue;
        const bool named = canonicalGovernorate(p.name) == key;
        if (!seat || (named && !seatNamed) || (named == seatNamed && p.population > seat->population)) {
            seat = &p;
            seatNamed = named;
        }
    }
    return seat;
}

namespace {
// A slot standing for `place` itself, where no slot of the text names it ("the provincial
// capital", "Syria's second city", "the capital").
PlaceSlot slotOf(const core::Place& place)
{
    PlaceSlot s;
    s.placeIds = {place.id};
    s.name = place.name;
    s.kind = place.kind;
    s.country = place.country;
    s.confidence = 0.8;
    return s;
}

// words[at] opens an apposition to a place just named ("Baath City, the provincial capital").
bool afterNamedPlace(const std::vector<Word>& words, const std::vector<PlaceSlot>& slots, std::size_t at)
{
    return at >= 1 && words[at - 1].lower == ","
        && std::any_of(slots.begin(), slots.end(), [&](const PlaceSlot& s) { return s.last == at - 1; });
}

// The slot of the anaphor words[first..last] ("the city", "both towns") standing for `antecedent`.
// "Syria's second city", "the country's third-largest city": the rank (2 to 4) and the index of
// "city", or {0, 0}.
std::pair<int, std::size_t> rankedCity(const std::vector<Word>& words, std::size_t i)
{
    if (i + 4 >= words.size() || (words[i].lower != "syria" && words[i].lower != "country") ||
        words[i + 1].lower != "'" || words[i + 2].lower != "s")
        return {0, 0};
    const auto& ordinal = words[i + 3].lower;
    const int rank = ordinal == "second" ? 2 : ordinal == "third" ? 3 : ordinal == "fourth" ? 4 : 0;
    std::size_t k = i + 4;
    if (k + 1 < words.size() && words[k].lower == "-" && words[k + 1].lower == "largest")
        k += 2;
    else if (words[k].lower == "largest" || words[k].lower == "biggest")
        ++k;
    return rank > 0 && k < words.size() && words[k].lower == "city" ? std::pair(rank, k) : std::pair(0, std::size_t {0});
}

// "liberated Deir ez-Zor and its military airport", "entered Deir ez-Zor city and reportedly took
// over its military airport": "its airport" is the airport of a city this sentence named a few
// words before, with no other place between (not "Russia's forces … its airport" far after).
bool ownsAirport(const PlaceSlot& city, const std::vector<PlaceSlot>& slots, std::size_t its)
{
    if (city.last + 3 >= its)
        return true;
    const bool here = &city >= slots.data() && &city < slots.data() + slots.size();
    return here && city.last + 8 >= its &&
           std::none_of(slots.begin(), slots.end(), [&](const PlaceSlot& s) { return s.first >= city.last && s.last <= its; });
}

// The curated military academy within 10 km of `city` ("Homs Military Academy").
const core::Place* academyNear(const core::Gazetteer& gazetteer, const core::Place& city)
{
    for (const core::Place* p : gazetteer.near(city.point, 10.0))
        if (p->name.find("Military Academy") != std::string::npos)
            return p;
    return nullptr;
}

PlaceSlot anaphorSlot(PlaceSlot antecedent, const std::vector<Word>& words, const std::string& text,
                      std::size_t first, std::size_t last, bool edge)
{
    antecedent.first = first;
    antecedent.last = last + 1;
    antecedent.text = text.substr(words[first].start, words[last].end - words[first].start);
    antecedent.anaphoric = true;
    antecedent.edge = edge;
    antecedent.relation.clear();
    return antecedent;
}
} // namespace

void ClaimPlaces::addAnaphora(const std::vector<Word>& words, const std::string& text,
                              std::vector<PlaceSlot>& slots) const
{
    const std::size_t n = words.size();
    const auto startsSlot = [&](std::size_t i) {
        return std::any_of(slots.begin(), slots.end(), [&](const PlaceSlot& s) { return s.first == i; });
    };
    for (std::size_t i = 0; i < n; ++i) {
        const auto& w = words[i].lower;
        // "pulled out of both towns", "the two cities", "the three villages", "all three towns": the
        // last two (three, four) towns or cities named; "both areas", "the two neighbourhoods": the
        // last places of any kind. "abandoned both", "took over all three": the count alone, as
        // the object at the clause's end, stands for the last places named of any kind but a
        // country or governorate.
        const auto counted = [&](std::size_t k) -> std::size_t {
            const std::string_view c = k < n ? std::string_view(words[k].lower) : "";
            return c == "two" ? 2 : c == "three" ? 3 : c == "four" ? 4 : 0;
        };
        const std::size_t count = w == "both" ? 2 : (w == "the" || w == "all") ? counted(i + 1) : 0;
        const std::size_t pairEnd = w == "both" ? i + 1 : i + 2;
        const std::string_view noun = pairEnd < n ? std::string_view(words[pairEnd].lower) : "";
        const bool settlements = noun == "towns" || noun == "cities" || noun == "villages";
        const bool areas = noun == "areas" || noun == "neighbourhoods" || noun == "neighborhoods" ||
                           noun == "districts" || noun == "sites";
        // The count alone: "both" / "all three" before a stop, a time or "within hours", after a
        // verb or preposition ("of both"), not "both sides", "both Hama and Homs", "the three men".
        const bool bare = (w == "both" || w == "all") && count > 0 && !settlements && !areas && i > 0 &&
                          !words[i - 1].punct && !words[i - 1].capitalised &&
                          (pairEnd >= n || words[pairEnd].punct || noun == "on" || noun == "by" || noun == "within" ||
                           noun == "in" || noun == "after" || noun == "without" || noun == "last" ||
                           noun == "overnight" || noun == "early" || noun == "late" || noun == "the" ||
                           noun == "as" || noun == "that" || noun == "earlier" || noun == "later" ||
                           // "pulled its forces out of both to open a corridor": a purpose follows.
                           (noun == "to" && w == "both" && pairEnd + 1 < n && !words[pairEnd + 1].capitalised &&
                            !words[pairEnd + 1].punct && !isDeterminer(words[pairEnd + 1].lower)));
        const std::size_t end = bare ? pairEnd - 1 : pairEnd;
        if (count > 0 && (settlements || areas || bare)) {
            std::vector<const PlaceSlot*> pair;
            // "captured Maarat al-Numan and Khan Sheikhoun in southern Idlib …, adding that government
            // troops withdrew from both towns": a place right after another's "in" only says where
            // that one lies.
            const auto locates = [&](const PlaceSlot& p) {
                static constexpr std::array<std::string_view, 6> kSides {"northern", "southern", "eastern", "western",
                    "central", "rural"};
                std::size_t k = p.first;
                if (k > 0 && std::find(kSides.begin(), kSides.end(), words[k - 1].lower) != kSides.end())
                    --k;
                return k >= 2 && words[k - 1].lower == "in"
                    && std::any_of(slots.begin(), slots.end(), [&](const PlaceSlot& q) { return q.last + 1 == k; });
            };
            auto consider = [&](const PlaceSlot& p) {
                const bool kindFits = settlements ? cityLike(p.kind)
                                                  : p.kind != PlaceKind::Country && p.kind != PlaceKind::Governorate;
                // "Nubl and Al-Zahraa in the northern countryside of Aleppo … the two towns": not Aleppo.
                if (pair.size() < count && p.placeIds.size() == 1 && !p.region && !p.dateline && kindFits &&
                    p.relation.empty() &&
                    std::none_of(pair.begin(), pair.end(), [&](const PlaceSlot* q) { return q->placeIds == p.placeIds; }))
                    pair.push_back(&p);
            };
            for (auto it = slots.rbegin(); it != slots.rend(); ++it)
                if (it->last <= i && !(settlements && locates(*it)))
                    consider(*it);
            for (const auto& earlier : m_history)
                for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
                    consider(*it);
            if (pair.size() == count) {
                std::vector<PlaceSlot> made;
                for (const PlaceSlot* p : pair)
                    made.push_back(anaphorSlot(*p, words, text, i, end, false));
                for (auto& a : made)
                    slots.push_back(std::move(a));
            }
            i = end;
            continue;
        }
        // "after Assad's troops handed them over", "redeployed out of them": the places listed last
        // before in the sentence.
        if (w == "them" && takesPlacesPronoun(words, i)) {
            const std::vector<const PlaceSlot*> group = listBefore(words, slots, i);
            std::vector<PlaceSlot> made;
            for (const PlaceSlot* p : group)
                made.push_back(anaphorSlot(*p, words, text, i, i, false));
            for (auto& a : made)
                slots.push_back(std::move(a));
            continue;
        }
        // "enter it", "took it over", "pulled out of it": the place named last before.
        if (w == "it" && i > 0 && takesPlacePronoun(words, i)) {
            if (const PlaceSlot* ante = pronounAntecedent(words, slots, i))
                slots.push_back(anaphorSlot(*ante, words, text, i, i, false));
            continue;
        }
        // "controlled most of Syria's second city", "stormed into the country's second-largest city":
        // Aleppo, Homs, Hama by rank; not in an apposition to the name ("Aleppo, Syria's second city").
        if (const auto [rank, city] = rankedCity(words, i); rank > 0) {
            const std::size_t first = words[i].lower == "country" && i > 0 && words[i - 1].lower == "the" ? i - 1 : i;
            const bool apposition = first >= 2 && afterNamedPlace(words, slots, first);
            if (const core::Place* place = m_ranked[static_cast<std::size_t>(rank - 2)]; place && !apposition) {
                std::erase_if(slots, [&](const PlaceSlot& s) { return s.first >= first && s.last <= city + 1; });
                slots.push_back(anaphorSlot(slotOf(*place), words, text, first, city, false));
            }
            i = city;
            continue;
        }
        // "abandoned that town too by Saturday afternoon": "that" / "this" with the noun alone (not
        // "said that city officials…").
        const auto after = [&](std::size_t k) { return k < n ? std::string_view(words[k].lower) : std::string_view(); };
        const bool demonstrative = (w == "that" || w == "this") &&
            (after(i + 1) == "city" || after(i + 1) == "town" || after(i + 1) == "village") &&
            (i + 2 >= n || words[i + 2].punct || after(i + 2) == "too" || after(i + 2) == "as" || after(i + 2) == "on" ||
             after(i + 2) == "by" || after(i + 2) == "and" || after(i + 2) == "itself" || after(i + 2) == "after" ||
             after(i + 2) == "without" || after(i + 2) == "from" || after(i + 2) == "in");
        // "withdrew from Deir ez-Zor city, and the SDF moved into its neighbourhoods", "had overrun
        // most of its neighbourhoods": the city or town named last before (this sentence or the
        // ones before), not an edge of it.
        if (w == "its" && (after(i + 1) == "neighbourhoods" || after(i + 1) == "neighborhoods" ||
                           after(i + 1) == "districts" || after(i + 1) == "streets" || after(i + 1) == "quarters")) {
            const PlaceSlot* ante = antecedent(words, slots, i, false, "", "town");
            const bool here = ante && ante >= slots.data() && ante < slots.data() + slots.size();
            if (ante && (!here || ante->first < i))
                slots.push_back(anaphorSlot(*ante, words, text, i, i + 1, false));
            ++i;
            continue;
        }
        // "entered Homs and liberated the Military Academy", "fled the sprawling military academy":
        // the geoparser's generic name falls inside the actor "military", so with no academy named,
        // the curated military academy of the city named last (within 10 km of it).
        if (w == "the") {
            std::size_t a = i + 1;
            if (a + 2 < n && !words[a].capitalised && !words[a].punct && words[a].lower != "military")
                ++a; // one adjective: "the sprawling military academy"
            if (a + 1 < n && words[a].lower == "military" && words[a + 1].lower == "academy" &&
                std::none_of(slots.begin(), slots.end(), [&](const PlaceSlot& s) { return s.first <= a + 1 && s.last > i; }) &&
                !(a + 2 < n && (words[a + 2].lower == "of" || words[a + 2].lower == "in") && startsSlot(a + 3))) {
                if (const PlaceSlot* city = antecedent(words, slots, i, false); city && cityLike(city->kind))
                    if (const core::Place* own = m_gazetteer.find(city->placeIds.front()))
                        if (const core::Place* academy = academyNear(m_gazetteer, *own)) {
                            slots.push_back(anaphorSlot(slotOf(*academy), words, text, i, a + 1, false));
                            i = a + 1;
                            continue;
                        }
            }
        }
        if (w != "the" && w != "its" && !demonstrative)
            continue;
        // (Not across another determiner: in "The army abandoned the city" the head is the second's.)
        std::size_t k = i + 1;
        while (k < n && k < i + 4 && !words[k].punct && !words[k].capitalised && !isDeterminer(words[k].lower) &&
               words[k].lower != "city" &&
               words[k].lower != "town" && words[k].lower != "capital" && words[k].lower != "outskirts" &&
               words[k].lower != "village" && !(w == "the" && isFacilityNoun(words[k].lower)) &&
               !(w == "its" && words[k].lower == "airport") &&
               !(w == "the" && words[k].lower == "province") &&
               !((words[k].lower == "center" || words[k].lower == "centre") && words[k - 1].lower == "district"))
            ++k;
        if (k >= n)
            continue;
        const auto& head = words[k].lower;
        bool edge = head == "outskirts";
        if (head == "city" && k + 1 < n && words[k + 1].lower == "outskirts") {
            edge = true;
            ++k;
        }
        const bool facility = w == "the" && isFacilityNoun(head);
        const bool province = w == "the" && head == "province"; // "they held 90% of the province"
        // "SNA units entered the district center": the town that is the district's seat.
        const bool seat = (head == "center" || head == "centre") && k > i + 1 && words[k - 1].lower == "district";
        // "liberated Deir ez-Zor and its military airport": the airport of the city named before.
        const bool itsAirport = w == "its" && head == "airport";
        if (head != "city" && head != "town" && head != "capital" && head != "village" && !edge && !facility &&
            !province && !seat && !itsAirport)
            continue;
        // "the naval facility at Tartus": named by where it is, no anaphor.
        if (facility && k + 2 < n && (words[k + 1].lower == "at" || words[k + 1].lower == "in") && startsSlot(k + 2))
            continue;
        // "the provincial capital" is some governorate's seat, not Damascus: the seat named just
        // before ("Local factions in Daraa … seized the provincial capital", "had taken Daraa city,
        // and the government had lost its provincial capital"), else the seat of the governorate of
        // the place named before it ("local rebels in Daraa province … took the provincial
        // capital"); none when a name follows, or after "Baath City, the provincial capital",
        // which names it.
        const bool provincialCapital =
            head == "capital" && k > i + 1 && (words[k - 1].lower == "provincial" || words[k - 1].lower == "regional");
        if (provincialCapital) {
            const bool named = (k + 1 < n && startsSlot(k + 1))
                || (k + 2 < n && words[k + 1].lower == "," && startsSlot(k + 2))
                || afterNamedPlace(words, slots, i);
            if (const PlaceSlot* capital = named ? nullptr : provincialSeatBefore(slots, i)) {
                slots.push_back(anaphorSlot(*capital, words, text, i, k, false));
            } else if (const core::Place* seatPlace = named ? nullptr : provincialSeat(slots, i)) {
                slots.push_back(anaphorSlot(slotOf(*seatPlace), words, text, i, k, false));
            }
            i = k;
            continue;
        }
        if (w == "its" && !edge && !itsAirport)
            continue;
        // "the city of Homs", "the capital, Damascus": the name follows, no anaphor.
        const bool named = (k + 1 < n && words[k + 1].lower == "of") || (k + 1 < n && startsSlot(k + 1)) ||
                           (k + 2 < n && words[k + 1].lower == "," && startsSlot(k + 2));
        if (named)
            continue;
        if (i > 0 && std::any_of(slots.begin(), slots.end(), [&](const PlaceSlot& s) { return s.last == i; }))
            continue;
        // "pulled out of its positions across Quneitra governorate, and local groups took over the
        // province": a governorate just named is the province.
        const PlaceSlot* ante = province ? governorateBefore(slots, i) : nullptr;
        if (!ante && !itsAirport)
            ante = antecedent(words, slots, i, head == "capital", facility ? std::string_view(head) : "", head);
        // "HTS took Deir ez-Zor city on Tuesday. Its fighters also took over the city's military
        // airport, as well as Mayadin": a possessive "the city's" points back, never to a place the
        // sentence names after it when one was named before.
        const bool possessive = k + 2 < n && words[k + 1].lower == "'" && words[k + 2].lower == "s";
        if (ante && possessive && ante >= slots.data() && ante < slots.data() + slots.size() && ante->first > i) {
            static const std::vector<PlaceSlot> none;
            if (const PlaceSlot* back
                = antecedent(words, none, i, head == "capital", facility ? std::string_view(head) : "", head))
                ante = back;
        }
        // "pulled back to Sanamayn, on the highway north to Damascus, … but abandoned that town too":
        // a town or village the sentence named before stands for "the town" over a nearer city.
        if (ante && ante->kind == core::PlaceKind::City && (head == "town" || head == "village"))
            for (const auto& q : slots)
                if (q.last <= i && q.first < i && !q.region && !q.anaphoric && q.placeIds.size() == 1 &&
                    (q.kind == core::PlaceKind::Town || q.kind == core::PlaceKind::Village))
                    ante = &q;
        // "The military airport west of the city fell to the factions": not the civilian airport
        // named before ("Aleppo International Airport"), but the military one of the city.
        const bool military = k > i + 1 && words[k - 1].lower == "military";
        if (ante && military && head == "airport" && ante->name.find("International") != std::string::npos)
            ante = nullptr;
        const core::Place* place = nullptr; // the place itself when no slot stands for it
        if (!ante && head == "capital")
            place = m_capital;
        // "officials had left their offices at the defence ministry and the airport": with no
        // airport named, the airport of the city named last.
        if (!ante && head == "airport")
            if (const PlaceSlot* city = antecedent(words, slots, i, false); city && (!itsAirport || ownsAirport(*city, slots, i)))
                if (const core::Place* own = m_gazetteer.find(city->placeIds.front()))
                    place = airportNear(*own, military);
        // "took control of most of the city, including the citadel", "the medieval citadel, which
        // the group said it had seized": with no citadel named, the citadel of the city named last.
        // (Not "gunmen posing in front of the medieval citadel": outside it.)
        const bool outside = i >= 2 && words[i - 1].lower == "of" && words[i - 2].lower == "front";
        if (!ante && head == "citadel" && !outside)
            if (const PlaceSlot* city = antecedent(words, slots, i, false))
                if (const core::Place* own = m_gazetteer.find(city->placeIds.front()))
                    place = citadelNear(*own);
        // "took over the town and the border crossing": with no crossing named, the border
        // crossing of the town named last (within 15 km of it).
        // Not "Albukamal, the main crossing into Iraq" (an apposition naming it), nor "the Iraqi
        // side of the crossing".
        const bool sideOf = i >= 2 && words[i - 1].lower == "of" && words[i - 2].lower == "side";
        if (!ante && head == "crossing" && !afterNamedPlace(words, slots, i) && !sideOf)
            if (const PlaceSlot* town = antecedent(words, slots, i, false))
                if (const core::Place* own = m_gazetteer.find(town->placeIds.front()))
                    place = crossingNear(*own);
        if (!ante && !place)
            continue;
        PlaceSlot s = ante ? *ante : PlaceSlot{};
        if (province) { // the governorate of the place named before
            const core::Place* g = ante ? governorate(ante->name.empty() ? ante->text : ante->name) : nullptr;
            if (!g && ante)
                g = governorate(ante->text);
            if (!g)
                continue;
            pointAtGovernorate(s, *g);
        }
        if (place)
            s = slotOf(*place); // no slot stood for it (ante is null)
        slots.push_back(anaphorSlot(std::move(s), words, text, i, k, edge));
        i = k;
    }
}


} // namespace sitrep::text
