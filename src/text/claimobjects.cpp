// The places a trigger speaks of: its object ("captured Hama"), its subject ("Hama fell"), the
// antecedent of a relative clause ("Manbij, which the SDF had held"), the place named just
// before an objectless withdrawal ("took Daraa after troops withdrew"), or the sentence's
// "In X," for fighting, surrender and sieges.
#include "calendarwords.h"
#include "claimlists.h"
#include "claimobjectgap.h"
#include "claimobjectreach.h"
#include "claimpassiveposts.h"
#include "claimpostsleft.h"
#include "claimrelative.h"
#include "claimscene.h"
#include "claimsentence.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <span>

namespace sitrep::text::detail {

using core::ClaimKind;

namespace {

// A place that can stand for what a clause is about: named, not a country or region, not
// "north of X" or "within 30 km of X", not in the speaker's phrase.
bool plainPlace(const Sent& s, const PlaceSlot& p)
{
    // "two towns on the highway between Hama and Homs": a landmark, like "near Homs".
    const auto betweenPair = std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& q) {
        return q.last + 1 == p.first && s.words[q.last].lower == "and" && wordBefore(s, q.first) == "between";
    });
    return !betweenPair && !p.region && !inAttribution(s, p.first, p.last) && p.kind != core::PlaceKind::Country && p.relation.empty()
        && !p.edge && !(p.first >= 2 && s.words[p.first - 1].lower == "of" && isNearbyNoun(s.words[p.first - 2].lower))
        && !excludesObject(wordBefore(s, p.first), false) && wordBefore(s, p.first) != "before"
        && wordBefore(s, p.first) != "after" && wordBefore(s, p.first) != "beyond"
        && !(p.last < s.words.size() && isSurroundingNoun(s.words[p.last].lower));
}

// "checkpoints on the Mezzeh highway", "on the Homs-Damascus highway", "along the Aleppo-Damascus
// road": the place names the road, up to the road word across a hyphen and the place joined to it.
bool namesRoad(const Sent& s, const PlaceSlot& p)
{
    const auto& words = s.words;
    std::size_t k = p.last;
    while (k + 1 < words.size() && (words[k].lower == "-" || words[k].lower == "–")) {
        const auto next = std::find_if(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& o) { return o.first == k + 1; });
        if (next == s.slots.end())
            break;
        k = next->last;
    }
    if (k >= words.size())
        return false;
    const auto& w = words[k].lower;
    return w == "highway" || w == "road" || w == "motorway";
}

// "In Sweida, …", "In the town of Izraa, …": the place a sentence opens with, where what it
// tells happened.
bool opensSentence(const Sent& s, const PlaceSlot& p)
{
    std::size_t end = p.last; // "In Aleppo city,"
    while (end < s.words.size()
        && oneOf(std::array<std::string_view, 4> {"city", "town", "area", "region"}, s.words[end].lower))
        ++end;
    // "In the Qusayr area near the Lebanese border, Hezbollah fighters withdrew": a short "near"
    // phrase that only says where the place lies still leaves it the sentence's scene.
    if (end < s.words.size() && s.words[end].lower == "near")
        for (std::size_t e = end + 1; e < s.words.size() && e <= end + 5; ++e)
            if (s.words[e].punct) {
                end = e;
                break;
            }
    // Round 106: after a short opener of its own, "Further south, in al-Qusayr, Hezbollah fighters …".
    std::size_t in = 0;
    if (p.first >= 4 && p.first <= 8 && s.words[0].lower != "in")
        for (std::size_t k = 2; k < p.first && k <= 5; ++k)
            if (s.words[k - 1].lower == "," && s.words[k].lower == "in") {
                in = k;
                break;
            }
    return !s.words.empty() && s.words[in].lower == "in" && p.first >= in + 1 && p.first <= in + 4
        && end < s.words.size() && s.words[end].punct && p.relation.empty() && !p.region;
}

// "Homs, which sits on the road linking Damascus to the coast, followed … after government forces
// withdrew": a place inside a relative clause closed before `verb` only describes another.
bool inClosedRelative(const Sent& s, const PlaceSlot& p, std::size_t verb)
{
    std::size_t r = p.first;
    while (r > 1 && p.first - r < 12 && s.words[r - 1].lower != "which" && s.words[r - 1].lower != "who"
        && s.words[r - 1].lower != "where")
        --r;
    if (r <= 1 || s.words[r - 2].lower != ",")
        return false;
    for (std::size_t c = p.last; c < verb; ++c)
        if (s.words[c].lower == ",")
            return true;
    return false;
}

