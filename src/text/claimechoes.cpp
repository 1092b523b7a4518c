#include "claimechoes.h"
#include "claimfootholds.h"
#include "claimverdicts.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::text {

namespace {

// A deny cue whose object is the fall of a place a pronoun stands for: "the Syrian command denied
// that they had fallen", "denying what it described as \"rumours\" of its fall".
bool deniesPronounFall(std::string_view sentence)
{
    static constexpr std::array<std::string_view, 4> auxiliaries{"had", "has", "have", "having"};
    const auto w = splitWords(sentence);
    for (std::size_t c = 0; c < w.size(); ++c) {
        if (!isDenyCue(w[c].lower))
            continue;
        for (std::size_t k = c + 1; k + 1 < w.size() && k < c + 10; ++k) {
            const auto& x = w[k].lower;
            if (x == "." || x == ";" || x == "but")
                break;
            if ((x == "its" || x == "their") && w[k + 1].lower == "fall")
                return true;
            if (x == "it" || x == "they") {
                std::size_t j = k + 1;
                if (oneOf(auxiliaries, w[j].lower))
                    ++j;
                // (Not "denied that they had fallen back": a retreat, no place lost.)
                if (j < w.size() && (w[j].lower == "fallen" || w[j].lower == "fell") &&
                    !(j + 1 < w.size() && w[j + 1].lower == "back"))
                    return true;
            }
        }
    }
    return false;
}

// "State television, to the very end, denied that the army had withdrawn.": the army's withdrawal
// denied with no place, the sentence ending on the verb; the deny cue's index, or words.size().
std::size_t bareWithdrawalDenial(const std::vector<Word>& words)
{
    static constexpr std::array<std::string_view, 4> cues{"denied", "denies", "deny", "denying"};
    static constexpr std::array<std::string_view, 6> forces{"army", "troops", "forces", "units", "soldiers",
                                                            "military"};
    const std::size_t n = words.size();
    if (n < 4 || words[n - 1].lower != ".")
        return n;
    for (const auto& t : findTriggers(words)) {
        if (t.kind != core::ClaimKind::Withdrew || t.last + 1 != n)
            continue;
        // Back from the verb: an auxiliary, a subject of two or three words naming the forces, "that", the cue.
        std::size_t k = t.first;
        if (k > 0 && (words[k - 1].lower == "had" || words[k - 1].lower == "has" || words[k - 1].lower == "have"))
            --k;
        bool troops = false;
        std::size_t j = k;
        while (j > 0 && k - j < 3 && !words[j - 1].punct && words[j - 1].lower != "that" && !oneOf(cues, words[j - 1].lower)) {
            troops = troops || oneOf(forces, words[j - 1].lower);
            --j;
        }
        if (!troops || j == k)
            continue;
        if (j > 0 && words[j - 1].lower == "that")
            --j;
        if (j > 0 && oneOf(cues, words[j - 1].lower))
            return j - 1;
    }
    return n;
}

} // namespace

void fillSource(core::Provenance& p, const core::Article& article, core::SpeakerSide outletVoice,
                const detail::Sent& s, const Attribution* att)
{
    p.outlet = article.outlet;
    p.url = article.url;
    p.articleId = article.id;
    p.file = article.file;
    p.start = s.sentence->start;
    p.end = s.sentence->end;
    p.sentence = s.sentence->text;
    if (att && !att->vague) {
        p.speaker = att->speaker;
        p.side = att->side;
    } else {
        p.speaker = att ? att->speaker : (article.outlet.empty() ? "the outlet" : article.outlet);
        p.side = outletVoice;
    }
}

const Attribution* backDenial(const std::vector<Word>& words, const std::vector<Attribution>& atts)
{
    // What the denial takes: the sentence before, by a pointing word or a noun for a report.
    static constexpr std::array<std::string_view, 3> pointers{"this", "that", "it"};
    static constexpr std::array<std::string_view, 10> reportNouns{
        "report", "reports", "claim", "claims", "account", "accounts", "allegation", "allegations", "assertion",
        "assertions"};
    static constexpr std::array<std::string_view, 5> determiners{"the", "these", "those", "such", "this"};
    // What may follow the object: the sentence ends, or goes on about the denial itself ("denied
    // this, telling Mehr that …", "denied this to Izvestia", "dismissed the reports as fabricated").
    // Not "denied reports rebels had entered Homs" (a bare plural opens the report's own words).
    static constexpr std::array<std::string_view, 11> closers{".", ",", ";", ":", "-", "to", "as", "and",
                                                              "outright", "categorically", "in"};
    for (const auto& a : atts) {
        if (!a.denies || a.rebuts || a.cue + 1 >= words.size())
            continue;
        // (Asked only of a government denial: it finds the sentence's triggers again.)
        if (a.side == core::SpeakerSide::Government && a.cue == bareWithdrawalDenial(words))
            return &a;
        std::size_t k = a.cue + 1;
        if (oneOf(pointers, words[k].lower)) {
            ++k;
        } else {
            if (!oneOf(determiners, words[k].lower))
                continue;
            ++k;
            if (k >= words.size() || !oneOf(reportNouns, words[k].lower))
                continue;
            ++k;
        }
        // "denied this." / "denied the report, saying …"; not "denied that rebels had entered Homs".
        if (k == words.size() || oneOf(closers, words[k].lower))
            return &a;
    }
    return verdictBackDenial(words, atts); // "A military source called the claims \"lies\""
}

