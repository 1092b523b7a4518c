// Round 18b: what a sentence says changed hands and when — ground named by a generic noun in a
// town ("took over regime pockets in Qamishli"), a part of a place ("the Syrian side of Mount
// Hermon"), "cleared", expulsions, entries seen or filmed, "redeployed" outside, "handed to", the
// province, the provincial capital and "the hill", a paragraph's day, "the opening day", and two
// forms of state denial.
// Places are found by name search (claimtesthelpers.h), so these test the extractor apart from
// the geoparser.
#include "claimtesthelpers.h"
#include "core/instant.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        using K = core::PlaceKind;
        core::Gazetteer out = testing::seedGazetteer();
        out.add(testing::makePlace("qamishli", "Qamishli", K::City, "SY"));
        out.add(testing::makePlace("hasakah", "Hasakah", K::City, "SY"));
        out.add(testing::makePlace("mahatta", "Daraa al-Mahatta", K::Neighbourhood, "SY"));
        out.add(testing::makePlace("hermon", "Mount Hermon", K::Region, "SY"));
        out.add(testing::makePlace("saraqib", "Saraqib", K::Town, "SY"));
        out.add(testing::makePlace("tadef", "Tadef", K::Town, "SY"));
        out.add(testing::makePlace("arima", "Arima", K::Village, "SY"));
        out.add(testing::makePlace("hamidiyah", "Hamidiyah", K::Village, "SY"));
        out.add(testing::makePlace("jubata", "Jubata al-Khashab", K::Village, "SY"));
        out.add(testing::makePlace("mayadin", "Mayadin", K::Town, "SY"));
        out.add(testing::makePlace("anjara", "Anjara", K::Village, "SY"));
        out.add(testing::makePlace("urum", "Urum al-Sughra", K::Village, "SY"));
        out.add(testing::makePlace("baath", "Baath City", K::Town, "SY"));
        out.add(testing::makePlace("zain", "Jabal Zain al-Abidin", K::Military, "SY"));
        // A city and its airport away from the seed places (which all lie at 0, 0).
        auto tabqa = testing::makePlace("tabqa", "Tabqa", K::City, "SY");
        auto airport = testing::makePlace("tabqa-airport", "Tabqa military airport", K::Airbase, "SY");
        tabqa.point.lat = airport.point.lat = 35.8;
        tabqa.point.lon = airport.point.lon = 38.5;
        out.add(tabqa);
        out.add(airport);
        return out;
    }();
    return g;
}

std::vector<core::Claim> extract(const std::string& body, const char* published = "2024-12-10T12:00:00Z")
{
    return testing::extractWith(gazetteer(), body, published);
}

using testing::on;
using V = std::vector<std::string>;

using testing::dayOf;

} // namespace

TEST_CASE("round 18b: pockets, positions or a security square in a town stand for the town")
{
    const auto pockets = extract("The SDF took over regime pockets in Qamishli and Hasakah on Saturday.");
    CHECK(on(pockets, "qamishli", ClaimKind::Captured) == V {"sdf"});
    CHECK(on(pockets, "hasakah", ClaimKind::Captured) == V {"sdf"});
    const auto across = extract("The Syrian army pulled out of its positions across Quneitra governorate on Saturday.");
    CHECK(on(across, "gov-quneitra", ClaimKind::Withdrew) == V {"government"});
    const auto square = extract("Rebel fighters entered the security square in Daraa al-Mahatta on Friday.");
    CHECK(on(square, "mahatta", ClaimKind::Entered) == V {"opposition"});
    // Not any noun before "in": a place the rebels pushed toward stays apart.
    const auto near = extract("Rebels captured army trucks in Hama on Friday.");
    CHECK(on(near, "hama", ClaimKind::Captured).empty());
}

TEST_CASE("round 18b: a part of a place after a verb that needs a near object is the place")
{
    const auto side = extract("Israeli troops took the Syrian side of Mount Hermon on Sunday.");
    CHECK(on(side, "hermon", ClaimKind::Captured) == V {"israel"});
    const auto part = extract("Israeli forces occupied the Syrian part of Mount Hermon on Sunday.");
    CHECK(on(part, "hermon", ClaimKind::Captured) == V {"israel"});
    const auto post = extract("The Israeli army said its forces had taken control of the Syrian army's post on "
                              "Mount Hermon.");
    CHECK(on(post, "hermon", ClaimKind::Captured) == V {"israel"});
    // Still near: a verb and its object far apart, with other words between, make no claim.
    const auto far = extract("Israeli troops took photographs of the valley below Mount Hermon on Sunday.");
    CHECK(on(far, "hermon", ClaimKind::Captured).empty());
}

