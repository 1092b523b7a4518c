// Generic names of a city's facilities (round 53): news copy about Aleppo says "the Old City",
// copy about Homs "the old city" and "the military academy". A curated place named "<city>
// <common noun>" (or "<common noun> of <city>", "<common noun> <city>") is also indexed under the
// common noun alone, marked kGenericName, with the city it belongs to; the recogniser reads it
// only after a determiner and the resolver only where the text has named that city.
#include "normaliser.h"
#include "placeindex.h"

#include <algorithm>
#include <array>

namespace sitrep::text {

using sitrep::core::PlaceKind;

namespace {

// The common nouns that stand for one facility or quarter of a city. Not "prison", "airport" or
// "crossing" alone: a city has several ("the prison" of a Damascus story is as often Saydnaya as
// Adra). "The university" is the city's own where the gazetteer curates one under the city's name
// (round 66: "Within hours they were inside Hamdaniyeh, New Aleppo, the university district and
// Zahraa Association" is Aleppo University; Damascus has no curated campus, so its stays nothing).
// Not "citadel" either: the claim rules read "the citadel" and "the airport" of the city named last
// themselves, and know "in front of the citadel" is outside it. Not a quarter's short name ("the
// Mahatta" of Daraa al-Mahatta), nor "central prison": round 53 found both right, but their new
// claims carried a wrong actor or told what the gold leaves out ("freed detainees from its central
// prison"; round 66 again: three prisons gained, that one lost, changes precision down).
constexpr std::array<std::string_view, 6> kTails {
    "old city", "military academy", "artillery academy", "military college", "naval base", "university"};

// A name's folded words without its articles ("Daraa al-Mahatta" → daraa mahatta).
std::vector<std::string> plainWords(std::string_view name)
{
    auto words = PlaceIndex::nameWords(name);
    std::erase_if(words, [](const std::string& w) { return isArticle(w); });
    return words;
}

std::string joined(std::vector<std::string>::const_iterator a, std::vector<std::string>::const_iterator b)
{
    std::string s;
    for (; a != b; ++a)
        s += (s.empty() ? "" : " ") + *a;
    return s;
}

bool curatedFacility(const sitrep::core::Place& p)
{
    return p.origin.starts_with("supplement") && p.kind != PlaceKind::City && p.kind != PlaceKind::Town
        && p.kind != PlaceKind::Village && p.kind != PlaceKind::Country && p.kind != PlaceKind::Governorate;
}

} // namespace

void PlaceIndex::addGenericNames()
{
    std::unordered_map<std::string, std::vector<std::uint32_t>> towns;
    for (std::uint32_t i = 0; i < m_places.size(); ++i) {
        const auto& p = *m_places[i];
        if ((p.kind == PlaceKind::City || p.kind == PlaceKind::Town) && p.origin != "builtin") {
            const auto words = plainWords(p.name);
            towns[joined(words.cbegin(), words.cend())].push_back(i);
        }
    }
    for (std::uint32_t i = 0; i < m_places.size(); ++i) {
        const auto& p = *m_places[i];
        if (!curatedFacility(p))
            continue;
        std::vector<std::string_view> names {p.name};
        for (const auto& n : p.names)
            names.push_back(n.name);
        for (const auto name : names) {
            const auto words = plainWords(name);
            for (std::size_t cut = 1; cut < words.size() && cut <= 2; ++cut) {
                // "Homs Military Academy" (the city first) and "Old City of Aleppo", "Military
                // Academy Homs" (the city last).
                for (const bool cityFirst : {true, false}) {
                    auto cityFrom = cityFirst ? words.cbegin() : words.cend() - static_cast<std::ptrdiff_t>(cut);
                    auto tailFrom = cityFirst ? cityFrom + static_cast<std::ptrdiff_t>(cut) : words.cbegin();
                    auto tailTo = cityFirst ? words.cend() : cityFrom;
                    if (!cityFirst && tailTo - tailFrom > 1 && *(tailTo - 1) == "of")
                        --tailTo;
                    const std::string tail = joined(tailFrom, tailTo);
                    if (std::find(kTails.begin(), kTails.end(), tail) == kTails.end())
                        continue;
                    auto town = towns.find(joined(cityFrom, cityFrom + static_cast<std::ptrdiff_t>(cut)));
                    if (town == towns.end())
                        continue;
                    bool owned = false;
                    for (const auto t : town->second) {
                        if (sitrep::core::distanceKm(m_places[t]->point, p.point) > 20.0)
                            continue;
                        auto& owners = m_owners[i];
                        if (std::find(owners.begin(), owners.end(), t) == owners.end())
                            owners.push_back(t);
                        owned = true;
                    }
                    if (owned)
                        insert(nameKeys(tail), IndexEntry {EntryKind::Place, kGenericName, i, internFolded(tail), {}});
                }
            }
        }
    }
}

} // namespace sitrep::text
