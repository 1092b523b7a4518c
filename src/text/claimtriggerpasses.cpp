#include "claimtriggerpasses.h"

#include "calendarwords.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::text {

using core::ClaimKind;

// Round 50: "Iraqi armed factions stationed in Albukamal withdrew across the border", "units
// stationed in Halfaya and Taybat al-Imam had been redeployed": a participle right after the units
// tells where they stood before they left; the sentence's news is the leaving, not a holding.
// Only the participle: "army units are still stationed in al-Safira", "remain deployed in Hama"
// hold, and so do units "stationed in the town of Suran" that "repelled a large attack".
void dropStationedBeforeLeaving(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    static constexpr std::array<std::string_view, 20> kNotNoun{
        "are", "is", "was", "were", "been", "be", "being", "remain", "remains", "remained", "stay", "stays",
        "stayed", "still", "now", "already", "had", "have", "has", "firmly"};
    auto participle = [&](const Trigger& t) {
        const auto& w = words[t.first].lower;
        return t.kind == ClaimKind::Controls && t.frame == TriggerFrame::Active && (w == "stationed" || w == "deployed")
            && t.first > 0 && !words[t.first - 1].punct && !oneOf(kNotNoun, words[t.first - 1].lower);
    };
    auto leaving = [&](const Trigger& u, std::size_t after) {
        if (u.first <= after || u.first > after + 25
            || (u.kind != ClaimKind::Withdrew && u.frame != TriggerFrame::RetreatTo))
            return false;
        for (std::size_t k = after; k < u.first; ++k)
            if (words[k].lower == ";")
                return false;
        return true;
    };
    std::vector<Trigger> kept;
    for (const auto& t : out)
        if (!participle(t)
            || std::none_of(out.begin(), out.end(), [&](const Trigger& u) { return leaving(u, t.last); }))
            kept.push_back(t);
    out = std::move(kept);
}

// Round 50: "took control of Tell Rifaat and the wider Shahba area, previously held by the SDF": the
// holder lost what the sentence's capture took, then. Without a capture before it ("Tal Rifaat,
// previously held by the SDF, is now …") it tells a past holding of no day: no claim.
void dropPastHoldingWithoutGain(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    auto past = [&](const Trigger& t) {
        const auto& w = words[t.first].lower;
        return t.kind == ClaimKind::Withdrew && (w == "previously" || w == "formerly");
    };
    std::vector<Trigger> kept;
    for (const auto& t : out)
        if (!past(t) || std::any_of(out.begin(), out.end(), [&](const Trigger& g) {
                return g.last <= t.first && (g.kind == ClaimKind::Captured || g.kind == ClaimKind::Entered);
            }))
            kept.push_back(t);
    out = std::move(kept);
}

// Round 55: "columns of pickup trucks carrying the Command's fighters came in along the Palmyra road
// and deployed in al-Joura, al-Qusour and the city centre", "a day after they seized the Syrian side
// of Mount Hermon and deployed in the Golan buffer zone": fighters who arrive and then deploy in a
// place went into it; the deployment is the arrival's end, not a holding of old. Only "and deployed"
// right after a clause of arriving, taking or entering (within 20 words, no ";" or sentence break):
// "army units deployed in Hama repelled an attack" and "troops remain deployed in Hama" hold.
void deployedOnArrival(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    static constexpr std::array<std::string_view, 12> kArrive{"came", "arrived", "rolled", "drove", "moved",
        "marched", "poured", "streamed", "crossed", "entered", "advanced", "swept"};
    for (auto& t : out) {
        if (t.kind != ClaimKind::Controls || t.frame != TriggerFrame::Active || t.first < 2
            || words[t.first].lower != "deployed" || words[t.first - 1].lower != "and")
            continue;
        bool arrival = false;
        for (std::size_t k = t.first - 1; k > 0 && t.first - k <= 20 && !arrival; --k) {
            const auto& w = words[k - 1].lower;
            if (w == ";" || w == "." || w == ":")
                break;
            arrival = oneOf(kArrive, w) || std::any_of(out.begin(), out.end(), [&](const Trigger& u) {
                return u.first == k - 1 && (u.kind == ClaimKind::Captured || u.kind == ClaimKind::Entered);
            });
        }
        if (arrival)
            t.kind = ClaimKind::Entered;
    }
}

