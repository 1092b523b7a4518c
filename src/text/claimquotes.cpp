#include "claimquotes.h"

namespace sitrep::text {

namespace {

bool isOpeningQuote(std::string_view w)
{
    return w == "\"" || w == "“";
}

} // namespace

void widenQuotedPassive(const std::vector<Word>& words, Trigger& t)
{
    if (t.kind != core::ClaimKind::Captured || t.frame != TriggerFrame::Active || t.last != t.first + 1 ||
        !words[t.first].lower.ends_with("ed"))
        return;
    // One adverb may sit inside the quotes with the verb: "\"fully liberated\"".
    std::size_t q = t.first;
    if (q > 0 && words[q - 1].lower.ends_with("ly") && !words[q - 1].punct)
        --q;
    if (q < 2 || !isOpeningQuote(words[q - 1].lower) || !isPassiveAuxiliary(words[q - 2].lower))
        return;
    t.first = q - 1;
}

} // namespace sitrep::text
