#include "claimdenialcues.h"

#include "claimechoes.h"
#include "claimwords.h"
#include "speaker.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::text::detail {

using core::ClaimKind;
using core::SpeakerSide;

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::string_view at(const Sent& s, std::size_t k)
{
    return k < s.words.size() ? std::string_view(s.words[k].lower) : std::string_view();
}

// Whether the sentence tells of ground at all: a control verb or noun ("reports of terrorists
// entering Hama are lies", "talk of its fall"), not "denied the casualty figures were true".
bool speaksOfGround(const Sent& s)
{
    if (std::any_of(s.triggers.begin(), s.triggers.end(), [](const Trigger& t) {
            return t.kind == ClaimKind::Captured || t.kind == ClaimKind::Entered || t.kind == ClaimKind::Withdrew ||
                   t.kind == ClaimKind::Controls || t.kind == ClaimKind::Surrendered;
        }))
        return true;
    return std::any_of(s.words.begin(), s.words.end(), [](const Word& w) {
        return w.lower == "fall" || w.lower == "fallen" || w.lower == "loss" || w.lower == "entry" || w.lower == "withdrawal" ||
               w.lower == "control";
    });
}

// The denial cues of a sentence: the first that reports are false ("lies", "fabricated", "no
// truth", "rumours", in a sentence about ground) or a loss is denied ("has not fallen", "did not
// enter"), and the first that ground is held in the face of it ("remains in full control of Homs":
// only its object denied). Not "repelled an attack on Suran" or "the situation is calm": a battle
// or a mood the army reports, which readers do not take as denying a loss.
struct Cues {
    std::size_t report = kNone;
    std::size_t held = kNone;
};

Cues denialCues(const Sent& s)
{
    Cues c;
    const bool ground = speaksOfGround(s);
    for (std::size_t k = 0; k < s.words.size(); ++k) {
        const std::string_view w = at(s, k), prev = k > 0 ? at(s, k - 1) : std::string_view();
        // ("the army was \"in full control\" of Homs": past a closing quote.)
        const std::string_view next = at(s, k + 1) == "\"" || at(s, k + 1) == "'" ? at(s, k + 2) : at(s, k + 1);
        const bool report = isFalseVerdict(w) || w == "lies" || w == "fabrication" || w == "rumours" ||
                            w == "rumors" || w == "disinformation" || (w == "truth" && prev == "no");
        const bool notLost = (w == "not" || w == "never") &&
                             (next == "fallen" || next == "fall" || next == "entered" || next == "enter" ||
                              next == "penetrated" || next == "reached");
        if (c.report == kNone && ((report && ground) || notLost))
            c.report = k;
        if (c.held == kNone && w == "control" &&
            (prev == "full" || prev == "complete" || prev == "firm" || prev == "total" || prev == "in" ||
             prev == "under") &&
            (next == "of" || next == "over"))
            c.held = k;
    }
    return c;
}

// The places "in full control of" names: the first one right after it and those listed with it
// ("of Rastan and Talbiseh"), not a place an aside names ("of Homs, the gateway to Damascus").
bool heldObject(const Sent& s, std::size_t cue, const PlaceSlot& p)
{
    std::size_t k = cue + 2 + (at(s, cue + 1) == "\"" || at(s, cue + 1) == "'");
    for (const auto& o : s.slots) {
        if (o.first < k)
            continue;
        bool gap = o.first <= k + 3;
        for (std::size_t j = k; j < o.first && gap; ++j)
            gap = oneOf(std::array<std::string_view, 8>{"the", "city", "town", "towns", "village", "of", "and", ","},
                        at(s, j)) && !(at(s, j) == "," && at(s, j + 1) != "and");
        if (!gap)
            return false;
        if (&o == &p)
            return true;
        k = o.last;
    }
    return false;
}

// A speaker that points back to one named before: "it", "the source", "the same source", "the ministry".
bool pointsBack(std::string_view phrase)
{
    const std::string p = asciiLower(phrase);
    return p == "it" || p == "the source" || p == "the sources" || p == "the ministry" || p == "the command" ||
           p == "the statement" || p == "the official" || p.starts_with("the same ");
}

