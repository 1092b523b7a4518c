// How wire copy words a change of hands: lists, relative clauses, nominals, state media's
// "redeployment", objectless withdrawals, pronouns, past events and denials. Places are found by
// name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;
using core::Stance;

namespace {

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        using K = core::PlaceKind;
        core::Gazetteer out = testing::seedGazetteer();
        out.add(testing::makePlace("izraa", "Izraa", K::Town, "SY"));
        out.add(testing::makePlace("mayadin", "Mayadin", K::Town, "SY", {"Al-Mayadin"}));
        out.add(testing::makePlace("maqsoud", "Sheikh Maqsoud", K::Neighbourhood, "SY"));
        out.add(testing::makePlace("nov", "Nov", K::Village, "SY")); // the geoparser's "Nov. 29"
        return out;
    }();
    return g;
}

std::vector<core::Claim> extract(
    const std::string& body, const char* published = "2024-12-07T18:00:00Z", std::string outlet = "Test Wire")
{
    return testing::extractWith(gazetteer(), body, published, std::move(outlet));
}

using testing::on;

using V = std::vector<std::string>;

std::string day(const core::Claim& c)
{
    if (!c.time.from)
        return "unknown";
    const core::Instant mid = c.time.to ? (*c.time.from + *c.time.to) / 2 : *c.time.from;
    return core::formatIso8601(mid).substr(0, 10);
}

