#include "claimfootholds.h"

#include "sentences.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::text {

namespace {

// "had not been able to establish bases or checkpoints there", "had been unable \"to establish fixed
// positions\"", "failed to establish positions": a negated ability to set up a hold.
bool deniesFoothold(const std::vector<Word>& w)
{
    static constexpr std::array<std::string_view, 6> holds{"positions", "bases", "checkpoints", "foothold",
                                                           "presence", "control"};
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (w[k].lower != "establish")
            continue;
        bool negated = false;
        for (std::size_t j = k, seen = 0; j > 0 && seen < 6 && !negated; --j) {
            const auto& v = w[j - 1].lower;
            if (w[j - 1].punct && v != "\"")
                break;
            ++seen;
            negated = v == "unable" || v == "not" || v == "failed" || v == "never";
        }
        bool hold = false;
        for (std::size_t j = k + 1; j < w.size() && j < k + 4 && !hold; ++j)
            hold = std::find(holds.begin(), holds.end(), w[j].lower) != holds.end();
        if (negated && hold)
            return true;
    }
    return false;
}

} // namespace

void deniedFootholds(std::vector<ExtractedClaim>& out)
{
    const std::size_t end = out.size();
    for (std::size_t i = 0; i < end; ++i) {
        const auto& entry = out[i].claim;
        if (entry.kind != core::ClaimKind::Entered || entry.stance != core::Stance::Affirms ||
            entry.placeId.empty() || entry.source.side != core::SpeakerSide::Government ||
            entry.actor == "government" || !deniesFoothold(splitWords(entry.source.sentence)))
            continue;
        const bool told = std::any_of(out.begin(), out.end(), [&](const ExtractedClaim& o) {
            return o.claim.kind == core::ClaimKind::Controls && o.claim.placeId == entry.placeId &&
                   o.claim.source.start == entry.source.start && o.claim.source.file == entry.source.file;
        });
        if (told)
            continue;
        ExtractedClaim denial = out[i];
        denial.claim.id = entry.id + ":foothold";
        denial.claim.kind = core::ClaimKind::Controls;
        denial.claim.stance = core::Stance::Denies;
        denial.claim.hedged = false;
        denial.claim.counterpart.clear();
        denial.trigger = "denied (establish positions)";
        out.push_back(std::move(denial));
    }
}

} // namespace sitrep::text