// A state outlet the sentence names before its cue, as the voice or the one that carried it: "a
// military source quoted by SANA called reports … 'lies'", "SANA had quoted a military source as
// saying that reports … were 'completely false'", "Al-Mayadeen, for its part, was still reporting
// that … claims of militants entering the city were 'fabrications'". Only a whole name ("SANA", not
// "Sanamayn"): the span matches an outlet and loses it with its first or last letter gone.
std::string stateConduit(const Sent& s, std::size_t upTo)
{
    const std::string& text = s.sentence->text;
    for (std::size_t k = 0; k < upTo && k < s.words.size(); ++k)
        for (std::size_t j = k; j < k + 5 && j < upTo && j < s.words.size(); ++j) {
            const std::string span = text.substr(s.words[k].start, s.words[j].end - s.words[k].start);
            if (span.size() < 3 || !(std::isupper(static_cast<unsigned char>(span.front())) || span.starts_with("al-")) ||
                SpeakerFinder::outletSide(span) != SpeakerSide::Government ||
                SpeakerFinder::outletSide(span.substr(1)) == SpeakerSide::Government ||
                SpeakerFinder::outletSide(span.substr(0, span.size() - 1)) == SpeakerSide::Government)
                continue;
            return span;
        }
    return {};
}

struct Voice {
    bool government = false;
    std::string speaker;
};

// The voice of the sentence when it is the state's: an attribution of the government side (or
// one pointing back to such a speaker), the speaker phrase that opens the sentence before a colon
// or a verb of saying ("Ministry of Defence: …", "The General Command affirmed …"), or a state
// outlet speaking for itself. No voice when an opposition speaker is attributed.
Voice stateVoice(const Sent& s, const core::Article& article, SpeakerSide outletVoice, const ActorMatcher& actors,
                 const Attribution* before, std::size_t upTo)
{
    Voice v;
    bool named = false;
    const bool backGov = before && before->side == SpeakerSide::Government;
    for (const auto& a : s.attributions) {
        SpeakerSide side = a.side;
        if ((a.pronoun || pointsBack(a.speaker)) && backGov)
            side = SpeakerSide::Government;
        // ("reports by terrorist groups and their media that …": the reports' source, not the voice.)
        const std::string_view by = a.phraseFirst > 0 ? at(s, a.phraseFirst - 1) : std::string_view();
        if (side == SpeakerSide::Opposition && by != "by" && by != "of" && by != "on")
            return {};
        if (side == SpeakerSide::Opposition)
            continue;
        if (side == SpeakerSide::Government && !v.government)
            v = {true, a.pronoun && before ? before->speaker : a.speaker};
        named = named || (!a.vague && side != SpeakerSide::Government);
    }
    if (v.government)
        return v;
    if (const std::string outlet = stateConduit(s, upTo); !outlet.empty())
        return {true, outlet};
    // The opening phrase: after a clock ("17:20 - ") and the last comma before its end.
    static constexpr std::array<std::string_view, 16> kSaying{
        "said", "says", "reporting", "affirmed", "affirms", "assured", "insisted", "insists", "stressed", "described",
        "called", "confirmed", "announced", "reported", "denied", "told"};
    std::size_t end = kNone;
    for (std::size_t k = 1; k < s.words.size() && k < 20 && end == kNone; ++k)
        if ((at(s, k) == ":" && k + 1 < s.words.size() && !std::isdigit(static_cast<unsigned char>(at(s, k - 1).front())) &&
             at(s, k - 1) != "-" && at(s, k - 1) != "–") || oneOf(kSaying, at(s, k)))
            end = k;
    if (end != kNone) {
        std::size_t first = end;
        while (first > 0 && at(s, first - 1) != "," && at(s, first - 1) != "-" && at(s, first - 1) != "–" &&
               at(s, first - 1) != ":")
            --first;
        if (first < end) {
            const std::string phrase = s.sentence->text.substr(s.words[first].start,
                                                               s.words[end - 1].end - s.words[first].start);
            // ("Syrian television assured viewers …": Syria's television is the state's.)
            const bool syrianTv = end == first + 2 && at(s, first) == "syrian" &&
                                  (at(s, first + 1) == "television" || at(s, first + 1) == "tv");
            const SpeakerSide side = (pointsBack(phrase) && backGov) || syrianTv
                                         ? SpeakerSide::Government
                                         : SpeakerFinder(actors).classify(s.words, first, end, s.actors);
            if (side == SpeakerSide::Opposition)
                return {};
            if (side == SpeakerSide::Government)
                return {true, pointsBack(phrase) && before ? before->speaker : phrase};
        }
    }
    if (!named && s.attributions.empty() && outletVoice == SpeakerSide::Government)
        return {true, article.outlet};
    return {};
}

bool names(const PlaceSlot& p, const ExtractedClaim& c)
{
    return std::find(p.placeIds.begin(), p.placeIds.end(), c.claim.placeId) != p.placeIds.end();
}

