#include "core/briefing.h"
#include "geo/briefingfile.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace sitrep;

namespace {
const char* kGood = R"({
  "sitrepBriefing": 1,
  "title": "The fall of Assad",
  "scenario": "syria-2024-12",
  "slides": [
    {"title": "Before", "at": "2024-11-26T12:00:00Z", "lens": "latest",
     "view": {"center": [35.0, 38.5], "zoom": 6.5}, "caption": "Front lines frozen since 2020",
     "highlight": ["aleppo"], "notes": "Start here", "transition": 2},
    {"id": "homs", "title": "Homs", "at": "2024-12-07", "lens": "side:government", "caption": "Contested"}
  ]
})";

std::string slideMessage(const geo::LoadedBriefing& b, std::size_t i)
{
    return b.problems.at(i).toString();
}
} // namespace

TEST_CASE("a briefing file reads back every field it was written with")
{
    auto loaded = geo::parseBriefing(kGood, "brief.json");
    REQUIRE(loaded);
    CHECK(loaded->problems.empty());
    const core::Briefing& b = loaded->briefing;
    CHECK(b.title == "The fall of Assad");
    CHECK(b.scenario == "syria-2024-12");
    REQUIRE(b.slides.size() == 2);
    CHECK(b.slides[0].id == "s1");
    CHECK(b.slides[0].view == core::MapView {35.0, 38.5, 6.5});
    CHECK(b.slides[0].highlight == std::vector<std::string> {"aleppo"});
    CHECK(b.slides[0].transitionSeconds == 2.0);
    CHECK(b.slides[1].id == "homs");
    CHECK_FALSE(b.slides[1].view.has_value());
    // A date alone is the end of that day, as on the command line.
    CHECK(core::formatIso8601(b.slides[1].at) == "2024-12-07T23:59:59Z");

    auto again = geo::parseBriefing(geo::briefingToJson(b), "again.json");
    REQUIRE(again);
    CHECK(again->briefing == b);
}

TEST_CASE("a slide with a bad field is named and skipped while the others load")
{
    auto loaded = geo::parseBriefing(R"({"slides": [
        {"title": "One", "at": "2024-11-27T06:00:00Z"},
        {"title": "Two", "at": "27 November"},
        {"title": "Three", "at": "2024-11-29T06:00:00Z", "view": {"center": [95, 0], "zoom": 7}},
        {"title": "Four", "at": "2024-11-30T06:00:00Z", "colour": "red"}]})",
        "b.json");
    REQUIRE(loaded);
    REQUIRE(loaded->briefing.slides.size() == 2);
    CHECK(loaded->briefing.slides[0].title == "One");
    CHECK(loaded->briefing.slides[1].title == "Four");
    REQUIRE(loaded->problems.size() == 3);
    CHECK(slideMessage(*loaded, 0).starts_with("b.json: slide 2 (\"Two\"): \"at\" is not an ISO 8601"));
    CHECK(slideMessage(*loaded, 1).starts_with("b.json: slide 3 (\"Three\"): \"view\" is off the map"));
    CHECK(slideMessage(*loaded, 2) == "b.json: slide 4 (\"Four\"): unknown field 'colour' ignored");
}

TEST_CASE("broken JSON inside one slide still yields the other slides")
{
    auto loaded = geo::parseBriefing(R"({"title": "T", "slides": [
        {"title": "One", "at": "2024-11-27T06:00:00Z"},
        {"title": "Two", "at": "2024-11-28T06:00:00Z", "caption": "oops" "missing comma"},
        {"title": "Three", "at": "2024-11-29T06:00:00Z"}]})",
        "b.json");
    REQUIRE(loaded);
    CHECK(loaded->briefing.title == "T");
    REQUIRE(loaded->briefing.slides.size() == 2);
    CHECK(loaded->briefing.slides[1].title == "Three");
    REQUIRE(loaded->problems.size() == 2);
    CHECK(slideMessage(*loaded, 0).starts_with("b.json: malformed JSON at line 3"));
    CHECK(slideMessage(*loaded, 1).starts_with("b.json: slide 2 (\"Two\"): malformed JSON in this slide"));
}

TEST_CASE("a file that is not a briefing fails with a message naming it")
{
    auto notJson = geo::parseBriefing("hello", "x.json");
    REQUIRE_FALSE(notJson);
    CHECK(notJson.error().toString().starts_with("x.json: malformed JSON at line 1"));
    auto noSlides = geo::parseBriefing(R"({"title": "T"})", "y.json");
    REQUIRE_FALSE(noSlides);
    CHECK(noSlides.error().where == "y.json");
    auto newer = geo::parseBriefing(R"({"sitrepBriefing": 9, "slides": []})", "z.json");
    REQUIRE_FALSE(newer);
    CHECK(newer.error().message.find("newer") != std::string::npos);
    auto missing = geo::loadBriefing("/nonexistent/brief.json");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().where == "/nonexistent/brief.json");
}

TEST_CASE("slides are checked against the data's span, lenses and outlets")
{
    auto loaded = geo::parseBriefing(R"({"slides": [
        {"title": "Fine", "at": "2024-11-28T06:00:00Z", "lens": "outlet:Reuters"},
        {"title": "Too early", "at": "2023-01-01T00:00:00Z"},
        {"title": "Bad lens", "at": "2024-11-28T06:00:00Z", "lens": "rumour"},
        {"title": "Who", "at": "2024-11-28T06:00:00Z", "lens": "outlet:Pravda"}]})",
        "b.json");
    REQUIRE(loaded);
    const std::vector<std::string> outlets = {"reuters", "AP"};
    const core::BriefingLimits limits {*core::parseIso8601("2024-11-26"), *core::parseIso8601("2024-12-12"), outlets};
    const auto problems = core::checkBriefing(loaded->briefing, limits, "b.json");
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].where == "b.json: slide 2 (\"Too early\")");
    CHECK(problems[0].message.find("outside the data") != std::string::npos);
    CHECK(problems[1].where == "b.json: slide 3 (\"Bad lens\")");
    CHECK(problems[1].message.starts_with("unknown lens 'rumour'"));
    CHECK(problems[2].where == "b.json: slide 4 (\"Who\")");
}

TEST_CASE("saving a briefing replaces the file whole")
{
    const auto dir = std::filesystem::temp_directory_path() / "sitrep-briefing-test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "b.json").string();
    auto loaded = geo::parseBriefing(kGood, "brief.json");
    REQUIRE(loaded);
    REQUIRE(geo::saveBriefing(loaded->briefing, path));
    auto back = geo::loadBriefing(path);
    REQUIRE(back);
    CHECK(back->briefing == loaded->briefing);
    CHECK_FALSE(std::filesystem::exists(path + ".saving"));
    auto bad = geo::saveBriefing(loaded->briefing, (dir / "no-such-dir" / "b.json").string());
    CHECK_FALSE(bad);
    std::filesystem::remove_all(dir);
}