// Round 118: "The Israeli military said troops had deployed inside the buffer zone", "SDF units
// deployed in Mayadin and in Albu Kamal the same day": deploying in a place as a finite verb (a
// perfect, or past tense right after its subject) tells the move into it, an entry. A state is left
// a holding: "troops are deployed in", "remain deployed in", "had been deployed in", "have since
// deployed in" (a state since then), "deployed across the city"; so is a participle after the units
// that its own clause goes on with ("units deployed in Hama were repelling attacks", "units
// deployed in Hama repelled an attack", leaving is dropped above). A deadline before it makes the
// perfect a state reached by then: "By Saturday, Military Council units had deployed in the Joura and
// Qusour neighbourhoods" holds them.
void deployedAsEntry(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    static constexpr std::array<std::string_view, 4> kPerfect{"had", "has", "have", "'d"};
    static constexpr std::array<std::string_view, 5> kAdverb{"also", "already", "quickly", "swiftly", "then"};
    static constexpr std::array<std::string_view, 33> kNotSubject{"are", "is", "was", "were", "been", "be",
        "being", "remain", "remains", "remained", "stay", "stays", "stayed", "still", "now", "firmly", "since",
        "and", "or", "the", "a", "an", "of", "to", "for", "with", "by", "from", "newly", "well", "heavily",
        "not", "never"};
    // the clause goes on: a verb of its own after the place ("units deployed in Hama were …")
    static constexpr std::array<std::string_view, 14> kGoesOn{"are", "is", "was", "were", "have", "has", "had",
        "remain", "remains", "remained", "will", "would", "could", "can"};
    static constexpr std::array<std::string_view, 10> kDeadline{"then", "now", "nightfall", "dawn", "morning",
        "afternoon", "evening", "midday", "noon", "night"};
    auto byDeadline = [&](std::size_t end) {
        for (std::size_t k = 0; k + 1 < end; ++k)
            if (words[k].lower == "by"
                && (weekdayIndex(words[k + 1].lower) || monthIndex(words[k + 1].lower)
                    || oneOf(kDeadline, words[k + 1].lower)))
                return true;
        return false;
    };
    for (auto& t : out) {
        if (t.kind != ClaimKind::Controls || t.frame != TriggerFrame::Active || t.first == 0 || byDeadline(t.first)
            || words[t.first].lower != "deployed" || t.first + 1 >= words.size()
            || (words[t.first + 1].lower != "in" && words[t.first + 1].lower != "inside"))
            continue;
        std::size_t k = t.first - 1;
        if (k > 0 && oneOf(kAdverb, words[k].lower))
            --k;
        const auto& p = words[k];
        if (oneOf(kPerfect, p.lower)) {
            t.kind = ClaimKind::Entered;
            continue;
        }
        if (p.punct || oneOf(kNotSubject, p.lower) || oneOf(kPerfect, p.lower))
            continue;
        bool goesOn = false;
        for (std::size_t j = t.last; j < words.size() && !goesOn; ++j) {
            const auto& w = words[j].lower;
            if (w == "," || w == ";" || w == "." || w == ":" || w == "\"")
                break;
            goesOn = oneOf(kGoesOn, w) || std::any_of(out.begin(), out.end(), [&](const Trigger& u) {
                return u.first == j;
            });
        }
        if (!goesOn)
            t.kind = ClaimKind::Entered;
    }
}

