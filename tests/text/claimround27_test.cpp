// Round 27 (7 Dec, kinds and actors in telegraphic, live-blog and local-outlet copy, on the misses
// of heldout26-34): a liberation nobody is named as doing, said by a side; a town liberated "by its
// own sons"; a town handed over by people who are no side; an agentless capture in a time clause
// after a gain in its own sentence. Places are found by name search (claimtesthelpers.h), so these
// test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

using testing::on;
using V = std::vector<std::string>;

} // namespace

TEST_CASE("round 27: a liberation nobody is named as doing is the speaking side's own")
{
    auto claims = extract("02:30 - Homs is fully liberated, the Military Operations Command announced.");
    CHECK(on(claims, "homs", ClaimKind::Captured) == V {"hts"});
    // Not the side the live blog spoke of before.
    claims = extract("20:30 - The Southern Operations Room took full control of Daraa.\n\n"
                     "02:30 - Homs is fully liberated, the Military Operations Command announced.");
    CHECK(on(claims, "homs", ClaimKind::Captured) == V {"hts"});
    // Guard: "captured" is no victor's word, and residents are no side.
    claims = extract("Homs was captured on Saturday, the Military Operations Command said.");
    CHECK(on(claims, "homs", ClaimKind::Captured).empty());
    claims = extract("Homs is fully liberated, residents said.");
    CHECK(on(claims, "homs", ClaimKind::Captured).empty());
}

