// libFuzzer target: any bytes as a briefing file. The reader must never crash or hang, and a
// briefing it accepts must write out and read back unchanged, with no problems.
#include "geo/briefingfile.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto loaded = sitrep::geo::parseBriefing(bytes, "fuzz.json");
    if (!loaded)
        return 0;
    const auto again = sitrep::geo::parseBriefing(sitrep::geo::briefingToJson(loaded->briefing), "again.json");
    if (!again || !again->problems.empty() || !(again->briefing == loaded->briefing))
        __builtin_trap();
    return 0;
}
