#include "claimextractor.h"

#include "claimactors.h"
#include "claimsentence.h"
#include "claimlexicon.h"
#include "claimplaces.h"
#include "dateresolver.h"
#include "sentences.h"
#include "speaker.h"
#include "utf8.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <tuple>

namespace sitrep::text {

using core::ClaimKind;
using core::SpeakerSide;
using namespace detail;

namespace {

// Reads one article; holds what carries from sentence to sentence.
class ClaimReader {
public:
    ClaimReader(const core::Article& article, const std::vector<core::Mention>& mentions,
                  const ActorMatcher& actors, const core::Gazetteer& gazetteer, const ExtractOptions& options)
        : m_article(article), m_mentions(mentions), m_actors(actors), m_options(options), m_speakers(actors),
          m_dates(article.published), m_places(gazetteer, options.findPlace), m_body(article.body),
          m_binder(actors, article.outlet)
    {
    }

    std::vector<ExtractedClaim> run()
    {
        const auto sentences = splitSentences(m_article.body);
        for (std::size_t si = 0; si < sentences.size(); ++si) {
            Sent s;
            s.sentence = &sentences[si];
            s.words = splitWords(sentences[si].text);
            s.actors = m_actors.find(sentences[si].text);
            bindHostArmy(s.actors, m_lastNamedActor);
            m_binder.bindBareGroups(s.actors);
            s.attributions = m_speakers.find(sentences[si].text, s.words, s.actors);
            s.slots = m_places.next(sentences[si], s.words, m_mentions, m_body, s.actors);
            for (auto& t : m_dates.find(sentences[si].text, m_referenceDay, m_originDay)) {
                if (const auto d = DateResolver::dayOf(t)) {
                    m_referenceDay = d; // "… on Friday. That evening, …"
                    if (!m_originDay)
                        m_originDay = d; // "… launched on November 27. Two days into the offensive, …"
                }
                s.times.emplace_back(wordAt(s.words, t.start), std::move(t));
            }
            if (const auto heading = dayHeading(s))
                m_dates.setSectionDay(heading);
            s.triggers = findTriggers(s.words);
            s.previous = &m_previousSlots;
            const std::size_t before = m_out.size();
            if (!(s.words.size() > 0 && s.words.back().lower == "?"))
                for (const auto& t : s.triggers)
                    readTrigger(s, si, t);
            dedupeSentence(m_out, before);
            updateDiscourse(s, before);
            m_previousSlots = s.slots;
            m_previousStart = s.sentence->start;
        }
        consolidate(m_out, m_actors);
        return std::move(m_out);
    }


    // "…the terrorist organizations had been able to enter large parts of Aleppo city. The
    // Command said the armed forces had carried out a redeployment operation": a redeployment that
    // names no place is from the places just entered or taken (this sentence or the one before).
    Objects gainedBefore(const Sent& s, const Trigger& t) const
    {
        Objects out;
        const auto& w = s.words[t.first].lower;
        if (t.kind != ClaimKind::Withdrew || !(w == "redeployment" || w == "repositioning"))
            return out;
        // "a \"redeployment and repositioning\" of its units in Daraa and Sweida": the next trigger names them.
        if (std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
                return g.kind == ClaimKind::Withdrew && g.first > t.first && g.first <= t.last + 3;
            }))
            return out;
        for (const auto& c : m_out) {
            const bool near = c.claim.source.start == s.sentence->start || c.claim.source.start == m_previousStart;
            if (!near || c.claim.stance != core::Stance::Affirms ||
                (c.claim.kind != ClaimKind::Entered && c.claim.kind != ClaimKind::Captured))
                continue;
            const auto& pool = c.claim.source.start == s.sentence->start ? s.slots : m_previousSlots;
            for (const auto& p : pool)
                if (p.placeIds.size() == 1 && p.placeIds.front() == c.claim.placeId && !p.region &&
                    std::none_of(out.begin(), out.end(), [&](const auto& o) { return o.first->placeIds == p.placeIds; })) {
                    out.push_back({&p, ObjectFit{true, false, false}});
                    break;
                }
        }
        return out;
    }

