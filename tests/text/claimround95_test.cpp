// Round 95 (several parties as one subject): subjects joined by "and" or commas all did what their
// verb says — a third conjunct ("The army, the National Defence Forces and Iran-backed militias
// withdrew"), an adjective pair ("Russian and Syrian troops left"), "X of Y" parties ("fighters of
// Hezbollah"), a first party with a place attached ("the government garrison in Deir ez-Zor and
// …") — but not people beside them ("rebels and residents celebrated")
// nor the party a verb's object names ("the army and rebels clashed"). Places are found by name
// search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

struct Case {
    const char* text;
    const char* place;
    ClaimKind kind;
    std::vector<std::string> actors; // sorted; those of `place` and `kind` expected
};

} // namespace

TEST_CASE("claimround95: coordinated parties all withdrew (table)")
{
    const std::vector<Case> cases{
        {"The army, the Republican Guard and Iran-backed militias withdrew from Deir ez-Zor on Friday.",
         "deirezzor", ClaimKind::Withdrew, {"government", "iran-militias"}},
        {"Syrian troops, Hezbollah fighters and Iraqi militias pulled out of Homs on Friday.", "homs",
         ClaimKind::Withdrew, {"government", "hezbollah", "iran-militias"}},
        {"The army, Hezbollah, Russian troops and Iraqi militias withdrew from Homs on Friday.", "homs",
         ClaimKind::Withdrew, {"government", "hezbollah", "iran-militias", "russia"}},
        {"Regime forces and fighters of Hezbollah pulled out of Homs on Friday.", "homs", ClaimKind::Withdrew,
         {"government", "hezbollah"}},
        {"Russian and Syrian troops left the Kuweires air base on Friday.", "kuweires", ClaimKind::Withdrew,
         {"government", "russia"}},
        {"Syrian and Russian forces withdrew from Palmyra on Friday.", "palmyra", ClaimKind::Withdrew,
         {"government", "russia"}},
        {"The government garrison in Deir ez-Zor and the Iran-backed militias abandoned the city on Friday.",
         "deirezzor", ClaimKind::Withdrew, {"government", "iran-militias"}},
        {"The Syrian army and the local militias of the Iranian Revolutionary Guard withdrew from Deir ez-Zor on "
         "Friday.",
         "deirezzor", ClaimKind::Withdrew, {"government", "iran-militias"}},
        {"The Syrian army and Iran-backed militias withdrew from Albu Kamal on Friday.", "abukamal",
         ClaimKind::Withdrew, {"government", "iran-militias"}},
        {"Hezbollah and the Syrian army withdrew from Homs on Friday.", "homs", ClaimKind::Withdrew,
         {"government", "hezbollah"}},
        {"Russian military police and Syrian troops left Tal Rifaat on Friday.", "talrifaat", ClaimKind::Withdrew,
         {"government", "russia"}},
        {"Government troops, the Republican Guard and Hezbollah fled Homs on Friday.", "homs", ClaimKind::Withdrew,
         {"government", "hezbollah"}},
        {"HTS and the Syrian National Army captured Aleppo on Friday.", "aleppo", ClaimKind::Captured,
         {"hts", "sna"}},
        {"Hayat Tahrir al-Sham, the Syrian National Army and the Southern Operations Room entered Damascus on "
         "Friday.",
         "damascus", ClaimKind::Entered, {"hts", "sna", "sor"}},
        {"IRGC advisers and Syrian troops left Deir ez-Zor on Friday.", "deirezzor", ClaimKind::Withdrew,
         {"government", "iran-militias"}},
        {"The army and Iran's Revolutionary Guard withdrew from Albu Kamal on Friday.", "abukamal",
         ClaimKind::Withdrew, {"government", "iran-militias"}},
        // Guards: people beside a party, a party the object names, an ally set off by commas.
        {"Rebels and residents celebrated after opposition forces captured Hama on Friday.", "hama",
         ClaimKind::Captured, {"opposition"}},
        {"Rebels and thousands of residents entered Hama on Friday.", "hama", ClaimKind::Entered, {"opposition"}},
        {"The army withdrew from Homs on Friday and rebels entered the city.", "homs", ClaimKind::Withdrew,
         {"government"}},
        {"Hezbollah, the army's ally, withdrew from Homs on Friday.", "homs", ClaimKind::Withdrew, {"hezbollah"}},
        {"The SDF and rebels clashed near Manbij on Friday before the SDF withdrew from Manbij.", "manbij",
         ClaimKind::Withdrew, {"sdf"}},
        {"Rebels captured Hama from the army and Hezbollah on Friday.", "hama", ClaimKind::Captured,
         {"opposition"}},
        {"Russian warplanes bombed rebels as Syrian troops withdrew from Hama on Friday.", "hama",
         ClaimKind::Withdrew, {"government"}},
        {"After talks with Russia and Iran, the Syrian army withdrew from Homs on Friday.", "homs",
         ClaimKind::Withdrew, {"government"}},
    };
    int right = 0;
    for (const auto& c : cases) {
        const std::string text = c.text;
        const auto got = testing::on(extract(text), c.place, c.kind);
        std::string gotList;
        for (const auto& a : got)
            gotList += a + " ";
        CAPTURE(text);
        CAPTURE(gotList);
        CHECK(got == c.actors);
        right += got == c.actors ? 1 : 0;
    }
    MESSAGE("claimround95 table: " << right << " of " << cases.size() << " right");
}