// The side whose gain the state denies: an opposition actor the sentence names outside its
// speaker, else the last opposition actor the article told gaining or fighting for ground ("HTS
// fighters reached the edge of Homs"), else the umbrella.
std::string attacker(const std::vector<ExtractedClaim>& out, const Sent& s, const ActorMatcher& actors)
{
    const auto opposition = [&](std::string_view id) {
        const core::Actor* a = actors.actor(id);
        return a && a->side == "opposition";
    };
    for (const auto& a : s.actors)
        if (!a.pronoun && !a.generic && !a.actorId.empty() && opposition(a.actorId) &&
            !inAttribution(s, a.firstWord, a.lastWord))
            return a.actorId;
    for (auto c = out.rbegin(); c != out.rend(); ++c)
        if (c->claim.stance == core::Stance::Affirms && opposition(c->claim.actor) &&
            (c->claim.kind == ClaimKind::Captured || c->claim.kind == ClaimKind::Entered ||
             c->claim.kind == ClaimKind::Contested || c->claim.kind == ClaimKind::Besieged))
            return c->claim.actor;
    return "opposition";
}

// What the false reports told of a place (the kind denied, and who lost it for a loss): the
// place within six words after a control verb or noun of the sentence ("reports of terrorists
// entering Hama", "talk of its fall", "reports of an army withdrawal from Qusayr"), none across a
// comma or a clause. A loss needs its loser named by the verb (an army word or a government-side
// actor, or a bare noun of withdrawal): "denied rumours that Assad had left Damascus" tells of a
// person, not of ground.
struct Told {
    bool ok = false;
    ClaimKind kind = ClaimKind::Captured;
    std::string loser;
};

Told toldOf(const Sent& s, const PlaceSlot& p, const ActorMatcher& actors, std::string_view ownParty)
{
    static constexpr std::array<std::string_view, 7> kArmy{"army", "troops", "units", "forces", "soldiers",
                                                           "regime", "military"};
    for (const auto& t : s.triggers) {
        const bool ground = t.kind == ClaimKind::Captured || t.kind == ClaimKind::Entered ||
                            t.kind == ClaimKind::Withdrew || t.kind == ClaimKind::Surrendered;
        if (!ground || p.first < t.last || p.first > t.last + 6)
            continue;
        bool across = false;
        for (std::size_t j = t.last; j < p.first && !across; ++j)
            across = at(s, j) == "," || at(s, j) == ";" || isClauseBoundary(s.words, j);
        if (across)
            continue;
        if (t.kind == ClaimKind::Captured || t.kind == ClaimKind::Entered)
            return {true, t.kind, {}};
        const std::size_t from = t.first > 4 ? t.first - 4 : 0;
        for (std::size_t j = from; j < p.first; ++j)
            if (oneOf(kArmy, at(s, j)))
                return {true, ClaimKind::Withdrew, "government"};
        for (const auto& a : s.actors) {
            const core::Actor* who = actors.actor(a.actorId);
            if (who && who->side == "government" && a.firstWord >= from && a.lastWord <= p.first &&
                !inAttribution(s, a.firstWord, a.lastWord))
                return {true, ClaimKind::Withdrew, a.actorId};
        }
        // "Al-Manar described reports of a withdrawal from Qusayr as lies": a withdrawal no one is
        // named for, denied by a voice of the state's side, is that side's own.
        if (at(s, t.first) == "withdrawal" || at(s, t.first) == "pullout" || at(s, t.first) == "retreat")
            return {true, ClaimKind::Withdrew, std::string(ownParty.empty() ? "government" : ownParty)};
    }
    // "the fall of Rastan", "Suran … rumours of its fall" (the place named last before it), "reports
    // of the loss of Zayn al-Abidin": a loss the state denies is the other side's capture.
    for (std::size_t k = 0; k < s.words.size(); ++k) {
        if (at(s, k) != "fall" && at(s, k) != "fallen" && at(s, k) != "loss")
            continue;
        const bool its = k > 0 && at(s, k - 1) == "its" && p.last < k &&
                         std::none_of(s.slots.begin(), s.slots.end(),
                                      [&](const PlaceSlot& o) { return o.first > p.first && o.last < k; });
        // ("reports of Hama's fall")
        bool possessive = p.last < k && p.last + 2 >= k;
        for (std::size_t j = p.last; j < k && possessive; ++j)
            possessive = oneOf(std::array<std::string_view, 5>{"'s", "’s", "'", "’", "s"}, at(s, j));
        if ((p.first > k && p.first <= k + 3 && at(s, k + 1) == "of") || (p.anaphoric && p.last == k) || its ||
            possessive)
            return {true, ClaimKind::Captured, {}};
    }
    return {};
}

} // namespace