// Round 58: "the measure was taken \"to avoid drawing them into urban combat\"", "security forces
// withdrew to avoid a clash with the Druze community": a fight someone acts to avoid, avert or
// spare a place did not happen; it is no claim of fighting there. The verb must govern the fight's
// own phrase (up to five words before it, no punctuation between): "to avoid bloodshed, the army
// fought for the city" still tells a fight. "prevented an attack" is left alone (often a repelled one).
void dropAvoidedFight(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    static constexpr std::array<std::string_view, 11> kAvoid{"avoid", "avoids", "avoided", "avoiding", "avert",
        "averted", "averting", "prevent", "preventing", "spare", "sparing"};
    auto avoided = [&](const Trigger& t) {
        if (t.kind != ClaimKind::Contested)
            return false;
        for (std::size_t k = t.first; k > 0 && t.first - k < 5; --k) {
            const auto& w = words[k - 1];
            if (w.punct)
                return false;
            if (oneOf(kAvoid, w.lower))
                return true;
        }
        return false;
    };
    out.erase(std::remove_if(out.begin(), out.end(), avoided), out.end());
}

// Round 64: "By Monday, the coastal cities of Latakia and Tartus … were under opposition control,
// having changed hands with little resistance", "Hama was in rebel hands, having fallen without a
// fight": a perfect participle clause after a holding tells how the holder came to hold the place;
// it was taken, by the holder. The clause's change names neither place nor taker, so it is read
// as a capture on the holding's own span (its place and actor), the holding kept as well. Only
// "having" right after a comma, and only after a holding told with "under … control" or "in …
// hands" earlier in the sentence: "having changed hands twice" (a fight) is left as it is.
void heldHavingChanged(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    for (std::size_t i = 0; i < out.size(); ++i) {
        const Trigger& t = out[i];
        if (t.kind != ClaimKind::Captured || t.frame != TriggerFrame::Ergative || t.first < 2
            || words[t.first - 1].lower != "having" || words[t.first - 2].lower != ",")
            continue;
        const auto held = std::find_if(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(i), [&](const Trigger& h) {
            return h.kind == ClaimKind::Controls
                && (h.frame == TriggerFrame::UnderControl || h.frame == TriggerFrame::InHands);
        });
        if (held == out.begin() + static_cast<std::ptrdiff_t>(i))
            continue;
        Trigger taken = *held;
        taken.kind = ClaimKind::Captured;
        out[i] = taken;
    }
}

// Round 119: "The soldiers had simply gone.", "The soldiers had gone on Saturday evening": "gone" is a
// withdrawal only where nothing says where or how they went — the clause ends, or a time follows
// ("on Saturday", "by then", "overnight", "before dawn"). Not "had gone underground", "had gone out to
// sea", "fighting had gone on for days", "without saying where he had gone", "has gone so smoothly".
void keepGoneFromScene(const std::vector<Word>& words, std::vector<Trigger>& out)
{
    static constexpr std::array<std::string_view, 7> kDays{"monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday"};
    static constexpr std::array<std::string_view, 8> kTime{"by", "overnight", "before", "early", "late", "last",
        "hours", "days"};
    static constexpr std::array<std::string_view, 7> kNotParty{"where", "what", "he", "she", "it", "who", "things"};
    auto strayed = [&](const Trigger& t) {
        if (t.kind != ClaimKind::Withdrew || words[t.last - 1].lower != "gone")
            return false;
        if (t.first > 0 && oneOf(kNotParty, words[t.first - 1].lower))
            return true;
        if (t.last >= words.size())
            return false;
        const Word& next = words[t.last];
        if (next.punct)
            return next.lower == "-";
        if (next.lower == "on" || next.lower == "in")
            return !(t.last + 1 < words.size()
                && (oneOf(kDays, words[t.last + 1].lower) || words[t.last + 1].lower == "the"));
        // "had gone days ago" is a time, "had gone days without pay" is not: only before "ago".
        if (next.lower == "hours" || next.lower == "days")
            return !(t.last + 1 < words.size() && words[t.last + 1].lower == "ago");
        return !oneOf(kTime, next.lower);
    };
    out.erase(std::remove_if(out.begin(), out.end(), strayed), out.end());
}

} // namespace sitrep::text
