#pragma once
// ClaimPlaces: the places a sentence can make claims about, as word spans — the geoparser's
// mentions, upgraded to governorates where the text says "Daraa province"; regions such as
// "almost the entire southwest" expanded to their governorates; and "the city", "the capital",
// "its outskirts" bound to the place they stand for in the sentences before. It keeps that
// short history itself, so one instance reads one article from start to end.
//
// Region rule: "(the) southwest" / "southern Syria" name the governorates of Daraa, Quneitra
// and As-Suwayda; "X province" / "X governorate" / "the province of X" name X's governorate.
// Only governorates present in the gazetteer (kind governorate) are used; without them a region
// phrase yields no place.
#include "core/gazetteer.h"
#include "core/mention.h"
#include "sentences.h"
#include "utf8.h"

#include <array>
#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep::text {

struct ActorMention;

struct PlaceSlot {
    std::size_t first = 0; // word indices in the sentence, end exclusive
    std::size_t last = 0;
    std::vector<std::string> placeIds; // empty: an unresolved name waiting for review
    std::string text;                  // as written
    std::string name;                  // the gazetteer's name (first place)
    std::string country;
    core::PlaceKind kind = core::PlaceKind::Unknown;
    double confidence = 1.0;
    bool anaphoric = false; // "the city"
    bool edge = false;      // "the outskirts": the edge of the place, not the place
    bool region = false;    // expanded from a region phrase
    bool dateline = false;  // "QAMISHLI, North Press –": where the report was filed, not a place it speaks of
    bool waypoint = false;  // "advancing from Idlib", "toward Hama": a way passed, not a place held
    bool calledCity = false; // "the city of Manbij", "Idlib city": the text calls it a city
    std::string relation;   // the geoparser's "within 30 km of", "outskirts of", …
    std::string regionId;   // "region:southwest", "governorate:daraa"
};

// Shared by claimplaces.cpp and claimanaphora.cpp: a governorate's spelling squeezed to its key
// ("Deraa", "Dar'a" → "daraa"; empty for no governorate), and the kinds "the city" can stand for.
[[nodiscard]] std::string_view canonicalGovernorate(std::string_view name);
[[nodiscard]] bool cityLike(core::PlaceKind k);
// Points `slot` at the governorate `g` (its id, name, kind, country and region id).
void pointAtGovernorate(PlaceSlot& slot, const core::Place& g);

class ClaimPlaces {
public:
    using PlaceLookup = std::function<const core::Place*(std::string_view)>;
    explicit ClaimPlaces(const core::Gazetteer& gazetteer, PlaceLookup fallback = {});

    // The slots of the next sentence of the article. `mentions` are all the article's
    // mentions (code points into the body); `body` indexes the body.
    [[nodiscard]] std::vector<PlaceSlot> next(const Sentence& sentence, const std::vector<Word>& words,
                                              const std::vector<core::Mention>& mentions,
                                              const CodePointIndex& body,
                                              const std::vector<ActorMention>& actors);

    // The governorate a name stands for ("Deraa", "As-Suwayda Governorate", "Dayr Az Zawr").
    [[nodiscard]] const core::Place* governorate(std::string_view name) const;

private:
    void addRegions(const std::vector<Word>& words, const std::string& text, std::vector<PlaceSlot>& slots) const;
    static void markDateline(const std::vector<Word>& words, std::vector<PlaceSlot>& slots);
    void upgradeToGovernorates(const std::vector<Word>& words, std::vector<PlaceSlot>& slots) const;
    void addAnaphora(const std::vector<Word>& words, const std::string& text, std::vector<PlaceSlot>& slots) const;
    void addPossessives(const std::vector<Word>& words, const std::string& text, std::vector<PlaceSlot>& slots) const;
    // "the provincial capital": the seat of the governorate of the place named before.
    [[nodiscard]] const core::Place* provincialSeat(const std::vector<PlaceSlot>& current, std::size_t before) const;
    // The airport of a place: an airbase within 30 km whose name holds "Airport".
    [[nodiscard]] const core::Place* airportNear(const core::Place& place, bool military = false) const;
    // The border crossing of a place: the nearest within 15 km, of its country.
    [[nodiscard]] const core::Place* crossingNear(const core::Place& place) const;
    // The citadel of a place: a place within 5 km whose name holds "Citadel".
    [[nodiscard]] const core::Place* citadelNear(const core::Place& place) const;
    // "the provincial capital": a governorate's seat named before it, in its sentence or the one before.
    [[nodiscard]] const PlaceSlot* provincialSeatBefore(const std::vector<PlaceSlot>& current,
                                                        std::size_t before) const;
    [[nodiscard]] const PlaceSlot* pronounAntecedent(const std::vector<Word>& words,
                                                     const std::vector<PlaceSlot>& current, std::size_t before) const;
    // `noun` "city": a city named in an earlier sentence before a town named with it.
    [[nodiscard]] const PlaceSlot* antecedent(const std::vector<Word>& words, const std::vector<PlaceSlot>& current,
                                              std::size_t before, bool capital,
                                              std::string_view facility = {}, std::string_view noun = {}) const;

    const core::Gazetteer& m_gazetteer;
    PlaceLookup m_fallback;
    std::unordered_map<std::string, const core::Place*> m_governorates; // canonical key → place
    const core::Place* m_capital = nullptr;
    std::array<const core::Place*, 3> m_ranked {}; // Syria's second, third and fourth cities
    std::deque<std::vector<PlaceSlot>> m_history; // the last sentences' slots, newest first
};

// "cut the Damascus–Aleppo international highway", "withdrew from the city along the Damascus–Daraa
// highway": `slot` names one end of a road (a place joined by a dash to another of `slots`, a road
// word after them), the road's name, not a place taken, left or meant by "the city".
[[nodiscard]] bool namesRoadEnd(const std::vector<Word>& words, const std::vector<PlaceSlot>& slots,
                                const PlaceSlot& slot);

} // namespace sitrep::text
