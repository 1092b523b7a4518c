#include "claim.h"

#include <array>
#include <utility>

namespace sitrep::core {

namespace {
constexpr std::array<std::pair<ClaimKind, std::string_view>, 8> kKinds{{
    {ClaimKind::Controls, "controls"},
    {ClaimKind::Captured, "captured"},
    {ClaimKind::Entered, "entered"},
    {ClaimKind::Contested, "contested"},
    {ClaimKind::Besieged, "besieged"},
    {ClaimKind::Withdrew, "withdrew"},
    {ClaimKind::Surrendered, "surrendered"},
    {ClaimKind::Denied, "denied"},
}};
constexpr std::array<std::pair<SpeakerSide, std::string_view>, 5> kSides{{
    {SpeakerSide::Opposition, "opposition"},
    {SpeakerSide::Government, "government"},
    {SpeakerSide::Independent, "independent"},
    {SpeakerSide::Analyst, "analyst"},
    {SpeakerSide::Unknown, "unknown"},
}};

template <class E, std::size_t N>
std::string_view lookupName(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return name;
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> lookupValue(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s)
{
    for (const auto& [v, name] : table)
        if (name == s)
            return v;
    return std::nullopt;
}
} // namespace

std::string_view nameOf(ClaimKind k) { return lookupName(kKinds, k); }
std::string_view nameOf(SpeakerSide s) { return lookupName(kSides, s); }
std::string_view nameOf(Stance s) { return s == Stance::Affirms ? "affirms" : "denies"; }

std::optional<ClaimKind> claimKindFromString(std::string_view s) { return lookupValue(kKinds, s); }
std::optional<SpeakerSide> speakerSideFromString(std::string_view s) { return lookupValue(kSides, s); }

std::optional<Stance> stanceFromString(std::string_view s)
{
    if (s == "affirms")
        return Stance::Affirms;
    if (s == "denies")
        return Stance::Denies;
    return std::nullopt;
}

} // namespace sitrep::core