    // "Saturday, 7 December" alone on its line: a live blog's heading for the entries below it.
    static std::optional<std::int64_t> dayHeading(const Sent& s)
    {
        if (s.times.empty() || s.words.size() > 8)
            return std::nullopt;
        for (const auto& w : s.words)
            if (!w.punct && std::none_of(s.times.begin(), s.times.end(), [&](const auto& t) {
                    return t.second.start <= w.start && w.end <= t.second.end;
                }))
                return std::nullopt;
        return DateResolver::dayOf(s.times.back().second);
    }

    void readTrigger(const Sent& s, std::size_t si, const Trigger& t)
    {
        const auto [left, right] = clauseOf(s, t);
        // Hypotheticals: "would", "if Homs falls", "poised to fall".
        for (std::size_t k = left; k < t.first; ++k)
            if (isHypotheticalWord(s.words, k))
                return;
        // "In order to preserve lives and not to draw the fighting into urban areas": a purpose,
        // up to the comma that closes it.
        for (std::size_t k = left; k + 1 < t.first; ++k)
            if (s.words[k].lower == "order" && k > 0 && s.words[k - 1].lower == "in" && s.words[k + 1].lower == "to" &&
                std::none_of(s.words.begin() + static_cast<std::ptrdiff_t>(k), s.words.begin() + static_cast<std::ptrdiff_t>(t.first),
                             [](const Word& w) { return w.lower == ","; }))
                return;
        for (std::size_t k = 0; k < t.first; ++k)
            if (s.words[k].lower == "if" || s.words[k].lower == "unless")
                return;
        if (t.frame == TriggerFrame::Nominal || t.frame == TriggerFrame::Ergative)
            for (std::size_t k = t.last; k < right; ++k)
                if (s.words[k].lower == "would" || s.words[k].lower == "could" || s.words[k].lower == "might")
                    return;

        if (historical(s, t, left, right, m_article.published))
            return;
        if (s.words[t.first].lower.starts_with("reach") && t.last < s.words.size() && s.words[t.last].lower == "by")
            return; // "a resident reached by phone"
        if (t.kind == ClaimKind::Contested && t.first >= 1 &&
            (s.words[t.first - 1].lower == "without" || s.words[t.first - 1].lower == "no" ||
             (t.first >= 2 && (s.words[t.first - 2].lower == "without" || s.words[t.first - 2].lower == "no"))))
            return; // "surrender without a fight", "no sign of fighting around Hmeimim"

        std::size_t windowEnd = right;
        for (const auto& other : s.triggers)
            if (other.first >= t.last && other.first < windowEnd)
                windowEnd = other.first;

        ClaimKind kind = t.kind;
        bool passive = false;
        if (t.frame == TriggerFrame::Active) {
            std::size_t k = t.first;
            while (k > 0 && isSoftWord(s.words[k - 1].lower) && !isPassiveAuxiliary(s.words[k - 1].lower))
                --k;
            passive = (k > 0 && isPassiveAuxiliary(s.words[k - 1].lower) && s.words[t.last - 1].lower.ends_with("ed")) ||
                      (t.last < s.words.size() && s.words[t.last].lower == "by") ||
                      (t.last > t.first + 1 && s.words[t.last - 1].lower == "by");
        }

        // "the withdrawal of the army from the city of Homs", "the entry of terrorists into Homs":
        // the actor after "of", the place after the preposition that follows it.
        ClauseSpan span{left, right, windowEnd, t.last};
        std::optional<Binding> ofActor;
        if (t.ofActor) {
            for (const auto& a : s.actors)
                if (!ofActor && (a.firstWord == t.last || (a.firstWord == t.last + 1 && s.words[t.last].lower == "the")))
                    ofActor = m_binder.bind(s, a, 3);
            if (!ofActor || ofActor->actorId.empty())
                return;
            const auto self = std::find_if(s.actors.begin(), s.actors.end(),
                                           [&](const ActorMention& a) { return a.firstWord == ofActor->word; });
            span.objectFrom = self->lastWord;
            if (span.objectFrom < s.words.size() &&
                (s.words[span.objectFrom].lower == "from" || s.words[span.objectFrom].lower == "into" ||
                 s.words[span.objectFrom].lower == "in" || s.words[span.objectFrom].lower == "out"))
                ++span.objectFrom;
            if (span.objectFrom < s.words.size() && s.words[span.objectFrom].lower == "of")
                ++span.objectFrom; // "out of"
        }
        if (leavesInHands(s, t))
            return;
        Objects objects = findObjects(s, t, span, passive);
        if (objects.empty())
            objects = gainedBefore(s, t);
        if (objects.empty())
            return;
        std::vector<const PlaceSlot*> places;
        std::vector<ObjectFit> fits;
        for (const auto& [p, f] : objects) {
            places.push_back(p);
            fits.push_back(f);
        }

        // Actor.
        std::optional<Binding> actor;
        std::string counterpart;
        switch (t.frame) {
        case TriggerFrame::Active:
        case TriggerFrame::RetreatTo:
        case TriggerFrame::Loss:
        case TriggerFrame::Presence:
            if (passive) {
                // Up to ten words: "by U.S.-backed Kurdish-led forces" is ten tokens.
                for (std::size_t k = t.first; k < std::min(right + 1, s.words.size()); ++k)
                    if (s.words[k].lower == "by")
                        actor = m_binder.actorIn(s, k + 1, std::min(k + 11, s.words.size()), 3);
                // "The airport has been abandoned, with staff and soldiers leaving their posts".
                for (std::size_t k = t.last; k + 2 < std::min(t.last + 4, s.words.size()) && !actor && kind == ClaimKind::Withdrew; ++k)
                    if (s.words[k].lower == "with")
                        for (std::size_t v = k + 2; v < std::min(k + 6, s.words.size()) && !actor; ++v)
                            if (s.words[v].lower == "leaving" || s.words[v].lower == "abandoning" || s.words[v].lower == "fleeing")
                                actor = m_binder.actorIn(s, k + 1, v, 2);
            } else {
                actor = m_binder.subjectOf(s, t, left, kind == ClaimKind::Surrendered);
                // "Kurdish-led forces, which hold Sheikh Maqsoud": the relative pronoun's antecedent.
                // "the Manbij Military Council, whose fighters were driven out": the antecedent's fighters.
                const bool whose = left > 0 && s.words[left - 1].lower == "whose" && actor && actor->generic &&
                                   actor->word == left;
                if (left > 0 && (s.words[left - 1].lower == "which" || s.words[left - 1].lower == "who" || whose) &&
                    (!actor || actor->word < left || whose))
                    for (const auto& a : s.actors)
                        if (!a.pronoun && (a.lastWord + 1 == left || (a.lastWord + 2 == left && s.words[a.lastWord].lower == ",")))
                            actor = m_binder.bind(s, a, 2);
                // Bare "inside": only right after its actor ("reports of rebels inside Homs").
                if (t.frame == TriggerFrame::Presence && t.last == t.first + 1 && s.words[t.first].lower == "inside") {
                    actor.reset();
                    for (const auto& a : s.actors)
                        if (a.lastWord == t.first && !a.pronoun)
                            actor = m_binder.bind(s, a, 3);
                    if (!actor)
                        return;
                }
                // A finite verb needs its subject in its own clause ("as Assad left the capital");
                // only a participle or infinitive borrows one ("…, capturing", "reported gaining").
                const auto& verb = s.words[t.first].lower;
                const bool nonFinite = verb.ends_with("ing") || (t.first > 0 && s.words[t.first - 1].lower == "to") ||
                                       (t.first > 1 && s.words[t.first - 2].lower == "to" &&
                                        (s.words[t.first - 1].lower == "have" || s.words[t.first - 1].lower == "be"));
                // "Rebels declared Damascus liberated": the speaker is the one who took it.
                const bool declares = verb == "declared" || verb == "declare" || verb == "declares";
                // "Kurdish fighters moved into the facility but pulled out": a second verb with no
                // subject of its own shares the first one's.
                bool sharedSubject = left > 0 && s.words[left - 1].lower == "but";
                for (std::size_t k = left; k < t.first && sharedSubject; ++k)
                    sharedSubject = isSoftWord(s.words[k].lower);
                if (actor && actor->strength == 1 && !nonFinite && !declares && !sharedSubject)
                    actor.reset();
                // "After taking Saraqib, rebels advanced south": the subject after the fronted clause.
                if (!actor && nonFinite && left == 1 && s.words[0].lower == "after")
                    for (const auto& a : s.actors)
                        if (!actor && a.firstWord > t.last && !a.pronoun && a.firstWord >= 1 &&
                            (s.words[a.firstWord - 1].lower == "," ||
                             (a.firstWord >= 2 && s.words[a.firstWord - 2].lower == ",")))
                            actor = m_binder.bind(s, a, 2);
                bool fromRelative = false;
                // "The Syrian National Army (SNA), which launched its own operation as Aleppo
                // fell, overran Tal Rifaat": the subject before the relative clause.
                const std::size_t comma = t.first >= 1 && s.words[t.first - 1].lower == "," ? t.first - 1
                                          : left >= 1 && s.words[left - 1].lower == ","   ? left - 1
                                                                                          : 0;
                if (!actor && !nonFinite && comma > 0)
                    if (const auto a = m_binder.antecedentBeforeRelative(s, comma)) {
                        actor = m_binder.bind(s, *a, 2);
                        fromRelative = !actor->actorId.empty();
                    }
                if (kind != ClaimKind::Surrendered && t.frame != TriggerFrame::Presence && !fromRelative &&
                    nonActorSubject(s, t.first, nonFinite))
                    actor.reset();
            }
            break;
        case TriggerFrame::Nominal: {
            if (ofActor) {
                actor = ofActor;
                break;
            }
            if (s.words[t.last - 1].lower == "by") // "an attack by terrorist groups on Homs"
                actor = m_binder.actorIn(s, t.last, std::min(t.last + 6, s.words.size()), 3);
            for (std::size_t k = t.last; k < windowEnd && !actor; ++k)
                if (s.words[k].lower == "by")
                    actor = m_binder.actorIn(s, k + 1, std::min(k + 6, windowEnd), 3);
            // "they are repelling the assault on Homs": the attackers are the ones contesting it,
            // and without "by" nobody names them.
            if (!actor && s.words[t.first].lower.starts_with("repel"))
                return;
            // "the army had repelled an attempt to infiltrate the city": the subject defends.
            if (!actor) {
                const auto before = wordBefore(s, t.first);
                if (before.starts_with("repel") || before.starts_with("thwart") || before.starts_with("foil") ||
                    before.starts_with("repuls"))
                    return;
            }
            if (!actor)
                actor = m_binder.subjectOf(s, t, left, false);
            // "The General Command had announced a temporary redeployment of units in Aleppo": the
            // Syrian army's word for its withdrawals; units nobody names are the army's.
            const bool ofUnits = std::any_of(s.words.begin() + static_cast<std::ptrdiff_t>(t.first),
                                             s.words.begin() + static_cast<std::ptrdiff_t>(t.last), [](const Word& w) {
                                                 return w.lower == "units" || w.lower == "forces" || w.lower == "troops";
                                             });
            if (!actor && ofUnits && (s.words[t.first].lower == "redeployment" || s.words[t.first].lower == "repositioning") &&
                m_actors.actor("government"))
                actor = Binding{"government", 1, false, false, t.first};
            // "fighting broke out between the SDF and Turkish-backed rebels": the first party.
            for (std::size_t k = t.last; k < windowEnd && !actor && kind == ClaimKind::Contested; ++k)
                if (s.words[k].lower == "between")
                    actor = m_binder.actorIn(s, k + 1, std::min(k + 8, windowEnd), 2);
            // "rebel penetration", "the army's withdrawal": the actor right before the noun.
            for (const auto& a : s.actors) {
                const bool adjacent = a.lastWord == t.first ||
                                      (a.lastWord + 2 == t.first && s.words[a.lastWord].lower == "'");
                const auto before = wordBefore(s, a.firstWord);
                if (!a.pronoun && adjacent && (before == "and" || !isObliqueMarker(before)) &&
                    (!actor || actor->strength < 3))
                    actor = Binding{a.actorId, 2, a.generic, false, a.firstWord};
            }
            if (actor && actor->strength >= 2 && actor->word + 3 < t.first)
                actor->strength = 1; // "the rebel offensive … including the capture of"
            break;
        }
        case TriggerFrame::Ergative:
        case TriggerFrame::UnderControl:
        case TriggerFrame::InHands: {
            const std::size_t from = t.frame == TriggerFrame::InHands && t.first >= 4 ? t.first - 4 : t.last;
            actor = m_binder.actorIn(s, from, std::min(windowEnd + 1, s.words.size()), 3);
            if (t.frame != TriggerFrame::Ergative || s.words[t.first].lower == "came" || s.words[t.first].lower == "come" ||
                s.words[t.first].lower == "comes" || s.words[t.first].lower == "coming") {
                // "under rebel control" / "in the hands of": the word "control" or "hands" must be there.
                bool control = s.words[t.first].lower == "hands";
                for (std::size_t k = t.last; k < std::min(t.last + 6, s.words.size()); ++k)
                    control = control || s.words[k].lower == "control" || s.words[k].lower == "occupation" ||
                              s.words[k].lower == "protection"; // "remain under the protection of the Asayish"
                if (!control || !actor)
                    return;
            }
            break;
        }
        case TriggerFrame::HeldAdjective:
            for (const auto& a : s.actors)
                if (a.lastWord == t.first && !a.pronoun)
                    actor = Binding{a.actorId, 3, a.generic, false, a.firstWord};
            if (!actor)
                return;
            break;
        }
        // No actor in the sentence: the party the article was just talking about, for agentless
        // captures ("Hama fell on Thursday") only, and only a party that holds ground.
        // Not for a loss: "the airport has been evacuated" says nothing of the side just named.
        if (!actor && (t.frame == TriggerFrame::Ergative || passive || t.frame == TriggerFrame::Nominal) &&
            !(passive && (kind == ClaimKind::Withdrew || kind == ClaimKind::Entered)) && // "a ceasefire had been reached"
            m_binder.holdsGround(m_binder.lastActor()))
            actor = Binding{m_binder.lastActor(), 0, false, false, 0};
        if (!actor || actor->actorId.empty())
            return;
        // "lost Hama to the rebels": a capture by the winner, or a withdrawal by the loser.
        if (t.frame == TriggerFrame::Loss) {
            for (std::size_t k = t.last; k < windowEnd; ++k)
                if (s.words[k].lower == "to")
                    if (auto winner = m_binder.actorIn(s, k + 1, std::min(k + 5, windowEnd + 1), 3)) {
                        counterpart = actor->actorId;
                        actor = winner;
                        kind = ClaimKind::Captured;
                    }
        } else if (kind == ClaimKind::Captured && !passive) {
            for (std::size_t k = t.last; k < windowEnd; ++k)
                if (s.words[k].lower == "from")
                    if (auto loser = m_binder.actorIn(s, k + 1, std::min(k + 5, windowEnd + 1), 3))
                        counterpart = loser->actorId;
        } else if (kind == ClaimKind::Surrendered) {
            for (const auto& a : s.actors)
                if (a.lastWord <= actor->word && a.firstWord >= left && !a.pronoun &&
                    !m_actors.related(a.actorId, actor->actorId))
                    counterpart = a.actorId;
        }

        // "Government forces and allied Iranian-backed militias pulled out": both did.
        std::vector<Binding> bound{*actor};
        if (!passive && (t.frame == TriggerFrame::Active || t.frame == TriggerFrame::RetreatTo) && !actor->pronoun)
            bound = coordinatedSubjects(s, t, *actor);

        // Stance, hedges, speaker.
        // "no troops had entered Qatana": the subject itself negated.
        const bool noSubject = actor->strength >= 2 && actor->word > 0 && actor->word < t.first &&
                               s.words[actor->word - 1].lower == "no";
        const bool negated =
            noSubject || negatedAt(s, t, actor->strength >= 2 && actor->word < t.first ? actor->word : left);
        bool hedged = actor->generic;
        for (std::size_t k = 0; k < s.words.size(); ++k) {
            const bool sentenceWide = s.words[k].lower == "yet" || s.words[k].lower == "independently";
            if ((k >= left && k < right) || sentenceWide)
                hedged = hedged || isHedgeAt(s.words, k);
        }
        const Attribution* att = attributionFor(s, t.first);
        bool denies = negated;
        if (att) {
            hedged = hedged || att->hedges;
            denies = denies || att->denies; // "denied … as fabricated" is one denial, not two
        }

        const auto [time, timedKind] = claimTime(s, t, left, right, kind, m_dates, m_article.published);
        kind = timedKind;

        std::vector<std::pair<Binding, ClaimKind>> parties;
        for (const Binding& who : bound)
            parties.emplace_back(who, kind);
        // "the SDF handed the city over to the Military Operations Command": the recipient takes it.
        if (t.kind == ClaimKind::Withdrew && s.words[t.first].lower.starts_with("hand"))
            for (std::size_t k = t.last; k + 2 < windowEnd; ++k)
                if (s.words[k].lower == "over" && s.words[k + 1].lower == "to") {
                    if (auto to = m_binder.actorIn(s, k + 2, std::min(k + 8, windowEnd + 1), 2);
                        to && !m_actors.related(to->actorId, actor->actorId))
                        parties.emplace_back(*to, ClaimKind::Captured);
                    break;
                }
        // "pulled out of the south overnight, leaving the provinces of Daraa and Sweida in the hands
        // of local factions": those who withdrew left the places that passed to others.
        if (const Trigger* g = leftBehindBy(s, t))
            if (auto gone = m_binder.subjectOf(s, *g, 0, false); gone && !m_actors.related(gone->actorId, actor->actorId))
                parties.emplace_back(*gone, ClaimKind::Withdrew);
        for (const auto& [who, partyKind] : parties)
        for (std::size_t pi = 0; pi < places.size(); ++pi) {
            const PlaceSlot& p = *places[pi];
            ClaimKind k = partyKind;
            if (fits[pi].edge || fits[pi].around) {
                if (k == ClaimKind::Captured || k == ClaimKind::Entered || k == ClaimKind::Controls)
                    k = ClaimKind::Contested;
                else if (k != ClaimKind::Contested && k != ClaimKind::Besieged)
                    continue;
                if (t.frame == TriggerFrame::RetreatTo)
                    continue;
            }
            if (fits[pi].around && !t.lenient && k != ClaimKind::Contested)
                continue;
            if (p.kind == core::PlaceKind::Country)
                continue;
            // A region names ground taken or held, not a battlefield ("the advance in the southwest").
            if (p.region && k != ClaimKind::Captured && k != ClaimKind::Controls && k != ClaimKind::Withdrew)
                continue;
            if (!p.country.empty() && !m_options.countries.empty() &&
                std::find(m_options.countries.begin(), m_options.countries.end(), p.country) == m_options.countries.end())
                continue;
            if (p.placeIds.empty() && !m_options.keepUnresolved)
                continue;
            const std::vector<std::string> ids = p.placeIds.empty() ? std::vector<std::string>{""} : p.placeIds;
            for (const auto& id : ids) {
                ExtractedClaim c;
                c.claim.id = m_article.id + ":" + std::to_string(si) + ":" + std::to_string(m_out.size());
                c.claim.placeId = id;
                c.claim.actor = who.actorId;
                c.claim.kind = k;
                c.claim.stance = denies ? core::Stance::Denies : core::Stance::Affirms;
                c.claim.counterpart = counterpart;
                c.claim.time = time;
                c.claim.hedged = hedged;
                c.claim.regionId = p.regionId;
                fillSource(c.claim.source, s, att);
                double conf = 0.9 * std::array<double, 4>{0.55, 0.75, 0.9, 1.0}[static_cast<std::size_t>(
                                        std::clamp(who.strength, 0, 3))];
                if (hedged)
                    conf *= 0.7;
                if (p.anaphoric)
                    conf *= 0.85;
                if (p.region)
                    conf *= 0.8;
                if (who.pronoun)
                    conf *= 0.9;
                if (!p.placeIds.empty() && !p.region && !p.anaphoric)
                    conf *= 0.6 + 0.4 * p.confidence;
                c.claim.confidence = std::round(conf * 100.0) / 100.0;
                c.placeName = p.name.empty() ? p.text : p.name;
                c.placeText = p.text;
                c.trigger = s.sentence->text.substr(s.words[t.first].start,
                                                    s.words[t.last - 1].end - s.words[t.first].start);
                c.timeUnknown = !time.from.has_value();
                c.needsReview = id.empty();
                c.strength = who.strength;
                m_out.push_back(std::move(c));
            }
        }
    }

