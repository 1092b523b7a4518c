#pragma once
// Word lists and helpers the speaker files share (speaker.cpp finds the phrase, speakerclassify.cpp
// gives its side, speakeroutlets.cpp the outlets' sides and parties). Internal to src/text.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace sitrep::text::speakerwords {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w)
{
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Heads after "state" that make a state voice: "state television", "state-run", "state news agency".
inline constexpr std::array<std::string_view, 9> kStateHeads{"television", "tv", "media", "news", "agency",
                                                             "broadcaster", "run", "controlled", "radio"};
// The state's papers and channels by name (their voice is the government's wherever they are quoted).
inline constexpr std::array<std::string_view, 7> kStateOutlets{"al-thawra", "tishreen", "al-watan", "thawra",
                                                               "al-ikhbariya", "ikhbariya", "al-baath"};

} // namespace sitrep::text::speakerwords
