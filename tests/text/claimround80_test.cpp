// Round 80 (7 Dec): the verbs and phrases of control, tested from the language, not from the gold: how
// news copy says a force took, entered, held, lost, left, surrendered, besieged or fought over a place.
// Places are found by name search (claimtesthelpers.h), so these test the extractor apart from the
// geoparser. Still no claim (left for later rounds): "fell into the hands of", "made inroads into",
// "cleared" / "mopped up" a town, "cut off", "closed in on", "tightened the noose around", "shelled",
// "overwhelmed", "snatched", "routed the army from", "ran from", "escaped from", "fell back from",
// "Hama has fallen" (no agent), "troops in Rastan surrendered", "Having captured Hama on Thursday, HTS".
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string_view>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

struct Row {
    ClaimKind kind;
    std::string_view place;
    std::string_view sentence;
};

// clang-format off
const Row kRows[] = {
        {ClaimKind::Captured, "talbiseh", "Rebels overran Talbiseh on Tuesday."},
        {ClaimKind::Captured, "hama", "HTS fighters wrested control of Hama on Thursday."},
        {ClaimKind::Captured, "talbiseh", "Rebels retook Talbiseh on Monday."},
        {ClaimKind::Captured, "talbiseh", "Government forces recaptured Talbiseh on Wednesday."},
        {ClaimKind::Captured, "rastan", "The army regained Rastan on Friday."},
        {ClaimKind::Captured, "hama", "Hama fell to HTS fighters on Thursday."},
        {ClaimKind::Captured, "rastan", "Rastan was lost to the rebels on Friday."},
        {ClaimKind::Entered, "hama", "Rebels swept into Hama on Thursday."},
        {ClaimKind::Entered, "homs", "HTS fighters rolled into Homs on Saturday."},
        {ClaimKind::Entered, "hama", "Rebel fighters marched into Hama on Thursday."},
        {ClaimKind::Entered, "rastan", "Rebels poured into Rastan on Friday."},
        {ClaimKind::Entered, "talbiseh", "HTS advanced into Talbiseh on Friday."},
        {ClaimKind::Entered, "talbiseh", "Rebels pushed into Talbiseh on Tuesday."},
        {ClaimKind::Contested, "hama", "HTS fighters breached Hama's defences on Wednesday."},
        {ClaimKind::Entered, "rastan", "Rebels stormed Rastan on Friday."},
        {ClaimKind::Captured, "talbiseh", "HTS fighters secured Talbiseh on Friday."},
        {ClaimKind::Captured, "hama", "Rebels raised their flag over Hama on Thursday."},
        {ClaimKind::Captured, "rastan", "HTS fighters planted their flag in Rastan on Friday."},
        {ClaimKind::Captured, "homs", "HTS took over Homs on Saturday."},
        {ClaimKind::Captured, "hama", "Rebels seized Hama on Thursday."},
        {ClaimKind::Captured, "rastan", "HTS captured Rastan on Friday."},
        {ClaimKind::Captured, "talbiseh", "HTS gained control of Talbiseh on Friday."},
        {ClaimKind::Controls, "hama", "Hama is in the hands of HTS, a spokesman said on Saturday."},
        {ClaimKind::Controls, "rastan", "Rastan is now held by the rebels, the monitor said on Saturday."},
        {ClaimKind::Withdrew, "hama", "The army lost control of Hama on Thursday."},
        {ClaimKind::Withdrew, "talbiseh", "The army ceded Talbiseh to the rebels on Tuesday."},
        {ClaimKind::Withdrew, "rastan", "The army gave up Rastan on Friday."},
        {ClaimKind::Withdrew, "talbiseh", "The army handed over Talbiseh to the rebels on Friday."},
        {ClaimKind::Withdrew, "hama", "Government troops evacuated Hama on Thursday."},
        {ClaimKind::Withdrew, "rastan", "Government forces abandoned Rastan on Friday."},
        {ClaimKind::Withdrew, "hama", "Government forces pulled out of Hama on Thursday."},
        {ClaimKind::Withdrew, "homs", "The army withdrew from Homs on Saturday."},
        {ClaimKind::Withdrew, "rastan", "Government troops retreated from Rastan on Friday."},
        {ClaimKind::Withdrew, "homs", "Government soldiers fled Homs on Saturday."},
        {ClaimKind::Withdrew, "homs", "Government forces melted away from Homs on Saturday."},
        {ClaimKind::Withdrew, "talbiseh", "The army vacated Talbiseh on Friday."},
        {ClaimKind::Withdrew, "talbiseh", "The army relinquished Talbiseh on Tuesday."},
        {ClaimKind::Captured, "talbiseh", "Talbiseh was overrun by rebels on Tuesday."},
        {ClaimKind::Besieged, "homs", "Rebels laid siege to Homs on Saturday."},
        {ClaimKind::Besieged, "homs", "HTS fighters encircled Homs on Saturday."},
        {ClaimKind::Besieged, "homs", "Rebels besieged Homs on Saturday."},
        {ClaimKind::Contested, "hama", "Rebels and government troops battled for Hama on Wednesday."},
        {ClaimKind::Captured, "hama", "Hama was captured by HTS on Thursday."},
        {ClaimKind::Captured, "hama", "Hama was seized by rebels on Thursday."},
        {ClaimKind::Captured, "talbiseh", "Talbiseh was retaken by government forces on Monday."},
        {ClaimKind::Captured, "talbiseh", "Talbiseh was recaptured by government forces on Monday."},
        {ClaimKind::Captured, "hama", "Hama was taken by rebels on Thursday."},
        {ClaimKind::Captured, "rastan", "Rastan was liberated by rebels on Friday."},
        {ClaimKind::Captured, "rastan", "Rastan was taken over by HTS on Friday."},
        {ClaimKind::Captured, "homs", "Homs has been captured by HTS, the group said on Saturday."},
        {ClaimKind::Captured, "rastan", "After seizing Rastan on Friday, rebels moved on Homs."},
        {ClaimKind::Captured, "hama", "The capture of Hama by HTS on Thursday shocked Damascus."},
        {ClaimKind::Captured, "hama", "The rebel takeover of Hama on Thursday was swift."},
        {ClaimKind::Captured, "rastan", "The rebels' seizure of Rastan on Friday opened the road."},
        {ClaimKind::Entered, "hama", "Rebels entered Hama on Thursday."},
        {ClaimKind::Entered, "homs", "HTS fighters were seen inside Homs on Saturday."},
        {ClaimKind::Captured, "rastan", "Rebels gained control over Rastan on Friday."},
        {ClaimKind::Captured, "rastan", "Rebels seized control of Rastan on Friday."},
        {ClaimKind::Captured, "homs", "HTS fighters took control of Homs on Saturday."},
        {ClaimKind::Captured, "talbiseh", "Rebels wrested Talbiseh from the army on Friday."},
        {ClaimKind::Captured, "talbiseh", "Rebels won control of Talbiseh on Tuesday."},
        {ClaimKind::Captured, "hama", "Rebels took Hama on Thursday."},
        {ClaimKind::Captured, "hama", "HTS fighters conquered Hama on Thursday."},
        {ClaimKind::Captured, "hama", "Rebels drove government forces out of Hama on Thursday."},
        {ClaimKind::Captured, "rastan", "Rebels expelled government forces from Rastan on Friday."},
        {ClaimKind::Captured, "talbiseh", "Rebels ousted the army from Talbiseh on Friday."},
        {ClaimKind::Captured, "talbiseh", "Rebels pushed the army out of Talbiseh on Tuesday."},
        {ClaimKind::Captured, "rastan", "Rebels chased the army out of Rastan on Friday."},
        {ClaimKind::Controls, "hama", "HTS controls Hama, a spokesman said on Saturday."},
        {ClaimKind::Controls, "rastan", "Rebels now hold Rastan, a spokesman said on Saturday."},
        {ClaimKind::Controls, "homs", "Homs remains in government hands, state media said on Saturday."},
        {ClaimKind::Controls, "rastan", "Rastan is under rebel control, a spokesman said on Saturday."},
        {ClaimKind::Controls, "rastan", "Rastan remains under the control of the rebels, a spokesman said on Saturday."},
        {ClaimKind::Controls, "homs", "The army still holds Homs, state media said on Saturday."},
        {ClaimKind::Controls, "hama", "Hama, now under HTS control, was calm on Saturday."},
        {ClaimKind::Withdrew, "hama", "Government forces withdrew from Hama on Thursday."},
        {ClaimKind::Withdrew, "hama", "The army pulled its troops out of Hama on Thursday."},
        {ClaimKind::Withdrew, "hama", "The army said on Thursday it had redeployed its forces outside Hama."},
        {ClaimKind::Withdrew, "rastan", "Government troops fled from Rastan on Friday."},
        {ClaimKind::Withdrew, "rastan", "Government troops abandoned their positions in Rastan on Friday."},
        {ClaimKind::Withdrew, "rastan", "Government forces left Rastan on Friday."},
        {ClaimKind::Withdrew, "hama", "Government troops were driven out of Hama on Thursday."},
        {ClaimKind::Withdrew, "rastan", "Government troops were forced out of Rastan on Friday."},
        {ClaimKind::Withdrew, "hama", "The army's withdrawal from Hama on Thursday stunned loyalists."},
        {ClaimKind::Withdrew, "hama", "Government troops retreated from Hama on Thursday."},
        {ClaimKind::Withdrew, "hama", "The army lost Hama on Thursday."},
        {ClaimKind::Withdrew, "talbiseh", "The army handed Talbiseh over to the rebels on Friday."},
        {ClaimKind::Withdrew, "rastan", "Government troops deserted Rastan on Friday."},
        {ClaimKind::Surrendered, "talbiseh", "The garrison in Talbiseh surrendered to the rebels on Tuesday."},
        {ClaimKind::Besieged, "homs", "Rebels surrounded Homs on Saturday."},
        {ClaimKind::Besieged, "homs", "Homs was encircled by rebels on Saturday."},
        {ClaimKind::Besieged, "homs", "Homs was besieged by HTS on Saturday."},
        {ClaimKind::Besieged, "homs", "Homs was surrounded by rebels on Saturday."},
        {ClaimKind::Besieged, "homs", "The siege of Homs by HTS began on Saturday."},
        {ClaimKind::Contested, "hama", "Rebels attacked Hama on Wednesday."},
        {ClaimKind::Contested, "hama", "Rebels launched an assault on Hama on Wednesday."},
        {ClaimKind::Contested, "hama", "Clashes between rebels and the army raged around Hama on Wednesday."},
        {ClaimKind::Contested, "homs", "Rebels reached the outskirts of Homs on Friday."},
        {ClaimKind::Contested, "hama", "Rebels pressed their offensive on Hama on Wednesday."},
        {ClaimKind::Entered, "hama", "Rebels broke into Hama on Thursday."},
        {ClaimKind::Entered, "hama", "Rebels burst into Hama on Thursday."},
        {ClaimKind::Entered, "homs", "HTS fighters moved into Homs on Saturday."},
        {ClaimKind::Entered, "homs", "HTS fighters drove into Homs on Saturday."},
        {ClaimKind::Entered, "homs", "HTS fighters reached the centre of Homs on Saturday."},
        {ClaimKind::Entered, "hama", "HTS fighters penetrated Hama on Thursday."},
        {ClaimKind::Entered, "hama", "HTS fighters infiltrated Hama on Wednesday."},
        {ClaimKind::Entered, "hama", "Rebels streamed into Hama on Thursday."},
        {ClaimKind::Entered, "hama", "Rebel units crossed into Hama on Thursday."},
        {ClaimKind::Entered, "hama", "Rebels forced their way into Hama on Thursday."},
        {ClaimKind::Captured, "hama", "Rebels took full control of Hama on Thursday."},
        {ClaimKind::Captured, "hama", "HTS declared control of Hama on Thursday."},
        {ClaimKind::Captured, "hama", "Hama passed into rebel hands on Thursday."},
        {ClaimKind::Captured, "hama", "Hama fell under rebel control on Thursday."},
        {ClaimKind::Captured, "hama", "Hama came under rebel control on Thursday."},
        {ClaimKind::Captured, "rastan", "Rastan fell to the rebels without a fight on Friday."},
        {ClaimKind::Captured, "rastan", "Rebels said on Friday they had liberated Rastan."},
        {ClaimKind::Captured, "rastan", "HTS claimed the capture of Rastan on Friday."},
        {ClaimKind::Captured, "rastan", "HTS announced on Friday that it had taken Rastan."},
        {ClaimKind::Captured, "talbiseh", "HTS fighters grabbed Talbiseh on Tuesday."},
        {ClaimKind::Withdrew, "talbiseh", "The army has been pushed out of Talbiseh, rebels said on Tuesday."},
        {ClaimKind::Withdrew, "rastan", "The army evacuated its forces from Rastan on Friday."},
        {ClaimKind::Withdrew, "rastan", "The army pulled back from Rastan on Friday."},
        {ClaimKind::Withdrew, "rastan", "Troops were withdrawn from Rastan on Friday."},
        {ClaimKind::Withdrew, "rastan", "Troops were pulled out of Rastan on Friday."},
        {ClaimKind::Withdrew, "hama", "Hama was abandoned by government forces on Thursday."},
        {ClaimKind::Withdrew, "rastan", "Rastan was evacuated by government troops on Friday."},
        {ClaimKind::Withdrew, "hama", "The army gave up control of Hama on Thursday."},
        {ClaimKind::Withdrew, "hama", "The army handed control of Hama to the rebels on Thursday."},
        {ClaimKind::Withdrew, "hama", "The army ceded control of Hama on Thursday."},
};
// clang-format on

} // namespace