    const Attribution* attributionFor(const Sent& s, std::size_t word)
    {
        const Attribution* best = nullptr;
        std::size_t bestDist = SIZE_MAX;
        for (const auto& a : s.attributions) {
            if (word < a.scopeFirst || word >= a.scopeLast)
                continue;
            const std::size_t d = a.cue > word ? a.cue - word : word - a.cue;
            if (d < bestDist) {
                bestDist = d;
                best = &a;
            }
        }
        if (best && best->pronoun) {
            m_pronounSpeaker = *best;
            const Attribution* named = nullptr;
            for (const auto& a : s.attributions)
                if (!a.pronoun && a.cue < best->cue)
                    named = &a;
            if (named) {
                m_pronounSpeaker.speaker = named->speaker;
                m_pronounSpeaker.side = named->side;
                m_pronounSpeaker.vague = named->vague;
            } else if (m_lastAttribution) {
                m_pronounSpeaker.speaker = m_lastAttribution->speaker;
                m_pronounSpeaker.side = m_lastAttribution->side;
                m_pronounSpeaker.vague = m_lastAttribution->vague;
            } else {
                m_pronounSpeaker.vague = true;
            }
            return &m_pronounSpeaker;
        }
        return best;
    }

    void fillSource(core::Provenance& p, const Sent& s, const Attribution* att) const
    {
        p.outlet = m_article.outlet;
        p.url = m_article.url;
        p.articleId = m_article.id;
        p.file = m_article.file;
        p.start = s.sentence->start;
        p.end = s.sentence->end;
        p.sentence = s.sentence->text;
        if (att && !att->vague) {
            p.speaker = att->speaker;
            p.side = att->side;
        } else {
            p.speaker = att ? att->speaker : (m_article.outlet.empty() ? "the outlet" : m_article.outlet);
            p.side = SpeakerFinder::outletSide(m_article.outlet);
        }
    }

