#include "text/dateresolver.h"

#include <doctest/doctest.h>

using namespace sitrep;
using sitrep::core::TimePrecision;

namespace {
// 2024-12-07 is a Saturday.
const auto kPublished = core::parseIso8601("2024-12-07T18:00:00Z");

text::TimeExpression only(std::string_view s, std::optional<core::Instant> published = kPublished)
{
    const auto found = text::DateResolver(published).find(s);
    REQUIRE(found.size() == 1);
    return found.front();
}

std::string from(const text::TimeExpression& e) { return e.range.from ? core::formatIso8601(*e.range.from) : "unknown"; }
std::string to(const text::TimeExpression& e) { return e.range.to ? core::formatIso8601(*e.range.to) : "unknown"; }
} // namespace

TEST_CASE("a weekday is the most recent such day on or before publication")
{
    CHECK(from(only("rebels entered the city on Saturday")) == "2024-12-07T00:00:00Z");
    CHECK(from(only("fighting began on Thursday")) == "2024-12-05T00:00:00Z");
    CHECK(only("on Thursday").range.precision == TimePrecision::Day);
    CHECK(from(only("on Sunday")) == "2024-12-01T00:00:00Z");
    CHECK(from(only("last Saturday")) == "2024-11-30T00:00:00Z");
    CHECK(text::DateResolver(kPublished).find("a friday prayer").empty()); // never a lower-case word
}

TEST_CASE("parts of days are Damascus hours stored in UTC")
{
    const auto late = only("clashes erupted late Friday in the north");
    CHECK(from(late) == "2024-12-06T15:00:00Z"); // 18:00 in Damascus
    CHECK(to(late) == "2024-12-06T21:00:00Z");
    CHECK(late.range.precision == TimePrecision::PartOfDay);
    const auto night = only("on Wednesday night");
    CHECK(from(night) == "2024-12-04T15:00:00Z");
    CHECK(to(night) == "2024-12-05T03:00:00Z");
    CHECK(from(only("HTS announced last night")) == "2024-12-06T15:00:00Z");
    CHECK(from(only("early on Sunday", core::parseIso8601("2024-12-08T07:00:00Z"))) == "2024-12-07T21:00:00Z");
}

TEST_CASE("relative days and windows count from the publication")
{
    CHECK(from(only("captured yesterday")) == "2024-12-06T00:00:00Z");
    CHECK(from(only("the army said today")) == "2024-12-07T00:00:00Z");
    const auto week = only("swept into Aleppo a week ago");
    CHECK(from(week) == "2024-11-30T00:00:00Z");
    CHECK(week.range.precision == TimePrecision::Week);
    CHECK(from(only("two days ago")) == "2024-12-05T00:00:00Z");
    const auto window = only("seized the southwest within 24 hours");
    CHECK(from(window) == "2024-12-06T18:00:00Z");
    CHECK(to(window) == "2024-12-07T18:00:00Z");
    CHECK(window.range.precision == TimePrecision::Day);
    CHECK(only("in the past 24 hours").range.from == window.range.from);
    CHECK(only("rebel gains last week").range.precision == TimePrecision::Week);
}

TEST_CASE("explicit dates take the publication's year unless that puts them in the future")
{
    CHECK(from(only("on December 8, 2024")) == "2024-12-08T00:00:00Z");
    CHECK(from(only("on Dec. 7 the army")) == "2024-12-07T00:00:00Z");
    CHECK(from(only("since 7 December")) == "2024-12-07T00:00:00Z");
    CHECK(from(only("on Dec 30", core::parseIso8601("2025-01-02T00:00:00Z"))) == "2024-12-30T00:00:00Z");
    CHECK(from(only("on 2024-11-27")) == "2024-11-27T00:00:00Z");
    CHECK(text::DateResolver(kPublished).find("they may march on the capital").empty());
    CHECK(text::DateResolver(kPublished).find("within 30 kilometers of Damascus").empty());
}

TEST_CASE("without a published date relative words stay unknown and absolute dates still resolve")
{
    const text::DateResolver r(std::nullopt);
    const auto rel = r.find("rebels entered Hama on Thursday");
    REQUIRE(rel.size() == 1);
    CHECK(rel[0].relative);
    CHECK_FALSE(rel[0].range.from.has_value());
    CHECK_FALSE(r.find("on Dec. 7")[0].range.from.has_value());
    CHECK(from(r.find("on December 8, 2024")[0]) == "2024-12-08T00:00:00Z");
    CHECK_FALSE(r.defaultRange().from.has_value());
    CHECK(text::DateResolver(kPublished).defaultRange().precision == TimePrecision::Day);
    CHECK(core::formatIso8601(*text::DateResolver(kPublished).defaultRange().from) == "2024-12-07T00:00:00Z");
}