TEST_CASE("round 18b: a past event told with no time keeps the day its paragraph named")
{
    const auto story = extract("On Friday, Dec. 6, rebels took Daraa. Fighters entered Sanamayn without a fight.");
    CHECK(dayOf(story, "sanamayn", ClaimKind::Entered) == "2024-12-06");
    // A new paragraph keeps no day of its own: with the story four days back, the entry spans
    // from that day to publication (precision week; tests/text/claimrecap_test.cpp).
    const auto paragraph = extract("On Friday, Dec. 6, rebels took Daraa.\n\nFighters entered Sanamayn.");
    const core::Claim* entry = testing::findClaim(paragraph, "sanamayn", ClaimKind::Entered);
    REQUIRE(entry);
    CHECK(entry->time.precision == core::TimePrecision::Week);
    CHECK(dayOf(paragraph, "sanamayn", ClaimKind::Entered) == "2024-12-06");
    // A perfect ("have entered": now), a day recalled ("had entered … on"), a day in a "since"
    // clause: the publication day.
    const auto perfect = extract("On Friday, Dec. 6, rebels took Daraa. Fighters have entered Sanamayn.");
    CHECK(dayOf(perfect, "sanamayn", ClaimKind::Entered) == "2024-12-10");
    const auto recalled = extract("The SDF had entered Deir ez-Zor on 6 December. Rebel fighters entered Palmyra.");
    CHECK(dayOf(recalled, "palmyra", ClaimKind::Entered) == "2024-12-10");
    const auto since = extract("Much has changed since rebels took Daraa on Friday. Fighters entered Sanamayn.");
    CHECK(dayOf(since, "sanamayn", ClaimKind::Entered) == "2024-12-10");
}

TEST_CASE("round 18b: \"on the opening day\" is the day the story began")
{
    const auto story = extract("HTS fighters poured out of Idlib on November 27.\n\nOn the opening day they overran "
                               "Saraqib; the next day they seized Rastan.");
    CHECK(dayOf(story, "saraqib", ClaimKind::Captured) == "2024-11-27");
    CHECK(dayOf(story, "rastan", ClaimKind::Captured) == "2024-11-28");
    // An apposition names its own day: "On Saturday, November 30, the first day of the operation".
    const auto apposition = extract("The offensive began on November 27. On Saturday, November 30, the first day of "
                                    "the operation, the factions took control of Tadef.");
    CHECK(dayOf(apposition, "tadef", ClaimKind::Captured) == "2024-11-30");
}

TEST_CASE("round 18b: \"cleared X of Y\" and \"X was cleared\" are captures, a road or mines cleared none")
{
    const auto of = extract("On Monday the SNA cleared Tal Rifaat of the YPG.");
    CHECK(on(of, "talrifaat", ClaimKind::Captured) == V {"sna"});
    const auto passive = extract("The village of Arima, the YPG's main stronghold, was cleared by the SNA on Monday.");
    CHECK(on(passive, "arima", ClaimKind::Captured) == V {"sna"});
    const auto mines = extract("On Monday the SNA cleared the road to Manbij of mines.");
    CHECK(on(mines, "manbij", ClaimKind::Captured).empty());
    const auto west = extract("On Monday the SNA cleared the area west of Manbij.");
    CHECK(on(west, "manbij", ClaimKind::Captured).empty());
}

TEST_CASE("round 18b: an actor seen, operating or walking in a place has entered it")
{
    const auto operating = extract("On Monday, the IDF said troops were operating in the Syrian villages of Hamidiyah "
                                   "and Jubata al-Khashab.");
    CHECK(on(operating, "hamidiyah", ClaimKind::Entered) == V {"israel"});
    CHECK(on(operating, "jubata", ClaimKind::Entered) == V {"israel"});
    const auto seen = extract("SDF fighters were seen in Mayadin on Saturday, residents said.");
    CHECK(on(seen, "mayadin", ClaimKind::Entered) == V {"sdf"});
    const auto walking = extract("Footage showed rebel fighters walking through Mezzeh on Sunday.");
    CHECK(on(walking, "mezzeh", ClaimKind::Entered) == V {"opposition"});
    // Not a non-actor seen there: "the worst fighting seen in Aleppo".
    const auto fighting = extract("It was the worst fighting seen in Aleppo in years.");
    CHECK(on(fighting, "aleppo", ClaimKind::Entered).empty());
}

