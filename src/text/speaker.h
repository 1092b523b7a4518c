#pragma once
// Speaker: who vouches for a statement in a news sentence — "a rebel commander said", "state
// television insisted", "according to residents" — and which side of the war that voice is on,
// so lenses can show one side's own claims or only independent ones. When nobody is named the
// outlet itself speaks.
#include "actormatcher.h"
#include "core/article.h"
#include "core/claim.h"
#include "sentences.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct Attribution {
    std::string speaker;          // "a rebel commander", "state television"
    core::SpeakerSide side = core::SpeakerSide::Unknown;
    std::size_t cue = 0;          // word index of the reporting verb or "according"
    std::size_t phraseFirst = 0;  // word indices of the speaker phrase, end exclusive
    std::size_t phraseLast = 0;
    std::size_t scopeFirst = 0;   // the words the attribution vouches for, end exclusive
    std::size_t scopeLast = 0;
    bool denies = false;          // "denied", "dismissed", "rejected"
    bool hedges = false;          // "claimed", "alleged"
    bool pronoun = false;         // "it said": the speaker is the one named before
    bool vague = false;           // "sources", "reports": the outlet vouches
    bool rebuts = false;          // ", a claim the ministry dismissed as …": denies what came before
};

class SpeakerFinder {
public:
    explicit SpeakerFinder(const ActorMatcher& actors) : m_actors(actors) {}

    // Attributions of one sentence; `words` and `actors` are of the same text.
    [[nodiscard]] std::vector<Attribution> find(std::string_view sentence, const std::vector<Word>& words,
                                                const std::vector<ActorMention>& actors) const;

    // The side of a speaker phrase: residents, monitors and agencies are independent (even
    // when they speak with army or rebel sources), state media and officers government, rebel
    // commanders opposition, experts analysts; a phrase naming both sides is independent.
    [[nodiscard]] core::SpeakerSide classify(const std::vector<Word>& words, std::size_t first, std::size_t last,
                                             const std::vector<ActorMention>& actors) const;

    // The side of an outlet speaking for itself: state media (SANA, al-Ikhbariya…) government,
    // a few opposition channels opposition, everyone else independent.
    [[nodiscard]] static core::SpeakerSide outletSide(std::string_view outlet);
    // The side an article's own voice speaks for: its outlet's by the table above; an outlet the
    // table does not know speaks for the government when its own words call the rebels
    // "terrorists" (speakervoice.cpp).
    [[nodiscard]] static core::SpeakerSide articleVoice(const core::Article& article);

private:
    const ActorMatcher& m_actors;
};

// The party an outlet is the own voice of, by its name (speakeroutlets.cpp): "hezbollah" for
// Al-Manar, "hts" for the Command's agencies, "sdf" for Hawar News, "government" for SANA and the
// Syrian state's papers, "opposition" for an opposition channel; empty for everyone else (Russian
// and Iranian state media speak for the government's side but are not the Syrian state's voice).
[[nodiscard]] std::string_view outletParty(std::string_view outlet);

// A verb of denial that makes its speaker's clause a denial: "denied", "dismissing", "rejected", …
[[nodiscard]] bool isDenyCue(std::string_view lowerWord);

} // namespace sitrep::text
