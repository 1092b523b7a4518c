#include "text/sentences.h"

#include <doctest/doctest.h>

using namespace sitrep::text;

TEST_CASE("sentences do not break after month, rank and country abbreviations")
{
    const auto s = splitSentences("Rebels entered Hama on Dec. 5 after Gen. Hassan left. U.S. officials said "
                                  "nothing. The army withdrew.");
    REQUIRE(s.size() == 3);
    CHECK(s[0].text == "Rebels entered Hama on Dec. 5 after Gen. Hassan left.");
    CHECK(s[1].text == "U.S. officials said nothing.");
    CHECK(s[2].text == "The army withdrew.");
}

TEST_CASE("a sentence ending on an acronym in capitals ends there")
{
    const auto s = splitSentences("The road links Tal Rifaat with Manbij, which is held by SDF. On Saturday, the "
                                  "factions took Tadef.");
    REQUIRE(s.size() == 2);
    CHECK(s[1].text == "On Saturday, the factions took Tadef.");
}

TEST_CASE("a line end always ends a sentence, so headlines stand alone")
{
    const auto s = splitSentences("Battle for Homs\nRebels pushed into the city.\n\nthe foreign ministers met");
    REQUIRE(s.size() == 3);
    CHECK(s[0].text == "Battle for Homs");
    CHECK(s[2].text == "the foreign ministers met");
}

TEST_CASE("sentence spans count code points and match the byte spans")
{
    const std::string body = "Assad’s forces fled. Rebels took Dar‘ā.";
    const auto s = splitSentences(body);
    REQUIRE(s.size() == 2);
    CHECK(s[0].start == 0);
    CHECK(s[0].end == 20); // the curly apostrophe is one code point, three bytes
    CHECK(s[0].byteEnd == 22);
    CHECK(s[1].start == 21);
    CHECK(body.substr(s[1].byteStart, s[1].byteEnd - s[1].byteStart) == s[1].text);
}

TEST_CASE("words fold typographic quotes and dashes and keep dotted initials whole")
{
    const auto w = splitWords("Assad’s U.S.-backed forces — “rebels”");
    std::vector<std::string> lower;
    for (const auto& x : w)
        lower.push_back(x.lower);
    CHECK(lower == std::vector<std::string>{"assad", "'", "s", "u.s.", "-", "backed", "forces", "-", "\"", "rebels", "\""});
    CHECK(w[0].capitalised);
    CHECK_FALSE(w[5].capitalised);
    CHECK(matchPhrase(w, 3, phraseWords("U.S.-backed")) == 3);
    CHECK(matchPhrase(w, 3, phraseWords("US-backed")) == 0);
}
