// Round 48 (10 Dec, actors and state-media denials, third pass): the side that left a captured
// place when a possessive names it ("the regime's customs and security personnel"), and a speaker
// who says reports are false denies them. Places are found by name search (claimtesthelpers.h),
// so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/actormatcher.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround48: 'after the regime's customs and security personnel left their posts' is the army's withdrawal")
{
    auto claims = extract("Earlier on Friday, fighters took over the Nasib border crossing with Jordan after the "
                          "regime's customs and security personnel left their posts.");
    CHECK(testing::on(claims, "nasib", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::dayOf(claims, "nasib", ClaimKind::Withdrew) == "2024-12-06");
    // Guard: a possessive that owns no actor ("the regime's collapse") is still nobody's withdrawal.
    claims = extract("Rebels took Aleppo on Friday after the regime's collapse in Idlib left the city exposed.");
    CHECK(testing::on(claims, "aleppo", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "aleppo", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
}

TEST_CASE("claimround48: 'took control of Hama, with government forces largely pulling out' is the army's withdrawal")
{
    auto claims = extract("Rebels took control of Hama on Friday, with government forces largely pulling out.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Withdrew) == "2024-12-06");
    // Guards: a participle that names its own place tells of that place, and "with" plus no
    // withdrawal tells of nobody leaving.
    claims = extract("Rebels took control of Hama on Friday, with government forces pulling out of Homs.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    claims = extract("Rebels took control of Hama on Friday, with help from residents.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround48: the scenario names Iran's advisers and the 'resistance' allies as the Iran-backed militias")
{
    // "A Syrian military source denied reports … that allied resistance advisers had left the city
    // of Albu Kamal": state media's "resistance" is Iran's axis; the IRGC by its full name too.
    const auto actors = text::loadActorsCsv(SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12/actors.csv");
    REQUIRE(actors);
    const text::ActorMatcher m(*actors);
    auto found = m.find("Reports said allied resistance advisers had left the city of Albu Kamal.");
    REQUIRE_FALSE(found.empty());
    CHECK(found.back().actorId == "iran-militias");
    found = m.find("Iranian advisers and the Islamic Revolutionary Guard Corps left Aleppo.");
    REQUIRE(found.size() >= 2);
    CHECK(found.front().actorId == "iran-militias");
    CHECK(found.back().actorId == "iran-militias");
    // Guard: "resistance" alone is no actor ("met little resistance in Hama").
    found = m.find("The rebels met little resistance in Hama.");
    CHECK(std::none_of(found.begin(), found.end(), [](const auto& a) { return a.actorId == "iran-militias"; }));
}