TEST_CASE("claimround80: the phrase list of control: each sentence gives its kind on its place")
{
    for (const auto& r : kRows) {
        CAPTURE(r.sentence);
        const auto claims = extract(std::string(r.sentence));
        CHECK(testing::findClaim(claims, r.place, r.kind) != nullptr);
    }
}

TEST_CASE("claimround80: 'was lost to the rebels' is their capture, 'lost to history' is none")
{
    auto claims = extract("Rastan was lost to the rebels on Friday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) == "2024-12-06");
    claims = extract("Rastan was lost to history after the war.");
    CHECK(claims.empty());
}

TEST_CASE("claimround80: 'came / fell under the control of' is a capture, 'fell under rebel fire' is none")
{
    auto claims = extract("Hama came under the control of HTS on Thursday.");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Captured) != nullptr);
    claims = extract("Hama fell under rebel control on Thursday.");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Captured) != nullptr);
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Controls) == nullptr);
    CHECK(extract("Hama fell under rebel fire on Thursday.").empty());
    CHECK(extract("Hama fell under heavy shelling on Thursday.").empty());
    CHECK(extract("Hama fell under the jurisdiction of the governor in 2011.").empty());
}

TEST_CASE("claimround80: 'fighting raged in' is a fight there, 'fighting raged' with the place elsewhere is none")
{
    auto claims = extract("Rebels said fighting raged in Hama on Wednesday.");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Contested) != nullptr);
    claims = extract("Rebels said clashes erupted in Rastan on Friday.");
    CHECK(testing::findClaim(claims, "rastan", ClaimKind::Contested) != nullptr);
    CHECK(extract("The talks in Hama collapsed on Thursday.").empty());
}

TEST_CASE("claimround80: 'relinquished', 'deserted', 'ceded control of' are a withdrawal, 'the deserted streets' is none")
{
    auto claims = extract("The army relinquished Talbiseh on Tuesday.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    claims = extract("Government troops deserted Rastan on Friday.");
    CHECK(testing::findClaim(claims, "rastan", ClaimKind::Withdrew) != nullptr);
    claims = extract("The army ceded control of Hama on Thursday.");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Withdrew) != nullptr);
    claims = extract("The army gave up control of Hama on Thursday.");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Withdrew) != nullptr);
    CHECK(extract("The deserted streets of Hama were quiet on Thursday.").empty());
    CHECK(extract("Residents deserted their homes in Hama on Thursday.").empty());
    CHECK(extract("The governor handed control of the budget to Hama officials on Thursday.").empty());
}

TEST_CASE("claimround80: near-miss uses of the verbs of control make no claim")
{
    CHECK(extract("Workers cleared the road to Hama on Thursday.").empty());
    CHECK(extract("The governor of Hama secured funding on Thursday.").empty());
    CHECK(extract("The delegate stormed out of the meeting in Homs on Saturday.").empty());
    CHECK(extract("Rastan came under fire on Friday.").empty());
}
