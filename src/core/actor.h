#pragma once
// Actor: a party that can hold ground (government, HTS, SDF…), with the words reports use for it
// and the colour the map gives it.
#include <cstdint>
#include <string>
#include <vector>

namespace sitrep::core {

struct Actor {
    std::string id;        // "government", "hts", …
    std::string name;
    std::string shortName;
    std::string side;      // "opposition", "government", "kurdish", "foreign", "other"
    std::string parent;    // an actor id or empty ("hts" → "opposition")
    std::uint32_t colour = 0x808080; // 0xRRGGBB
    std::vector<std::string> aliases;
};

} // namespace sitrep::core