TEST_CASE("'that evening', 'the same day', 'a day later' count from the last day the text named")
{
    const text::DateResolver r(kPublished);
    const auto friday = r.find("On Friday, state television denied it, even as fighters entered Aleppo that evening.");
    REQUIRE(friday.size() == 2);
    CHECK(from(friday[1]) == "2024-12-06T15:00:00Z"); // Friday 18:00 in Damascus
    const auto later = r.find("Two days later the army left.", core::daysFromCivil({2024, 12, 4}));
    REQUIRE(later.size() == 1);
    CHECK(from(later[0]) == "2024-12-06T00:00:00Z");
    CHECK(from(r.find("The same day they seized the crossing.", core::daysFromCivil({2024, 12, 5}))[0]) ==
          "2024-12-05T00:00:00Z");
    CHECK(from(r.find("By the afternoon fighters were inside.", core::daysFromCivil({2024, 12, 5}))[0]) ==
          "2024-12-05T09:00:00Z");
    // Without a day named before, they are no time words.
    CHECK(r.find("That evening, fighters entered the city.").empty());
    // "Last Friday" said on a Saturday is the week before; the day before would be "yesterday".
    CHECK(from(only("last Friday")) == "2024-11-29T00:00:00Z");
}

TEST_CASE("'hours earlier' and 'two days earlier' count back from the last day named")
{
    const text::DateResolver r(kPublished);
    const auto found = r.find("The same day, fighters seized the airport, which troops had abandoned hours earlier.",
                              core::daysFromCivil({2024, 12, 1}));
    REQUIRE(found.size() == 2);
    CHECK(from(found[1]) == "2024-12-01T00:00:00Z");
    CHECK(from(r.find("Two days earlier the army left.", core::daysFromCivil({2024, 12, 4}))[0]) == "2024-12-02T00:00:00Z");
}

TEST_CASE("round 11: 'last weekend' is the weekend just gone, or on a weekend the one before")
{
    // Published on Saturday 7 December: the weekend of 30 November and 1 December.
    const auto saturday = only("Last weekend, the army pulled out of the city.");
    CHECK(from(saturday) == "2024-11-30T00:00:00Z");
    CHECK(to(saturday) == "2024-12-02T00:00:00Z");
    // Published on Wednesday 4 December: the same weekend.
    CHECK(from(only("last weekend", core::parseIso8601("2024-12-04T12:00:00Z"))) == "2024-11-30T00:00:00Z");
}

TEST_CASE("round 20: 'late last month', 'the following days', 'over the weekend' name stretches, not days")
{
    const text::DateResolver r(kPublished);
    const auto late = only("the rebels seized most of Aleppo late last month");
    CHECK(from(late) == "2024-11-20T00:00:00Z");
    CHECK(late.range.precision == TimePrecision::Week);
    CHECK(from(only("earlier this month")) == "2024-12-01T00:00:00Z");
    // "of last month" names a day of it, not the month's first days.
    for (const auto& e : r.find("since the twenty-seventh of last month"))
        CHECK(from(e) != "2024-11-01T00:00:00Z");
    const auto following = r.find("They seized Aleppo the following days.", core::daysFromCivil({2024, 11, 27}));
    REQUIRE(following.size() == 1);
    CHECK(from(following[0]) == "2024-11-28T00:00:00Z");
    CHECK(following[0].range.precision == TimePrecision::Week);
    // "over the weekend" told on a Wednesday: the weekend just gone, even after Tuesday was named.
    const auto wednesday = core::parseIso8601("2024-12-11T19:00:00Z");
    const auto weekend = text::DateResolver(wednesday).find("moved into Palmyra over the weekend",
                                                            core::daysFromCivil({2024, 12, 10}));
    REQUIRE(weekend.size() == 1);
    CHECK(from(weekend[0]) == "2024-12-07T00:00:00Z");
    CHECK(weekend[0].range.precision == TimePrecision::Week);
}