// `slot` and the places listed before it: "Izraa and all of Daraa city", "Deir ez-Zor city and the
// town of Al-Mayadin".
void addWithList(const Sent& s, const PlaceSlot& slot, Objects& out)
{
    std::vector<const PlaceSlot*> list {&slot};
    for (auto it = s.slots.rbegin(); it != s.slots.rend(); ++it) {
        if (it->last > list.back()->first)
            continue;
        if (it->region || it->kind == core::PlaceKind::Country || !it->relation.empty()
            || inAttribution(s, it->first, it->last))
            break;
        bool glued = it->last < list.back()->first;
        bool sawAnd = false;
        for (std::size_t k = it->last; k < list.back()->first && glued; ++k) {
            sawAnd = sawAnd || s.words[k].lower == "and" || s.words[k].lower == ",";
            glued = isListGlue(s.words[k].lower);
        }
        if (!glued || !sawAnd)
            break;
        list.push_back(&*it);
    }
    for (auto it = list.rbegin(); it != list.rend(); ++it)
        out.push_back({*it, ObjectFit {true, (*it)->edge, false}});
    // "the two towns": an anaphor standing for several places is taken whole (round 25).
    for (const auto& q : s.slots)
        if (slot.anaphoric && &q != &slot && q.anaphoric && q.first == slot.first && q.last == slot.last)
            out.push_back({&q, ObjectFit {true, q.edge, false}});
}

// "The first day alone brought more than a dozen villages in the western Aleppo countryside under
// the Command's control, among them Urum al-Sughra, Anjara and Qubtan al-Jabal": the places given
// as examples right after the control phrase are what was brought under it; the first of them.
const PlaceSlot* controlExamples(const Sent& s, const Trigger& t)
{
    const auto& words = s.words;
    for (std::size_t k = t.last; k + 3 < words.size() && k < t.last + 6; ++k) {
        if (words[k].lower != "control")
            continue;
        if (words[k + 1].lower != ",")
            return nullptr;
        const std::string_view a = words[k + 2].lower;
        const std::string_view b = words[k + 3].lower;
        const std::size_t from = a == "including" ? k + 3
                                 : (a == "among" && b == "them") || (a == "such" && b == "as") ? k + 4
                                                                                              : 0;
        for (const auto& p : s.slots)
            if (from != 0 && p.first == from)
                return &p;
        return nullptr;
    }
    return nullptr;
}

