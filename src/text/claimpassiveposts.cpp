// The owner of the posts an agentless passive tells were left (claimactors.h): "In Talkalakh,
// residents said army checkpoints had been abandoned on Saturday" is the army's withdrawal, as
// "the army abandoned its checkpoints" would be; the passive names its actor only in the subject.
#include "claimpassiveposts.h"

#include "claimactors.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::text::detail {

namespace {

bool isPostNoun(std::string_view w)
{
    static constexpr std::array<std::string_view, 9> kPosts {"checkpoints", "checkpoint", "posts", "positions",
        "outposts", "bases", "barracks", "roadblocks", "garrisons"};
    return std::find(kPosts.begin(), kPosts.end(), w) != kPosts.end();
}

bool isAuxiliary(std::string_view w)
{
    static constexpr std::array<std::string_view, 8> kAux {"had", "have", "has", "been", "were", "was", "being",
        "are"};
    return std::find(kAux.begin(), kAux.end(), w) != kAux.end();
}

} // namespace

std::optional<std::size_t> postsSubject(const Sent& s, const Trigger& t)
{
    // "had been abandoned", "were abandoned", "were all abandoned": the auxiliaries (and one
    // adverb among them) right before the participle; at least one is needed for a passive.
    if (t.kind != core::ClaimKind::Withdrew)
        return std::nullopt;
    std::size_t k = t.first;
    int aux = 0;
    bool adverb = false;
    while (k > 0) {
        const auto& w = s.words[k - 1].lower;
        if (isAuxiliary(w)) {
            ++aux;
            --k;
        } else if (!adverb && aux > 0 && (w == "all" || w == "reportedly" || w == "quickly" || w == "also")) {
            adverb = true;
            --k;
        } else
            break;
    }
    if (aux == 0 || k == 0 || !isPostNoun(s.words[k - 1].lower))
        return std::nullopt;
    return k - 1;
}

std::optional<Binding> postsOwner(const Sent& s, const Trigger& t, const ActorBinder& binder)
{
    const auto subject = postsSubject(s, t);
    if (!subject)
        return std::nullopt;
    const std::size_t noun = *subject;
    // "army checkpoints", "regime positions" (a head the matcher already reads with its owner),
    // "the army's checkpoints": the owner ends right before the noun, or at it. Not "the
    // checkpoints": an owner the text does not name is nobody's.
    std::size_t ownerEnd = noun;
    if (noun >= 2 && s.words[noun - 2].lower == "'" && s.words[noun - 1].lower == "s")
        ownerEnd = noun - 2;
    for (const auto& a : s.actors)
        if (!a.pronoun && !a.actorId.empty() && a.firstWord < ownerEnd + 1
            && (a.lastWord == ownerEnd || a.lastWord == noun + 1))
            return binder.bind(s, a, 2);
    // "army checkpoints", "government positions", "military posts": the state's words the matcher
    // reads only as "the army" or "government forces" are the state's own posts here.
    if (noun > 0) {
        const auto& w = s.words[noun - 1].lower;
        if (w == "army" || w == "government" || w == "military")
            return Binding {"government", 2, false, false, noun - 1};
    }
    return std::nullopt;
}

} // namespace sitrep::text::detail