TEST_CASE("round 18b: governorates — \"the province\" after one named, \"redeployed and repositioned\" units in provinces")
{
    const auto province = extract("The army pulled out of Quneitra governorate on Saturday, and local armed groups "
                                  "took over the province the same day.");
    CHECK(on(province, "gov-quneitra", ClaimKind::Captured) == V {"opposition"});
    const auto units = extract("The Syrian army said on Saturday it had \"redeployed and repositioned\" its units in "
                               "Daraa and Sweida provinces.");
    CHECK(on(units, "gov-daraa", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(units, "gov-suwayda", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 18b: \"…, and it denied\" and \"a security source denied\" are government denials")
{
    auto governmentDenial = [](const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind) {
        return std::any_of(claims.begin(), claims.end(), [&](const core::Claim& c) {
            return c.placeId == place && c.kind == kind && c.stance == core::Stance::Denies &&
                   c.source.side == core::SpeakerSide::Government;
        });
    };
    const auto andIt = extract("State TV insisted Sunday that the army is still holding Hama, and it denied that "
                               "rebels had entered the city.");
    CHECK(governmentDenial(andIt, "hama", ClaimKind::Entered));
    const auto security = extract("A security source in Deir ez-Zor denied reports that SDF fighters had entered the "
                                  "city.");
    CHECK(governmentDenial(security, "deirezzor", ClaimKind::Entered));
}

TEST_CASE("round 18b: \"redeployed\" outside a city, with quotes or its forces, is a withdrawal from it")
{
    const auto quoted = extract("On Thursday the army said it had \"redeployed\" outside Hama.");
    CHECK(on(quoted, "hama", ClaimKind::Withdrew) == V {"government"});
    const auto forces = extract("On Thursday the military said it had redeployed its forces outside Hama.");
    CHECK(on(forces, "hama", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 18b: \"the provincial capital\" is the governorate seat named just before it, never Damascus")
{
    const auto its = extract("On Friday the SOR had taken Daraa city, and the government had lost its provincial "
                             "capital.");
    CHECK(on(its, "daraa", ClaimKind::Withdrew) == V {"government"});
    const auto scene = extract("Local factions in Daraa, the cradle of the uprising, seized the provincial capital on "
                               "Friday.");
    CHECK(on(scene, "daraa", ClaimKind::Captured) == V {"opposition"});
    const auto damascus = extract("Rebels reached Damascus on Saturday. Local factions seized the provincial capital.");
    CHECK(on(damascus, "damascus", ClaimKind::Captured).empty());
}

TEST_CASE("round 18b: \"five days after\" counts back from the day the main clause names")
{
    const auto after = extract("The SDF withdrew on Wednesday from Deir ez-Zor, five days after the Kurdish-led force "
                               "took over the city.",
                               "2024-12-11T18:00:00Z");
    CHECK(dayOf(after, "deirezzor", ClaimKind::Captured) == "2024-12-06");
}

TEST_CASE("round 18b: \"a string of villages, places like X and Y\" takes the examples")
{
    const auto like = extract("On Wednesday HTS took a string of villages, places like Urum al-Sughra and Anjara.");
    CHECK(on(like, "urum", ClaimKind::Captured) == V {"hts"});
    CHECK(on(like, "anjara", ClaimKind::Captured) == V {"hts"});
    const auto villages = extract("On Wednesday HTS captured villages like Anjara.");
    CHECK(on(villages, "anjara", ClaimKind::Captured) == V {"hts"});
}

TEST_CASE("round 18b: \"earlier in the day\" is the day the sentence names")
{
    const auto earlier = extract("The Syrian Free Army said on Saturday it had taken Palmyra, which government forces "
                                 "had abandoned earlier in the day.");
    CHECK(dayOf(earlier, "palmyra", ClaimKind::Withdrew) == "2024-12-07");
}

TEST_CASE("round 18b: \"expelled X from PLACE\", \"drove X out of PLACE\": the place taken and X's loss")
{
    const auto expelled = extract("Druze factions said on Friday that they had expelled regime forces from the city of "
                                  "Sweida.");
    CHECK(on(expelled, "suwayda", ClaimKind::Captured) == V {"suwayda"});
    CHECK(on(expelled, "suwayda", ClaimKind::Withdrew) == V {"government"});
    const auto drove = extract("On Monday Turkish-backed factions drove the SDF out of Manbij.");
    CHECK(on(drove, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    // Not a way passed: "drove north from Homs" names no loser and no capture of Homs.
    const auto passed = extract("On Monday the rebels drove north from Homs.");
    CHECK(on(passed, "homs", ClaimKind::Captured).empty());
}

TEST_CASE("round 18b: \"HTS and its allies\" before a verb are its subject, not a noun naming no actor")
{
    const auto allies = extract("On the opening day HTS and its allies overran Urum al-Sughra.");
    CHECK(on(allies, "urum", ClaimKind::Captured) == V {"hts"});
    const auto controlled = extract("By Saturday, HTS and its allies controlled most of Aleppo.");
    CHECK(on(controlled, "aleppo", ClaimKind::Controls) == V {"hts"});
}

TEST_CASE("round 18b: \"were (among) the first to reach central Damascus\" is an entry")
{
    const auto first = extract("On Sunday, fighters of the Southern Operations Room were the first to reach Damascus.");
    CHECK(on(first, "damascus", ClaimKind::Entered) == V {"sor"});
    const auto among = extract("On Sunday, the Southern Operations Room was among the first to reach central Damascus.");
    CHECK(on(among, "damascus", ClaimKind::Entered) == V {"sor"});
}

TEST_CASE("round 18b: footage that shows an actor in a place puts it there, and an apposition's \"capital of\" is no object")
{
    const auto tanks = extract("Footage filmed on Monday showed Israeli tanks in Baath City, the administrative capital "
                               "of Quneitra governorate.");
    CHECK(on(tanks, "baath", ClaimKind::Entered) == V {"israel"});
    CHECK(on(tanks, "gov-quneitra", ClaimKind::Entered).empty());
    const auto streets = extract("Unverified footage appears to show opposition fighters in the streets of Latakia.");
    CHECK(on(streets, "latakia", ClaimKind::Entered) == V {"opposition"});
    // Not "in control of" (its own trigger), nor people who are no actor.
    const auto residents = extract("Footage showed residents in Damascus celebrating.");
    CHECK(on(residents, "damascus", ClaimKind::Entered).empty());
}

TEST_CASE("round 18b: \"the city's military airport\" is the airport near it, whatever the case of \"airport\" in its name")
{
    const auto its = extract("HTS fighters entered Tabqa on Wednesday. They also took over the city's military airport.");
    CHECK(on(its, "tabqa-airport", ClaimKind::Captured) == V {"hts"});
}

TEST_CASE("round 18b: \"X were handed (over) to Y\" is Y's capture of X, not of a place with its own verb")
{
    const auto handed = extract("On the Sunday Damascus fell, the \"security squares\" in Qamishli and Hasakah were "
                                "handed to the SDF.");
    CHECK(on(handed, "qamishli", ClaimKind::Captured) == V {"sdf"});
    CHECK(on(handed, "hasakah", ClaimKind::Captured) == V {"sdf"});
    CHECK(on(handed, "damascus", ClaimKind::Captured) != V {"sdf"});
    const auto over = extract("The town of Manbij was handed over to the SNA on Monday.");
    CHECK(on(over, "manbij", ClaimKind::Captured) == V {"sna"});
}

TEST_CASE("round 18b: \"the withdrawal of former regime forces and security services from the city\"")
{
    const auto former = extract("The factions entered Latakia on Sunday evening, following the withdrawal of former "
                                "regime forces and security services from the city.");
    CHECK(on(former, "latakia", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 18b: \"the hill\", \"the mountain\" are the height named before")
{
    const auto hill = extract("Rebels attacked Jabal Zain al-Abidin on Wednesday. The hill fell late that night, HTS "
                              "said.");
    CHECK(on(hill, "zain", ClaimKind::Captured) == V {"hts"});
    const auto mountain = extract("Rebels attacked Jabal Zain al-Abidin on Thursday. By the afternoon, the army had "
                                  "withdrawn from the mountain.");
    CHECK(on(mountain, "zain", ClaimKind::Withdrew) == V {"government"});
}
