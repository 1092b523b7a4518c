// ClaimPlaces::antecedent (claimplaces.h): the place "the city", "the town", "the capital", "the
// dam", "the hill" stand for — the last fitting one named before the noun in this sentence, else
// after it, else in the sentences before. The rest of the anaphora is claimanaphora.cpp's.
#include "claimplaces.h"

#include "claimlexicon.h"

#include <algorithm>
#include <array>

namespace sitrep::text {

using core::PlaceKind;

namespace {

// "the hill", "the mountain": a place named as a height ("Jabal Zain al-Abidin", "Mount Hermon").
bool heightName(std::string_view name)
{
    return name.starts_with("Jabal ") || name.starts_with("Jebel ") || name.starts_with("Mount ") ||
           name.starts_with("Mt ");
}

bool facilityFits(std::string_view noun, PlaceKind k)
{
    if (noun == "dam")
        return k == PlaceKind::Dam;
    if (noun == "airport" || noun == "airbase")
        return k == PlaceKind::Airbase;
    if (noun == "base")
        return k == PlaceKind::Airbase || k == PlaceKind::Military;
    if (noun == "crossing")
        return k == PlaceKind::BorderCrossing;
    if (noun == "prison")
        return k == PlaceKind::Prison;
    return k == PlaceKind::Airbase || k == PlaceKind::Military || k == PlaceKind::Dam || k == PlaceKind::Prison ||
           k == PlaceKind::BorderCrossing;
}

} // namespace

const PlaceSlot* ClaimPlaces::antecedent(const std::vector<Word>& words, const std::vector<PlaceSlot>& current,
                                         std::size_t before, bool capital, std::string_view facility,
                                         std::string_view noun) const
{
    auto fits = [&](const PlaceSlot& s) {
        if (s.placeIds.size() != 1 || s.region || s.dateline)
            return false;
        // "Israeli forces are holding the Syrian peak of Mount Hermon … Golani Brigade soldiers took
        // over the Syrian army post on the summit": the summit or peak is the height's.
        if (facility == "hill" || facility == "mountain" || facility == "summit" || facility == "peak")
            return heightName(s.name) || heightName(s.text);
        // "… took over the Syrian army post on the summit. The Syrian soldiers who manned it had
        // abandoned the post earlier on Sunday": the post is the height's, or a military site's.
        if (facility == "post" || facility == "outpost")
            return heightName(s.name) || heightName(s.text) || s.kind == PlaceKind::Military;
        // "… ordered the IDF to move into the UN-patrolled buffer zone. Israeli troops entered the
        // zone within hours": the zone is a place named as one (round 68).
        if (facility == "zone")
            return s.name.ends_with(" zone") || s.text.ends_with(" zone");
        if (facility == "citadel")
            return s.name.find("Citadel") != std::string::npos || s.name.find("citadel") != std::string::npos;
        if (!facility.empty())
            return facilityFits(facility, s.kind);
        return capital ? s.name == "Damascus" : cityLike(s.kind);
    };
    // "In Jableh, south of Latakia, … leaving the town": not the place a direction is taken from.
    // "clashes continued around al-Arima and … its fighters still hold all positions inside the
    // city": a place something happens around or near is where it happens, not the city meant.
    // But "had already left the area around Tell Rifaat before Turkish-backed factions captured the
    // town": the area around a town is the town's own ground, the town is the place meant.
    auto landmark = [&](const PlaceSlot& s) {
        const std::string_view prev = s.first >= 1 ? std::string_view(words[s.first - 1].lower) : "";
        const bool areaAround = prev == "around" && s.first >= 2 && words[s.first - 2].lower == "area";
        return (s.first >= 2 && prev == "of" && isNearbyNoun(words[s.first - 2].lower)) ||
               (prev == "around" && !areaAround) || prev == "near";
    };
    // "after the forces of the Damascus government fled the city": a name qualifying its rulers.
    // "fighters loyal to the new authorities in Damascus took over the city", "the Military
    // Operations Command, which now runs Damascus, entered the city": nor the seat they rule from.
    auto rulers = [&](const PlaceSlot& s) {
        auto ruling = [](std::string_view w) {
            return w == "government" || w == "regime" || w == "authorities" || w == "rulers" || w == "leadership";
        };
        const std::string_view prev = s.first >= 1 ? std::string_view(words[s.first - 1].lower) : "";
        return (s.last < words.size() && ruling(words[s.last].lower)) || prev == "runs" || prev == "rules" ||
               (prev == "in" && s.first >= 2 && ruling(words[s.first - 2].lower));
    };
    // "Homs, the crossroads linking Damascus with the coast, was next: … abandoning the city": a
    // place inside an apposition to another place describes that one; the head is meant.
    auto described = [&](const PlaceSlot& s) {
        for (std::size_t k = s.first; k-- > 0 && s.first - k < 9;) {
            if (words[k].lower != ",")
                continue;
            const bool opens = k + 1 < words.size() && (words[k + 1].lower == "the" || words[k + 1].lower == "a" ||
                                                        words[k + 1].lower == "an");
            const bool head = std::any_of(current.begin(), current.end(),
                                          [&](const PlaceSlot& h) { return h.last == k && fits(h); });
            bool closed = false;
            for (std::size_t e = s.last; e < before && !closed; ++e)
                closed = words[e].lower == ",";
            return opens && head && closed;
        }
        return false;
    };
    // "… that Bashar al-Assad had fled the capital, columns of the Military Operations Command
    // entered the city": a writer who has just called Damascus "the capital" would say so again;
    // "the city" is the one the sentences before told of.
    const bool earlierCity = std::any_of(m_history.begin(), m_history.end(), [&](const auto& earlier) {
        return std::any_of(earlier.begin(), earlier.end(), [&](const PlaceSlot& s) { return fits(s) && !s.waypoint; });
    });
    auto calledCapital = [&](const PlaceSlot& s) {
        return !capital && facility.empty() && s.anaphoric && s.text.find("capital") != std::string::npos && earlierCity;
    };
    // The nearest by position, not the slot made last: "In Sweida, Druze factions remained in
    // control of the city after seizing it on Friday, and in Daraa, southern rebels who took the
    // city at the weekend …": the anaphors "the city" and "it" (Sweida) are made after Daraa's
    // slot, but Daraa is named nearer.
    const PlaceSlot* nearest = nullptr;
    for (auto it = current.rbegin(); it != current.rend(); ++it)
        if (it->first < before && (!nearest || it->first > nearest->first) && fits(*it) && !landmark(*it) &&
            !rulers(*it) && !described(*it) && !calledCapital(*it) && !namesRoadEnd(words, current, *it))
            nearest = &*it;
    if (nearest)
        return nearest;
    // "the city" before the name in the same sentence — not a place it points to ("pulled out of
    // the city under a deal that gave officers safe passage to Damascus").
    // Not past an apposition opened after it: "its units had \"taken up positions outside the city\"
    // …, a formula Syrians had heard a week earlier in Aleppo" describes the words, not the city.
    for (const auto& s : current) {
        if (s.first < before)
            continue;
        // Nor past a clause of contrast: "SNA factions said that they had seized the town, while
        // the SDF said … many of whom had already fled Afrin": "the town" is not Afrin.
        bool apposition = false;
        for (std::size_t k = before; k + 1 < s.first && !apposition; ++k)
            apposition = (words[k].lower == "," && (words[k + 1].lower == "a" || words[k + 1].lower == "an")) ||
                         words[k].lower == "while" || words[k].lower == "whereas" || words[k].lower == ";";
        if (apposition)
            break;
        if (fits(s) && !s.waypoint && !namesRoadEnd(words, current, s) &&
            !(s.first > 0 && (words[s.first - 1].lower == "to" || words[s.first - 1].lower == "for")))
            return &s;
    }
    // "… said it had regained Morek and that its units remain in control of Hama city. SANA denied
    // that militants had entered the city": a city of the sentence before over a town before it.
    // Round 45: "… said Abu Ahmad, a resident of al-Hader. The General Command said that
    // \"terrorist groups broke into the city\"": a town named in passing does not hide the city
    // of the sentences before; "the city" is a city named in the last sentences before any town.
    const PlaceSlot* firstTown = nullptr;
    for (const auto& earlier : m_history) {
        for (const auto& s : earlier) {
            if (!fits(s) || s.waypoint)
                continue;
            // (Not "the eastern countryside of Aleppo": a place named for where another lies.)
            const bool plainCity = (s.kind == PlaceKind::City || s.calledCity) && s.relation.empty();
            if (noun != "city" || plainCity)
                return &s;
            if (!firstTown)
                firstTown = &s;
        }
    }
    return firstTown;
}

// Rounds 41 and 45 (claimplaces.h): the road-end check of a verb's object and of "the city".
bool namesRoadEnd(const std::vector<Word>& words, const std::vector<PlaceSlot>& current, const PlaceSlot& slot)
{
    const auto dash = [&](std::size_t k) {
        return k < words.size() && (words[k].lower == "-" || words[k].lower == "–" || words[k].lower == "—");
    };
    const auto roadAt = [&](std::size_t k) {
        while (k < words.size() && (words[k].lower == "international" || words[k].lower == "main" ||
                                    words[k].lower == "old" || words[k].lower == "strategic"))
            ++k;
        static constexpr std::array<std::string_view, 6> kRoads{"highway", "road", "motorway", "route",
                                                                "highways", "roads"};
        return k < words.size() && std::find(kRoads.begin(), kRoads.end(), words[k].lower) != kRoads.end();
    };
    const auto other = std::find_if(current.begin(), current.end(), [&](const PlaceSlot& q) {
        return (dash(slot.last) && q.first == slot.last + 1) || (slot.first >= 1 && dash(slot.first - 1) && q.last == slot.first - 1);
    });
    if (other == current.end())
        return false;
    return roadAt(std::max(slot.last, other->last));
}

} // namespace sitrep::text
