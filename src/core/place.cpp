#include "place.h"

#include <array>
#include <utility>

namespace sitrep::core {

namespace {
constexpr std::array<std::pair<PlaceKind, std::string_view>, 14> kKindNames{{
    {PlaceKind::Country, "country"},
    {PlaceKind::Governorate, "governorate"},
    {PlaceKind::City, "city"},
    {PlaceKind::Town, "town"},
    {PlaceKind::Village, "village"},
    {PlaceKind::Neighbourhood, "neighbourhood"},
    {PlaceKind::Airbase, "airbase"},
    {PlaceKind::Military, "military"},
    {PlaceKind::BorderCrossing, "border_crossing"},
    {PlaceKind::Prison, "prison"},
    {PlaceKind::Region, "region"},
    {PlaceKind::Dam, "dam"},
    {PlaceKind::Camp, "camp"},
    {PlaceKind::Unknown, "unknown"},
}};
} // namespace

std::string_view nameOf(PlaceKind k)
{
    for (const auto& [kind, name] : kKindNames)
        if (kind == k)
            return name;
    return "unknown";
}

PlaceKind placeKindFromString(std::string_view s)
{
    for (const auto& [kind, name] : kKindNames)
        if (name == s)
            return kind;
    return PlaceKind::Unknown;
}

bool isSettlementLike(PlaceKind k)
{
    return k != PlaceKind::Country && k != PlaceKind::Governorate && k != PlaceKind::Region
        && k != PlaceKind::Unknown;
}

} // namespace sitrep::core
