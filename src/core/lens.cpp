#include "lens.h"

#include <algorithm>
#include <cctype>

namespace sitrep::core {

namespace {
std::string lowered(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}
} // namespace

Result<Lens> Lens::parse(std::string_view text)
{
    const std::string_view t = trimmed(text);
    const std::string low = lowered(t);
    if (low == "latest")
        return latest();
    if (low == "consensus")
        return consensus();
    if (low == "contested")
        return contested();
    if (low.starts_with("outlet:")) {
        const std::string_view name = trimmed(t.substr(7));
        if (name.empty())
            return fail("lens 'outlet:' needs an outlet name, e.g. outlet:Reuters");
        return ofOutlet(std::string(name));
    }
    if (low.starts_with("side:")) {
        const std::string side = low.substr(5);
        if (side == "opposition")
            return ofSide(SpeakerSide::Opposition);
        if (side == "government")
            return ofSide(SpeakerSide::Government);
        if (side == "independent")
            return ofSide(SpeakerSide::Independent);
        return fail("unknown side '" + std::string(t.substr(5))
                    + "' (expected side:opposition, side:government or side:independent)");
    }
    return fail("unknown lens '" + std::string(t)
                + "' (expected latest, consensus, contested, outlet:NAME or side:SIDE)");
}

std::string Lens::toString() const
{
    switch (kind) {
    case Kind::Latest: return "latest";
    case Kind::Consensus: return "consensus";
    case Kind::Contested: return "contested";
    case Kind::Outlet: return "outlet:" + outlet;
    case Kind::Side: return "side:" + std::string(nameOf(side));
    }
    return "latest";
}

bool Lens::admits(const Claim& c) const
{
    if (c.baseline)
        return true;
    switch (kind) {
    case Kind::Latest:
    case Kind::Consensus:
    case Kind::Contested:
        return true;
    case Kind::Outlet:
        return !c.analystOverride && lowered(c.source.outlet) == lowered(outlet);
    case Kind::Side:
        return !c.analystOverride && c.source.side == side;
    }
    return false;
}

} // namespace sitrep::core
