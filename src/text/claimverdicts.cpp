#include "claimverdicts.h"

#include "claimwords.h"
#include "sentences.h"
#include "speaker.h"

#include <array>
#include <optional>
#include <string_view>

namespace sitrep::text {

namespace {

// A verb of naming, the determiner of what it names, and the reports it names false ("the ministry
// called these reports \"baseless\"").
constexpr std::array<std::string_view, 10> kNaming{"called", "calls", "calling", "branded", "brands", "described",
                                                   "describes", "labelled", "labeled", "termed"};
constexpr std::array<std::string_view, 4> kDeterminers{"the", "these", "those", "such"};
constexpr std::array<std::string_view, 9> kReports{"reports", "report", "claims", "claim", "rumours", "rumors",
                                                   "news", "allegations", "accounts"};

struct Verdict {
    std::size_t first = 0; // the speaker phrase, end exclusive (the verb)
    std::size_t last = 0;
};

// "The Defence Ministry called reports that rebels had entered Hama \"baseless\"", "the army command
// described reports that militants had seized Rastan as \"lies\"": a verb of naming, the reports
// right after it, a verdict of falsehood after them. The speaker is what stands before the verb up
// to the sentence's start or a comma ("On Saturday, the ministry called …"). Not "called on
// residents to stay", nor "called reports … premature" (no verdict of falsehood).
std::optional<Verdict> verdictOnReports(const std::vector<Word>& w)
{
    for (std::size_t v = 1; v + 1 < w.size(); ++v) {
        if (!oneOf(kNaming, w[v].lower))
            continue;
        std::size_t k = v + 1;
        if (oneOf(kDeterminers, w[k].lower))
            ++k;
        if (k >= w.size() || !oneOf(kReports, w[k].lower))
            continue;
        bool verdict = false;
        for (std::size_t j = k + 1; j < w.size() && !verdict; ++j)
            verdict = isFalseVerdict(w[j].lower) ||
                      (w[j].lower == "lies" && (w[j - 1].punct || w[j - 1].lower == "as" || w[j - 1].lower == "all"));
        if (!verdict)
            continue;
        std::size_t first = v;
        while (first > 0 && w[first - 1].lower != "," && w[first - 1].lower != ":" && w[first - 1].lower != "-")
            --first;
        if (first < v && v - first <= 8)
            return Verdict {first, v};
    }
    return std::nullopt;
}

} // namespace

const Attribution* verdictBackDenial(const std::vector<Word>& words, const std::vector<Attribution>& atts)
{
    // "Rebel channels claim fighters have entered Homs. A military source called the claims \"lies\"
    // and said the army is fighting at the city's entrances": the claims of the sentence before,
    // named false by the speaker of the sentence's other verb. Only a pointing determiner and the
    // verdict right after the noun ("called the claims \"lies\"", "described these reports as
    // fabricated"): "called reports that rebels had entered Hama false" opens the reports' own words.
    for (std::size_t v = 1; v + 3 < words.size(); ++v) {
        if (!oneOf(kNaming, words[v].lower) || !oneOf(kDeterminers, words[v + 1].lower) || !oneOf(kReports, words[v + 2].lower))
            continue;
        std::size_t k = v + 3;
        while (k < words.size() && (words[k].lower == "\"" || words[k].lower == "'" || words[k].lower == "as" ||
                                    words[k].lower == "completely" || words[k].lower == "totally" ||
                                    words[k].lower == "utterly"))
            ++k;
        if (k >= words.size() || !(isFalseVerdict(words[k].lower) || words[k].lower == "lies"))
            continue;
        for (const auto& a : atts)
            if (!a.vague && !a.rebuts && a.phraseLast == v && a.phraseFirst < v)
                return &a;
    }
    return nullptr;
}

void verdictSpeakers(std::vector<ExtractedClaim>& out, const ActorMatcher& actors)
{
    const SpeakerFinder finder(actors);
    for (auto& e : out) {
        auto& c = e.claim;
        // Only where no speaker was found: the outlet voices the denial.
        if (c.stance != core::Stance::Denies || c.source.speaker != c.source.outlet ||
            c.source.side == core::SpeakerSide::Government)
            continue;
        const auto words = splitWords(c.source.sentence);
        const auto verdict = verdictOnReports(words);
        if (!verdict)
            continue;
        const auto mentions = actors.find(c.source.sentence);
        const auto side = finder.classify(words, verdict->first, verdict->last, mentions);
        if (side != core::SpeakerSide::Government && side != core::SpeakerSide::Opposition)
            continue;
        c.source.speaker = c.source.sentence.substr(words[verdict->first].start,
                                                    words[verdict->last - 1].end - words[verdict->first].start);
        c.source.side = side;
        // "called reports that Homs had fallen \"completely false\" and said troops were in full
        // control": the state denies the other side's gain, not its own army's.
        if (side == core::SpeakerSide::Government && c.actor == "government" && (e.strength < 3 || c.hedged) &&
            (c.kind == core::ClaimKind::Captured || c.kind == core::ClaimKind::Entered))
            c.actor = "opposition";
    }
}

} // namespace sitrep::text
