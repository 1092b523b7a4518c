#include "claimgaps.h"

#include "claimlexicon.h"
#include "claimwords.h"
#include "dateresolver.h"
#include "sentences.h"
#include "utf8.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <string_view>

namespace sitrep::text {

namespace {

using core::ClaimKind;

// How strongly a cue says control changed or stands. A change ("seized", "withdrew from") is
// what the list is for; a state or a fight ("held", "clashes") is weaker; a bare presence
// ("inside") or a verb the lexicon only trusts with a place right after it ("took") weaker still.
enum class CueWeight { None, Presence, Loose, State, Change };

double weightScore(CueWeight w)
{
    switch (w) {
    case CueWeight::Change:
        return 0.45;
    case CueWeight::Loose:
        return 0.35;
    case CueWeight::State:
        return 0.3;
    case CueWeight::Presence:
        return 0.15;
    case CueWeight::None:
        break;
    }
    return 0.0;
}

bool isChange(ClaimKind k)
{
    return k == ClaimKind::Captured || k == ClaimKind::Entered || k == ClaimKind::Withdrew
        || k == ClaimKind::Surrendered;
}

// Words of a change the lexicon reads only with their preposition ("withdrew from", "swept
// into"): alone they are still a cue for a reader, if a loose one.
struct BareCue {
    std::string_view word;
    ClaimKind kind;
};
constexpr std::array<BareCue, 18> kBareCues {{
    {"withdrew", ClaimKind::Withdrew},
    {"withdrawn", ClaimKind::Withdrew},
    {"withdrawing", ClaimKind::Withdrew},
    {"retreated", ClaimKind::Withdrew},
    {"retreating", ClaimKind::Withdrew},
    {"redeployed", ClaimKind::Withdrew},
    {"pulled", ClaimKind::Withdrew},
    {"fled", ClaimKind::Withdrew},
    {"collapsed", ClaimKind::Withdrew},
    {"swept", ClaimKind::Entered},
    {"advanced", ClaimKind::Entered},
    {"advancing", ClaimKind::Entered},
    {"advance", ClaimKind::Entered},
    {"advances", ClaimKind::Entered},
    {"offensive", ClaimKind::Contested},
    {"frontline", ClaimKind::Contested},
    {"frontlines", ClaimKind::Contested},
    {"defected", ClaimKind::Withdrew},
}};

// Attacks from afar: a sentence whose only cues are these and a strike word tells of bombing,
// not of ground changing hands.
constexpr std::array<std::string_view, 17> kStrikeWords {"airstrike", "airstrikes", "air", "strike", "strikes",
    "struck", "bombed", "bombing", "bombings", "bombardment", "shelled", "shelling", "raids", "drone", "drones",
    "missile", "missiles"};
constexpr std::array<std::string_view, 10> kAttackCues {"attacked", "attacking", "attacks", "attack", "shelling",
    "assault", "assaulted", "assaulting", "breached", "besieging"};

// A year before the offensive ("in 2016"): with no day of its own, the sentence tells history.
bool isPastYear(std::string_view w)
{
    if (w.size() != 4)
        return false;
    int year = 0;
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), year);
    return ec == std::errc() && end == w.data() + w.size() && year >= 1900 && year < 2024;
}

std::string joinWords(const std::vector<Word>& words, std::size_t first, std::size_t last)
{
    std::string out;
    for (std::size_t i = first; i < last && i < words.size(); ++i) {
        if (!out.empty() && !words[i].punct)
            out += ' ';
        out += words[i].lower;
    }
    return out;
}

// The order kinds are suggested in when several cues disagree: the change a reader would record.
int kindRank(ClaimKind k)
{
    switch (k) {
    case ClaimKind::Captured:
        return 6;
    case ClaimKind::Withdrew:
        return 5;
    case ClaimKind::Entered:
        return 4;
    case ClaimKind::Surrendered:
        return 3;
    case ClaimKind::Besieged:
        return 2;
    case ClaimKind::Contested:
        return 1;
    default:
        return 0;
    }
}