TEST_CASE("round 20: a few days named together ('between 2 and 4 December', 'on Dec. 8 and 9') are a stretch")
{
    const auto between = only("opposition forces captured Halfaya between 2 and 4 December");
    CHECK(from(between) == "2024-12-02T00:00:00Z");
    CHECK(to(between) == "2024-12-04T23:59:59Z");
    CHECK(between.range.precision == TimePrecision::Week);
    const auto two = only("Latakia and Tartus passed into rebel hands on Dec. 8 and 9.",
                          core::parseIso8601("2024-12-14T11:00:00Z"));
    CHECK(from(two) == "2024-12-08T00:00:00Z");
    CHECK(two.range.precision == TimePrecision::Week);
    // A number after "and" that counts something else is no second day.
    const auto one = text::DateResolver(core::parseIso8601("2024-12-14T11:00:00Z"))
                         .find("Rebels took Hama on December 5 and 6 more villages later.");
    REQUIRE(!one.empty());
    CHECK(one.front().range.precision == TimePrecision::Day);
    // "last weekend" is two days, no one of them claimed.
    CHECK(only("last weekend").range.precision == TimePrecision::Week);
}

TEST_CASE("8 Dec: a part of a named month is a stretch of it, up to publication")
{
    const auto end = only("Aleppo itself was liberated by opposition forces at the end of November.");
    CHECK(from(end) == "2024-11-21T00:00:00Z");
    CHECK(to(end) == "2024-11-30T23:59:59Z");
    CHECK(end.range.precision == TimePrecision::Week);
    CHECK(from(only("the rebels reached the city in late November")) == "2024-11-21T00:00:00Z");
    const auto early = only("fighting in early December");
    CHECK(from(early) == "2024-12-01T00:00:00Z");
    CHECK(to(early) == "2024-12-07T23:59:59Z"); // not past publication (the 7th)
    CHECK(from(only("by mid-November")) == "2024-11-11T00:00:00Z");
    CHECK(from(only("in the first days of December")) == "2024-12-01T00:00:00Z");
    // A month needs its capital, and "May" its year: no stretch of "march" or "may".
    CHECK(text::DateResolver(kPublished).find("at the end of the march").empty());
    CHECK(text::DateResolver(kPublished).find("in early may we").empty());
    // A month still to come this year is last year's; a stretch not yet begun is no time.
    CHECK(from(only("in late December", core::parseIso8601("2025-01-05T10:00:00Z"))) == "2024-12-21T00:00:00Z");
    CHECK(text::DateResolver(kPublished).find("in late December").empty());
}

TEST_CASE("8 Dec: 'within days', 'in the first days of the offensive' are the days after the story's start")
{
    const text::DateResolver r(kPublished);
    const auto launched = r.find("The rebels launched their offensive on November 27 and captured Aleppo within days, "
                                 "before seizing Hama on Thursday.");
    REQUIRE(launched.size() == 3);
    CHECK(launched[1].text == "within days");
    CHECK(from(launched[1]) == "2024-11-27T00:00:00Z");
    CHECK(to(launched[1]) == "2024-12-03T23:59:59Z");
    CHECK(launched[1].range.precision == TimePrecision::Week);
    CHECK(text::DateResolver::dayOf(launched[1]) == std::nullopt);
    // Counted from the first day the text named.
    const auto first = r.find("the factions captured Maarat al-Numan in the first days of the offensive",
                              core::daysFromCivil({2024, 12, 5}), core::daysFromCivil({2024, 11, 27}));
    REQUIRE(first.size() == 1);
    CHECK(from(first[0]) == "2024-11-27T00:00:00Z");
    CHECK(to(first[0]) == "2024-11-30T23:59:59Z");
    // Without a day named before, the week up to publication.
    CHECK(from(only("they entered the city within a few days")) == "2024-11-30T00:00:00Z");
    // "within two days" stays a window of two days up to publication (not a stretch of the story).
    CHECK(only("within two days").range.precision == TimePrecision::Day);
    // "in the first days of talks" names no offensive: not a time.
    CHECK(r.find("in the first days of talks").empty());
}

TEST_CASE("8 Dec: a source that gives no day ('not clear when', 'without saying when') claims none")
{
    const auto unclear = only("troops had abandoned the air base, though it was not clear when.");
    CHECK(from(unclear) == "2024-11-30T00:00:00Z");
    CHECK(unclear.range.precision == TimePrecision::Week);
    CHECK(only("Troops have abandoned Palmyra, it said, without saying when.").range.precision == TimePrecision::Week);
    CHECK(only("The ministry did not say when.").range.precision == TimePrecision::Week);
    // "it is clear" is no time; nor is "when" alone.
    CHECK(text::DateResolver(kPublished).find("it is clear when the army left that the city fell").empty());
}