void addDenialCueClaims(std::vector<ExtractedClaim>& out, std::size_t from, const Sent& s, std::size_t si,
                        const core::Article& article, SpeakerSide outletVoice, const ExtractOptions& options,
                        const DateResolver& dates, const ActorMatcher& actors, const Attribution* before)
{
    if (s.words.empty() || s.words.back().lower == "?")
        return;
    const Cues cues = denialCues(s);
    if (cues.report == kNone && cues.held == kNone)
        return;
    const Voice voice = stateVoice(s, article, outletVoice, actors, before, std::min(cues.report, cues.held));
    if (!voice.government)
        return;
    // The party whose own withdrawal a bare "reports of a withdrawal" denies: the voice's outlet's,
    // else that of the party outlet the sentence names ("Al-Manar, the party's television station,
    // described reports of a withdrawal from Qusayr as 'lies'": Hezbollah's).
    std::string_view party = outletParty(voice.speaker);
    const std::string conduit = party.empty() ? stateConduit(s, s.words.size()) : std::string();
    if (party.empty())
        party = outletParty(conduit);
    const std::size_t own = out.size();
    for (const auto& p : s.slots) {
        if (p.placeIds.empty() || p.region || p.dateline || p.kind == core::PlaceKind::Country ||
            !options.keepsCountry(p.country) || inAttribution(s, p.first, p.last))
            continue;
        // What the false reports told of it ("reports of its fall were lies"), else its being held
        // ("remains in full control of Suran": a capture denied).
        const Told reported = cues.report != kNone ? toldOf(s, p, actors, party) : Told{};
        // (Named: "in full control of its neighbourhoods" is the army's word on the city it holds.)
        const bool held = !reported.ok && !p.anaphoric && cues.held != kNone && heldObject(s, cues.held, p);
        const Told told = held ? Told{true, ClaimKind::Captured, {}} : reported;
        bool denied = false, gained = false;
        ExtractedClaim* otherVoice = nullptr;
        for (std::size_t i = from; i < own; ++i) {
            auto& c = out[i];
            if (!names(p, c))
                continue;
            if (c.claim.stance == core::Stance::Denies) {
                // (A state denial of the state's own control — "in full control of" misread — denies no loss.)
                denied = denied || (c.claim.source.side == SpeakerSide::Government && c.claim.kind != ClaimKind::Controls);
                if (c.claim.source.side != SpeakerSide::Government && c.claim.source.side != SpeakerSide::Opposition)
                    otherVoice = &c;
            } else if (held || (c.claim.kind != ClaimKind::Controls && c.claim.kind != ClaimKind::Contested)) {
                // "the army recaptured Suran", "the units redeployed outside Hama"; and "remains in full
                // control of Halfaya" read as the state's claim of control stays one (the gold sets'
                // readers take it so: a denial there cost 18 claims for 2).
                gained = true;
            }
        }
        if (denied || gained || (!otherVoice && !told.ok))
            continue;
        if (otherVoice) { // the sentence's own denial, in the voice that was not found
            for (std::size_t i = from; i < own; ++i)
                if (names(p, out[i]) && out[i].claim.stance == core::Stance::Denies &&
                    out[i].claim.source.side != SpeakerSide::Opposition) {
                    out[i].claim.source.side = SpeakerSide::Government;
                    out[i].claim.source.speaker = voice.speaker;
                }
            continue;
        }
        const std::size_t cue = held ? cues.held : cues.report;
        const Trigger t{cue, cue + 1, ClaimKind::Captured};
        const auto [left, right] = clauseOf(s, t);
        const auto timed = claimTime(s, t, left, right, ClaimKind::Captured, dates, article.published);
        for (const auto& id : p.placeIds) {
            ExtractedClaim c;
            c.claim.id = article.id + ":" + std::to_string(si) + ":" + std::to_string(out.size());
            c.claim.placeId = id;
            c.claim.regionId = p.regionId;
            c.claim.actor = told.loser.empty() ? attacker(out, s, actors) : told.loser;
            c.claim.kind = told.kind;
            c.claim.stance = core::Stance::Denies;
            c.claim.time = timed.time;
            c.claim.confidence = 0.5;
            fillSource(c.claim.source, article, outletVoice, s, nullptr);
            c.claim.source.speaker = voice.speaker;
            c.claim.source.side = SpeakerSide::Government;
            c.placeName = p.name.empty() ? p.text : p.name;
            c.placeText = p.text;
            c.trigger = s.sentence->text.substr(s.words[cue].start, s.words[cue].end - s.words[cue].start);
            c.timeUnknown = !timed.time.from.has_value();
            c.publicationDay = timed.publicationDay;
            c.strength = 0;
            out.push_back(std::move(c));
        }
    }
}

} // namespace sitrep::text::detail
