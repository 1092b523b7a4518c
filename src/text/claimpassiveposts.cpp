// The owner of the posts an agentless passive tells were left (claimactors.h): "In Talkalakh,
// residents said army checkpoints had been abandoned on Saturday" is the army's withdrawal, as
// "the army abandoned its checkpoints" would be; the passive names its actor only in the subject.
#include "claimpassiveposts.h"

#include "claimactors.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::text::detail {

namespace {

bool isPostNoun(std::string_view w)
{
    static constexpr std::array<std::string_view, 10> kPosts {"checkpoints", "checkpoint", "posts", "positions",
        "outposts", "bases", "base", "barracks", "roadblocks", "garrisons"};
    return std::find(kPosts.begin(), kPosts.end(), w) != kPosts.end();
}

// "had been abandoned", "were abandoned", "have stood empty": a passive's auxiliaries and the
// perfect's.
bool isAuxiliary(std::string_view w)
{
    return isPassiveAuxiliary(w) || w == "had" || w == "have" || w == "has";
}

// "stood empty", "have stood empty", "remained empty": a posts' state verb, counted as an auxiliary
// before "empty" only.
bool isStateVerb(std::string_view w)
{
    return w == "stood" || w == "stand" || w == "stands" || w == "lay" || w == "remained" || w == "remain";
}

// The post noun that is the subject ending right before word k: "army checkpoints", or across a
// place it stood at ("army checkpoints at the town entrances have stood empty") or an apposition
// ("the 52nd Brigade base east of the town, one of the largest in the south, was empty").
std::optional<std::size_t> postNounBefore(const std::vector<Word>& words, std::size_t k)
{
    if (k >= 2 && words[k - 1].lower == ",")
        for (std::size_t j = k - 2; j > 0 && j + 10 > k; --j)
            if (words[j].lower == ",") {
                k = j;
                break;
            }
    if (k > 0 && isPostNoun(words[k - 1].lower))
        return k - 1;
    for (std::size_t j = k; j >= 2 && j + 7 > k; --j) {
        const auto& w = words[j - 1].lower;
        if (words[j - 1].punct)
            return std::nullopt;
        if ((w == "at" || w == "on" || w == "near" || w == "along" || w == "around" || w == "east" || w == "west"
                || w == "north" || w == "south")
            && isPostNoun(words[j - 2].lower))
            return j - 2;
    }
    return std::nullopt;
}

} // namespace

void addEmptyPosts(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i].lower != "empty")
            continue;
        std::size_t k = i;
        while (k > 0 && (isAuxiliary(words[k - 1].lower) || isStateVerb(words[k - 1].lower)))
            --k;
        if (k == i || !postNounBefore(words, k))
            continue;
        if (std::any_of(out.begin(), out.end(), [&](const Trigger& t) { return t.first <= i && i < t.last; }))
            continue;
        out.push_back(Trigger {.first = i, .last = i + 1, .kind = core::ClaimKind::Withdrew,
            .frame = TriggerFrame::Active});
    }
    std::sort(out.begin(), out.end(), [](const Trigger& a, const Trigger& b) { return a.first < b.first; });
}

std::optional<std::size_t> postsSubject(const Sent& s, const Trigger& t)
{
    // "had been abandoned", "were abandoned", "were all abandoned": the auxiliaries (and one
    // adverb among them) right before the participle; at least one is needed for a passive.
    if (t.kind != core::ClaimKind::Withdrew)
        return std::nullopt;
    std::size_t k = t.first;
    int aux = 0;
    bool adverb = false;
    const bool empty = s.words[t.first].lower == "empty";
    while (k > 0) {
        const auto& w = s.words[k - 1].lower;
        if (isAuxiliary(w) || (empty && isStateVerb(w))) {
            ++aux;
            --k;
        } else if (!adverb && aux > 0 && (w == "all" || w == "reportedly" || w == "quickly" || w == "also")) {
            adverb = true;
            --k;
        } else
            break;
    }
    if (aux == 0 || k == 0)
        return std::nullopt;
    if (empty)
        return postNounBefore(s.words, k);
    if (!isPostNoun(s.words[k - 1].lower))
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
        // "the 52nd Brigade base was empty by Friday evening": a base named for an army unit.
        if (s.words[noun].lower == "base" && (w == "brigade" || w == "division" || w == "regiment"))
            return Binding {"government", 2, false, false, noun - 1};
    }
    return std::nullopt;
}

} // namespace sitrep::text::detail
