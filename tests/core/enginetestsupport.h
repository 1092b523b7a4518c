#pragma once
// Hand-built claims and actors for the engine tests: one line per claim, readable as the
// sentence it stands for.
#include "core/actorregistry.h"
#include "core/claim.h"
#include "core/instant.h"

#include <string>

namespace enginetest {

using namespace sitrep::core;

inline Instant at(const char* iso)
{
    return *parseIso8601(iso);
}

// End of a day, as `sitrep state --at 2024-12-07` reads a date.
inline Instant endOf(const char* date)
{
    return *parseIso8601(date) + kSecondsPerDay - 1;
}

inline Claim claim(std::string place, std::string actor, ClaimKind kind, const char* iso, SpeakerSide side,
                   std::string outlet, Stance stance = Stance::Affirms)
{
    static int counter = 0;
    Claim c;
    c.id = "c" + std::to_string(++counter);
    c.placeId = std::move(place);
    c.actor = std::move(actor);
    c.kind = kind;
    c.stance = stance;
    c.time.from = at(iso);
    c.time.to = *c.time.from + kSecondsPerHour;
    c.time.precision = TimePrecision::Hour;
    c.source.outlet = std::move(outlet);
    c.source.side = side;
    c.source.speaker = std::string(nameOf(side));
    return c;
}

inline Claim baseline(std::string place, std::string actor, const char* iso = "2024-11-26")
{
    Claim c = claim(std::move(place), std::move(actor), ClaimKind::Controls, iso, SpeakerSide::Analyst, "baseline");
    c.baseline = true;
    return c;
}

inline ActorRegistry syrianActors()
{
    ActorRegistry r;
    auto add = [&](const char* id, const char* side, const char* parent) {
        Actor a;
        a.id = id;
        a.name = id;
        a.side = side;
        a.parent = parent;
        r.add(a);
    };
    add("government", "government", "");
    add("opposition", "opposition", "");
    add("hts", "opposition", "opposition");
    add("sna", "opposition", "opposition");
    add("sor", "opposition", "opposition");
    add("sdf", "kurdish", "");
    return r;
}

} // namespace enginetest