    void updateDiscourse(const Sent& s, std::size_t firstNew)
    {
        // The side that gave ground is not the one the next agentless capture is about.
        const auto acting = std::find_if(m_out.rbegin(), m_out.rend() - firstNew, [](const ExtractedClaim& c) {
            return c.claim.kind != core::ClaimKind::Withdrew && c.claim.kind != core::ClaimKind::Surrendered;
        });
        if (m_out.size() > firstNew) {
            if (acting != m_out.rend() - firstNew)
                m_binder.setLastActor(acting->claim.actor);
        } else {
            for (const auto& a : s.actors)
                if (!a.pronoun && !a.generic && !inAttribution(s, a.firstWord, a.lastWord) &&
                    !isObliqueMarker(wordBefore(s, a.firstWord)))
                    m_binder.setLastActor(a.actorId);
        }
        for (const auto& a : s.attributions)
            if (!a.pronoun && !a.vague)
                m_lastAttributionStore = a, m_lastAttribution = &m_lastAttributionStore;
    }

    const core::Article& m_article;
    const std::vector<core::Mention>& m_mentions;
    const ActorMatcher& m_actors;
    const ExtractOptions& m_options;
    SpeakerFinder m_speakers;
    DateResolver m_dates;
    ClaimPlaces m_places;
    CodePointIndex m_body;
    std::vector<ExtractedClaim> m_out;
    ActorBinder m_binder;
    std::string m_lastNamedActor; // the last actor named, for bindHostArmy()
    std::vector<PlaceSlot> m_previousSlots; // the places of the sentence before
    std::size_t m_previousStart = SIZE_MAX;  // and where it starts (its claims' source.start)
    std::optional<std::int64_t> m_referenceDay; // the last day the text named, for "that evening"
    std::optional<std::int64_t> m_originDay;    // the first one, for "two days into the offensive"
    Attribution m_pronounSpeaker;
    Attribution m_lastAttributionStore;
    const Attribution* m_lastAttribution = nullptr;
};

} // namespace

std::vector<ExtractedClaim> extractClaimsDetailed(const core::Article& article, const std::vector<core::Mention>& mentions,
                                                  const ActorMatcher& actors, const core::Gazetteer& gazetteer,
                                                  const ExtractOptions& options)
{
    return ClaimReader(article, mentions, actors, gazetteer, options).run();
}

std::vector<core::Claim> extractClaims(const core::Article& article, const std::vector<core::Mention>& mentions,
                                       const ActorMatcher& actors, const core::Gazetteer& gazetteer)
{
    std::vector<core::Claim> out;
    for (auto& c : extractClaimsDetailed(article, mentions, actors, gazetteer))
        if (!c.claim.placeId.empty())
            out.push_back(std::move(c.claim));
    return out;
}

} // namespace sitrep::text
