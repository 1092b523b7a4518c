// The outlets' own voices: SpeakerFinder::outletSide.
#include "speaker.h"
#include "speakerwords.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace sitrep::text {

using core::SpeakerSide;
using speakerwords::kStateOutlets;

SpeakerSide SpeakerFinder::outletSide(std::string_view outlet)
{
    std::string o(outlet);
    std::transform(o.begin(), o.end(), o.begin(), [](unsigned char c) { return std::tolower(c); });
    // The state's own (kStateOutlets and these), and the government's allies' state and party media
    // in their own voice: Russia's, Iran's, Hezbollah's (what their correspondents report is the
    // government side's account).
    static constexpr std::array<std::string_view, 18> state{"sana", "syrian arab news agency", "syrian tv",
                                                           "sham fm", "syrian state", "tass", "ria novosti",
                                                           "sputnik", "interfax", "irna", "tasnim", "fars news",
                                                           "press tv", "al-alam", "tehran times", "al-manar",
                                                           "al mayadeen", "al-mayadeen"};
    static constexpr std::array<std::string_view, 11> opposition{"syria tv", "orient", "step news", "aleppo today",
                                                                 "baladi news", "nedaa syria", "smart news",
                                                                 "hama today", "daraa 24", "horan free league",
                                                                 "enab baladi"};
    for (auto s : state)
        if (o.find(s) != std::string::npos)
            return SpeakerSide::Government;
    for (auto s : kStateOutlets)
        if (o.find(s) != std::string::npos)
            return SpeakerSide::Government;
    if (o == "rt" || o.starts_with("rt ")) // not every name with "rt" in it
        return SpeakerSide::Government;
    for (auto s : opposition)
        if (o.find(s) != std::string::npos)
            return SpeakerSide::Opposition;
    return SpeakerSide::Independent;
}

} // namespace sitrep::text
