// Round 63 (7 Dec): places in lists that got no claim: "X and the surrounding Y area", and the
// examples ("such as", "including") of a "-held" noun. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using V = std::vector<std::string>;

std::vector<core::Claim> withListed(const std::string& body)
{
    using K = core::PlaceKind;
    auto g = testing::seedGazetteer();
    g.add(testing::makePlace("shahba", "Shahba area", K::Region, "SY", {"Shahba region"}));
    g.add(testing::makePlace("hajin", "Hajin", K::Town, "SY"));
    g.add(testing::makePlace("busayrah", "al-Busayrah", K::Town, "SY"));
    return testing::extractWith(g, body);
}

} // namespace

TEST_CASE("claimround63: 'X and the surrounding Y area' are both taken")
{
    auto claims = withListed("Turkish-backed factions of the Syrian National Army on December 1 seized Tal Rifaat and "
                             "the surrounding Shahba area from Kurdish-led forces.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Captured) == V {"sna"});
    CHECK(testing::on(claims, "shahba", ClaimKind::Captured) == V {"sna"});
    // Guard: "surrounding" as a verb of its own (no "the") is a siege, no capture.
    claims = withListed("The Syrian National Army seized Tal Rifaat on Sunday and began surrounding Manbij.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Captured) == V {"sna"});
    CHECK(testing::on(claims, "manbij", ClaimKind::Captured).empty());
}

TEST_CASE("claimround63: the examples of a '-held' noun are held")
{
    auto claims = withListed("A commander said \"the Jazira will be next\", referring to the SDF-held towns east of "
                             "the river, including Hajin and al-Busayrah.");
    CHECK(testing::on(claims, "hajin", ClaimKind::Controls) == V {"sdf"});
    CHECK(testing::on(claims, "busayrah", ClaimKind::Controls) == V {"sdf"});
    // Guard: the examples must be of the held noun's own phrase.
    claims = withListed("The SDF-held towns east of the river are quiet, and residents named places such as Hajin.");
    CHECK(testing::on(claims, "hajin", ClaimKind::Controls).empty());
}
