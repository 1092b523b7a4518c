// SpeakerFinder::classify: the side of a speaker phrase, from its words and the actors it names.
#include "speaker.h"
#include "claimwords.h"
#include "speakerwords.h"

#include <algorithm>
#include <array>

namespace sitrep::text {

using core::SpeakerSide;
using speakerwords::kStateHeads;
using speakerwords::kStateOutlets;

namespace {

constexpr std::array<std::string_view, 30> kIndependentWords{
    "resident", "residents", "witness", "witnesses", "monitor", "observatory", "sohr", "afp", "reuters",
    "ap", "agency", "journalist", "journalists", "correspondent", "correspondents", "activist",
    "activists", "medics", "doctors", "un", "u.n.", "ocha", "mayor", "diplomats", "diplomat", "western",
    "locals", "bbc", "jazeera", "ngo"};
constexpr std::array<std::string_view, 10> kAnalystWords{"analyst", "analysts", "expert", "experts", "professor",
                                                         "researcher", "researchers", "isw", "observers",
                                                         "think"};
// (And an allied state's voice: "Kremlin spokesman Dmitry Peskov".)
constexpr std::array<std::string_view, 11> kGovernmentWords{"sana", "ministry", "presidency", "ikhbariya",
                                                            "regime", "governor", "government", "damascus",
                                                            "army", "military", "kremlin"};
constexpr std::array<std::string_view, 6> kOfficialMedia{"daily", "newspaper", "media", "television", "tv",
                                                         "news"};

} // namespace

SpeakerSide SpeakerFinder::classify(const std::vector<Word>& words, std::size_t first, std::size_t last,
                                    const std::vector<ActorMention>& actors) const
{
    bool indep = false, analyst = false, gov = false, opp = false;
    // Words inside an opposition group's name are the group's, classified below: "a field commander
    // in the Military Operations Command" is no army source.
    const auto named = [&](std::size_t i) {
        return std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
            const auto* actor = a.pronoun ? nullptr : m_actors.actor(m_actors.root(a.actorId));
            return actor && actor->side == "opposition" && a.firstWord <= i && i < a.lastWord;
        });
    };
    // "The Israeli military said", "the IDF said", "Jordan's army said", "the Turkish Defence
    // Ministry said": another state's army or ministry speaks for neither Syrian side.
    const auto foreignState = [&](const ActorMention& a) {
        const auto* actor = a.pronoun ? nullptr : m_actors.actor(m_actors.root(a.actorId));
        return actor && actor->side == "foreign" && actor->id != "hezbollah" && actor->id != "iran-militias";
    };
    const auto inForeign = [&](std::size_t i) {
        return std::any_of(actors.begin(), actors.end(),
                           [&](const ActorMention& a) { return foreignState(a) && a.firstWord <= i && i < a.lastWord; });
    };
    static constexpr std::array<std::string_view, 14> kCountries{
        "israeli", "israel", "turkish", "turkey", "iraqi", "iraq", "jordanian", "jordan", "russian", "russia",
        "lebanese", "lebanon", "american", "u.s."};
    static constexpr std::array<std::string_view, 7> kBetween{"'", "s", "defence", "defense", "foreign", "interior", "armed"};
    const auto countryBefore = [&](std::size_t i) {
        std::size_t k = i;
        while (k > first && i - k < 3 && oneOf(kBetween, words[k - 1].lower))
            --k;
        return k > first && oneOf(kCountries, words[k - 1].lower);
    };
    // A neighbour's officers or authorities: "Lebanese General Security officers", "Iraqi border
    // authorities" (a nationality within three words before, inside the phrase).
    static constexpr std::array<std::string_view, 5> kNeighbours{"lebanese", "iraqi", "jordanian", "turkish", "israeli"};
    const auto foreignBefore = [&](std::size_t i) {
        for (std::size_t k = i; k > first && i - k < 4; --k)
            if (oneOf(kNeighbours, words[k - 1].lower))
                return true;
        return false;
    };
    bool foreign = false;
    for (std::size_t i = first; i < last && i < words.size(); ++i) {
        const auto& w = words[i].lower;
        if (named(i))
            continue;
        if (inForeign(i)) {
            foreign = true;
            continue;
        }
        if ((w == "army" || w == "military" || w == "ministry") && countryBefore(i)) {
            foreign = true;
            continue;
        }
        if (w == "agency" && i > first && (words[i - 1].lower == "news" && i >= first + 2 &&
                                           words[i - 2].lower == "state"))
            continue;
        if (w == "state" && i + 1 < last && oneOf(kStateHeads, words[i + 1].lower))
            gov = true;
        else if (w == "state" && i + 2 < last && words[i + 1].lower == "-" && oneOf(kStateHeads, words[i + 2].lower))
            gov = true;
        else if (oneOf(kIndependentWords, w) && !(w == "agency" && gov))
            indep = true;
        else if (oneOf(kAnalystWords, w))
            analyst = true;
        else if (oneOf(kGovernmentWords, w))
            gov = true;
        else if (w == "loyalist" || w == "loyalists" || w == "pro-assad" ||
                 (w == "assad" && i > first && (words[i - 1].lower == "-" || words[i - 1].lower == "pro")))
            gov = true; // "loyalist media said", "pro-Assad outlets reported": the state's side by their name
        else if ((w == "officers" || w == "officer" || w == "authorities") && foreignBefore(i))
            foreign = true; // "Lebanese General Security officers said", "Iraqi border authorities said"
        else if (w == "command" && i > first && words[i - 1].lower == "general") // the army's General Command
            gov = true;
        else if ((w == "embassy" || w == "ambassador" || w == "envoy" || w == "consulate") && i > first &&
                 (words[i - 1].lower == "syrian" || words[i - 1].lower == "syria's"))
            gov = true; // "the Syrian embassy in Baghdad denied reports": the state's diplomats
        else if (oneOf(kStateOutlets, w)) // "The official daily al-Thawra insisted …"
            gov = true;
        else if (w == "official" && i + 1 < last && oneOf(kOfficialMedia, words[i + 1].lower))
            gov = true; // "the official daily", "official media" (Syria's press is the state's)
        else if ((w == "field" || w == "security") && i + 1 < last &&
                 (words[i + 1].lower == "source" || words[i + 1].lower == "sources")) {
            // "a field source", "a security source" (a state's, in Syrian state and allied media); but
            // "Two Lebanese security sources said Hezbollah began pulling its fighters out of Qusayr":
            // another country's security sources are no Syrian state voice, only a report.
            static constexpr std::array<std::string_view, 8> kOtherNations{
                "lebanese", "iraqi", "turkish", "jordanian", "regional", "western", "european", "diplomatic"};
            if (i > first && oneOf(kOtherNations, words[i - 1].lower))
                indep = true;
            else
                gov = true;
        }
    }
    for (const auto& a : actors) {
        if (a.pronoun || a.firstWord >= last || a.lastWord <= first)
            continue;
        const auto* actor = m_actors.actor(m_actors.root(a.actorId));
        if (!actor)
            continue;
        // A foreign state's armed forces speaking ("the IDF said") are neither Syrian side (the
        // foreign side's militias, "Hezbollah said", stay unclassified here).
        if (actor->side == "government")
            gov = true;
        else if (foreignState(a))
            foreign = true;
        else if (actor->side == "opposition")
            opp = true;
    }
    if (indep)
        return SpeakerSide::Independent;
    if (analyst)
        return SpeakerSide::Analyst;
    if (gov && opp)
        return SpeakerSide::Independent;
    if (foreign && !gov && !opp)
        return SpeakerSide::Independent;
    if (gov)
        return SpeakerSide::Government;
    if (opp)
        return SpeakerSide::Opposition;
    return SpeakerSide::Unknown;
}

} // namespace sitrep::text
