#include "text/actormatcher.h"

#include <doctest/doctest.h>

using namespace sitrep::text;

namespace {
std::vector<std::string> ids(const ActorMatcher& m, std::string_view text)
{
    std::vector<std::string> out;
    for (const auto& a : m.find(text))
        out.push_back(a.pronoun ? "<pronoun>" : a.actorId);
    return out;
}
} // namespace

TEST_CASE("the words reports use name the scenario's actors")
{
    const ActorMatcher m(ActorMatcher::defaultActors());
    CHECK(ids(m, "Syrian rebels and insurgents") == std::vector<std::string>{"opposition", "opposition"});
    CHECK(ids(m, "Hayat Tahrir al-Sham (HTS) and HTS fighters") == std::vector<std::string>{"hts", "hts", "hts"});
    CHECK(ids(m, "the Southern Operations Room") == std::vector<std::string>{"sor"});
    CHECK(ids(m, "Turkish-backed factions of the Syrian National Army") == std::vector<std::string>{"sna", "sna"});
    CHECK(ids(m, "U.S.-backed Syrian Kurdish forces") == std::vector<std::string>{"sdf"});
    CHECK(ids(m, "the Kurdish-led SDF") == std::vector<std::string>{"sdf"});
    CHECK(ids(m, "Assad's forces and the regime") == std::vector<std::string>{"government", "government"});
    CHECK(ids(m, "a Syrian army officer") == std::vector<std::string>{"government"});
    CHECK(ids(m, "terrorist groups attacked") == std::vector<std::string>{"opposition"});
    CHECK(ids(m, "Lebanon's Hezbollah and Iraqi militias") == std::vector<std::string>{"hezbollah", "iran-militias"});
    CHECK(ids(m, "Russian forces") == std::vector<std::string>{"russia"});
}

TEST_CASE("a named actor swallows the generic head after it and acronyms match only in capitals")
{
    const ActorMatcher m(ActorMatcher::defaultActors());
    const auto found = m.find("A rebel commander said IS militants is");
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == "rebel commander");
    CHECK(found[1].actorId == "isis");
    CHECK(found[1].text == "IS militants");
    CHECK(ids(m, "troops") == std::vector<std::string>{"government"});
    CHECK(m.find("troops")[0].generic);
}

TEST_CASE("pronouns are reported for the extractor to bind")
{
    const ActorMatcher m(ActorMatcher::defaultActors());
    CHECK(ids(m, "HTS said its forces had entered") == std::vector<std::string>{"hts", "<pronoun>"});
}

TEST_CASE("the scenario's ids win and unknown roles fall back to their parent")
{
    std::vector<sitrep::core::Actor> actors(2);
    actors[0].id = "opposition";
    actors[0].side = "opposition";
    actors[1].id = "regime";
    actors[1].side = "government";
    actors[1].aliases = {"Syrian army", "loyalists"};
    const ActorMatcher m(actors);
    CHECK(ids(m, "HTS and the Southern Operations Room") == std::vector<std::string>{"opposition", "opposition"});
    CHECK(ids(m, "the Syrian army") == std::vector<std::string>{"regime"});
    CHECK(m.find("Kurdish forces").empty()); // no SDF in this scenario
}

TEST_CASE("actors files are read with aliases and parents, and errors name file and line")
{
    const auto ok = parseActorsCsv("id,name,short_name,side,colour,aliases,parent\n"
                                   "opposition,Opposition,Opp,opposition,#009E73,rebels|insurgents,\n"
                                   "hts,\"Hayat Tahrir al-Sham, HTS\",HTS,opposition,#117733,HTS,opposition\n",
                                   "actors.csv");
    REQUIRE(ok);
    REQUIRE(ok->size() == 2);
    CHECK((*ok)[1].name == "Hayat Tahrir al-Sham, HTS");
    CHECK((*ok)[1].parent == "opposition");
    CHECK((*ok)[0].colour == 0x009E73);
    CHECK((*ok)[0].aliases == std::vector<std::string>{"rebels", "insurgents"});
    const ActorMatcher m(*ok);
    CHECK(m.root("hts") == "opposition");
    CHECK(m.related("hts", "opposition"));

    const auto bad = parseActorsCsv("id,name,colour\nx,X,#12\n", "a.csv");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().where == "a.csv:2");
    const auto dup = parseActorsCsv("id,name\nx,X\nx,Y\n", "a.csv");
    REQUIRE_FALSE(dup);
    CHECK(dup.error().where == "a.csv:3");
    CHECK_FALSE(parseActorsCsv("name\nX\n", "a.csv"));
    CHECK_FALSE(loadActorsCsv("/nonexistent/actors.csv"));
}
