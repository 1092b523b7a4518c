// Round 71: a convoy or column of a named force is that force ("The last convoy of the Syrian army
// left the Albu Kamal crossing at around 1:30 a.m.": the army left), as "convoys of" and "columns of"
// already were (claimsubjects.cpp). Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround71: 'the last convoy of the Syrian army left Albu Kamal' is the army's withdrawal")
{
    auto claims = extract("The last convoy of the Syrian army left Albu Kamal on Friday.");
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::dayOf(claims, "abukamal", ClaimKind::Withdrew) == "2024-12-06");
    claims = extract("A column of rebel fighters entered Hama on Thursday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
    // Guard: a convoy of civilians is nobody's withdrawal, nor the army's it travels with.
    claims = extract("The last convoy of civilians left Albu Kamal on Friday.");
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround71: 'brought X under their control' is a capture, with the examples after 'among them'")
{
    auto claims = extract("On Friday the rebels brought Rastan and Talbiseh under their control.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    CHECK(testing::on(claims, "rastan", ClaimKind::Controls).empty());
    claims = extract("On Friday the rebels brought more than a dozen villages under their control, among them Rastan and "
                     "Talbiseh.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    // Guards: a participle of the result tells the state it left; ", and" opens a clause of its own.
    claims = extract("On Friday the rebels captured Rastan, bringing Talbiseh under opposition control.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Captured).empty());
    claims = extract("The army brought reinforcements on Friday, and Hama remained under its control.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured).empty());
}
