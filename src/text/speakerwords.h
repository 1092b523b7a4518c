#pragma once
// Word lists the speaker files share (speaker.cpp finds the phrase, speakerclassify.cpp
// gives its side, speakeroutlets.cpp the outlets' sides and parties). Internal to src/text.
#include <array>
#include <cstddef>
#include <string_view>

namespace sitrep::text::speakerwords {

// Heads after "state" that make a state voice: "state television", "state-run", "state news agency".
inline constexpr std::array<std::string_view, 9> kStateHeads{"television", "tv", "media", "news", "agency",
                                                             "broadcaster", "run", "controlled", "radio"};
// The state's papers and channels by name (their voice is the government's wherever they are quoted).
inline constexpr std::array<std::string_view, 7> kStateOutlets{"al-thawra", "tishreen", "al-watan", "thawra",
                                                               "al-ikhbariya", "ikhbariya", "al-baath"};

} // namespace sitrep::text::speakerwords
