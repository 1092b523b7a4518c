// Round 108 (lead, after reading the misses of heldout59–61 once they had been scored): the "axis"
// outlets' "Zionist forces" are the IDF (actorroles.cpp), and forcing a prison open or freeing its
// inmates is being inside it (claimpatterns.cpp). Sentences written for the round, not copied from the
// gold sets; places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

core::Gazetteer withPrisons()
{
    auto g = testing::seedGazetteer();
    g.add(testing::makePlace("saydnaya-prison", "Saydnaya prison", core::PlaceKind::Unknown, "SY", {"Sednaya prison"}));
    return g;
}

std::vector<core::Claim> read(const std::string& body, std::string outlet = "Test Wire")
{
    return testing::extractWith(withPrisons(), body, "2024-12-09T08:00:00Z", std::move(outlet));
}

bool has(const std::vector<core::Claim>& claims, std::string_view place, std::string_view actor, ClaimKind kind)
{
    for (const auto& c : claims)
        if (c.placeId == place && c.actor == actor && c.kind == kind && c.stance == core::Stance::Affirms)
            return true;
    return false;
}

bool anyOn(const std::vector<core::Claim>& claims, std::string_view place)
{
    for (const auto& c : claims)
        if (c.placeId == place)
            return true;
    return false;
}

} // namespace

TEST_CASE("claimround108: the axis outlets' 'Zionist forces' are Israel's")
{
    CHECK(has(read("Local sources: Zionist forces entered the abandoned city of Quneitra on Sunday.", "Sabereen News"),
              "quneitra", "israel", ClaimKind::Entered));
    CHECK(has(read("Zionist occupation forces stormed Quneitra at dawn on Sunday.", "Al-Masirah"), "quneitra", "israel",
              ClaimKind::Entered));
    // Guard: a denial in the same voice stays a denial, not Israel's entry.
    const auto denied = read("Reports that Zionist forces entered Quneitra are baseless, the governor said.");
    CHECK_FALSE(has(denied, "quneitra", "israel", ClaimKind::Entered));
}

TEST_CASE("claimround108: forcing a prison open or freeing its inmates is being inside it")
{
    CHECK(has(read("Fighters broke open the cells of the notorious Saydnaya prison on Sunday."), "saydnaya-prison",
              "opposition", ClaimKind::Entered));
    CHECK(has(read("The rebels said they had freed the inmates of Saydnaya prison on Sunday."), "saydnaya-prison",
              "opposition", ClaimKind::Entered));
    CHECK(has(read("Opposition fighters freed the detainees of Sednaya prison on Sunday morning."), "saydnaya-prison",
              "opposition", ClaimKind::Entered));
    // Guards: a place of torture told, and an amnesty years ago, are no entry.
    CHECK_FALSE(anyOn(read("Human rights groups have long documented torture in Saydnaya prison."), "saydnaya-prison"));
    CHECK_FALSE(anyOn(read("The government freed 300 detainees from Saydnaya prison in an amnesty in 2023."),
                      "saydnaya-prison"));
}