TEST_CASE("round 27: a town liberated by its own sons is the opposition's, an unknown agent nobody's")
{
    auto claims = extract("On Friday evening, regime forces shelled Talbiseh. Rastan, the largest town in the "
                          "countryside, was liberated at dawn on Saturday by its own sons.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    // Not the side named in the relative clause after it.
    claims = extract("Rastan was liberated at dawn on Saturday by its own sons, who took over the Military "
                     "Security branch.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    // Guard: an agent the matcher does not know is not the side the article spoke of before.
    claims = extract("On Friday evening, regime forces shelled Talbiseh. Rastan was taken over on Saturday by "
                     "local notables.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
    // Guard: a time after "by" is no agent; the fallback stays.
    claims = extract("Rebels advanced on Friday. Rastan was captured by dawn on Saturday.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("round 27: a town handed over by people who are no side is the taker's capture")
{
    auto claims = extract("Elders of the Ismaili community in Salamiyah handed the town over to the rebels on "
                          "Friday, residents said.");
    CHECK(on(claims, "salamiyah", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "salamiyah", ClaimKind::Withdrew).empty());
    claims = extract("Local dignitaries handed Rastan over to rebels on Saturday, a resident said.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    // Guard: a giver who is a side still loses it; a taker who is no side takes nothing.
    claims = extract("The SDF handed Manbij over to the Military Operations Command on Saturday.");
    CHECK(on(claims, "manbij", ClaimKind::Captured) == V {"hts"});
    CHECK(on(claims, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    claims = extract("Elders handed Rastan over to the residents on Saturday.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
}

TEST_CASE("round 27: a place that fell in a time clause after a gain fell to the side that gained")
{
    auto claims = extract("Rebels entered Homs on Saturday, a day before the capital fell.");
    CHECK(on(claims, "damascus", ClaimKind::Captured) == V {"opposition"});
    claims = extract("The rebels took Rastan on Saturday, shortly before Homs fell.");
    CHECK(on(claims, "homs", ClaimKind::Captured) == V {"opposition"});
    // Guard: a place after "after" with no verb of its own is the event's, not the subject.
    claims = extract("Two days after Hama, Homs fell to the rebels.");
    CHECK(on(claims, "hama", ClaimKind::Captured).empty());
    CHECK(on(claims, "homs", ClaimKind::Captured) == V {"opposition"});
    // Guard: a withdrawal nobody is named for is not the gaining side's.
    claims = extract("Rebels entered Homs on Saturday hours after the withdrawal.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 27: an actor that was in a place by a time had arrived there")
{
    auto claims = extract("Homs fell on Friday, and by dawn on Saturday HTS's men were in Damascus.");
    CHECK(on(claims, "damascus", ClaimKind::Entered) == V {"hts"});
    claims = extract("Rebels took Homs on Friday. By dawn the next day they were in Damascus.");
    CHECK(on(claims, "damascus", ClaimKind::Entered) == V {"opposition"});
    // Guard: with no "by" time it is a visit, not an arrival; "were in control of" stays control.
    claims = extract("Rebel delegates were in Damascus on Saturday for talks.");
    CHECK(on(claims, "damascus", ClaimKind::Entered).empty());
    claims = extract("By Saturday, HTS-led fighters were in control of Latakia.");
    CHECK(on(claims, "latakia", ClaimKind::Entered).empty());
    CHECK(on(claims, "latakia", ClaimKind::Controls) == V {"hts"});
}

TEST_CASE("round 27: a quoted liberation is a capture")
{
    auto claims = extract("16:05 - The commander of the Military Operations Command announced the \"liberation\" "
                          "of Hama.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"hts"});
    // Guard: a quoted word that is no capture ("redeployment") is not one.
    claims = extract("The army command announced the \"redeployment\" of Hama units.");
    CHECK(on(claims, "hama", ClaimKind::Captured).empty());
}

TEST_CASE("round 27: an owner named in a subject's object is not whom the next sentence's pronoun means")
{
    auto claims = extract("On Friday HTS fighters stormed the regime's lines near Idlib. By the afternoon they had "
                          "liberated Rastan and Talbiseh.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"hts"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"hts"});
    // Guard: an owner that opens the sentence is its subject's side.
    claims = extract("On Friday the regime's artillery shelled the lines near Idlib. By the afternoon they had "
                     "retaken Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"government"});
}

TEST_CASE("round 27: soldiers who abandoned their posts across a city withdrew from it")
{
    auto claims = extract("Troops and police abandoned their posts across Damascus on Saturday, residents said.");
    CHECK(on(claims, "damascus", ClaimKind::Withdrew) == V {"government"});
    claims = extract("The army melted away on Saturday morning: soldiers abandoned their positions across the "
                     "capital.");
    CHECK(on(claims, "damascus", ClaimKind::Withdrew) == V {"government"});
    // Guard: posts manned across a city are held, not left.
    claims = extract("Soldiers manned their posts across Damascus on Saturday.");
    CHECK(on(claims, "damascus", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 27: what a side declares after a colon is declared")
{
    auto claims = extract("06:18 - In a statement, the Military Operations Command declared: \"The city of Damascus "
                          "is free of the tyrant Bashar al-Assad.\"");
    CHECK(on(claims, "damascus", ClaimKind::Captured) == V {"hts"});
    // Guard: a colon after another verb still ends its clause.
    claims = extract("The Military Operations Command said: \"The city of Damascus is free of the tyrant.\"");
    CHECK(on(claims, "damascus", ClaimKind::Captured).empty());
}

TEST_CASE("round 27: a capture by a named side does not give way to another side's hold")
{
    auto claims = extract("Only the day before, state television had insisted that the army still held Homs. Shortly "
                          "before dawn on Saturday, HTS announced that it had taken \"full control\" of Homs.");
    CHECK(on(claims, "homs", ClaimKind::Captured) == V {"hts"});
    CHECK(on(claims, "homs", ClaimKind::Controls) == V {"government"});
    // Guard: a weaker hold still gives way to another side's stronger one.
    claims = extract("The SDF still held Deir ez-Zor on Saturday. The rebels, whose string of victories includes "
                     "Hama, also hold Deir ez-Zor.");
    CHECK(on(claims, "deirezzor", ClaimKind::Controls) == V {"sdf"});
}

TEST_CASE("round 27: a passive's agent is its own, not the next verb's")
{
    auto claims = extract("Palmyra, abandoned by the army on Friday, is now held by the US-backed Syrian Free Army.");
    CHECK(on(claims, "palmyra", ClaimKind::Withdrew) == V {"government"});
    // Guard: an agent after a time in the passive's own phrase is still its agent.
    claims = extract("Manbij was captured on Saturday afternoon by the Syrian National Army.");
    CHECK(on(claims, "manbij", ClaimKind::Captured) == V {"sna"});
}