Objects objectsOf(const Sent& s, const Trigger& t, const ClauseSpan& c, bool passive)
{
    Objects out;
    const std::size_t left = c.left;
    const ClaimKind kind = t.kind;
    const auto& words = s.words;
    // "both towns", "them": one anaphor standing for several places is taken whole.
    auto take = [&](const PlaceSlot& p) {
        out.push_back({&p, ObjectFit {true, p.edge, false}});
        if (p.anaphoric)
            for (const auto& q : s.slots)
                if (&q != &p && q.anaphoric && q.first == p.first && q.last == p.last)
                    out.push_back({&q, ObjectFit {true, q.edge, false}});
    };
    // The antecedent of "which" / "where" / "that" opening the clause: the nearest plain place
    // within six words before it ("the Nasib crossing with Jordan, which …").
    auto antecedent = [&]() -> const PlaceSlot* {
        if (left == 0 || !oneOf(std::array<std::string_view, 3> {"which", "where", "that"}, words[left - 1].lower))
            return nullptr;
        for (auto it = s.slots.rbegin(); it != s.slots.rend(); ++it)
            if (it->last < left && it->last + 14 >= left && !it->region && it->kind != core::PlaceKind::Country
                && it->relation.empty() && !inAttribution(s, it->first, it->last)
                && !(it->first >= 2 && words[it->first - 1].lower == "of" && isNearbyNoun(words[it->first - 2].lower)))
                return &*it;
        return nullptr;
    };

    const bool leftFrame = passive || t.frame == TriggerFrame::Ergative || t.frame == TriggerFrame::UnderControl
        || t.frame == TriggerFrame::InHands;
    // "the neighbourhoods controlled by Kurdish forces", "Mount Hermon, abandoned by Syrian
    // soldiers": a participle with no auxiliary describes the noun right before it.
    const bool reduced = passive && t.frame == TriggerFrame::Active && t.first > 0
        && !isPassiveAuxiliary(words[t.first - 1].lower) && !isSoftWord(words[t.first - 1].lower)
        && words[t.first].lower != "empty"; // "checkpoints have stood empty": a state verb, no participle
    const bool afterComma = passive && t.first > 0 && words[t.first - 1].lower == ",";
    if (reduced || afterComma) {
        for (const auto& p : s.slots)
            if ((p.last == t.first || (p.last + 1 == t.first && afterComma)) && !inAttribution(s, p.first, p.last))
                take(p);
        return out;
    }
    if (leftFrame) {
        // Not across a speaker's verb ("…the people of Deir ez-Zor,\" the official said, adding that
        // the towns … remain under"), nor the "In Aleppo city," that sets the scene for others.
        auto beforeCue = [&](const PlaceSlot& p) {
            return std::any_of(s.attributions.begin(), s.attributions.end(),
                [&](const Attribution& a) { return p.last <= a.cue && a.cue < t.first; });
        };
        auto scene = [&](const PlaceSlot& p) { return wordBefore(s, p.first) == "in" && opensSentence(s, p); };
        // "On the Sunday Damascus fell, … in Qamishli and Hasakah were handed to the SDF": a place
        // with an intransitive verb of its own is that verb's subject.
        auto ownVerb = [&](const PlaceSlot& p) {
            return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
                return &g != &t && g.first == p.last && g.frame == TriggerFrame::Ergative && g.last < t.first;
            });
        };
        const std::size_t before = out.size();
        for (const auto& p : s.slots)
            if (p.first >= left && p.last <= t.first && !inAttribution(s, p.first, p.last)
                && p.kind != core::PlaceKind::Country // "…, which supplies large parts of northern Syria, remains under"
                && !(p.last < words.size() && words[p.last].lower == "countryside") // "In Latakia countryside, …"
                // round 92: "checkpoints on the Mezzeh highway were deserted": posts on a road, not in its town.
                && !(namesRoad(s, p) && postsSubject(s, t))
                // "units in the northern countryside of Hama … remain under": not Hama.
                && (p.relation.empty() || p.edge)
                && !(p.first >= 2 && words[p.first - 1].lower == "of" && isNearbyNoun(words[p.first - 2].lower))
                && !excludesObject(wordBefore(s, p.first), true) // "Rastan, on the road to Homs, changed hands"
                // "Two days after Hama, Homs fell": an event's place, not the subject ("a day before
                // the capital fell": the subject of its own clause).
                && ((wordBefore(s, p.first) != "after" && wordBefore(s, p.first) != "before") || p.last == t.first)
                && !beforeCue(p)
                && !ownVerb(p))
                take(p);
        if (out.size() > before + 1 && scene(*out[before].first))
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(before));
        // "In Talkalakh, …, residents said army checkpoints had been abandoned on Saturday": the
        // posts left are the scene's, across the speaker's verb.
        if (out.empty() && passive && postsSubject(s, t))
            for (const auto& p : s.slots)
                if (scene(p) && out.empty())
                    take(p);
        // "Residents of Jaramana and Qatana, on the capital's edges, tell Sky News Arabia that army
        // checkpoints at the town entrances have stood empty": the residents' towns are the posts'
        // scene (round 61); a name in the telling ("Sky News Arabia") is none, "the town" is theirs.
        const std::size_t that = static_cast<std::size_t>(
            std::find_if(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(t.first),
                [](const Word& w) { return w.lower == "that"; }) - words.begin());
        const bool residents = passive && postsSubject(s, t) && !s.slots.empty() && s.slots[0].first == 2
            && words[0].lower == "residents" && words[1].lower == "of" && s.slots[0].relation.empty() && that < t.first;
        if (residents)
            std::erase_if(out, [&](const auto& o) { return o.first->last <= that || o.first->anaphoric; });
        if (residents && out.empty())
            for (std::size_t i = 0; i < s.slots.size() && s.slots[i].last < t.first; ++i) {
                bool glued = true;
                for (std::size_t k = i > 0 ? s.slots[i - 1].last : s.slots[0].first; k < s.slots[i].first; ++k)
                    glued = glued && isListGlue(words[k].lower);
                if (!glued)
                    break;
                take(s.slots[i]);
            }
        if (out.empty() && t.frame == TriggerFrame::UnderControl && t.kind == ClaimKind::Captured)
            if (const PlaceSlot* e = controlExamples(s, t))
                takeListFrom(s, *e, out); // "brought more than a dozen villages under its control, among them …"
        // "Manbij, which remains under SDF control": the relative clause's antecedent, and the
        // places listed with it ("Sheikh Maqsoud and Al-Ashrafiyah neighbourhoods, which remain…").
        if (out.empty())
            if (const PlaceSlot* a = antecedent())
                addWithList(s, *a, out);
        // "The nearby town of Qamhana, which had held out since the weekend, fell a few hours later".
        if (out.empty())
            subjectBeforeRelative(s, t, out);
        return out;
    }
    if (t.frame == TriggerFrame::HeldAdjective) {
        // "rebels seized government-held towns in southern Idlib": a "-held" noun a capture takes
        // tells who held it before, not who holds anything now.
        const bool captured = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
            return g.frame == TriggerFrame::Active && (g.kind == ClaimKind::Captured || g.kind == ClaimKind::Entered)
                && g.last + 1 == t.first && !words[g.last].punct;
        });
        if (captured)
            return out;
        for (const auto& p : s.slots)
            if (p.first >= t.last && p.first <= t.last + 3
                && !(p.first >= 2 && words[p.first - 1].lower == "of" && isNearbyNoun(words[p.first - 2].lower))) {
                take(p);
                return out;
            }
        heldExamples(s, t, out); // "the QSD-held towns east of the river, including Hajin" (claimlists.cpp)
        if (!out.empty())
            return out;
        // "Tal Rifaat, a mainly Kurdish-held town": the place the apposition describes.
        std::size_t k = t.first;
        while (k > 0 && !(words[k - 1].lower == "a" || words[k - 1].lower == "an") && t.first - k < 5)
            --k;
        if (k >= 2 && words[k - 2].lower == ",")
            for (const auto& p : s.slots)
                if (p.last + 2 == k && plainPlace(s, p))
                    take(p);
        return out;
    }

    // "took it over", "handed it over": the place "it" stands for lies inside the phrase.
    for (const auto& p : s.slots)
        if (p.anaphoric && p.first > t.first && p.last < t.last) {
            take(p);
            return out;
        }
    std::size_t from = t.frame == TriggerFrame::Presence ? t.first : c.objectFrom;
    for (const auto& p : s.slots) {
        if (p.first < from || p.first >= c.windowEnd || inAttribution(s, p.first, p.last))
            continue;
        // Lists go on: "took Rastan and Talbiseh"; "took the strategic town of Saraqeb", "held more
        // than 90% of the province" are near.
        // A presence's own "in" / "at" ("were still at the air base") is no preposition between.
        const std::size_t after = std::max(from, t.last);
        if (t.needsNearObject && p.first > after + 3 && out.empty() && !nearObjectGap(words, after, p.first))
            continue;
        const auto f = p.first < t.last ? ObjectFit {true, p.edge, false} : objectFit(s, t, p, after, [&] {
            std::vector<const PlaceSlot*> taken;
            for (const auto& o : out)
                taken.push_back(o.first);
            return taken;
        }());
        if (f.ok)
            out.push_back({&p, f});
    }
    reachPastGap(s, t, c, out);
    partsNamedAfter(s, out);
    countedList(s, t, out);
    listAfterAside(s, t, out);
    entryRoute(s, t, c.windowEnd, out);
    const bool countriesOnly = std::all_of(out.begin(), out.end(),
        [](const auto& o) { return o.first->kind == core::PlaceKind::Country; });
    // "Iraqi militias that had controlled the crossing for years pulled back into Iraq": left the
    // crossing (a country the way home).
    // "The militias in Albukamal withdrew across the border": where the subject stood (round 25).
    if (kind == ClaimKind::Withdrew && t.frame == TriggerFrame::Active && countriesOnly)
        if (const PlaceSlot* stood = guardedBySubject(s, t.first);
            stood || (stood = stoodInBySubject(s, t.first)) || (stood = mannedBySubject(s, t.first))) {
            out.clear();
            addWithList(s, *stood, out);
            return out;
        }
    if (!out.empty())
        return out;

    // "In Suweida, Druze fighters took over state buildings": the sentence's place.
    bool institutions = false;
    for (std::size_t k = t.last; k < c.windowEnd; ++k)
        institutions = institutions
            || oneOf(std::array<std::string_view, 14> {"buildings", "building", "headquarters", "offices", "institutions",
                         "positions", "posts", "post", "checkpoints", "barracks", "bases", "base", "branches", "branch"},
                words[k].lower)
            // "In Qamishli, the SDF took over the former regime \"security square\" in the city centre":
            // the compound of the security branches is an institution of the place too.
            || (k > t.last && words[k - 1].lower == "security" && isSeatNoun(words[k].lower, words[k - 1].lower));
    // "In Quneitra province, the army evacuated its positions on Saturday", "In Albukamal, Iranian
    // militias abandoned their headquarters": left there.
    const bool sentenceLocative = (institutions || kind == ClaimKind::Controls)
        && (kind == ClaimKind::Captured || kind == ClaimKind::Controls || (kind == ClaimKind::Withdrew && institutions))
        && !words.empty() && isScenePreposition(words[0].lower);
    const bool locativeKind = kind == ClaimKind::Contested || kind == ClaimKind::Surrendered
        || kind == ClaimKind::Besieged || sentenceLocative;
    // "… took Deir ez-Zor after government troops withdrew overnight": withdrew from the place
    // just named (only after "after" / "when": "as they retreated" names no place); "… pulled out
    // of Deir ez-Zor, and the SDF moved in": the place named just before; "evacuated it".
    // "The SDF moved into Deir ez-Zor on December 6 as government troops pulled out": "as" after a
    // gain in the same sentence.
    // "Kurdish fighters briefly moved into the facility but pulled out": "but" after a gain too.
    const bool asGain = left > 0 && (words[left - 1].lower == "as" || words[left - 1].lower == "but")
        && kind == ClaimKind::Withdrew && std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
               return g.last < left && (g.kind == ClaimKind::Captured || g.kind == ClaimKind::Entered);
           });
    const bool afterClause
        = left > 0 && (words[left - 1].lower == "after" || words[left - 1].lower == "when" || asGain);
    // "…took over Tal Rifaat, forcing the SDF to withdraw and displacing…": "and" ends it too.
    // "Umayyad Square, which rebel fighters entered shortly after sunrise": an adverb of time (round 29).
    static constexpr std::array<std::string_view, 29> kNoObject {"under", "on", "after", "before", "overnight", "at",
        "early", "late", "without", "with", "for", "hours", "later", "as", "it", "them", "toward", "towards", "from", "and",
        "last", "only", "across", "earlier", "shortly", "soon", "yesterday", "today", "unopposed"};
    const bool inTime = std::any_of(s.times.begin(), s.times.end(), [&](const auto& tm) {
        return t.last < words.size() && tm.second.start <= words[t.last].start && words[t.last].end <= tm.second.end;
    });
    // "left their positions there": "there" is the place named before.
    bool there = false;
    for (std::size_t k = t.last; k < std::min(t.last + 4, words.size()) && !there; ++k)
        there = words[k].lower == "there";
    const bool objectless = t.last >= words.size() || words[t.last].punct || oneOf(kNoObject, words[t.last].lower)
        || inTime || there || t.frame == TriggerFrame::Nominal;
    const bool relative = antecedent() != nullptr;
    const bool actorInClause = std::any_of(s.actors.begin(), s.actors.end(),
        [&](const ActorMention& a) { return a.firstWord >= left && a.lastWord <= t.first; });
    // "the Nasib crossing, which regime forces handed over", "Aleppo, which rebels captured on
    // Nov. 30": the relative clause's object is its antecedent (its subject is an actor after
    // "which"; "the SOR, which took Quneitra" is no such clause: there the object follows).
    if (relative && actorInClause && objectless && t.frame == TriggerFrame::Active
        && (kind == ClaimKind::Captured || kind == ClaimKind::Entered || kind == ClaimKind::Withdrew
            || kind == ClaimKind::Controls || kind == ClaimKind::Besieged)) {
        addWithList(s, *antecedent(), out);
        return out;
    }
    // "around Aleppo, the city the rebels seized last weekend": the same with no "which".
    if (!relative && objectless && t.frame == TriggerFrame::Active
        && (kind == ClaimKind::Captured || kind == ClaimKind::Entered || kind == ClaimKind::Withdrew)) {
        contactClauseHead(s, t, out);
        if (!out.empty())
            return out;
    }
    // "Homs is normal, and our forces are in full control of it": the place named before.
    if (kind == ClaimKind::Controls && t.last < words.size() && words[t.last].lower == "it")
        for (auto it = s.slots.rbegin(); it != s.slots.rend(); ++it)
            if (it->last <= t.first && plainPlace(s, *it)) {
                take(*it);
                return out;
            }
    if (objectless) { // "… withdrew from Deir ez-Zor city, and … the SDF moved in" (claimlists.cpp)
        arrivalWhereBefore(s, t, out);
        if (!out.empty())
            return out;
    }
    const bool nominalOk = t.frame != TriggerFrame::Nominal || afterClause;
    if ((kind == ClaimKind::Withdrew || kind == ClaimKind::Entered)
        && (t.frame == TriggerFrame::Active || t.frame == TriggerFrame::Nominal) && nominalOk && objectless
        && (!t.needsNearObject || objectless))
        for (auto it = s.slots.rbegin(); it != s.slots.rend(); ++it)
            // (Not the places "them" stood for as another verb's object: "a counterattack that
            // restored them … forced the gunmen to withdraw" leaves the withdrawal to its own actor.)
            if (it->last <= t.first && (afterClause || it->first >= left)
                && (plainPlace(s, *it) || opensSentence(s, *it)) && !inClosedRelative(s, *it, t.first)
                && !(it->anaphoric && it->text == "them")) {
                // "Residents of Moadamiyat al-Sham and Darayya said soldiers had left their
                // checkpoints there": "there" is all the places listed. Round 117: so is the scene of
                // an objectless withdrawal, "In the Shia towns of Nubl and al-Zahraa, north of the
                // city, pro-government militias left on Saturday".
                addWithList(s, *it, out);
                return out;
            }
    // "On Friday, as government troops and Iran-backed militias abandoned their posts west of the
    // river, units of the council … entered Deir ez-Zor city": a fronted "as" / "after" / "when"
    // clause whose withdrawal names no place of its own left what the main clause then enters or takes.
    const bool fronted = left > 0 && (left == 1 || words[left - 2].lower == ",")
        && oneOf(std::array<std::string_view, 5> {"as", "after", "when", "while", "once"}, words[left - 1].lower);
    if (kind == ClaimKind::Withdrew && t.frame == TriggerFrame::Active && fronted) {
        std::size_t comma = t.last;
        while (comma < words.size() && words[comma].lower != ",")
            ++comma;
        const bool ownPlace = std::any_of(s.slots.begin(), s.slots.end(),
            [&](const PlaceSlot& p) { return p.first >= t.last && p.first < comma; });
        if (!ownPlace && comma < words.size())
            for (const auto& g : s.triggers) {
                if (g.first <= comma || g.frame != TriggerFrame::Active
                    || (g.kind != ClaimKind::Captured && g.kind != ClaimKind::Entered))
                    continue;
                for (const auto& p : s.slots)
                    if (p.first >= g.last && p.first <= g.last + 3 && plainPlace(s, p)) {
                        addWithList(s, p, out);
                        return out;
                    }
            }
    }
    // State media's "units in Daraa and Sweida provinces carried out a redeployment": the places
    // the units were in.
    // Round 29: the same said of the units themselves, "its units in Daraa and Sweida provinces had
    // been \"redeployed and repositioned\"" (the units' place right before the verb).
    const bool unitsRedeployed = kind == ClaimKind::Withdrew && t.frame == TriggerFrame::Active
        && (words[t.first].lower == "redeployed" || words[t.first].lower == "repositioned");
    auto where = [&](std::string_view w) { return w == "in"; };
    if ((kind == ClaimKind::Withdrew && t.frame == TriggerFrame::Nominal
            && (words[t.first].lower == "redeployment" || words[t.first].lower == "repositioning"))
        || unitsRedeployed)
        for (auto it = s.slots.rbegin(); it != s.slots.rend(); ++it)
            if (it->last <= t.first && it->first >= left && it->first >= 1 && !inAttribution(s, it->first, it->last)
                && it->kind != core::PlaceKind::Country && (!unitsRedeployed || it->last + 5 >= t.first)) {
                std::size_t k = it->first;
                while (k > 0 && it->first - k < 6 && !where(words[k - 1].lower))
                    --k;
                if (k == 0 || !where(words[k - 1].lower))
                    continue;
                for (const auto& p : s.slots) // the list that ends here: "in Daraa and Sweida provinces"
                    if (p.first >= k && p.last <= it->last && p.kind != core::PlaceKind::Country)
                        take(p);
                return out;
            }
    // "repels terrorist attacks on Homs countryside": the attack has a target, just not a place.
    // Round 117: not "surrendered on Saturday", a day.
    const bool aimed = words[t.last - 1].lower == "on" || words[t.last - 1].lower == "against"
        || (t.last < words.size() && (words[t.last].lower == "on" || words[t.last].lower == "against") && !inTime
            && !(t.last + 1 < words.size() && weekdayIndex(words[t.last + 1].lower)));
    if (locativeKind && !aimed)
        for (const PlaceSlot& p : s.slots) {
            if (p.last > t.first || inAttribution(s, p.first, p.last)
                || (p.last < words.size() && isSurroundingNoun(words[p.last].lower)))
                continue;
            // "In X, …" opening the sentence (or after a comma), or "soldiers in X and Y" in the clause.
            std::size_t k = p.first;
            while (k > 0 && p.first - k < 5 && !isScenePreposition(words[k - 1].lower))
                --k;
            const bool opens = k == 1 || (k >= 2 && words[k - 2].punct);
            const bool closes = p.last < words.size() && words[p.last].punct;
            if (k > 0 && isScenePreposition(words[k - 1].lower) && ((opens && closes) || k - 1 >= left)) {
                // "In Daraa and Quneitra, …", "soldiers in Mezzeh and Qudsaya": the whole list.
                const PlaceSlot* last = &p;
                for (const auto& q : s.slots)
                    if (q.first > last->last && q.last <= t.first && q.first <= last->last + 2
                        && (words[last->last].lower == "and" || words[last->last].lower == ","))
                        last = &q;
                addWithList(s, *last, out);
                return out;
            }
        }
    lossScene(s, t, c, objectless, out); // round 117: "surrendered to the factions in Talbiseh" (claimscene.cpp)
    return out;
}

} // namespace

