// The owner of the posts an agentless passive tells were left (claimactors.h): "In Talkalakh,
// residents said army checkpoints had been abandoned on Saturday" is the army's withdrawal, as
// "the army abandoned its checkpoints" would be; the passive names its actor only in the subject.
#include "claimpassiveposts.h"

#include "claimactors.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace sitrep::text::detail {

namespace {

bool isPostNoun(std::string_view w)
{
    // round 100: "security branches in the town appear to have been vacated"
    static constexpr std::array<std::string_view, 17> kPosts {"checkpoints", "checkpoint", "posts", "post", "positions",
        "position", "outposts", "outpost", "bases", "base", "barracks", "roadblocks", "roadblock", "garrisons",
        "garrison", "headquarters", "branches"};
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
    return w == "stood" || w == "stand" || w == "stands" || w == "lay" || w == "remained" || w == "remain"
        // round 92: "checkpoints at Umayyad Square appear empty", "were left empty" (not "was found
        // empty when SDF fighters went in on Saturday": left on an earlier day, the text does not say which)
        || w == "appear" || w == "appears" || w == "appeared" || w == "looked" || w == "look" || w == "looks"
        || w == "seemed" || w == "left";
}

// Round 92: what is done to posts a side has gone from, in the passive: "checkpoints at the entrances
// to both towns were removed", "army posts had been dismantled", "government checkpoints were
// deserted", "were left unmanned" (not "checkpoints were set up", "were reinforced").
bool isLeftBehindWord(std::string_view w)
{
    return w == "removed" || w == "dismantled" || w == "deserted" || w == "unmanned" || w == "abandoned"
        // round 100: "army checkpoints around the town had been emptied", "security branches in the town
        // appear to have been vacated", "positions were evacuated"
        || w == "emptied" || w == "vacated" || w == "evacuated";
}

// Round 100: a hyphen or apostrophe inside a name or compound ("Moadamiyat al-Sham", "the
// Homs-Damascus highway", "Izra'") is part of the words it joins, not a break in the subject.
bool joinsWords(const std::vector<Word>& words, std::size_t j)
{
    return words[j].punct && (words[j].lower == "-" || words[j].lower == "'") && j > 0 && j + 1 < words.size()
        && words[j - 1].end == words[j].start && words[j].end == words[j + 1].start && !words[j - 1].punct;
}

// Round 100: "appear to have been vacated", "seem to have been abandoned": the hedge's "to" at word
// k - 1 belongs to the passive's auxiliaries; returns the index of the hedge verb, or k.
std::size_t pastHedge(const std::vector<Word>& words, std::size_t k)
{
    if (k < 2 || words[k - 1].lower != "to")
        return k;
    const auto& w = words[k - 2].lower;
    if (w == "appear" || w == "appears" || w == "appeared" || w == "seem" || w == "seems" || w == "seemed")
        return k - 2;
    return k;
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
    for (std::size_t j = k; j >= 2 && j + 10 > k; --j) {
        const auto& w = words[j - 1].lower;
        if (words[j - 1].punct && !joinsWords(words, j - 1))
            return std::nullopt;
        // round 92: "army checkpoints in Daraa were abandoned", "posts across the city were deserted"
        if ((w == "at" || w == "on" || w == "near" || w == "along" || w == "around" || w == "east" || w == "west"
                || w == "north" || w == "south" || w == "in" || w == "inside" || w == "across" || w == "throughout")
            && isPostNoun(words[j - 2].lower))
            return j - 2;
    }
    return std::nullopt;
}

} // namespace

void addEmptyPosts(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i].lower != "empty" && isLeftBehindWord(words[i].lower)) {
            // "were removed", "had been dismantled", "were left unmanned": a passive's auxiliary
            // right before (the trigger takes in "left"), and posts its subject.
            const std::size_t first = words[i - 1].lower == "left" ? i - 1 : i;
            std::size_t k = first;
            while (k > 0 && isAuxiliary(words[k - 1].lower))
                --k;
            k = pastHedge(words, k);
            if (k == first || k == 0 || !isPassiveAuxiliary(words[first - 1].lower) || !postNounBefore(words, k))
                continue;
            if (first < i) // "left unmanned": one trigger, not "left" with no object
                std::erase_if(out, [&](const Trigger& t) { return t.first == first && t.last == i; });
            if (std::any_of(out.begin(), out.end(), [&](const Trigger& t) { return t.first <= i && first < t.last; }))
                continue;
            out.push_back(Trigger {.first = first, .last = i + 1, .kind = core::ClaimKind::Withdrew,
                .frame = TriggerFrame::Active});
            continue;
        }
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

