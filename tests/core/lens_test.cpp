#include "core/lens.h"

#include <doctest/doctest.h>

using namespace sitrep::core;

TEST_CASE("every lens the command line accepts parses and prints back the same")
{
    for (const char* text : {"latest", "consensus", "contested", "outlet:Reuters", "side:opposition", "side:government",
                             "side:independent"}) {
        const auto lens = Lens::parse(text);
        REQUIRE(lens.has_value());
        CHECK(lens->toString() == text);
    }
    CHECK(Lens::parse("Side:Government")->side == SpeakerSide::Government);
    CHECK(Lens::parse("outlet: Al Jazeera ")->outlet == "Al Jazeera");
}

TEST_CASE("an unknown lens, side or an empty outlet is an error that says what is expected")
{
    const auto bad = Lens::parse("newest");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().message.find("latest") != std::string::npos);
    CHECK_FALSE(Lens::parse("side:kurdish").has_value());
    CHECK_FALSE(Lens::parse("outlet:").has_value());
    CHECK_FALSE(Lens::parse("").has_value());
}
