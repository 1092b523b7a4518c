#pragma once
// Who said a claim, and the readings of a denial that one trigger alone does not give: a denial
// that points back ("Rebels said they had captured Hatla and Khasham. However, a Syrian military
// source denied this": the second sentence names no place and no verb of ground; what it denies is
// the sentence before, each gain and loss in the denier's own voice), the party a government denial
// implies, its day; and the army's word for its own withdrawal ("redeployed").
#include "claimextractor.h"
#include "claimlexicon.h"
#include "claimsentence.h"
#include "sentences.h"
#include "speaker.h"

#include <optional>
#include <string>
#include <vector>

namespace sitrep::text {

// Who said it, for a claim of sentence `s` of `article`: the attribution `att` when it names a
// speaker, else the outlet, speaking for `outletVoice` (SpeakerFinder::articleVoice of the article,
// read once per article: SANA's is the government's).
void fillSource(core::Provenance& p, const core::Article& article, core::SpeakerSide outletVoice,
                const detail::Sent& s, const Attribution* att);

// The attribution of `atts` whose deny cue takes a word pointing back as its whole object ("denied
// this", "rejected the report", "dismissed these claims as fabricated"), or nullptr.
[[nodiscard]] const Attribution* backDenial(const std::vector<Word>& words, const std::vector<Attribution>& atts);

// Appends to `out` a denial in `voice` of each affirmed gain or loss claimed by the sentence that
// starts at `previousStart` (its claims' source.start) by a speaker of another side, unless the
// denying sentence (its claims from `own` on) states a denial of its own; ids continue `idPrefix`.
void echoDenial(std::vector<ExtractedClaim>& out, std::size_t own, std::size_t previousStart,
                const core::Provenance& voice, const std::string& idPrefix);

// The party a government denial implies for a nominal claim that names none: "denied reports of a
// withdrawal from Homs" (its own side's), "denied the fall of Hama" (the other side's gain); else
// nothing. `att`: the attribution vouching for the trigger.
[[nodiscard]] std::optional<detail::Binding> deniedParty(const Trigger& t, const Attribution* att);

// "The army denied rebel claims that fighters had broken into the city of Hama": a government source
// denies the other side's gains, not its own. A gain it denies that was bound to the government
// only loosely (not by its subject, strength < 3) is the opposition's. Claims from `from` on.
void denyOtherSide(std::vector<ExtractedClaim>& out, std::size_t from);

// "State TV also denied that rebels had entered Homs, which opposition fighters said they had
// entered that evening": a denial with no time of its own (claims from `from` on) takes the time of
// the affirmed claim on the same place its sentence dates.
void dateDenials(std::vector<ExtractedClaim>& out, std::size_t from);

// "Its units had been \"redeployed and repositioned outside the city\", the army command said",
// "rebels sweep into Aleppo as army admits 'redeployment'": a redeployment is the army's word for
// its own withdrawal; one bound to the opposition's side is the government's.
// Runs verdictSpeakers (claimverdicts.h), ownSideDenials and deniedFalls first (all read the whole
// article's claims with the actors).
void armyRedeploys(std::vector<ExtractedClaim>& out, const ActorMatcher& actors);

// A government voice's denial whose party its sentence does not name is about its own side or its
// enemy, not a third party the article named elsewhere: "The Ministry of Defence denied what it
// called \"rumours\" about the withdrawal of its forces from Homs" (its = the ministry's, not
// Russia's of the sentence before) and "Syria's Defense Ministry denies reports that the army has
// withdrawn" (the Syrian army, in an article about Israel's) deny the government's withdrawal;
// "dismissing as \"fabrications\" reports that the mountain had fallen" (no taker, the actor only
// guessed) denies the opposition's gain.
void ownSideDenials(std::vector<ExtractedClaim>& out, const ActorMatcher& actors);

// "the Syrian command denied that they had fallen and insisted that its units still held both",
// "its forces \"remain in full control\" of the town of Suran, denying what it described as
// \"rumours\" of its fall": a government voice that holds places and denies the fall of what a
// pronoun stands for denies the opposition's capture of each place it holds in that sentence.
void deniedFalls(std::vector<ExtractedClaim>& out, const ActorMatcher& actors);

} // namespace sitrep::text
