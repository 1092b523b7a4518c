// Round 54 (binding places to verbs, second pass): the seat of power a side left or took stands for
// the place it is in ("evacuated the security square in Daraa al-Mahatta"), the security compound
// is one of a sentence-opening place's institutions, and a full stop inside brackets ends no
// sentence ("In Qamishli (Syr. Qamishlo), …"). Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("claimround54: 'evacuated the security square in X' left X")
{
    auto claims = extract("Regime forces evacuated the security square in Daraa late on Friday.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Withdrew) == Strings{"government"});
    claims = extract("Regime forces left the governorate building in Hama on Thursday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Strings{"government"});
    // Guard: what is no seat of power ("their homes in Daraa") says nothing of the place.
    claims = extract("Regime forces left their homes in Daraa late on Friday.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround54: 'In X, … took over the \"security square\"' took X")
{
    auto claims = extract("In Daraa, rebels took over the former regime \"security square\" in the city centre on Friday.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Captured) == Strings{"opposition"});
    // Guard: a square that is no security compound is no institution of the place.
    claims = extract("In Daraa, rebels took over the main square on Friday.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Captured).empty());
}

TEST_CASE("claimround54: 'In X (Syr. Y), …': a full stop inside open brackets ends no sentence")
{
    auto claims = extract("In Daraa (Ar. Deraa), rebels took over the governorate building on Friday.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Captured) == Strings{"opposition"});
    // Guard: brackets closed before the full stop end the sentence as before.
    claims = extract("Rebels took Hama on Thursday (local time). In Homs, troops abandoned their posts on Friday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == Strings{"government"});
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround54: 'withdrew from the side of X and from positions inside the town of Y' left both")
{
    auto claims = extract("Syrian army units withdrew on Friday from the Syrian side of the Nasib border crossing and "
                          "from positions inside the town of Albu Kamal, as well as from the city of Deir ez-Zor.");
    CHECK(testing::on(claims, "nasib", ClaimKind::Withdrew) == Strings{"government"});
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew) == Strings{"government"});
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew) == Strings{"government"});
    // Guard: what is no post of theirs ("their homes in Homs") says nothing of the place.
    claims = extract("Army units withdrew from Hama and from their homes in Homs on Friday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround54: 'captured X and Y in southern Z … withdrew from both towns': not Z")
{
    auto claims = extract("Rebels captured Rastan and Talbiseh in northern Homs on Saturday, a monitor said, adding that "
                          "government troops withdrew from both towns without a fight.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == Strings{"government"});
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == Strings{"government"});
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew).empty());
    // Guard: a place that is a member of the list, not where it lies, is still one of the two.
    claims = extract("Rebels captured Rastan and Homs on Saturday, and government troops withdrew from both cities.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == Strings{"government"});
}