struct Cues {
    std::vector<std::string> words;
    CueWeight weight = CueWeight::None;
    ClaimKind kind = ClaimKind::Controls;
    std::size_t at = 0; // byte offset (in the sentence) of the strongest cue
    bool attacksOnly = true; // every cue an attack ("shelling", "attacked")
    bool strikes = false; // a strike word in the sentence
    bool hypothetical = false;
    bool history = false; // "in 2016" …
    bool today = false; // … unless a day of the offensive is named too ("on Sunday")
};

constexpr std::array<std::string_view, 16> kDayWords {"monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "november", "december", "nov", "dec", "today", "yesterday", "tonight", "overnight", "2024"};

void addCue(Cues& c, std::string text, ClaimKind kind, CueWeight weight, std::size_t at)
{
    if (std::find(c.words.begin(), c.words.end(), text) == c.words.end())
        c.words.push_back(std::move(text));
    if (weight > c.weight || (weight == c.weight && kindRank(kind) > kindRank(c.kind))) {
        c.weight = weight;
        c.kind = kind;
        c.at = at;
    }
}

Cues readCues(const std::vector<Word>& words)
{
    Cues c;
    std::vector<bool> covered(words.size(), false);
    bool hasControlWord = false;
    for (const Word& w : words)
        hasControlWord = hasControlWord || w.lower == "control";
    for (const Trigger& t : findTriggers(words)) {
        if (t.kind == ClaimKind::Denied)
            continue;
        const std::string text = joinWords(words, t.first, t.last);
        // "under" alone is any preposition; "under … control" brings its own cue.
        if (text == "under" || text == "followed"
            || (text == "hands" && !hasControlWord && t.first > 0 && words[t.first - 1].lower != "in"
                && words[t.first - 1].lower != "changed"))
            continue;
        for (std::size_t i = t.first; i < t.last && i < words.size(); ++i)
            covered[i] = true;
        CueWeight weight = CueWeight::State;
        if (t.frame == TriggerFrame::Presence)
            weight = CueWeight::Presence;
        else if (isChange(t.kind))
            weight = t.needsNearObject ? CueWeight::Loose : CueWeight::Change;
        addCue(c, text, t.kind, weight, words[t.first].start);
        if (!oneOf(kAttackCues, words[t.first].lower))
            c.attacksOnly = false;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i].lower;
        if (!covered[i])
            for (const BareCue& b : kBareCues)
                if (w == b.word) {
                    addCue(c, w, b.kind, isChange(b.kind) ? CueWeight::Loose : CueWeight::State, words[i].start);
                    c.attacksOnly = false;
                }
        c.strikes = c.strikes || oneOf(kStrikeWords, w);
        c.hypothetical = c.hypothetical || isHypotheticalWord(words, i);
        c.history = c.history || (isPastYear(w) && i > 0 && words[i - 1].lower == "in");
        c.today = c.today || oneOf(kDayWords, w);
    }
    return c;
}

// A place named only to locate another ("north of Hama", "30 km from Damascus", "the Homs
// countryside", "the Homs highway"): the sentence says nothing of who holds it. "the outskirts of
// Homs" is not one: reaching them is a fight for the city.
bool isLocator(const core::Mention& m, const std::vector<Word>& words, std::size_t endByte)
{
    if (!m.relation.empty() && m.relation != "outskirts of")
        return true;
    static constexpr std::array<std::string_view, 8> kAfter {
        "countryside", "suburbs", "suburb", "highway", "road", "environs", "residents", "resident"};
    const auto next = std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.start >= endByte; });
    return next != words.end() && oneOf(kAfter, next->lower);
}

const core::Place* placeOf(const core::Mention& m, const core::Gazetteer& gazetteer, const ExtractOptions& options)
{
    if (m.status != core::MentionStatus::Resolved || !m.placeId)
        return nullptr;
    if (const core::Place* p = gazetteer.find(*m.placeId))
        return p;
    return options.findPlace ? options.findPlace(*m.placeId) : nullptr;
}

} // namespace