const core::Claim* first(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    auto it = std::find_if(
        claims.begin(), claims.end(), [&](const core::Claim& c) { return c.placeId == place && c.kind == kind; });
    return it == claims.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("lists: every place of 'In X and Y,' and of 'X, Y and Z fell', and both of two coordinated subjects")
{
    const auto in = extract("In Daraa and Quneitra, rebels took control of army bases.");
    CHECK(on(in, "daraa", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(in, "quneitra", ClaimKind::Captured) == V {"opposition"});
    const auto fell = extract("Daraa, Quneitra and Suweida fell to the rebels on Saturday.");
    for (const char* p : {"daraa", "quneitra", "suwayda"})
        CHECK(on(fell, p, ClaimKind::Captured) == V {"opposition"});
    const auto both = extract("Regime forces and Hezbollah withdrew from Rastan and Talbiseh on Friday.");
    CHECK(on(both, "rastan", ClaimKind::Withdrew) == V {"government", "hezbollah"});
    CHECK(on(both, "talbiseh", ClaimKind::Withdrew) == V {"government", "hezbollah"});
    const auto taking = extract("Rebels reached the northern outskirts of Homs after taking the towns of Rastan and "
                                "Talbiseh earlier on Friday.");
    CHECK(on(taking, "talbiseh", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(taking, "homs", ClaimKind::Contested) == V {"opposition"});
}

TEST_CASE("relative clauses: 'X, which ACTOR captured' takes X, 'ACTOR, which holds X' binds ACTOR")
{
    const auto object = extract("Washington brokered a ceasefire in Manbij, which Turkey-backed fighters captured from "
                                "the SDF on Monday, an official said.",
        "2024-12-11T15:00:00Z");
    const auto* manbij = first(object, "manbij", ClaimKind::Captured);
    REQUIRE(manbij);
    CHECK(manbij->actor == "sna");
    CHECK(day(*manbij) == "2024-12-09");
    const auto handed
        = extract("Local fighters now control the Nassib border crossing, which regime forces handed over "
                  "after negotiations.");
    CHECK(on(handed, "nasib", ClaimKind::Withdrew) == V {"government"});
    const auto subject = extract("Kurdish-led forces, which hold the Sheikh Maqsoud district of Aleppo, said they had "
                                 "not withdrawn.");
    CHECK(on(subject, "maqsoud", ClaimKind::Controls) == V {"sdf"});
    CHECK(on(subject, "aleppo", ClaimKind::Controls).empty()); // the district's city is no object
    const auto took = extract("A commander of the Southern Operations Room, which took Quneitra on Saturday, spoke.");
    CHECK(on(took, "quneitra", ClaimKind::Captured) == V {"sor"});
}

TEST_CASE("nominals: 'the withdrawal of the army from X', 'the entry of terrorists into X', 'X's capture'")
{
    const auto denied = extract("The source denied rumours about the withdrawal of the army from the city of Homs. "
                                "The news about the entry of terrorists into Homs is false.",
        "2024-12-07T07:00:00Z", "SANA");
    CHECK(on(denied, "homs", ClaimKind::Withdrew) == V {"government/denies"});
    CHECK(on(denied, "homs", ClaimKind::Entered) == V {"opposition/denies"});
    const auto possessive = extract("Rebels advanced. Hama's capture on Thursday shocked the region.");
    const auto* hama = first(possessive, "hama", ClaimKind::Captured);
    REQUIRE(hama);
    CHECK(day(*hama) == "2024-12-05");
    // Recalled without a time of its own: all it says for today is who holds the place.
    const auto recalled = extract("Rebels advanced. Aleppo's capture was a blow to Assad.");
    CHECK(on(recalled, "aleppo", ClaimKind::Captured).empty());
    CHECK(on(recalled, "aleppo", ClaimKind::Controls) == V {"opposition"});
}

TEST_CASE("state media's redeployment is a withdrawal from the places the units were in or left")
{
    const auto provinces = extract("The army said its units in Daraa and Sweida provinces had carried out a "
                                   "redeployment and repositioning operation.",
        "2024-12-07T07:00:00Z", "SANA");
    CHECK(on(provinces, "gov-daraa", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(provinces, "gov-suwayda", ClaimKind::Withdrew) == V {"government"});
    const auto outside = extract("The army said it had carried out a \"temporary redeployment\" of its units outside "
                                 "Aleppo. Army units have redeployed and repositioned outside Hama.");
    CHECK(on(outside, "aleppo", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(outside, "hama", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("a withdrawal with no object leaves the places named before 'after', and 'toward' names none")
{
    const auto claims = extract("Southern rebels now control Izraa and Daraa after troops retreated toward Damascus "
                                "overnight.");
    CHECK(on(claims, "izraa", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "daraa", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "damascus", ClaimKind::Controls).empty());
    const auto it
        = extract("The factions captured the Kuweires air base on Sunday, after regime forces had evacuated it.");
    CHECK(on(it, "kuweires", ClaimKind::Withdrew) == V {"government"});
    const auto there = extract("Albu Kamal fell to the SDF after Iranian militias left their positions there.");
    CHECK(on(there, "abukamal", ClaimKind::Withdrew) == V {"iran-militias"});
}

TEST_CASE("pronouns in what an actor says are that actor, and 'our forces' are the speaker's side")
{
    const auto claims = extract("The SDF, which had run Manbij since driving out ISIS in 2016, said on Tuesday that "
                                "their fighters had withdrawn from Manbij.",
        "2024-12-10T13:00:00Z");
    CHECK(on(claims, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    const auto ours = extract("\"Reports that our forces withdrew from Hama are completely false,\" the command said.",
        "2024-12-04T06:00:00Z", "SANA");
    CHECK(on(ours, "hama", ClaimKind::Withdrew) == V {"government/denies"});
}

TEST_CASE("a denial followed by ', saying' keeps the denial on what was denied and the support on what was said")
{
    const auto claims = extract("State media denied that rebels had entered Homs, saying the army is in full control "
                                "of the city.");
    CHECK(on(claims, "homs", ClaimKind::Entered) == V {"opposition/denies"});
    CHECK(on(claims, "homs", ClaimKind::Controls) == V {"government"});
    const auto lies = extract("State TV insists the army is in control of Homs and says reports of rebels inside Homs "
                              "are \"lies\".");
    CHECK(on(lies, "homs", ClaimKind::Controls) == V {"government"});
    CHECK(on(lies, "homs", ClaimKind::Entered) == V {"opposition/denies"});
    CHECK(extract("State television showed no images from inside Hama.").empty());
}

TEST_CASE("history, plans, demands and spans up to now are no captures today")
{
    const auto history = extract(
        "Aleppo, which government forces recaptured in 2016, fell to rebels on Saturday.", "2024-11-30T18:00:00Z");
    CHECK(on(history, "aleppo", ClaimKind::Captured) == V {"opposition"});
    CHECK(extract("The city stayed in government hands through 13 years of civil war. Rebels vowed to take Damascus. "
                  "Protesters demanded that Kurdish-led forces leave Deir ez-Zor.")
              .empty());
    const auto span = extract("Rebels have seized Aleppo and Hama over the past ten days.");
    CHECK(on(span, "aleppo", ClaimKind::Captured).empty());
    CHECK(on(span, "hama", ClaimKind::Controls) == V {"opposition"});
    const auto weekAfter
        = extract("Hama fell, a week after the insurgents seized most of Aleppo.", "2024-12-05T19:00:00Z");
    const auto* aleppo = first(weekAfter, "aleppo", ClaimKind::Captured);
    REQUIRE(aleppo);
    CHECK(day(*aleppo) == "2024-11-28");
}

TEST_CASE("the countryside of a city and a dateline are not the city")
{
    CHECK(
        extract("Army units repelled attacks of terrorist organizations in the northern countryside of Hama.").empty());
    const auto dateline = extract("DAMASCUS (Reuters) - Rebels captured Hama on Thursday.");
    REQUIRE(dateline.size() == 1);
    CHECK(dateline[0].placeId == "hama");
}

TEST_CASE("round 8: flags raised, positions held, units redeployed, forces vanished, prisons broken into")
{
    const auto flag = extract("On Monday, SNA commanders raised their flag over Manbij.", "2024-12-10T09:00:00Z");
    CHECK(on(flag, "manbij", ClaimKind::Captured) == V {"sna"});
    const auto positioned = extract(
        "A military source said army units remain firmly positioned in Rastan and Talbiseh.", "2024-12-04T19:00:00Z");
    CHECK(on(positioned, "rastan", ClaimKind::Controls) == V {"government"});
    CHECK(on(positioned, "talbiseh", ClaimKind::Controls) == V {"government"});
    // State media's "redeployment of units from Aleppo city", announced by the army's command:
    // the army (named after "of"), not the actor of the paragraph before.
    const auto redeploy = extract("The SDF holds Manbij. The General Command of the Army and Armed Forces announced on "
                                  "November 30 a temporary redeployment of units from Aleppo city.",
        "2024-12-04T19:00:00Z");
    CHECK(on(redeploy, "aleppo", ClaimKind::Withdrew) == V {"government"});
    const auto vanished
        = extract("Soldiers and government forces vanished from Homs at dawn, residents said.", "2024-12-08T09:00:00Z");
    CHECK(on(vanished, "homs", ClaimKind::Withdrew) == V {"government"});
    const auto broken = extract("Rebels say they have broken into Hama central prison.", "2024-12-05T12:00:00Z");
    CHECK(on(broken, "hama", ClaimKind::Entered) == V {"opposition"});
}

TEST_CASE("round 8: claims called baseless before they are quoted are denied, QSD is the SDF")
{
    const auto baseless = extract("The source also described as \"baseless\" claims that the terrorists had seized "
                                  "the town of Rastan on Tuesday.",
        "2024-12-04T19:00:00Z", "SANA");
    CHECK(on(baseless, "rastan", ClaimKind::Captured) == V {"opposition/denies"});
    const auto qsd = extract("A military source denied that the separatist QSD militia had taken control of Manbij.",
        "2024-12-04T19:00:00Z", "SANA");
    CHECK(on(qsd, "manbij", ClaimKind::Captured) == V {"sdf/denies"});
    // Without the judgement the claim stands.
    const auto plain = extract("Residents confirmed claims that the rebels had seized Rastan on Tuesday.",
        "2024-12-04T19:00:00Z");
    CHECK(on(plain, "rastan", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("round 8: a subject before its relative clause, both towns, seats of power, a speaker's own troops")
{
    const auto relative = extract("The Syrian National Army (SNA), which launched its own operation as Aleppo fell, "
                                  "overran Tal Rifaat on December 1.",
        "2024-12-06T19:00:00Z");
    CHECK(on(relative, "talrifaat", ClaimKind::Captured) == V {"sna"});
    const auto both = extract("\"Our forces entered Rastan and Talbiseh at dawn,\" a rebel commander said. The "
                              "Observatory said government forces had pulled out of both towns before the fighters "
                              "arrived.",
        "2024-12-06T19:00:00Z");
    CHECK(on(both, "rastan", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(both, "talbiseh", ClaimKind::Withdrew) == V {"government"});
    // The seat of government taken stands for the city; a television building does not.
    const auto seat = extract("Local armed groups took over the governorate building and police headquarters in the "
                              "city of Suwayda. Rebels seized the state television building in Damascus.",
        "2024-12-07T19:00:00Z");
    CHECK(on(seat, "suwayda", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(seat, "damascus", ClaimKind::Captured).empty());
    // "the abandoned … post": a description, not a withdrawal; troops after "says" are the speaker's.
    const auto post = extract("The Israeli military says troops seized the abandoned army post in Quneitra.",
        "2024-12-08T19:00:00Z");
    CHECK(on(post, "quneitra", ClaimKind::Captured) == V {"israel"});
    CHECK(on(post, "quneitra", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 8: a clause coordinated after a trigger keeps its time to itself")
{
    const auto c = extract("Late Friday, SDF units moved into Deir ez-Zor after government forces abandoned their "
                           "positions there, and on Sunday the SDF seized Manbij.",
        "2024-12-11T09:00:00Z");
    const auto* withdrew = first(c, "deirezzor", ClaimKind::Withdrew);
    REQUIRE(withdrew);
    CHECK(day(*withdrew) == "2024-12-06");
    const auto* manbij = first(c, "manbij", ClaimKind::Captured);
    REQUIRE(manbij);
    CHECK(day(*manbij) == "2024-12-08");
}

TEST_CASE("round 9: examples after 'among them', 'changed hands', 'wrested', 'fought their way into', sent troops")
{
    const auto among = extract("By nightfall the rebels had overrun more than a dozen villages, among them Rastan and "
                               "Talbiseh.",
        "2024-11-27T20:00:00Z");
    CHECK(on(among, "rastan", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(among, "talbiseh", ClaimKind::Captured) == V {"opposition"});
    // "changed hands" goes to the side the article follows; a place on the road to another is not it.
    const auto hands = extract("Rebels broke into Hama on Thursday. Rastan and Talbiseh, on the road to Homs, changed "
                               "hands on Friday.",
        "2024-12-08T10:00:00Z");
    CHECK(on(hands, "rastan", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(hands, "homs", ClaimKind::Captured).empty());
    const auto wrested = extract("Rebel commanders said they had wrested Palmyra from government forces.",
        "2024-12-07T18:00:00Z");
    CHECK(on(wrested, "palmyra", ClaimKind::Captured) == V {"opposition"});
    const auto way = extract("Rebels fought their way into Homs late on Saturday.", "2024-12-08T10:00:00Z");
    CHECK(on(way, "homs", ClaimKind::Entered) == V {"opposition"});
    CHECK(on(way, "homs", ClaimKind::Contested).empty());
    const auto sent = extract("Israel sent troops into the buffer zone and seized Quneitra.", "2024-12-08T18:00:00Z");
    CHECK(on(sent, "quneitra", ClaimKind::Captured) == V {"israel"});
    // A place still held "by U.S.-backed Kurdish-led forces": the agent ten words on.
    const auto held = extract("Only the district of Manbij was still held by U.S.-backed Kurdish-led forces.",
        "2024-12-01T18:00:00Z");
    CHECK(on(held, "manbij", ClaimKind::Controls) == V {"sdf"});
}

TEST_CASE("round 9: a speaker who denies reports denies what they say, not what the speaker then stresses")
{
    const auto denied = extract("The SDF denied reports that its fighters had abandoned Manbij.", "2024-12-10T18:00:00Z");
    CHECK(on(denied, "manbij", ClaimKind::Withdrew) == V {"sdf/denies"});
    const auto stressed = extract("The source denied rumours about the withdrawal of the army from Homs, stressing "
                                  "that army units are deployed in Homs.",
        "2024-12-07T18:00:00Z", "SANA");
    CHECK(on(stressed, "homs", ClaimKind::Controls) == V {"government"});
}

TEST_CASE("round 9: a city declared liberated or free is captured by whoever declares it")
{
    const auto declared = extract("Rebels declared Damascus \"liberated\" on Sunday.", "2024-12-08T12:00:00Z");
    CHECK(on(declared, "damascus", ClaimKind::Captured) == V {"opposition"});
    const auto statement = extract("State television broadcast a rebel statement declaring Damascus liberated.",
        "2024-12-08T12:00:00Z");
    CHECK(on(statement, "damascus", ClaimKind::Captured) == V {"opposition"});
    // Declaring something else is no capture.
    CHECK(extract("The governor declared a curfew in Homs.", "2024-12-05T12:00:00Z").empty());
}

TEST_CASE("round 9: 'occupied the city' is a capture, 'Israeli-occupied' a description, 'were forced out of' a loss")
{
    const auto occupied = extract("The SDF occupied the city of Deir ez-Zor on Friday after regime forces pulled out.",
        "2024-12-09T12:00:00Z");
    CHECK(on(occupied, "deirezzor", ClaimKind::Captured) == V {"sdf"});
    CHECK(extract("Israeli troops patrol the Israeli-occupied Golan Heights.", "2024-12-09T12:00:00Z").empty());
    const auto forced = extract("Government troops were forced out of Hama on Thursday.", "2024-12-06T12:00:00Z");
    CHECK(on(forced, "hama", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 9: 'terrorists' are the rebels in Syrian state media and the SDF in Turkish state media")
{
    const auto anadolu = extract("The terrorists were forced out of Manbij after heavy fighting, SNA sources said.",
        "2024-12-09T12:00:00Z", "Anadolu Agency");
    CHECK(on(anadolu, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    const auto sana = extract("The terrorists were forced out of Manbij after heavy fighting, a military source said.",
        "2024-12-09T12:00:00Z", "SANA");
    CHECK(on(sana, "manbij", ClaimKind::Withdrew) == V {"opposition"});
}

TEST_CASE("round 11: Druze militiamen and the Men of Dignity are Sweida's factions, and a building or branches taken in a scene")
{
    const auto militiamen = extract("Druze militiamen took over Sweida on Friday.", "2024-12-08T12:00:00Z");
    CHECK(on(militiamen, "suwayda", ClaimKind::Captured) == V {"suwayda"});
    const auto dignity = extract("Fighters of the Men of Dignity movement took over Sweida on Friday.",
        "2024-12-08T12:00:00Z");
    CHECK(on(dignity, "suwayda", ClaimKind::Captured) == V {"suwayda"});
    // "In X," sets the scene for the building taken, as it did for "state buildings".
    const auto building = extract("In Sweida, local armed groups took over the governor's building and security "
                                  "branches on Saturday morning.",
        "2024-12-08T12:00:00Z");
    CHECK(on(building, "suwayda", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("round 11: 'pulled out …, leaving X in the hands of Y': the side that pulled out left X")
{
    const auto left = extract("Government forces pulled out of large parts of the south overnight, leaving the city "
                              "of Daraa in the hands of local armed factions.",
        "2024-12-07T16:00:00Z");
    CHECK(on(left, "daraa", ClaimKind::Controls) == V {"opposition"});
    CHECK(on(left, "daraa", ClaimKind::Withdrew) == V {"government"});
    // No withdrawal before "leaving": nobody is said to have left, the rebels least of all.
    const auto took = extract("Rebels captured Hama on Thursday, leaving Homs in the hands of the army.",
        "2024-12-07T16:00:00Z");
    CHECK(on(took, "homs", ClaimKind::Withdrew).empty());
    // "leaving the city under a deal" is still a withdrawal.
    const auto deal = extract("Government troops are leaving Daraa under a deal brokered by local elders.",
        "2024-12-07T16:00:00Z");
    CHECK(on(deal, "daraa", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 11: a month before a day's number is a date, not a place 'the city' could stand for")
{
    const auto claims = extract("On Nov. 29, fighters pushed into Aleppo. Last weekend, the army said its troops "
                                "had pulled out of the city.",
        "2024-12-08T15:00:00Z");
    CHECK(on(claims, "aleppo", ClaimKind::Withdrew) == V {"government"});
    CHECK(day(*first(claims, "aleppo", ClaimKind::Withdrew)) == "2024-12-01"); // the middle of Sat 30 – Sun 1
    CHECK(std::none_of(claims.begin(), claims.end(), [](const core::Claim& c) { return c.placeId == "nov"; }));
}

TEST_CASE("round 11: 'X and its airport' is the airport of X too")
{
    const auto claims = extract("Insurgents seized most of Aleppo and its airport on Saturday.", "2024-12-01T12:00:00Z");
    CHECK(on(claims, "aleppo", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "aleppo-airport", ClaimKind::Captured) == V {"opposition"});
    // "its" before anything else is no place: "its forces", "its positions".
    const auto forces = extract("The army said its forces had left Aleppo.", "2024-12-01T12:00:00Z");
    CHECK(on(forces, "aleppo-airport", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 11: a redeployment whose next words name its places takes no place from the sentence before")
{
    const auto claims = extract("Rebel fighters said they had entered Quneitra on Saturday. In a statement, the army "
                                "said it had carried out \"a redeployment and repositioning\" of its units in Daraa "
                                "and Sweida.",
        "2024-12-07T16:00:00Z");
    CHECK(on(claims, "daraa", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "quneitra", ClaimKind::Withdrew).empty());
}
