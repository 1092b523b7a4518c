#include "text/utf8.h"

#include <doctest/doctest.h>

using namespace sitrep::text;

TEST_CASE("valid UTF-8 passes through untouched")
{
    const std::string s = "Sa\xE2\x80\x98sa\xE2\x80\x98 \xD8\xAF\xD8\xB1\xD8\xB9\xD8\xA7"; // Sa‘sa‘ درعا
    const auto r = repairUtf8(s);
    CHECK(r.text == s);
    CHECK(r.invalidOffsets.empty());
    CHECK(codePointCount(s) == 11);
}

TEST_CASE("ill-formed bytes become one replacement character each and are reported by offset")
{
    const std::string s = std::string("ab\xC0\xAF") + "c\xED\xA0\x80" + "d\xF0\x9F" + "e\xFF";
    const auto r = repairUtf8(s);
    CHECK(r.invalidOffsets == std::vector<std::size_t>{2, 5, 9, 12});
    CHECK(r.text == "ab\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD" "e\xEF\xBF\xBD");
    CHECK(repairUtf8(r.text).invalidOffsets.empty());
}

TEST_CASE("byte and code-point offsets map both ways")
{
    const std::string s = "\xD8\xAF\xD8\xB1 Homs"; // "در Homs"
    CodePointIndex idx(s);
    CHECK(idx.toCodePoint(0) == 0);
    CHECK(idx.toCodePoint(2) == 1);
    CHECK(idx.toCodePoint(3) == 1); // inside a code point: the one containing it
    CHECK(idx.toCodePoint(5) == 3);
    CHECK(idx.toByte(3) == 5);
    CHECK(idx.toByte(100) == s.size());
}
