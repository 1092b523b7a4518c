// Round 81 (the names of the forces, tested from the language, not from the gold): the names and
// descriptors English copy of 27 Nov - 10 Dec 2024 gave each actor of the scenario, one sentence
// each ("<name> seized Hama on Friday."), read with the scenario's actors.csv. The aliases this
// round added are marked; the rest were read before and must stay so.
#include "claimtesthelpers.h"
#include "text/actormatcher.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace sitrep;
using testing::onSaturday::extract;

namespace {

const text::ActorMatcher& scenarioMatcher()
{
    static const text::ActorMatcher m = [] {
        const auto actors = text::loadActorsCsv(SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12/actors.csv");
        REQUIRE(actors);
        return text::ActorMatcher(*actors);
    }();
    return m;
}

// The actor of the first mention in `sentence` that names one ("" when none does).
std::string firstActor(std::string_view sentence)
{
    for (const auto& m : scenarioMatcher().find(sentence))
        if (!m.pronoun && !m.actorId.empty())
            return m.actorId;
    return "";
}

} // namespace

TEST_CASE("claimround81: every name of the forces the copy used names its actor")
{
    // {name, actor}; "+" marks an alias this round added.
    const std::vector<std::pair<std::string, std::string>> names = {
        {"Hayat Tahrir al-Sham", "hts"}, {"Hay'at Tahrir al-Sham", "hts"}, {"HTS", "hts"},
        {"HTS-led rebels", "hts"}, {"The Military Operations Command", "hts"},
        {"The Department of Military Operations", "hts"} /* + */, {"The Military Operations Department", "hts"},
        {"Jolani's forces", "hts"}, {"Tahrir al-Sham", "hts"},
        {"Rebels", "opposition"}, {"Islamist rebels", "opposition"}, {"Opposition fighters", "opposition"},
        {"Anti-government fighters", "opposition"} /* + (was government) */,
        {"Anti-regime rebels", "opposition"} /* + */, {"Anti-Assad rebels", "opposition"},
        {"The Southern Operations Room", "sor"}, {"The Eighth Brigade", "sor"}, {"The 8th Brigade", "sor"},
        {"Southern factions", "sor"}, {"Ahmad al-Awda's fighters", "sor"} /* + */,
        {"Ahmed al-Awda's forces", "sor"} /* + */,
        {"The Syrian National Army", "sna"}, {"Turkish-backed factions", "sna"},
        {"Turkey-backed rebels", "sna"} /* + (was opposition) */, {"Ankara-backed opposition forces", "sna"} /* + */,
        {"The Dawn of Freedom operations room", "sna"}, {"The Sultan Murad Division", "sna"},
        {"The Hamza Division", "sna"}, {"The Levant Front", "sna"} /* + */,
        {"The SDF", "sdf"}, {"The YPG", "sdf"}, {"The YPJ", "sdf"} /* + */,
        {"The Women's Protection Units", "sdf"} /* + (was government: 'units') */, {"Kurdish-led forces", "sdf"},
        {"The QSD", "sdf"}, {"The Manbij Military Council", "sdf"}, {"The Asayish", "sdf"},
        {"The Men of Dignity", "suwayda"}, {"Rijal al-Karama", "suwayda"}, {"Druze fighters", "suwayda"},
        {"The Syrian Free Army", "sfa"}, {"Maghawir al-Thawra", "sfa"},
        {"The Syrian Arab Army", "government"}, {"Assad's forces", "government"}, {"Regime troops", "government"},
        {"The 25th Division", "government"}, {"The Tiger Forces", "government"},
        {"The Fourth Division", "government"}, {"The 4th Armoured Division", "government"} /* + */,
        {"The Republican Guard", "government"}, {"The NDF", "government"},
        {"The National Defense Forces", "government"} /* + */, {"Pro-government militias", "government"},
        {"Loyalist forces", "government"}, {"Security forces", "government"},
        {"Russian forces", "russia"}, {"Russian military police", "russia"}, {"Russian soldiers", "russia"} /* + */,
        {"The Fatemiyoun", "iran-militias"}, {"The Zeinabiyoun", "iran-militias"} /* + */,
        {"Iraqi militias", "iran-militias"}, {"The PMF", "iran-militias"},
        {"Kataib Hezbollah", "iran-militias"} /* + (was hezbollah) */,
        {"Kata'ib Hezbollah fighters", "iran-militias"} /* + */, {"Harakat al-Nujaba", "iran-militias"} /* + */,
        {"Asaib Ahl al-Haq", "iran-militias"} /* + */, {"The Quds Force", "iran-militias"} /* + */,
        {"IRGC advisers", "iran-militias"},
        {"Hezbollah", "hezbollah"}, {"Lebanon's Hezbollah", "hezbollah"},
        {"The IDF", "israel"}, {"Israeli forces", "israel"}, {"The Golani Brigade", "israel"},
        {"Israeli paratroopers", "israel"} /* + */, {"Israeli tanks", "israel"},
        {"The Turkish army", "turkey"}, {"Turkish drones", "turkey"},
        {"Islamic State", "isis"}, {"Daesh", "isis"}, {"ISIS cells", "isis"},
        {"American troops", "us-coalition"} /* + (was government: 'troops') */, {"US forces", "us-coalition"},
    };
    for (const auto& [name, actor] : names) {
        CAPTURE(name);
        CHECK(firstActor(name + " seized Hama on Friday.") == actor);
    }
}

TEST_CASE("claimround81: a name that is also a common word names nobody in running text")
{
    // Guards: only the whole name is a force.
    CHECK(firstActor("Dawn broke over Hama on Friday.").empty());
    CHECK(firstActor("The eighth day of the offensive began in the Levant.").empty());
    CHECK(firstActor("A front page in al-Quds newspaper showed the Guard of honour.").empty());
    CHECK(firstActor("Women's groups in Hama protested.").empty());
    // "Kataib Hezbollah" is the Iraqi militia, "Hezbollah" alone the Lebanese party.
    CHECK(firstActor("Hezbollah fighters left Qusayr.") == "hezbollah");
    // "Turkey-backed" before a group word is the SNA; "rebels" alone stays the opposition.
    CHECK(firstActor("Rebels entered Hama.") == "opposition");
}

TEST_CASE("claimround81: the default actors (no scenario file) are unchanged by the scenario's aliases")
{
    // The round's aliases live in the scenario's actors.csv; the built-in roles read as before.
    const auto claims = extract("Rebels seized Hama on Friday.");
    CHECK(testing::on(claims, "hama", core::ClaimKind::Captured) == std::vector<std::string>{"opposition"});
}