// The objects of a verb, and (round 98) the places a ", as were" after them says the same of.
Objects findObjects(const Sent& s, const Trigger& t, const ClauseSpan& c, bool passive)
{
    Objects out = objectsOf(s, t, c, passive);
    asWereList(s, t, out); // "…under their control, as were Ahras and Kafr Naya" (claimlists.cpp)
    return out;
}

const Trigger* leftBehindBy(const Sent& s, const Trigger& t)
{
    if (t.frame != TriggerFrame::InHands && t.frame != TriggerFrame::UnderControl)
        return nullptr;
    // "leaving" no more than twelve words before; the last trigger before it a withdrawal.
    std::size_t leaving = t.first;
    for (std::size_t k = t.first; k-- > 0 && k + 12 >= t.first;)
        if (s.words[k].lower == "leaving") {
            leaving = k;
            break;
        }
    if (leaving == t.first)
        return nullptr;
    const Trigger* out = nullptr;
    for (const auto& g : s.triggers) {
        if (g.last > leaving)
            break;
        out = g.kind == ClaimKind::Withdrew ? &g : nullptr;
    }
    return out;
}

bool leavesInHands(const Sent& s, const Trigger& t)
{
    if (t.kind != ClaimKind::Withdrew || s.words[t.first].lower != "leaving")
        return false;
    // Not "leaving the city under a deal": "under" with its "control".
    auto control = [&](const Trigger& g) {
        for (std::size_t k = g.first; k < std::min(g.last + 6, s.words.size()); ++k)
            if (s.words[k].lower == "control" || s.words[k].lower == "hands")
                return true;
        return false;
    };
    return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) {
        return (g.frame == TriggerFrame::InHands || g.frame == TriggerFrame::UnderControl) && g.first > t.first
            && g.first <= t.first + 12 && control(g);
    });
}

} // namespace sitrep::text::detail
