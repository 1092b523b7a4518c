// Round 46 (10 Dec, places with no claim, third pass): a gazetteer name with a possessive in it
// ("People's Palace") is found in the text, whose tokenizer reads "People's" as "People" and a
// possessive. The claim helpers find places by plain name search, so this round's case runs the
// recogniser itself on a small gazetteer.
#include "claimtesthelpers.h"
#include "text/placeindex.h"
#include "text/recogniser.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;

namespace {

using testing::onSaturday::extract;

const core::Gazetteer& roundGazetteer()
{
    using K = core::PlaceKind;
    static const core::Gazetteer g = [] {
        core::Gazetteer z;
        z.add(testing::makePlace("damascus", "Damascus", K::City, "SY"));
        z.add(testing::makePlace("hama", "Hama", K::City, "SY"));
        z.add(testing::makePlace("hama-prison", "Hama Central Prison", K::Military, "SY"));
        z.add(testing::makePlace("palace", "People's Palace", K::Military, "SY", {"presidential palace"}));
        // A curated phrase (the gazetteer's supplement rows) with a possessive in it.
        auto tv = testing::makePlace("tv", "State TV building", K::Neighbourhood, "SY");
        tv.names.push_back({"state broadcaster's headquarters", "en", "supplement"});
        z.add(std::move(tv));
        return z;
    }();
    return g;
}

// The spans the recogniser finds, as the text spells them.
std::vector<std::string> spans(const std::string& text)
{
    static const text::PlaceIndex index(roundGazetteer(), nullptr);
    text::RecognitionResult r;
    text::Recogniser(index).recognise(text, r);
    std::vector<std::string> out;
    for (const auto& m : r.mentions)
        out.push_back(text.substr(m.start, m.end - m.start));
    return out;
}

} // namespace

TEST_CASE("claimround46: 'the People's Palace' is one name, its possessive inside it")
{
    auto found = spans("Gunmen were filmed wandering through the People's Palace in Damascus.");
    REQUIRE(found.size() == 2);
    CHECK(found[0] == "People's Palace");
    CHECK(found[1] == "Damascus");
    found = spans("Crowds walked through the People\xE2\x80\x99s Palace on Sunday.");
    REQUIRE(found.size() == 1);
    CHECK(found[0] == "People\xE2\x80\x99s Palace");
    // Guard: after a place the possessive is the place's: "Hama's Central Prison" names Hama (the
    // gold writers give such rows to the city), and "Damascus's Palace" is no People's Palace.
    found = spans("Rebels stormed Hama's Central Prison on Thursday.");
    REQUIRE(found.size() == 1);
    CHECK(found[0] == "Hama");
    found = spans("Rebels reached Damascus's People Palace.");
    REQUIRE(!found.empty());
    CHECK(found[0] == "Damascus");
}

TEST_CASE("claimround46: 'In the Albu Kamal area near the Iraqi border, militias withdrew' leaves the place")
{
    auto claims = extract("In the Albu Kamal area near the Iraqi border, Iranian militias withdrew on Friday.");
    const auto* c = testing::findClaim(claims, "abukamal", core::ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(testing::dayOf(claims, "abukamal", core::ClaimKind::Withdrew) == "2024-12-06");
    claims = extract("In the Albu Kamal area, Iranian militias withdrew on Friday.");
    CHECK(testing::findClaim(claims, "abukamal", core::ClaimKind::Withdrew) != nullptr);
    // Guard: "near" opening a clause that goes on is no short aside of where the place lies ("In the
    // Albu Kamal area near where the militias had dug in for years, …" names no scene of its own).
    claims = extract("In the Albu Kamal area near where the militias had dug in for years since 2017, "
                     "Iranian militias withdrew on Friday.");
    CHECK(testing::findClaim(claims, "abukamal", core::ClaimKind::Withdrew) == nullptr);
}

TEST_CASE("claimround46: 'the state broadcaster's headquarters' is a curated phrase with its possessive")
{
    auto found = spans("A statement was read after rebels entered the state broadcaster's headquarters.");
    REQUIRE(found.size() == 1);
    CHECK(found[0] == "state broadcaster's headquarters");
    // Guard: still a phrase only after "the" ("a state broadcaster's headquarters anywhere" is none).
    CHECK(spans("Rebels might storm a state broadcaster's headquarters anywhere.").empty());
}