namespace {

// Where the subject of a passive withdrawal ends: before "had been", "were all", "appear to have
// been" right before the participle (at least one auxiliary), or nothing.
std::optional<std::size_t> passiveSubjectEnd(const Sent& s, const Trigger& t)
{
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
        } else if (aux > 0 && pastHedge(s.words, k) < k) {
            k = pastHedge(s.words, k);
        // Round 110: the adverb stands between the auxiliary and the participle too ("was also
        // abandoned", "were all abandoned"), not only before the auxiliary.
        } else if (!adverb && (w == "all" || w == "reportedly" || w == "quickly" || w == "also")) {
            adverb = true;
            --k;
        } else
            break;
    }
    if (aux == 0 || k == 0)
        return std::nullopt;
    return k;
}

// Round 110: "the Hama airbase was abandoned", "Kuweires air base, one of the largest in the north,
// was also abandoned", "Damascus International Airport was deserted by morning": a military
// facility or a border crossing in Syria that is itself the subject of the passive was left by its
// holder, which is the state's unless an agent says otherwise ("by its residents" names one; the
// caller asks). Not a town ("the village was abandoned" tells of its people) and not a place
// abroad.
bool facilitySubject(const Sent& s, std::size_t k)
{
    // Across an apposition of up to 15 words: "The nearby 82nd Brigade base, once one of the regime's
    // most fortified positions in the south, was also abandoned".
    if (k >= 2 && s.words[k - 1].lower == ",")
        for (std::size_t j = k - 2; j > 0 && j + 16 > k; --j)
            if (s.words[j].lower == ",") {
                k = j;
                break;
            }
    return std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) {
        return p.last == k && p.country == "SY" && !p.anaphoric && p.relation.empty()
            && (p.kind == core::PlaceKind::Airbase || p.kind == core::PlaceKind::Military
                || p.kind == core::PlaceKind::BorderCrossing);
    });
}

} // namespace

std::optional<std::size_t> postsSubject(const Sent& s, const Trigger& t)
{
    // "army checkpoints had been abandoned", and round 92: across the place they stood at ("army
    // checkpoints in Daraa were abandoned overnight").
    const auto k = passiveSubjectEnd(s, t);
    return k ? postNounBefore(s.words, *k) : std::nullopt;
}

std::optional<Binding> postsOwner(const Sent& s, const Trigger& t, const ActorBinder& binder)
{
    // Round 110: "the Kuweires air base was abandoned": a facility by its own name, whose head may be
    // a post noun with no owner before it ("air base").
    // Not when a "with" clause tells who left (round 11, read by the caller): "Damascus International
    // Airport has been abandoned, with flights cancelled" names no one, and the text's own account wins.
    const auto end = passiveSubjectEnd(s, t);
    const bool withClause = t.last + 1 < s.words.size() && s.words[t.last].lower == ","
        && s.words[t.last + 1].lower == "with";
    const std::optional<Binding> facility = end && !withClause && facilitySubject(s, *end)
        ? std::optional<Binding> {Binding {"government", 2, false, false, *end - 1}}
        : std::nullopt;
    const auto subject = postsSubject(s, t);
    if (!subject)
        return facility;
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
        // round 92: "army and security checkpoints", "police posts" (not "HTS security checkpoints":
        // an actor before the word owns them, and the matcher has read it above).
        const bool ownedBefore = noun >= 2 && std::any_of(s.actors.begin(), s.actors.end(), [&](const auto& a) {
            return !a.pronoun && a.lastWord + 1 == noun && !a.actorId.empty();
        });
        if (w == "army" || w == "government" || w == "military"
            || ((w == "security" || w == "police") && !ownedBefore))
            return Binding {"government", 2, false, false, noun - 1};
        // "the 52nd Brigade base was empty by Friday evening": a base named for an army unit.
        if (s.words[noun].lower == "base" && (w == "brigade" || w == "division" || w == "regiment"))
            return Binding {"government", 2, false, false, noun - 1};
    }
    // Round 100: "Residents of Darayya reported that checkpoints had been deserted during the evening":
    // checkpoints with no article and no party named for them are the state's, which held the roads;
    // not "the checkpoints" (some the text told of, whoever held them: rounds 60 and 61), and not when
    // an actor stands anywhere before them ("HTS fighters said checkpoints had been abandoned").
    const auto& head = s.words[noun].lower;
    const auto& before = noun > 0 ? s.words[noun - 1].lower : std::string {};
    const bool bare = before != "the" && before != "these" && before != "those" && before != "its"
        && before != "their" && before != "our" && before != "new" && before != "s" && before != "own";
    if ((head == "checkpoints" || head == "roadblocks") && bare) {
        const bool actorBefore = std::any_of(s.actors.begin(), s.actors.end(), [&](const auto& a) {
            return !a.actorId.empty() && a.lastWord <= noun;
        });
        if (!actorBefore)
            return Binding {"government", 2, false, false, noun};
    }
    return facility;
}

} // namespace sitrep::text::detail
