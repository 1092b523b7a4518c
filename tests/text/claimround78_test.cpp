// Round 78: places found but left without a claim. Units "redeployed to new defensive lines" left
// where they stood (claimlexicon.cpp), and a list of places after the units is one place phrase of
// the subject (claimagent.cpp placedSubject); people counted with the fighters who left are their
// company, and "Rebels in the south, who took …" binds the relative clause to the rebels
// (claimsubjectcompany.cpp). Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround78: units redeployed to new defensive lines left where they stood")
{
    auto claims = extract("On Friday the army announced that units stationed in Rastan had been redeployed to new "
                          "defensive lines.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::on(claims, "rastan", ClaimKind::Controls).empty());
    claims = extract("On Friday government troops in Hama retreated to stronger defensive lines.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: a destination the text names is still held, not left.
    claims = extract("On Friday units stationed in Rastan had been redeployed to Homs.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "homs", ClaimKind::Controls) == std::vector<std::string>{"government"});
}

TEST_CASE("claimround78: 'units stationed in X and Y had been redeployed' is the army's leaving of both")
{
    auto claims = extract("On Friday the army announced that units stationed in Rastan and Talbiseh had been "
                          "redeployed.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: the list is of places only; "and" before another noun ends the units' place phrase.
    claims = extract("On Friday units in Rastan and medics from Talbiseh had been redeployed.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround78: 'SDF fighters and some 120,000 displaced people left' is the SDF's withdrawal")
{
    auto claims = extract("On Friday SDF fighters and some 120,000 displaced people left Tal Rifaat.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Withdrew) == std::vector<std::string>{"sdf"});
    claims = extract("On Friday SDF fighters and thousands of civilians left Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew) == std::vector<std::string>{"sdf"});
    // Guard: people with a clause of their own are another subject, and so is an uncounted noun.
    claims = extract("On Friday SDF fighters and the civilians they had shielded left Tal Rifaat.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Withdrew).empty());
    claims = extract("On Friday SDF fighters and some journalists left Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround78: 'Rebels in the south, who took the city of Daraa' binds the relative to the rebels")
{
    auto claims = extract("Rebels in the south, who took the city of Daraa on Friday, say they are near Damascus.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    CHECK(testing::dayOf(claims, "daraa", ClaimKind::Captured) == "2024-12-06");
    claims = extract("Fighters of the SDF in Manbij, who left Tal Rifaat on Friday, say they will hold the city.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Withdrew) == std::vector<std::string>{"sdf"});
    // Guard: people who are no actor stay nobody's, wherever they stand.
    claims = extract("Residents in the south, who fled Daraa on Friday, say rebels are near Damascus.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Withdrew).empty());
}
