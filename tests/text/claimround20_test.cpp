// Round 20 (7 Dec, on heldout23–28's misses): a time inside a verb's phrase ("withdrew on Friday
// from"), lists that go on past a border crossing or "as well as", an adjective before "city of",
// agentless passives with irregular participles ("was overrun"), and the names opposition and Arab
// media give fighters ("revolutionaries", "the occupation army"). Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

using testing::dayOf;
using testing::on;
using V = std::vector<std::string>;

} // namespace

TEST_CASE("round 20: a time between a verb and the rest of its phrase")
{
    auto claims = extract("In the east, Assad's forces withdrew on Friday from Palmyra.");
    CHECK(on(claims, "palmyra", ClaimKind::Withdrew) == V {"government"});
    CHECK(dayOf(claims, "palmyra", ClaimKind::Withdrew) == "2024-12-06");
    claims = extract("Government forces pulled out late on Friday afternoon from Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    claims = extract("\"Our forces restored control on Monday over the town of Talbiseh,\" the army said.");
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"government"});
    CHECK(dayOf(claims, "talbiseh", ClaimKind::Captured) == "2024-12-02");
    // Only a time is stepped over: "withdrew troops from" is another phrase.
    claims = extract("Rebels advanced on Friday toward Hama.");
    CHECK(on(claims, "hama", ClaimKind::Entered).empty());
    CHECK(on(claims, "hama", ClaimKind::Captured).empty());
}

