// Round 49 (places with no claim, "noplace" misses of heldout44-46): a counted list whose group
// has a name of its own ('the so-called "seven villages"'), a one-word village that is also a
// given name inside a list ("Mazloum, al-Husseiniyah"), a city named before the noun of its parts
// ("the Damascus suburbs of Moadamiyat al-Sham and Darayya"). Most cases find places by name search
// (claimtesthelpers.h); the given-name case runs the recogniser itself on a small gazetteer.
#include "claimtesthelpers.h"
#include "text/placeindex.h"
#include "text/recogniser.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

const core::Gazetteer& roundGazetteer()
{
    using K = core::PlaceKind;
    static const core::Gazetteer g = [] {
        core::Gazetteer z = testing::seedGazetteer();
        z.add(testing::makePlace("hatla", "Hatla", K::Village, "SY"));
        z.add(testing::makePlace("marrat", "Marrat", K::Village, "SY"));
        z.add(testing::makePlace("mazloum", "Mazloum", K::Village, "SY"));
        z.add(testing::makePlace("husseiniyah", "al-Husseiniyah", K::Village, "SY"));
        z.add(testing::makePlace("khasham", "Khasham", K::Village, "SY"));
        z.add(testing::makePlace("maqsoud", "Sheikh Maqsoud", K::Neighbourhood, "SY"));
        return z;
    }();
    return g;
}

std::vector<core::Claim> extractHere(const std::string& body)
{
    return testing::extractWith(roundGazetteer(), body);
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

TEST_CASE("claimround49: 'took over the so-called \"seven villages\" … — Hatla, Marrat …' takes the villages")
{
    auto claims = extractHere("In the same operation, the SDF took over the so-called \"seven villages\" on the "
                              "eastern bank of the Euphrates \xE2\x80\x94 Hatla, Marrat, Mazloum and Khasham "
                              "\xE2\x80\x94 which the regime had held since 2017.");
    CHECK(testing::on(claims, "hatla", ClaimKind::Captured) == std::vector<std::string> {"sdf"});
    CHECK(testing::on(claims, "khasham", ClaimKind::Captured) == std::vector<std::string> {"sdf"});
    claims = extractHere("On Friday, QSD also seized the \"seven villages\" on the eastern bank \xE2\x80\x93 Hatla, "
                         "Marrat and Khasham \xE2\x80\x93 which the regime had held since 2017.");
    CHECK(testing::findClaim(claims, "marrat", ClaimKind::Captured) != nullptr);
    // Guard: a quoted word that is no count names no group, and the places after the dash are
    // no objects of the verb ("took over the \"liberated\" areas — Hatla's people fled").
    claims = extractHere("The SDF took over the \"liberated\" areas on the eastern bank \xE2\x80\x94 Hatla and "
                         "Marrat stayed empty \xE2\x80\x94 on Friday.");
    CHECK(testing::findClaim(claims, "hatla", ClaimKind::Captured) == nullptr);
}

TEST_CASE("claimround49: a given name in a list before a comma is a village ('Mazloum, al-Husseiniyah')")
{
    auto found = spans("The SDF took over Hatla, Mazloum, al-Husseiniyah and Khasham on Friday.");
    REQUIRE(found.size() == 4);
    CHECK(found[1] == "Mazloum");
    // Guard: a given name right before "al-X" is still a person ("Mazloum al-Husseiniyah said").
    found = spans("A spokesman, Mazloum al-Husseiniyah, said the SDF held Hatla.");
    CHECK(std::find(found.begin(), found.end(), "Mazloum") == found.end());
    CHECK(std::find(found.begin(), found.end(), "Hatla") != found.end());
}

TEST_CASE("claimround49: 'entered the Damascus suburbs of Moadamiyat al-Sham and Daraya' enters the suburbs")
{
    auto claims = extractHere("Opposition fighters said they had entered the Damascus suburbs of Moadamiyat "
                              "al-Sham and Daraya on Saturday evening local time.");
    CHECK(testing::on(claims, "moadamiya", ClaimKind::Entered) == std::vector<std::string> {"opposition"});
    CHECK(testing::on(claims, "daraya", ClaimKind::Entered) == std::vector<std::string> {"opposition"});
    CHECK(testing::findClaim(claims, "damascus", ClaimKind::Contested) == nullptr);
    claims = extractHere("Rebels entered the Damascus suburb of Jaramana on Saturday.");
    CHECK(testing::findClaim(claims, "jarmana", ClaimKind::Entered) != nullptr);
    // Guard: "the Sheikh Maqsoud district of Aleppo" is a part of Aleppo; the district is held,
    // not Aleppo.
    claims = extractHere("The SDF still controls the Sheikh Maqsoud district of Aleppo, a spokesman said.");
    CHECK(testing::on(claims, "maqsoud", ClaimKind::Controls) == std::vector<std::string> {"sdf"});
    CHECK(testing::findClaim(claims, "aleppo", ClaimKind::Controls) == nullptr);
}

TEST_CASE("claimround49: a relative clause on the counted group before its colon ('… that the government had held "
          "since 2017: Hatla, …')")
{
    auto claims = extractHere("On Friday morning the Military Council took over the \"seven villages\" on the "
                              "eastern bank that the government had held since 2017: Hatla, Marrat, Mazloum and "
                              "Khasham.");
    CHECK(testing::on(claims, "hatla", ClaimKind::Captured) == std::vector<std::string> {"sdf"});
    CHECK(testing::on(claims, "khasham", ClaimKind::Captured) == std::vector<std::string> {"sdf"});
    // Guard: past a comma the clause has left the group ("…, which the army still shelled, as a
    // spokesman said: Hatla and Marrat were quiet" lists no villages taken).
    claims = extractHere("On Friday the Military Council took over seven villages, which the army shelled, and "
                         "a spokesman said: Hatla and Marrat were quiet.");
    CHECK(testing::findClaim(claims, "hatla", ClaimKind::Captured) == nullptr);
}
