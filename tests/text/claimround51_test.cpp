// Round 51 (actors and government denials): what a pronoun stands for when the sentence names a
// patron after the group it backs, or the side a capture took a place from. Places are found by
// name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/actormatcher.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround51: 'armed groups backed by Turkey say they seized' is the groups' capture, not Turkey's")
{
    auto claims = extract("Armed groups backed by the Turkish army say they seized Tal Rifaat on Friday.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    // Guard: a patron that speaks for itself is still the speaker ("Turkish forces say they …").
    claims = extract("Turkish forces say they seized Tal Rifaat on Friday.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Captured) == std::vector<std::string>{"turkey"});
}

TEST_CASE("claimround51: 'seized X from the SDF on Sunday, and on Monday they pushed into Y' is the taker's")
{
    auto claims = extract("The Syrian National Army had seized Tal Rifaat from the SDF on Sunday, and on Friday "
                          "they pushed into Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Entered) == std::vector<std::string>{"sna"});
    // Guard: members of a group named after "from" are no loser ("fighters from the SDF, … they").
    claims = extract("Fighters from the SDF took Tal Rifaat on Sunday, and on Friday they pushed into Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Entered) == std::vector<std::string>{"sdf"});
}

TEST_CASE("claimround51: 'Israeli media reported that troops also took' X is Israel's capture")
{
    auto claims = extract("Israeli media reported that troops also took Quneitra on Friday.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == std::vector<std::string>{"israel"});
    // Guards: a rebel word in the same report stays the rebels' and Syria's own media's troops stay
    // the army's.
    claims = extract("Israeli media reported that rebels had entered Quneitra on Friday.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
    claims = extract("Syrian media reported that troops had entered Quneitra on Friday.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == std::vector<std::string>{"government"});
}

TEST_CASE("claimround51: 'after X abandoned their positions and headed towards Y' left the place entered")
{
    auto claims = extract("The SDF moved into Deir ez-Zor on Friday after government forces and Iranian-backed "
                          "militias abandoned their positions and headed towards Palmyra.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew) ==
          std::vector<std::string>{"government", "iran-militias"});
    // Guard: the withdrawal's own way ("pulled back south toward Homs") still leaves the place
    // taken without a claim, as the writers read it.
    claims = extract("Rebels took control of Rastan on Friday, after regime forces had pulled back south toward Homs.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround51: the army's '25th Special Mission Forces Division' is the government's")
{
    // "units of the 25th Special Mission Forces Division restored full control over the village of
    // Maardes": the Tiger Forces' later name.
    const auto actors = text::loadActorsCsv(SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12/actors.csv");
    REQUIRE(actors);
    const text::ActorMatcher m(*actors);
    auto found = m.find("The 25th Special Mission Forces Division restored full control over Maardes.");
    REQUIRE_FALSE(found.empty());
    CHECK(found.front().text.find("Special Mission Forces") != std::string::npos);
    CHECK(found.front().actorId == "government");
    // Guard: "special forces" alone names nobody's side ("Israeli special forces" stay Israel's).
    found = m.find("Israeli special forces entered Quneitra.");
    CHECK(std::none_of(found.begin(), found.end(), [](const auto& a) { return a.actorId == "government"; }));
}