void echoDenial(std::vector<ExtractedClaim>& out, std::size_t own, std::size_t previousStart,
                const core::Provenance& voice, const std::string& idPrefix)
{
    using core::ClaimKind;
    // "State TV denied this, insisting the army had not withdrawn from Hama": a denial of its own.
    if (std::any_of(out.begin() + static_cast<std::ptrdiff_t>(own), out.end(),
                    [](const ExtractedClaim& c) { return c.claim.stance == core::Stance::Denies; }))
        return;
    const std::size_t end = out.size();
    // "…the group declared Homs \"fully liberated.\" State television, to the very end, denied that
    // the army had withdrawn.": the army's withdrawal from each place the sentence before lost it.
    const auto words = splitWords(voice.sentence);
    const bool bare = bareWithdrawalDenial(words) < words.size();
    for (std::size_t i = 0; i < end; ++i) {
        const core::Claim& said = out[i].claim;
        const bool change = said.kind == ClaimKind::Captured || said.kind == ClaimKind::Entered ||
                            said.kind == ClaimKind::Withdrew || said.kind == ClaimKind::Surrendered;
        // A side does not deny its own report ("State TV said the army had pulled back to Saasa.
        // A military source denied this" is not read: who would it be answering?).
        if (said.source.start != previousStart || !change || said.stance != core::Stance::Affirms ||
            said.source.side == voice.side || said.placeId.empty())
            continue;
        if (bare && std::any_of(out.begin() + static_cast<std::ptrdiff_t>(end), out.end(),
                                [&](const ExtractedClaim& d) { return d.claim.placeId == said.placeId; }))
            continue;
        ExtractedClaim denial = out[i];
        denial.claim.id = idPrefix + ":" + std::to_string(out.size());
        if (bare) {
            denial.claim.actor = "government";
            denial.claim.kind = ClaimKind::Withdrew;
            denial.claim.counterpart.clear();
        }
        denial.claim.stance = core::Stance::Denies;
        denial.claim.hedged = false;
        denial.claim.source = voice;
        denial.trigger = "denied (" + out[i].trigger + ")";
        out.push_back(std::move(denial));
    }
}

std::optional<detail::Binding> deniedParty(const Trigger& t, const Attribution* att)
{
    if (!att || !att->denies || att->side != core::SpeakerSide::Government || t.frame != TriggerFrame::Nominal)
        return std::nullopt;
    detail::Binding b;
    b.word = t.first;
    b.strength = 0; // guessed
    if (t.kind == core::ClaimKind::Withdrew)
        b.actorId = "government";
    else if (t.kind == core::ClaimKind::Captured || t.kind == core::ClaimKind::Entered)
        b.actorId = "opposition";
    else
        return std::nullopt;
    return b;
}

void denyOtherSide(std::vector<ExtractedClaim>& out, std::size_t from)
{
    for (std::size_t i = from; i < out.size(); ++i) {
        auto& c = out[i].claim;
        // (Also a bare group bound firmly but hedged: "the army denied rebel claims that fighters had
        // broken into the city": the state does not deny its own army's entry; round 75.)
        if (c.stance == core::Stance::Denies && c.source.side == core::SpeakerSide::Government &&
            c.actor == "government" && (out[i].strength < 3 || c.hedged) &&
            (c.kind == core::ClaimKind::Captured || c.kind == core::ClaimKind::Entered))
            c.actor = "opposition";
    }
}