TEST_CASE("round 20: a list goes on past a border crossing and 'as well as'")
{
    const auto claims = extract("Local factions launched an offensive on Friday, seizing the Nasib border crossing "
                                "with Jordan as well as the towns of Rastan, Talbiseh and Sanamayn.");
    CHECK(on(claims, "nasib", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "sanamayn", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "jordan", ClaimKind::Captured).empty());
    const auto comma = extract("Rebels seized the Nasib border crossing, Rastan and Talbiseh.");
    CHECK(on(comma, "talbiseh", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("round 20: an adjective before 'city of' keeps a near object near")
{
    auto claims = extract("Government forces also abandoned the desert city of Palmyra on Saturday.");
    CHECK(on(claims, "palmyra", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Rebel fighters took the ancient city of Palmyra.");
    CHECK(on(claims, "palmyra", ClaimKind::Captured) == V {"opposition"});
    // Two words between are still too far for a bare "took".
    claims = extract("The rebels took the long road to the city of Palmyra.");
    CHECK(on(claims, "palmyra", ClaimKind::Captured).empty());
}

TEST_CASE("round 20: an agentless passive with an irregular participle")
{
    auto claims = extract("Most of Aleppo fell to the rebels on Saturday. The Kuweires air base was overrun on "
                          "Saturday night, according to a monitor.");
    CHECK(on(claims, "kuweires", ClaimKind::Captured) == V {"opposition"});
    claims = extract("Rebels advanced through the night. Hama was taken on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"opposition"});
    // "held" is not read so: "detainees, some of whom had been held for decades".
    claims = extract("HTS fighters freed the detainees of Mezzeh, some of whom had been held for decades.");
    CHECK(on(claims, "mezzeh", ClaimKind::Controls).empty());
}

TEST_CASE("round 20: 'revolutionaries', 'the occupation army', and units nobody names")
{
    auto claims = extract("Revolutionaries have stormed Mezzeh.", "Orient News");
    CHECK(on(claims, "mezzeh", ClaimKind::Entered) == V {"opposition"});
    claims = extract("The occupation army has moved into Quneitra.", "Al Mayadeen");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
    claims = extract("Turkish occupation forces entered Manbij.", "ANHA");
    CHECK(on(claims, "manbij", ClaimKind::Entered) == V {"turkey"});
    // Bare "units" are the army's, as "troops" are; a unit's own adjective names somebody else's.
    claims = extract("A military source told the paper that units pulled out of Rastan on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Commando units took Quneitra on Sunday.");
    CHECK(on(claims, "quneitra", ClaimKind::Captured).empty());
    // "troops and security staff": one subject.
    claims = extract("Troops and security staff had abandoned Mezzeh.");
    CHECK(on(claims, "mezzeh", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 20: 'since then' with a present perfect spans the days since the story's day")
{
    const auto since = extract("Israeli forces entered the Golan Heights on 2 December. Since then, Israeli troops "
                               "have moved into Quneitra.");
    const auto* c = testing::findClaim(since, "quneitra", ClaimKind::Entered);
    REQUIRE(c);
    CHECK(c->time.precision == core::TimePrecision::Week);
    CHECK(dayOf(since, "quneitra", ClaimKind::Entered) == "2024-12-02");
    // Without it the present perfect is news of the day of publication.
    const auto now = extract("Israeli forces entered the Golan Heights on 2 December. Israeli troops have moved into "
                             "Quneitra.");
    const auto* d = testing::findClaim(now, "quneitra", ClaimKind::Entered);
    REQUIRE(d);
    CHECK(d->time.precision == core::TimePrecision::Day);
    CHECK(dayOf(now, "quneitra", ClaimKind::Entered) == "2024-12-07");
}

TEST_CASE("round 20: a patron named after the actor is part of the subject")
{
    auto claims = extract("Iraqi militias loyal to Tehran pulled out of Albu Kamal on Friday.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"iran-militias"});
    claims = extract("Army units and allied Iraqi factions pulled out of Albu Kamal on Friday.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"government", "iran-militias"});
    claims = extract("Syrian officials abandoned the Nasib border crossing on Sunday morning.");
    CHECK(on(claims, "nasib", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 20: announced captures, quoted 'full control', forces sent into a place")
{
    auto claims = extract("The Military Operations Command announced the liberation of Rastan and Talbiseh.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"hts"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"hts"});
    // A capture recalled in passing still only tells who holds the place.
    claims = extract("Since the liberation of Rastan by HTS, life has returned to the market.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
    claims = extract("Shortly before dawn, HTS announced that it had taken \"full control\" of Homs.");
    CHECK(on(claims, "homs", ClaimKind::Captured) == V {"hts"});
    claims = extract("Israel's military said it had deployed forces into Quneitra.");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
    claims = extract("Rebels took Aleppo on Friday. The same groups took the Kuweires air base on Saturday.");
    CHECK(on(claims, "kuweires", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("round 20: 'X followed' right after a capture is the next capture of the run")
{
    auto claims = extract("Rebels took Aleppo on Friday. Rastan and Talbiseh followed on Saturday.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"opposition"});
    CHECK(dayOf(claims, "talbiseh", ClaimKind::Captured) == "2024-12-07");
    // Not an object after it, not a place inside the subject, not without a capture before.
    claims = extract("Rebels took Aleppo on Friday. Hama followed the same pattern.");
    CHECK(on(claims, "hama", ClaimKind::Captured).empty());
    claims = extract("Rebels took Aleppo on Friday. Talks in Damascus followed.");
    CHECK(on(claims, "damascus", ClaimKind::Captured).empty());
    claims = extract("Rebels shelled Aleppo on Friday. Hama followed on Saturday.");
    CHECK(on(claims, "hama", ClaimKind::Captured).empty());
}

TEST_CASE("round 20: each object of a list its own time, and 'over the weekend' told on a weekday")
{
    // Published on Wednesday 11 December.
    const auto g = testing::seedGazetteer();
    auto claims = testing::extractWith(g, "HTS and its allies took Aleppo on Nov. 30, Hama on Dec. 5, and Homs in the "
                                          "early hours of Dec. 8.", "2024-12-11T19:05:00Z");
    CHECK(dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-11-30");
    CHECK(dayOf(claims, "hama", ClaimKind::Captured) == "2024-12-05");
    CHECK(dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-08");
    // One time for the whole list stays the list's.
    claims = testing::extractWith(g, "Rebels took Aleppo and Hama on Thursday.", "2024-12-11T19:05:00Z");
    CHECK(dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-12-05");
    CHECK(dayOf(claims, "hama", ClaimKind::Captured) == "2024-12-05");
    // The weekend just gone, with no day of it claimed; after a day named, the weekend after it.
    claims = testing::extractWith(g, "Rebel fighters moved into Palmyra over the weekend.", "2024-12-11T19:05:00Z");
    const auto* c = testing::findClaim(claims, "palmyra", ClaimKind::Entered);
    REQUIRE(c);
    CHECK(c->time.precision == core::TimePrecision::Week);
    CHECK(dayOf(claims, "palmyra", ClaimKind::Entered) == "2024-12-07");
    claims = testing::extractWith(g, "Rebels took Hama on Thursday. Over the weekend they took Homs.",
                                  "2024-12-11T19:05:00Z");
    CHECK(dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-07");
}

TEST_CASE("round 20: people with the actor, and prisoners freed from a place")
{
    auto claims = extract("Footage showed rebel fighters and civilians walking through Mezzeh.");
    CHECK(on(claims, "mezzeh", ClaimKind::Entered) == V {"opposition"});
    claims = extract("Regime soldiers and staff have abandoned Mezzeh.");
    CHECK(on(claims, "mezzeh", ClaimKind::Withdrew) == V {"government"});
    // Another named subject in the pair is not "company".
    claims = extract("Residents and journalists walked through Mezzeh.");
    CHECK(on(claims, "mezzeh", ClaimKind::Entered).empty());
    claims = extract("Gunmen freed the inmates from Mezzeh on Sunday.");
    CHECK(on(claims, "mezzeh", ClaimKind::Entered) == V {"opposition"});
    claims = extract("Rebels say they have freed hundreds of detainees from Mezzeh.");
    CHECK(on(claims, "mezzeh", ClaimKind::Entered) == V {"opposition"});
}

TEST_CASE("round 20: an offensive told over ('in which', 'along the way') claims no day of it")
{
    auto claims = extract("The collapse caps a 12-day offensive in which the insurgents captured Aleppo and Hama.");
    const auto* c = testing::findClaim(claims, "hama", ClaimKind::Captured);
    REQUIRE(c);
    CHECK(c->time.precision == core::TimePrecision::Week);
    claims = extract("Rebels marched south from Idlib, taking Aleppo and Hama along the way.");
    c = testing::findClaim(claims, "aleppo", ClaimKind::Captured);
    REQUIRE(c);
    CHECK(c->time.precision == core::TimePrecision::Week);
    // A day of its own stays.
    claims = extract("It was an offensive in which the insurgents captured Hama on Thursday.");
    CHECK(dayOf(claims, "hama", ClaimKind::Captured) == "2024-12-05");
    // A past weekend even after a later day was named.
    claims = testing::extractWith(testing::seedGazetteer(), "On Tuesday the SDF left Deir ez-Zor. Rebel fighters moved "
                                  "into Palmyra over the weekend.", "2024-12-11T19:05:00Z");
    CHECK(dayOf(claims, "palmyra", ClaimKind::Entered) == "2024-12-07");
}

TEST_CASE("round 20: 'that town', a town before a nearer city, and soldiers who slipped away")
{
    auto claims = extract("Retreating government troops pulled back to Sanamayn, on the highway north to Damascus, on "
                          "Friday night, but abandoned that town too by Saturday afternoon.");
    CHECK(on(claims, "sanamayn", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "damascus", ClaimKind::Withdrew).empty());
    // "that" before a noun that goes on is a conjunction, not a pointer.
    claims = extract("Rebels entered Homs. The governor said that city officials had left Damascus.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew).empty());
    claims = extract("That night the last soldiers slipped away from Homs through the southern districts.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 20: 'In X, …' with positions or headquarters left is a withdrawal from X")
{
    auto claims = extract("In Quneitra, the army evacuated its positions on Saturday.");
    CHECK(on(claims, "quneitra", ClaimKind::Withdrew) == V {"government"});
    claims = extract("In Albu Kamal, Iranian militias also abandoned their headquarters on Friday.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"iran-militias"});
    // Only where the sentence opens with the place: not a place named later as a landmark.
    claims = extract("Near the road to Quneitra, the army evacuated its positions on Saturday.");
    CHECK(on(claims, "quneitra", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 20: a headline gives way to the story's own telling, or claims the last day or two")
{
    const auto g = testing::seedGazetteer();
    auto article = testing::makeArticle("Rebels take Manbij as SDF cedes Palmyra\n\nRebels took Manbij on Monday after "
                                        "a week of fighting.", "2024-12-11T10:00:00Z");
    article.title = "Rebels take Manbij as SDF cedes Palmyra";
    const auto body = article.body;
    auto claims = text::extractClaims(article, testing::mentionsByName(body, g), testing::defaultActorMatcher(), g);
    // The story's Monday stays, the headline's copy is gone.
    CHECK(on(claims, "manbij", ClaimKind::Captured) == V {"opposition"});
    CHECK(dayOf(claims, "manbij", ClaimKind::Captured) == "2024-12-09");
    // Told only in the headline: the day before publication to publication, no day of it claimed.
    const auto* c = testing::findClaim(claims, "palmyra", ClaimKind::Withdrew);
    REQUIRE(c);
    CHECK(c->actor == "sdf");
    CHECK(c->time.precision == core::TimePrecision::Week);
    // A first line that is not the title is read as any sentence.
    article.title = "Another title";
    claims = text::extractClaims(article, testing::mentionsByName(body, g), testing::defaultActorMatcher(), g);
    c = testing::findClaim(claims, "palmyra", ClaimKind::Withdrew);
    REQUIRE(c);
    CHECK(c->time.precision == core::TimePrecision::Day);
}

TEST_CASE("round 20: the army's words for leaving ('redeployed out of', 'taken up positions outside')")
{
    auto claims = extract("The army had similarly redeployed out of Hama on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
    CHECK(dayOf(claims, "hama", ClaimKind::Withdrew) == "2024-12-05");
    claims = extract("Rebels entered Hama. The ministry said its units had \"redeployed and taken up positions "
                     "outside the city\".");
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
    // A passive redeployment keeps its mover: the place follows, the units are its subject.
    claims = extract("Army units stationed in Hama have been redeployed outside the city.");
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
    claims = extract("HTS captured Hama on Thursday; the Syrian command said that its units had been redeployed "
                     "outside the city.");
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Russian military police pulled out of their outpost in Tal Rifaat on Friday.");
    CHECK(on(claims, "talrifaat", ClaimKind::Withdrew) == V {"russia"});
}

TEST_CASE("round 20: 'passed into rebel hands' is a change, 'moving inside' is being inside")
{
    auto claims = extract("Latakia and Tartus passed into rebel hands without a fight on Sunday.");
    CHECK(on(claims, "latakia", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "tartus", ClaimKind::Captured) == V {"opposition"});
    // Being in one's hands is not a change.
    claims = extract("Rebels say Latakia is in their hands.");
    CHECK(on(claims, "latakia", ClaimKind::Captured).empty());
    CHECK(on(claims, "latakia", ClaimKind::Controls) == V {"opposition"});
    claims = extract("Israeli tanks were moving inside Quneitra on Sunday.");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
}

TEST_CASE("round 20: militias and allies beside a named side are that side's")
{
    auto claims = extract("Regime forces and militias withdrew from their checkpoints in Rastan and Talbiseh.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "talbiseh", ClaimKind::Withdrew) == V {"government"});
    // Two named sides stay two.
    claims = extract("Regime forces and Hezbollah withdrew from Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government", "hezbollah"});
}

TEST_CASE("round 20: a place inside an apposition to another is not what 'the city' points to")
{
    auto claims = extract("Homs, the crossroads linking Damascus with the coast, was next: government forces began "
                          "abandoning the city on Saturday.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "damascus", ClaimKind::Withdrew).empty());
    // Without the apposition the nearer city is still the one.
    claims = extract("Rebels left Homs for Damascus, and government forces began abandoning the city on Saturday.");
    CHECK(on(claims, "damascus", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 20: ', as did X' after a capture is X's capture too")
{
    auto claims = extract("Rastan fell to the rebels on Saturday, as did Talbiseh further south.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"opposition"});
    // An actor after "as did" is no place.
    claims = extract("Rebels took Hama, as did the army in 2016.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("round 20: 'days after' with no number is some days before, with no day claimed")
{
    const auto claims = testing::extractWith(testing::seedGazetteer(), "The SDF pulled out of Deir ez-Zor on Tuesday, "
                                             "days after entering it when Assad's troops left.", "2024-12-11T19:05:00Z");
    const auto* c = testing::findClaim(claims, "deirezzor", ClaimKind::Entered);
    REQUIRE(c);
    CHECK(c->time.precision == core::TimePrecision::Week);
    CHECK(dayOf(claims, "deirezzor", ClaimKind::Withdrew) == "2024-12-10");
}

TEST_CASE("round 20: 'have no truth', and what pages were publishing called 'lies and fabrications'")
{
    auto claims = extract("In a statement, the ministry said the claims of terrorist groups that they had entered Homs "
                          "\"have no truth\".", "SANA");
    CHECK(on(claims, "homs", ClaimKind::Entered) == V {"opposition/denies"});
    claims = extract("The army command said that what terrorist pages were publishing about their entry into Hama was "
                     "\"lies and fabrications\".", "SANA");
    CHECK(on(claims, "hama", ClaimKind::Entered) == V {"opposition/denies"});
    // The same words without a verdict stay a report of the entry.
    claims = extract("Terrorist pages were publishing videos of their entry into Hama.");
    CHECK(on(claims, "hama", ClaimKind::Entered) == V {"opposition"});
}

TEST_CASE("round 20: a live blog's telegraphic passive ('09:30 – Rastan fully liberated.')")
{
    auto claims = extract("08:40 – Rebel fighters pushed south from Hama.\n09:30 – Rastan fully liberated.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    // Not a place inside a phrase: "Residents of Rastan liberated from fear celebrated."
    claims = extract("Rebel fighters pushed south. Residents of Rastan liberated from fear celebrated.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
}

TEST_CASE("round 20: 'are now in X' is being inside X, 'are now in control of X' stays control")
{
    auto claims = extract("\"Our fighters are now in Sanamayn,\" a rebel commander said.");
    CHECK(on(claims, "sanamayn", ClaimKind::Entered) == V {"opposition"});
    claims = extract("Rebels are now in control of Sanamayn.");
    CHECK(on(claims, "sanamayn", ClaimKind::Entered).empty());
    CHECK(on(claims, "sanamayn", ClaimKind::Controls) == V {"opposition"});
}

TEST_CASE("round 20: 'the city' after a sentence naming a town and a city is the city")
{
    const auto claims = extract("The army said it had regained Rastan and that its units remain in full control of "
                                "Hama. SANA dismissed as \"fabricated\" reports that militants had entered the city.",
                                "SANA");
    CHECK(on(claims, "hama", ClaimKind::Entered) == V {"opposition/denies"});
    CHECK(on(claims, "rastan", ClaimKind::Entered).empty());
}

TEST_CASE("round 20: what one side calls only the other ('militants') is not the speaker's own")
{
    auto claims = extract("The army said that militants had entered Hama.");
    CHECK(on(claims, "hama", ClaimKind::Entered) == V {"opposition"});
    // Bare "troops" after what the army says are its own, as before.
    claims = extract("The army said that troops had entered Hama.");
    CHECK(on(claims, "hama", ClaimKind::Entered) == V {"government"});
}

TEST_CASE("round 20: 'regained X', and whose entry 'their entry' is")
{
    auto claims = extract("The army said on Sunday that it had regained Rastan.", "SANA");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"government"});
    // Not a place after it: "regained momentum" claims nothing.
    claims = extract("Rebels regained momentum near Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
    claims = extract("A military source denied what was circulated by terrorist groups about their entry into "
                     "Rastan.", "SANA");
    CHECK(on(claims, "rastan", ClaimKind::Entered) == V {"opposition/denies"});
}

TEST_CASE("round 20: a section heading inside the story tells nothing")
{
    auto claims = extract("Rebels took Rastan and Talbiseh on Friday.\n\nRedeployment in the South\n\nIn a statement, the army "
                          "said its units had been redeployed from Daraa.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew).empty());
    CHECK(on(claims, "daraa", ClaimKind::Withdrew) == V {"government"});
    // A line that is a sentence is read: "Rebels Seize Hama" as the story's first line is its headline.
    claims = extract("Rebels Seize Hama\n\nThe army said its units had left.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("round 20: the one forced to withdraw, and the expelled past their modifiers")
{
    auto claims = extract("Rebels forced the Syrian army to withdraw from Hama.");
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
    claims = extract("HTS forced Hezbollah to withdraw from Homs.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"hezbollah"});
    // Guard: without a causative verb the subject withdraws.
    claims = extract("HTS decided to withdraw from Homs.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"hts"});
    claims = extract("The SNA drove the Kurdish-led Syrian Democratic Forces out of the city of Manbij on Monday.");
    CHECK(on(claims, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    CHECK(on(claims, "manbij", ClaimKind::Captured) == V {"sna"});
}