std::vector<UnclaimedSentence> findUnclaimedSentences(const core::Article& article,
    const std::vector<core::Mention>& mentions, const std::vector<ExtractedClaim>& claims, const ActorMatcher& actors,
    const core::Gazetteer& gazetteer, const ExtractOptions& options, const GapOptions& gaps)
{
    std::vector<UnclaimedSentence> out;
    const CodePointIndex index(article.body);
    const DateResolver dates(article.published);
    for (const Sentence& s : splitSentences(article.body)) {
        const auto overlaps = [&](const core::Claim& c) { return c.source.start < s.end && s.start < c.source.end; };
        const std::string_view text(article.body.data() + s.byteStart, s.byteEnd - s.byteStart);
        const std::vector<Word> words = splitWords(text);
        bool claimedHere = false;
        bool claimedElsewhere = true; // every unclaimed place has claims in other sentences
        bool foreign = false;
        UnclaimedSentence entry;
        double placeScore = 0.0;
        for (const core::Mention& m : mentions) {
            if (m.start < s.start || m.end > s.end)
                continue;
            const core::Place* p = placeOf(m, gazetteer, options);
            if (!p)
                continue;
            if (!options.keepsCountry(p->country)) {
                foreign = true;
                continue;
            }
            if (p->kind == core::PlaceKind::Country)
                continue;
            const bool claimed = std::any_of(claims.begin(), claims.end(), [&](const ExtractedClaim& e) {
                return overlaps(e.claim) && (e.claim.placeId == p->id || e.claim.regionId == p->id);
            });
            if (claimed) {
                claimedHere = true;
                continue;
            }
            if (isLocator(m, words, index.toByte(m.end) - s.byteStart))
                continue;
            claimedElsewhere = claimedElsewhere
                && std::any_of(claims.begin(), claims.end(),
                    [&](const ExtractedClaim& e) { return e.claim.placeId == p->id || e.claim.regionId == p->id; });
            const bool known = std::any_of(
                entry.places.begin(), entry.places.end(), [&](const UnclaimedPlace& u) { return u.placeId == p->id; });
            if (!known)
                entry.places.push_back({p->id, p->name, m.text, m.start, m.end});
            placeScore = std::max(placeScore, core::isSettlementLike(p->kind) ? 0.25 : 0.15);
        }
        if (entry.places.empty())
            continue;
        claimedHere = claimedHere
            || std::any_of(claims.begin(), claims.end(), [&](const ExtractedClaim& e) { return overlaps(e.claim); });
        const Cues cues = readCues(words);
        if (cues.weight == CueWeight::None)
            continue;
        // The party: a named one over a generic one ("troops"), then the one nearest before the
        // strongest cue (its subject, most often), else the first after it.
        double actorScore = 0.0;
        std::size_t actorDistance = SIZE_MAX;
        for (const ActorMention& a : actors.find(text)) {
            if (a.pronoun || a.actorId.empty() || a.actorId == "-" || a.actorId == "=")
                continue;
            const double sc = a.generic ? 0.15 : 0.3;
            const std::size_t distance = a.end <= cues.at ? cues.at - a.end : text.size() + a.start;
            if (sc > actorScore || (sc == actorScore && distance < actorDistance)) {
                actorScore = sc;
                actorDistance = distance;
                entry.actor = a.actorId;
                entry.actorText = a.text;
            }
        }
        double score = weightScore(cues.weight) + actorScore + placeScore;
        if (cues.hypothetical)
            score *= 0.5;
        if (cues.history && !cues.today)
            score *= 0.4;
        if (cues.strikes && cues.attacksOnly)
            score *= 0.4;
        if (claimedHere) // the extractor read this sentence: its other names are mostly landmarks
            score *= 0.6;
        if (claimedElsewhere) // the article's other sentences carry claims on every one of its places
            score *= 0.6;
        if (foreign)
            score *= 0.7;
        if (score < gaps.minScore)
            continue;
        entry.articleId = article.id;
        entry.start = s.start;
        entry.end = s.end;
        entry.sentence = s.text;
        entry.cues = cues.words;
        entry.kind = cues.kind;
        // "… seized Saraqib on Friday": the day the sentence names, for the analyst to check. Read
        // alone, without the days the text named before ("the next day" names none here).
        for (const TimeExpression& t : dates.find(text))
            if (DateResolver::dayOf(t) && t.range.from) {
                entry.time = t.range;
                entry.timeText = t.text;
                break;
            }
        entry.score = std::min(1.0, score);
        out.push_back(std::move(entry));
    }
    std::stable_sort(out.begin(), out.end(),
        [](const UnclaimedSentence& a, const UnclaimedSentence& b) { return a.score > b.score; });
    return out;
}

} // namespace sitrep::text