void dateDenials(std::vector<ExtractedClaim>& out, std::size_t from)
{
    using core::ClaimKind;
    const auto gain = [](ClaimKind k) { return k == ClaimKind::Captured || k == ClaimKind::Entered; };
    for (std::size_t i = from; i < out.size(); ++i) {
        auto& d = out[i];
        if (d.claim.stance != core::Stance::Denies || !d.publicationDay)
            continue;
        for (std::size_t j = from; j < out.size(); ++j) {
            const auto& o = out[j];
            if (o.claim.stance == core::Stance::Affirms && !o.publicationDay && o.claim.time.from &&
                o.claim.placeId == d.claim.placeId &&
                (o.claim.kind == d.claim.kind || (gain(o.claim.kind) && gain(d.claim.kind)))) {
                d.claim.time = o.claim.time;
                d.publicationDay = false;
                break;
            }
        }
    }
}

void ownSideDenials(std::vector<ExtractedClaim>& out, const ActorMatcher& actors)
{
    for (auto& e : out) {
        auto& c = e.claim;
        if (c.stance != core::Stance::Denies || c.source.side != core::SpeakerSide::Government || c.actor.empty())
            continue;
        // "Western media said Russian forces had withdrawn from Tartus. A source in the ministry
        // denied this": an echoed denial's party is the one the sentence before named.
        if (e.trigger.starts_with("denied ("))
            continue;
        const auto* actor = actors.actor(actors.root(c.actor));
        if (!actor)
            continue;
        // Named in the denial itself ("dismissed reports that Russian forces had abandoned the
        // Tartus base", "denied that the SDF had entered Deir ez-Zor"): the text's own party.
        const auto mentions = actors.find(c.source.sentence);
        const bool named = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
            return !m.pronoun && !m.generic && !m.actorId.empty() && actors.related(m.actorId, c.actor);
        });
        // A party's own channel denying its withdrawal ("Al-Manar, the party's television station,
        // described reports of a withdrawal from Qusayr as 'lies'"): the party's, not the army's.
        if (named || outletParty(c.source.sentence) == actors.root(c.actor))
            continue;
        // (And a withdrawal only guessed to be the other side's: "The news spread by Saudi channels
        // about a withdrawal from the city is completely fabricated", in a state outlet's voice.)
        if (c.kind == core::ClaimKind::Withdrew && actor->side != "government" &&
            (actor->side != "opposition" || e.strength == 0))
            c.actor = "government";
        else if ((c.kind == core::ClaimKind::Captured || c.kind == core::ClaimKind::Entered) && e.strength == 0 &&
                 actor->side != "opposition")
            c.actor = "opposition";
    }
}

void deniedFalls(std::vector<ExtractedClaim>& out, const ActorMatcher& actors)
{
    const std::size_t end = out.size();
    for (std::size_t i = 0; i < end; ++i) {
        const auto& held = out[i].claim;
        if (held.kind != core::ClaimKind::Controls || held.stance != core::Stance::Affirms ||
            held.source.side != core::SpeakerSide::Government || actors.root(held.actor) != "government" ||
            held.placeId.empty() || !deniesPronounFall(held.source.sentence))
            continue;
        const bool denied = std::any_of(out.begin(), out.end(), [&](const ExtractedClaim& o) {
            return o.claim.stance == core::Stance::Denies && o.claim.placeId == held.placeId &&
                   o.claim.source.start == held.source.start && o.claim.source.file == held.source.file;
        });
        if (denied)
            continue;
        ExtractedClaim denial = out[i];
        denial.claim.id = held.id + ":fall";
        denial.claim.actor = "opposition";
        denial.claim.kind = core::ClaimKind::Captured;
        denial.claim.stance = core::Stance::Denies;
        denial.claim.hedged = false;
        denial.claim.counterpart.clear();
        denial.trigger = "denied (fall)";
        denial.strength = 0;
        out.push_back(std::move(denial));
    }
}

void armyRedeploys(std::vector<ExtractedClaim>& out, const ActorMatcher& actors)
{
    verdictSpeakers(out, actors); // "the ministry called reports that Homs had fallen \"false\""
    ownSideDenials(out, actors);
    deniedFalls(out, actors);
    deniedFootholds(out); // "entered large parts of Aleppo, but could not establish positions there"
    for (auto& c : out) {
        std::string_view trigger = c.trigger;
        while (!trigger.empty() && (trigger.front() == '"' || trigger.front() == '\''))
            trigger.remove_prefix(1);
        const bool redeployed = trigger.starts_with("redeploy") || trigger.starts_with("Redeploy") ||
                                trigger.starts_with("reposition");
        if (redeployed && c.claim.kind == core::ClaimKind::Withdrew && actors.root(c.claim.actor) == "opposition")
            c.claim.actor = "government";
    }
}

} // namespace sitrep::text
