// Changes named as ordered or awaited, not done (claimunrealised.h).
#include "claimunrealised.h"

#include "claimwords.h"

#include <array>
#include <string_view>

namespace sitrep::text::detail {

namespace {

bool isOrderVerb(std::string_view w)
{
    static constexpr std::array<std::string_view, 12> kOrders{"ordered", "order", "orders", "ordering", "instructed",
        "instruct", "instructs", "directed", "commanded", "told", "tells", "asked"};
    return oneOf(kOrders, w);
}

bool isQuoteMark(std::string_view w)
{
    return w == "\"" || w == "“" || w == "'" || w == "‘";
}

// "he had ordered the army to \"take over the buffer zone\"", "I instructed the IDF yesterday to
// take over the buffer zone", "commanders were ordered to pull their men out of the city": the
// infinitive after an order is what was ordered, not what was done. The ordered party may stand
// between (up to five words, no comma); a quote mark may open the infinitive.
bool ordered(const Sent& s, const Trigger& t)
{
    std::size_t to = t.first;
    if (to > 0 && isQuoteMark(s.words[to - 1].lower))
        --to;
    if (to == 0 || s.words[to - 1].lower != "to")
        return false;
    --to;
    for (std::size_t k = to; k-- > 0 && to - k <= 6;) {
        const auto& w = s.words[k].lower;
        if (w == "," || w == ";" || w == ":" || w == "and" || (isVerbLike(w) && !isOrderVerb(w)))
            return false;
        if (isOrderVerb(w))
            return true;
    }
    return false;
}

// "the liberation of Hama city was \"a matter of time\"", "the fall of Homs is imminent": a
// change named as a noun whose predicate awaits it.
bool awaited(const Sent& s, const Trigger& t)
{
    if (t.frame != TriggerFrame::Nominal)
        return false;
    for (std::size_t k = t.last; k < s.words.size() && k < t.last + 10; ++k) {
        const auto& w = s.words[k].lower;
        if (w == "," || w == ";" || w == ":")
            return false;
        if (w == "imminent")
            return true;
        if (w == "matter" && k + 2 < s.words.size() && s.words[k + 1].lower == "of" &&
            (s.words[k + 2].lower == "time" || s.words[k + 2].lower == "days" || s.words[k + 2].lower == "hours"))
            return true;
    }
    return false;
}

} // namespace

bool unrealised(const Sent& s, const Trigger& t)
{
    return ordered(s, t) || awaited(s, t);
}

} // namespace sitrep::text::detail
