#include "claimextractor.h"

#include "claimactors.h"
#include "claimdenialcues.h"
#include "claimechoes.h"
#include "claimfallback.h"
#include "claimruns.h"
#include "claimfalls.h"
#include "claimunrealised.h"
#include "claimwords.h"
#include "claimnondenials.h"
#include "claimpassiveposts.h"
#include "claimtimethread.h"
#include "claimsentence.h"
#include "claimlexicon.h"
#include "claimnextlist.h"
#include "claimphrases.h"
#include "claimplaces.h"
#include "dateresolver.h"
#include "sentences.h"
#include "speaker.h"
#include "utf8.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

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
        : m_article(article), m_outletVoice(SpeakerFinder::articleVoice(article)), m_mentions(mentions),
          m_actors(actors), m_options(options), m_speakers(actors),
          m_time(article.published, article.body), m_places(gazetteer, options.findPlace), m_body(article.body),
          m_binder(actors, article.outlet)
    {
    }

    std::vector<ExtractedClaim> run()
    {
        const auto sentences = splitSentences(m_article.body);
        m_sentences = &sentences;
        for (std::size_t si = 0; si < sentences.size(); ++si) {
            Sent s;
            s.sentence = &sentences[si];
            s.words = splitWords(sentences[si].text);
            s.actors = m_actors.find(sentences[si].text);
            bindHostArmy(s.actors, m_lastNamedActor);
            m_binder.bindBareGroups(s.actors);
            s.attributions = m_speakers.find(sentences[si].text, s.words, s.actors);
            s.slots = m_places.next(sentences[si], s.words, m_mentions, m_body, s.actors);
            m_time.read(s);
            s.triggers = findTriggers(s.words);
            s.previous = &m_previousSlots;
            const std::size_t before = m_out.size();
            m_binder.setSentenceGainer({});
            // "… denied this, telling Nedaa Syria: \"Sheikh Aqil is ours\"": what follows it affirms.
            m_backDenial = backDenial(s.words, s.attributions);
            if (!(s.words.size() > 0 && s.words.back().lower == "?") && !(si > 0 && isSectionHeading(m_article.body, s)))
                for (const auto& t : s.triggers) {
                    readTrigger(s, si, t);
                    m_binder.setSentenceGainer(lastGainer(m_out, before));
                }
            if (core::Provenance voice; m_backDenial) { // "…had captured Hatla. A source denied this."
                fillSource(voice, m_article, m_outletVoice, s, m_backDenial);
                echoDenial(m_out, before, m_previousStart, voice, m_article.id + ":" + std::to_string(si));
            }
            addFallbackClaims(m_out, before, s, si, m_article, m_outletVoice, m_options, m_time.dates());
            addDenialCueClaims(m_out, before, s, si, m_article, m_outletVoice, m_options, m_time.dates(), m_actors,
                               m_lastAttribution);
            dedupeSentence(m_out, before);
            updateDiscourse(s, before);
            m_previousSlots = s.slots;
            m_previousStart = s.sentence->start;
        }
        consolidate(m_out, m_actors);
        armyRedeploys(m_out, m_actors);
        settleFalls(m_out, m_actors);
        if (!sentences.empty())
            settleHeadline(m_article, sentences.front(), m_out, m_actors);
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
        // "…had entered large parts of Aleppo, and said its units there had carried out a
        // redeployment": a gain in its own sentence names the place; the sentence before does not.
        const bool ownGain = std::any_of(m_out.begin(), m_out.end(), [&](const ExtractedClaim& c) {
            return c.claim.source.start == s.sentence->start && c.claim.stance == core::Stance::Affirms &&
                   (c.claim.kind == ClaimKind::Entered || c.claim.kind == ClaimKind::Captured);
        });
        for (const auto& c : m_out) {
            const bool near = c.claim.source.start == s.sentence->start ||
                              (!ownGain && c.claim.source.start == m_previousStart);
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

    void readTrigger(const Sent& s, std::size_t si, const Trigger& t)
    {
        const auto [left, right] = clauseOf(s, t);
        if (makesNoClaim(s, t, left, right, m_article.published) || unrealised(s, t))
            return;
        if (s.words[t.first].lower == "followed" && !nextInRun(s, t, m_out, m_previousStart))
            return;

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
            // "had been taken over on Saturday by factions …": a participle opening the phrase too.
            const auto& head = s.words[t.first].lower;
            // "the airport was overrun on Saturday night": irregular participles too.
            const auto& tail = s.words[t.last - 1].lower;
            const bool participle = tail.ends_with("ed") || tail == "overrun" || tail == "taken" || tail == "retaken" ||
                                    tail == "driven" ||
                                    (t.last == t.first + 2 &&
                                     (s.words[t.first + 1].lower == "over" || s.words[t.first + 1].lower == "outside") &&
                                     (head.ends_with("ed") || head == "taken" || head == "retaken"));
            // "units … have been redeployed outside the city": the units still moved, the place follows.
            const bool moved = t.kind == ClaimKind::Withdrew &&
                               (head == "redeployed" || head == "repositioned" || head == "relocated" || head == "withdrawn");
            // "09:30 – Qamhana fully liberated.": a live blog's telegraphic passive, the place first.
            const bool telegraphic = participle && t.kind == ClaimKind::Captured && k > 0 &&
                std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) {
                    return p.last == k && !p.region &&
                           (p.first == 0 || s.words[p.first - 1].lower == "-" || s.words[p.first - 1].lower == "–" ||
                            s.words[p.first - 1].lower == ":");
                });
            passive = (k > 0 && isPassiveAuxiliary(s.words[k - 1].lower) && participle && !moved) || telegraphic ||
                      (t.last < s.words.size() && s.words[t.last].lower == "by") ||
                      (t.last > t.first + 1 && s.words[t.last - 1].lower == "by") ||
                      (head == "empty" && detail::postsSubject(s, t)); // "checkpoints have stood empty" (round 61)
        }

        // "the withdrawal of the army from the city of Homs", "the entry of terrorists into Homs":
        // the actor after "of", the place after the preposition that follows it.
        ClauseSpan span{left, right, windowEnd, t.last};
        std::optional<Binding> ofActor;
        if (t.ofActor) {
            // "the withdrawal of (the / former / remaining) regime forces".
            auto determiner = [](std::string_view w) {
                return w == "the" || w == "former" || w == "remaining" || w == "last" || w == "its" || w == "their";
            };
            for (const auto& a : s.actors)
                if (!ofActor && (a.firstWord == t.last
                                 || (a.firstWord == t.last + 1 && determiner(s.words[t.last].lower))))
                    ofActor = m_binder.bind(s, a, 3);
            if (!ofActor || ofActor->actorId.empty())
                return;
            const auto self = std::find_if(s.actors.begin(), s.actors.end(),
                                           [&](const ActorMention& a) { return a.firstWord == ofActor->word; });
            span.objectFrom = self->lastWord;
            // "of former regime forces and security services from the city": past the rest of the list.
            for (std::size_t k = span.objectFrom; k < s.words.size() && k < self->lastWord + 5; ++k) {
                if (s.words[k].punct)
                    break;
                if (s.words[k].lower == "from" && s.words[span.objectFrom].lower == "and") {
                    span.objectFrom = k;
                    break;
                }
            }
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
        std::vector<PlaceSlot> listed; // "seized a dozen villages. Among them are …" (claimnextlist.h)
        if (objects.empty())
            objects = listedNext(s, t, si + 1 < m_sentences->size() ? &(*m_sentences)[si + 1] : nullptr, m_article.body,
                                 m_mentions, listed);
        if (objects.empty())
            return;
        std::vector<const PlaceSlot*> places;
        std::vector<ObjectFit> fits;
        for (const auto& [p, f] : objects) {
            places.push_back(p);
            fits.push_back(f);
        }

        // Actor. "local dignitaries handed the town over to rebels": with no actor giving it, the
        // taker's capture alone.
        const std::optional<Binding> taker = handoverRecipient(s, t, windowEnd, m_binder);
        std::optional<Binding> actor = claimActor(s, t, span, passive, ofActor, m_binder, m_actors);
        const bool takerOnly = (!actor || actor->actorId.empty()) && taker;
        if (takerOnly)
            actor = taker;
        if (!actor || actor->actorId.empty()) // "the army denied reports of a withdrawal from Homs"
            actor = deniedParty(t, attributionFor(s, t.first));
        if (!actor || actor->actorId.empty())
            return;
        const ClaimParty party = takerOnly ? ClaimParty{*actor, ClaimKind::Captured, {}, std::nullopt}
                                           : withCounterpart(s, t, span, passive, *actor, m_binder, m_actors);
        actor = party.actor;
        kind = party.kind;
        const std::string& counterpart = party.counterpart;

        // "Government forces and allied Iranian-backed militias pulled out": both did.
        std::vector<Binding> bound{*actor};
        if (!passive && !takerOnly && (t.frame == TriggerFrame::Active || t.frame == TriggerFrame::RetreatTo) &&
            !actor->pronoun)
            bound = coordinatedSubjects(s, t, *actor, m_actors);

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
        // "The militants' media said they had taken Maarat al-Numan, a claim the Defence Ministry
        // dismissed as \"fabricated\"": one verb, two claims — the report and the denial.
        const Attribution* rebuttal = nullptr;
        for (const auto& a : s.attributions)
            if (a.rebuts && a.cue > t.last && t.first < a.scopeLast)
                rebuttal = &a;
        if (rebuttal && att == rebuttal) {
            att = nullptr;
            std::size_t bestDist = SIZE_MAX;
            for (const auto& a : s.attributions)
                if (&a != rebuttal && !a.pronoun && t.first >= a.scopeFirst && t.first < a.scopeLast &&
                    (a.cue > t.first ? a.cue - t.first : t.first - a.cue) < bestDist) {
                    bestDist = a.cue > t.first ? a.cue - t.first : t.first - a.cue;
                    att = &a;
                }
        }
        // "A military source told SANA that reports circulated by rebel outlets claiming that the
        // terrorists had entered Hama were false", "Reports claiming Israeli forces had entered
        // Qatana were denied by residents": whoever calls the claim false denies it, not the
        // outlets inside the reports.
        if (att && att->hedges && !att->denies)
            for (const auto& a : s.attributions)
                if (&a != att && !a.pronoun && !a.rebuts && att->phraseFirst >= a.scopeFirst && att->phraseFirst < a.scopeLast &&
                    (a.denies || (negated && a.cue < att->phraseFirst)))
                    att = &a;
        if (negationNoDenial(s, t, left, negated, att, m_outletVoice))
            return; // round 75: "No major battle was fought in Latakia"
        bool denies = negated;
        if (att) {
            hedged = hedged || att->hedges;
            denies = denies || (att->denies && att != m_backDenial); // "denied … as fabricated": one denial
        }

        const auto [time, timedKind, publicationDay] = claimTime(s, t, left, right, kind, m_time.dates(), m_article.published);
        kind = timedKind;
        // "HTS says it has taken full control of Homs"; but "Since then, the army has moved into
        // Quneitra" is news of the days since the story's day, not of today.
        bool sinceThen = false;
        for (std::size_t k = 0; k + 1 < s.words.size() && k < t.first; ++k)
            sinceThen = sinceThen || (s.words[k].lower == "since" && s.words[k + 1].lower == "then");
        const bool now = speaksOfNow(s, t) && !sinceThen;
        const bool recap = recapClause(s, t);

        std::vector<std::pair<Binding, ClaimKind>> parties;
        for (const Binding& who : bound)
            parties.emplace_back(who, kind);
        // "the SDF handed the city over to the Military Operations Command": the recipient takes it.
        if (taker && !m_actors.related(taker->actorId, actor->actorId))
            parties.emplace_back(*taker, ClaimKind::Captured);
        // "HTS captured Tal Rifaat from the SDF": the side it was taken from lost it.
        if (party.loser && !party.loser->generic && !party.loser->pronoun &&
            !m_actors.related(party.loser->actorId, actor->actorId))
            parties.emplace_back(*party.loser, ClaimKind::Withdrew);
        for (const Binding& gone : party.alsoLost)
            if (!m_actors.related(gone.actorId, actor->actorId) && (!party.loser || gone.actorId != party.loser->actorId))
                parties.emplace_back(gone, ClaimKind::Withdrew);
        // "pulled out of the south overnight, leaving the provinces of Daraa and Sweida in the hands
        // of local factions": those who withdrew left the places that passed to others.
        if (const Trigger* g = leftBehindBy(s, t))
            if (auto gone = m_binder.subjectOf(s, *g, 0, false); gone && !m_actors.related(gone->actorId, actor->actorId))
                parties.emplace_back(*gone, ClaimKind::Withdrew);
        // "had taken Tal Rifaat from the SDF that day, as well as Kuweires": the loser lost what was
        // named before it, not what a list adds past a comma after it.
        const auto beyondLoser = [&](const Binding& who, ClaimKind k, const PlaceSlot& p) {
            return party.loser && k == ClaimKind::Withdrew && who.word == party.loser->word && p.first > who.word &&
                   std::any_of(s.words.begin() + static_cast<std::ptrdiff_t>(who.word),
                               s.words.begin() + static_cast<std::ptrdiff_t>(p.first),
                               [](const Word& w) { return w.lower == ","; });
        };
        std::vector<std::pair<const Attribution*, bool>> voices{{att, denies}};
        if (rebuttal)
            voices.emplace_back(rebuttal, true);
        const std::vector<std::optional<core::TimeRange>> ownTimes = objectTimes(s, places);
        for (const auto& [voice, voiceDenies] : voices)
        for (const auto& [who, partyKind] : parties)
        for (std::size_t pi = 0; pi < places.size(); ++pi) {
            const PlaceSlot& p = *places[pi];
            if (beyondLoser(who, partyKind, p))
                continue;
            ClaimKind k = partyKind;
            if ((fits[pi].edge && !(k == ClaimKind::Entered && enteredEdge(s.words, t, p.first, p.last))) ||
                fits[pi].around) { // round 47: "had entered the outskirts of Baath City" is an entry
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
            if (!m_options.keepsCountry(p.country))
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
                c.claim.stance = voiceDenies ? core::Stance::Denies : core::Stance::Affirms;
                c.claim.counterpart = counterpart;
                c.claim.time = ownTimes[pi] ? *ownTimes[pi] : time;
                c.claim.hedged = hedged;
                c.claim.regionId = p.regionId;
                fillSource(c.claim.source, m_article, m_outletVoice, s, voice);
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
                c.publicationDay = publicationDay && !ownTimes[pi];
                spanFromNarrativeDay(c, now);
                if (recap)
                    spanRecap(c, s, ownTimes[pi].has_value());
                c.needsReview = id.empty();
                c.strength = who.strength;
                m_out.push_back(std::move(c));
            }
        }
    }

    // A recap claims no day of the run it tells (recapSpan, claimshape.cpp).
    void spanRecap(ExtractedClaim& c, const Sent& s, bool ownTime) const
    {
        if (auto span = recapSpan(s, c.claim, c.publicationDay, ownTime, m_article.published, m_time.originDay())) {
            c.claim.time = *span;
            c.publicationDay = false;
        }
    }

    void spanFromNarrativeDay(ExtractedClaim& c, bool now) const
    {
        const ClaimKind k = c.claim.kind;
        // A live blog's or timeline's headings date their entries instead.
        if (now || m_time.headed() || !c.publicationDay || !m_time.narrativeDay() || !m_article.published
            || c.claim.stance != core::Stance::Affirms
            || !(k == ClaimKind::Captured || k == ClaimKind::Entered || k == ClaimKind::Withdrew
                 || k == ClaimKind::Surrendered))
            return;
        const std::int64_t pubDay = *m_article.published / core::kSecondsPerDay;
        if (pubDay - *m_time.narrativeDay() < 2)
            return;
        c.claim.time = {*m_time.narrativeDay() * core::kSecondsPerDay, (pubDay + 1) * core::kSecondsPerDay - 1,
                        core::TimePrecision::Week};
        c.publicationDay = false;
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
        // "A military source in Hama denied … . “…,” the source said": a definite vague
        // speaker is the one named before with the same word.
        if (best && best->vague && m_lastAttribution && sameSourceAgain(best->speaker, m_lastAttribution->speaker)) {
            m_pronounSpeaker = *best;
            m_pronounSpeaker.speaker = m_lastAttribution->speaker;
            m_pronounSpeaker.side = m_lastAttribution->side;
            m_pronounSpeaker.vague = false;
            return &m_pronounSpeaker;
        }
        return best;
    }

    // "the source" after "a military source", "the officials" after "two security officials".
    static bool sameSourceAgain(std::string_view vague, std::string_view named)
    {
        const std::string v = asciiLower(vague), n = asciiLower(named);
        for (std::string_view head : {"source", "sources", "official", "officials"})
            if (v == "the " + std::string(head))
                return n.find(head) != std::string::npos && n != v;
        return false;
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
            // "the factions stormed the regime's lines": not an owner named after the subject.
            for (const auto& a : s.actors)
                if (!a.pronoun && !a.generic && !inAttribution(s, a.firstWord, a.lastWord) &&
                    !isObliqueMarker(wordBefore(s, a.firstWord)) && !(isPossessor(s, a) && &a != &s.actors.front()))
                    m_binder.setLastActor(a.actorId);
        }
        for (const auto& a : s.attributions)
            if (!a.pronoun && !a.vague)
                m_lastAttributionStore = a, m_lastAttribution = &m_lastAttributionStore;
    }

    const core::Article& m_article;
    // The side the article's own voice speaks for: its outlet's, or what its own words give away
    // (SpeakerFinder::articleVoice scans the whole body, so it is read once here).
    const SpeakerSide m_outletVoice;
    const std::vector<core::Mention>& m_mentions;
    const ActorMatcher& m_actors;
    const ExtractOptions& m_options;
    SpeakerFinder m_speakers;
    TimeThread m_time; // the days the story runs through, and the resolver that dates its claims
    ClaimPlaces m_places;
    CodePointIndex m_body;
    std::vector<ExtractedClaim> m_out;
    const std::vector<Sentence>* m_sentences = nullptr; // the article's, while run() reads them
    ActorBinder m_binder;
    std::string m_lastNamedActor; // the last actor named, for bindHostArmy()
    std::vector<PlaceSlot> m_previousSlots; // the places of the sentence before
    std::size_t m_previousStart = SIZE_MAX;  // and where it starts (its claims' source.start)
    const Attribution* m_backDenial = nullptr; // "… denied this": of the sentence being read
    Attribution m_pronounSpeaker;
    Attribution m_lastAttributionStore;
    const Attribution* m_lastAttribution = nullptr;
};

} // namespace

bool ExtractOptions::keepsCountry(std::string_view country) const
{
    return country.empty() || countries.empty() || std::find(countries.begin(), countries.end(), country) != countries.end();
}

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
