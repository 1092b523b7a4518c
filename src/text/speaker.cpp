#include "speaker.h"

#include "claimlexicon.h"
#include "claimwords.h"
#include "dateresolver.h"
#include "speakerwords.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sitrep::text {

using core::SpeakerSide;
using speakerwords::kStateHeads;

namespace {

constexpr std::array<std::string_view, 60> kCues{
    "said", "says", "say", "saying", "reported", "reports", "report", "reporting", "claimed", "claims",
    "claim", "claiming", "insisted", "insists", "insisting", "maintained", "maintains", "announced",
    "announces", "declared", "declares", "stated", "stating", "confirmed", "confirms", "denied", "denies",
    "deny", "denying", "acknowledged", "acknowledges", "told", "added", "noted", "asserted", "asserts",
    "warned", "revealed", "reveal", "reveals", "described", "indicated", "indicate", "indicates", "dismissed",
    "rejected", "alleged", "quoted", "showed", "tweeted", "stressing", "stressed", "stresses", "adding",
    "tell", "tells", "dismissing", "rejecting",
    // (", affirming that the situation in Hama \"is stable and under the full control of our forces\"":
    // the denial before it ends there, as at ", saying")
    "affirming", "asserting"}; // (a live blog's present: "Residents of Jaramana tell Sky News Arabia that …")
// ("…, told Al-Masdar, dismissing claims made by the militants on Telegram that the town had been
// encircled": the participle denies as "denying" does.)
constexpr std::array<std::string_view, 9> kDenyCues{"denied", "denies", "deny", "denying", "dismissed", "rejected",
                                                    "refuted", "dismissing", "rejecting"};
constexpr std::array<std::string_view, 5> kHedgeCues{"claimed", "claims", "claim", "claiming", "alleged"};
// Words between a speaker and its verb that belong to neither.
// ("been": "state media had still been insisting that no militants had set foot inside Aleppo".)
constexpr std::array<std::string_view, 24> kSkippable{"however", "also", "later", "earlier", "meanwhile",
                                                      "reportedly", "separately", "previously", "has", "have",
                                                      "had", "was", "were", "is", "are", "both", "then",
                                                      "still", "again", "immediately", "quickly", "flatly",
                                                      "repeatedly", "been"};
// Participles that describe a noun rather than act ("Turkish-backed factions", "the HTS-led
// alliance", "groups including HTS"): no verb ending a speaker phrase.
constexpr std::array<std::string_view, 15> kDescribing{"including", "leading", "armed", "backed", "united", "unified",
                                                       "allied", "based", "affiliated", "linked", "aligned",
                                                       "controlled", "owned", "ruling", "led"};
// ("16:20 | IDF confirms troops have taken …": a live blog's bar ends the clock before the speaker.)
constexpr std::array<std::string_view, 10> kStops{",", "\"", ".", ":", ";", "that", "while", "as", "though", "|"};
constexpr std::array<std::string_view, 8> kVague{"sources", "source", "reports", "report", "officials",
                                                 "official", "statement", "it"};

bool isQuote(const Word& w) { return w.punct && (w.lower == "\"" || w.lower == "'"); }

// "…, and it denied": "and" and a pronoun before the verb at `c`.
bool andPronoun(const std::vector<Word>& words, std::size_t c)
{
    if (c < 2 || words[c - 2].lower != "and")
        return false;
    const auto& p = words[c - 1].lower;
    return p == "it" || p == "they" || p == "he" || p == "she";
}

// A weekday, a month or a part of the day: "On Monday morning", "On Dec. 3".
bool isTimeWord(std::string_view w)
{
    static constexpr std::array<std::string_view, 8> kParts{"morning", "afternoon", "evening", "night",
                                                            "overnight", "today", "yesterday", "tonight"};
    return isCalendarWord(w) || oneOf(kParts, w);
}

// "told SANA", "told state television", "told al-Ikhbariya": the words after a cue at `cue`.
bool toldStateMedia(const std::vector<Word>& words, std::size_t cue)
{
    if (cue >= words.size() || words[cue].lower != "told")
        return false;
    std::size_t k = cue + 1;
    if (k < words.size() && (words[k].lower == "the" || words[k].lower == "al"))
        ++k;
    if (k >= words.size())
        return false;
    const auto& w = words[k].lower;
    return w == "sana" || w == "ikhbariya" || w == "al-ikhbariya"
        || (w == "state" && k + 1 < words.size() && oneOf(kStateHeads, words[k + 1].lower));
}

} // namespace

std::vector<Attribution> SpeakerFinder::find(std::string_view sentence, const std::vector<Word>& words,
                                             const std::vector<ActorMention>& actors) const
{
    std::vector<Attribution> out;
    const std::size_t n = words.size();
    auto phraseText = [&](std::size_t a, std::size_t b) {
        return b > a ? std::string(sentence.substr(words[a].start, words[b - 1].end - words[a].start)) : std::string();
    };
    // Speaker phrase after position `from`, up to a comma or the end: "according to X", "said X".
    auto rightPhrase = [&](std::size_t from) {
        std::size_t e = from;
        while (e < n && e < from + 16 && !oneOf(kStops, words[e].lower))
            ++e;
        return e;
    };
    // "…; the Defense Ministry called them untrue": a verb of naming whose complement judges the
    // report false denies it.
    auto judgesFalse = [&](std::size_t c) {
        const auto& w = words[c].lower;
        if (!(w == "called" || w == "calls" || w == "branded" || w == "brands" || w == "termed" || w == "labelled" ||
              w == "labeled" || w == "described" || w == "describes"))
            return false;
        for (std::size_t k = c + 1; k < n && k < c + 6; ++k) {
            if (isFalseVerdict(words[k].lower) || words[k].lower == "lies") // "called them lies"
                return true;
            if (words[k].punct && !isQuote(words[k]))
                return false;
        }
        return false;
    };
    // "a defence ministry statement describing reports that the army had withdrawn from the city
    // as \"completely false\"": describing a report, however long, as false denies it.
    auto describesFalse = [&](std::size_t c) {
        const auto& w = words[c].lower;
        if (!(w == "describing" || w == "described" || w == "describes"))
            return false;
        for (std::size_t k = c + 1; k + 1 < n && k < c + 24; ++k) {
            if (words[k].punct && !isQuote(words[k]))
                return false;
            if (words[k].lower != "as")
                continue;
            for (std::size_t j = k + 1; j < n && j < k + 4; ++j)
                if (isFalseVerdict(words[j].lower) || words[j].lower == "lies")
                    return true;
        }
        return false;
    };
    for (std::size_t c = 0; c < n; ++c) {
        const auto& w = words[c].lower;
        if ((w == "tell" || w == "tells") && words[c].capitalised)
            continue; // "Tell Rifaat", "Tell Abyad": a place, no verb
        // "The Ministry of Defence denied what it called \"fake news\" about …": the speaker's
        // own naming of what it denies, no second voice ("what it described as \"rumours\"").
        if (c >= 2 && words[c - 2].lower == "what" &&
            (words[c - 1].lower == "it" || words[c - 1].lower == "they" || words[c - 1].lower == "he" ||
             words[c - 1].lower == "she"))
            continue;
        const bool judges = judgesFalse(c) || describesFalse(c);
        Attribution a;
        a.cue = c;
        if (w == "according" && c + 1 < n && words[c + 1].lower == "to") {
            a.phraseFirst = c + 2;
            a.phraseLast = rightPhrase(c + 2);
            a.scopeFirst = 0;
            a.scopeLast = c;
            // "According to X, <claim>": the claim follows.
            if (a.phraseLast < n && words[a.phraseLast].lower == "," && c <= 1) {
                a.scopeFirst = a.phraseLast;
                a.scopeLast = n;
            }
        } else if (oneOf(kCues, w) && c > 0 && c + 2 < n && words[c + 1].lower == "by" &&
                   (words[c - 1].lower == "were" || words[c - 1].lower == "was" || words[c - 1].lower == "been")) {
            // "Reports that … had entered Qatana were denied by residents of the town": the agent
            // speaks about what comes before.
            a.phraseFirst = c + 2;
            a.phraseLast = rightPhrase(c + 2);
            a.scopeFirst = 0;
            a.scopeLast = c;
        } else if (oneOf(kCues, w) && c > 0 && (words[c - 1].lower == "and" || andPronoun(words, c)) && !out.empty() &&
                   !out.back().pronoun &&
                   !out.back().rebuts && out.back().cue < c && out.back().phraseLast <= out.back().cue) {
            // "State TV denied rebels had entered Hama and insisted the army remained in control of
            // the city": the same speaker, saying (not denying) what follows the second verb; also
            // "State TV insisted the army is still holding Hama, and it denied that rebels had entered".
            a = out.back();
            a.cue = c;
            a.scopeFirst = c + 1;
            a.scopeLast = n;
            a.denies = oneOf(kDenyCues, w);
            a.hedges = oneOf(kHedgeCues, w);
            out.push_back(std::move(a));
            continue;
        } else if (oneOf(kCues, w) || judges) {
            // The speaker before the verb: "state television, however, insisted".
            std::size_t e = c;
            const auto skip = [&] {
                while (e > 0 && (oneOf(kSkippable, words[e - 1].lower) ||
                                 (words[e - 1].lower == "," && e >= 2 && oneOf(kSkippable, words[e - 2].lower))))
                    --e;
            };
            skip();
            // "Kremlin spokesman Dmitry Peskov on December 10 dismissed": a time between the speaker
            // and the verb is neither's.
            for (std::size_t k = e; k > 0 && e - k < 5; --k)
                if (words[k - 1].lower == "on" && k < e && k >= 2 && words[k - 2].capitalised &&
                    !words[k - 2].lower.ends_with("ed")) { // not "Reports that circulated on Monday claiming"
                    bool time = true;
                    for (std::size_t j = k; j < e; ++j)
                        time = time && (isTimeWord(words[j].lower) || words[j].lower == "," ||
                                        std::isdigit(static_cast<unsigned char>(words[j].lower.front())));
                    if (time) {
                        e = k - 1;
                        skip();
                    }
                    break;
                }
            if (e > 0 && words[e - 1].lower == "," && e >= 2 && !isQuote(words[e - 2]))
                --e; // ", as well as army and rebel sources, reveal"
            std::size_t b = e;
            // Nor past a spaced dash: "AMMAN, Dec 7 (Reuters) - Syrian rebels said", "16:35 GMT —
            // Opposition says": the dateline or the entry's time is no part of the speaker.
            while (b > 0 && e - b < 14 && !oneOf(kStops, words[b - 1].lower) &&
                   !(words[b - 1].lower == "-" && b >= 2 && words[b - 2].end < words[b - 1].start))
                --b;
            // A speaker is a noun phrase: cut at the last verb ("the insurgents had not penetrated
            // into Homs, stating…" has no speaker before "stating").
            for (std::size_t k = e; k > b; --k) {
                const auto& v = words[k - 1].lower;
                const bool participle = v.size() >= 5 && (v.ends_with("ed") || v.ends_with("ing")) &&
                                        !words[k - 1].capitalised && !oneOf(kDescribing, v);
                if (v == "had" || v == "has" || v == "have" || v == "not" || v == "were" || v == "are" ||
                    v == "is" || v == "was" || participle)
                {
                    b = k;
                    break;
                }
            }
            // "HTS fighters were inside Hama and the army announced": a phrase opening on a
            // preposition is the end of another clause; the speaker follows its "and".
            static constexpr std::array<std::string_view, 8> prepositions{"in", "inside", "at", "on", "into",
                                                                         "from", "near", "outside"};
            bool sharedSubject = false; // "State TV insists the army is in control of the city and says"
            // (Also past a closing quote: "dismissed those reports as \"completely false,\" saying".)
            const bool afterComma = c > 0 && (words[c - 1].lower == "," ||
                                              (c > 1 && isQuote(words[c - 1]) && words[c - 2].lower == ","));
            // "On Monday the army denied", "On Tuesday, December 3, the army announced": a time
            // opening the sentence is no clause of its own; the speaker follows it.
            if (b == 0 && b + 1 < e && (words[b].lower == "on" || words[b].lower == "late" || words[b].lower == "early") &&
                isTimeWord(words[b + 1].lower)) {
                std::size_t k = b + 1;
                while (k < e && (isTimeWord(words[k].lower) || words[k].punct ||
                                 std::isdigit(static_cast<unsigned char>(words[k].lower.front()))))
                    ++k;
                if (k < e)
                    b = k;
            }
            if (b < e && oneOf(prepositions, words[b].lower) && !afterComma) {
                std::size_t k = b;
                while (k < e && words[k].lower != "and" && words[k].lower != ",")
                    ++k;
                b = k < e ? k + 1 : e;
                sharedSubject = b == e;
            }
            const bool participle = w.ends_with("ing") && afterComma;
            if (sharedSubject) {
                continue; // the speaker named before this verb still speaks
            } else if (participle) {
                // "…, stating they were on the outskirts": the subject of the main verb speaks.
                a.phraseFirst = c;
                a.phraseLast = c + 1;
                a.pronoun = true;
            } else if (b < e && !(e - b == 1 && (words[b].lower == "they" || words[b].lower == "he" ||
                                          words[b].lower == "she" || words[b].lower == "it"))) {
                a.phraseFirst = b;
                a.phraseLast = e;
                // "The army command issued a statement denying …": whoever issued it speaks.
                const bool statement = words[e - 1].lower == "statement" && e - b <= 2 && b >= 2 &&
                                       (words[b - 1].lower == "issued" || words[b - 1].lower == "released" ||
                                        words[b - 1].lower == "published");
                std::size_t f = b - (statement ? 1 : 0);
                while (statement && f > 0 && b - f < 9 && !oneOf(kStops, words[f - 1].lower))
                    --f;
                if (statement && f + 1 < b) {
                    a.phraseFirst = f;
                    a.phraseLast = b - 1;
                }
            } else if (b < e) {
                a.phraseFirst = b;
                a.phraseLast = e;
                a.pronoun = true;
            } else {
                // A noun ("reports of defections") is no reporting verb without a source after it.
                static constexpr std::array<std::string_view, 6> nouns{"reports", "report", "claims", "claim",
                                                                        "statement", "reporting"};
                if (oneOf(nouns, w) && !(c + 1 < n && (words[c + 1].lower == "from" || words[c + 1].lower == "by")))
                    continue;
                // "…,” said the mayor of al-Qaem" / "…,” confirmed both an opposition figure…"
                a.phraseFirst = c + 1;
                a.phraseLast = rightPhrase(c + 1);
            }
            // ", saying the army is in full control": the participle vouches for what follows it.
            const bool before = a.phraseLast <= c || participle;
            // Content after the verb ("said that rebels…") unless the verb closes the sentence.
            std::size_t rest = 0;
            for (std::size_t k = c + 1; k < n; ++k)
                rest += words[k].punct ? 0 : 1;
            if (before && rest > 2) {
                a.scopeFirst = c + 1;
                a.scopeLast = n;
                // "state television had denied that rebels had reached the city, even as HTS-led
                // fighters entered Aleppo that evening": the contrast is the writer's, not the speaker's.
                for (std::size_t k = c + 2; k + 1 < n; ++k)
                    if ((words[k].lower == "even" && (words[k + 1].lower == "as" || words[k + 1].lower == "though")) ||
                        (words[k].lower == "," && (words[k + 1].lower == "but" || words[k + 1].lower == "whereas"))) {
                        a.scopeLast = k;
                        break;
                    }
            } else {
                a.scopeFirst = 0;
                a.scopeLast = before ? a.phraseFirst : c;
            }
        } else {
            continue;
        }
        if (a.phraseLast <= a.phraseFirst)
            continue;
        a.denies = oneOf(kDenyCues, w) || judges;
        a.hedges = oneOf(kHedgeCues, w);
        // "…had taken Maarat al-Numan, a claim the Syrian Defence Ministry dismissed as
        // \"fabricated\"": an apposition naming what was said before; its speaker denies it, and
        // is the phrase after "a claim (that)".
        if (a.denies && !a.pronoun && a.phraseLast <= c) {
            static constexpr std::array<std::string_view, 8> said{"claim", "claims", "assertion", "assertions",
                                                                  "report", "reports", "account", "allegation"};
            auto isThat = [&](std::size_t k) { return words[k].lower == "that" || words[k].lower == "which"; };
            std::size_t noun = n; // "claim"
            const std::size_t k = a.phraseFirst;
            if (k >= 2 && isThat(k - 1) && oneOf(said, words[k - 2].lower))
                noun = k - 2; // ", a claim that the ministry dismissed"
            else if (oneOf(said, words[k].lower))
                noun = k; // ", claims the ministry dismissed"
            else if (k + 1 < a.phraseLast && (words[k].lower == "a" || words[k].lower == "an") &&
                     oneOf(said, words[k + 1].lower))
                noun = k + 1; // ", a claim the ministry dismissed"
            if (noun < n) {
                const std::size_t open =
                    noun >= 1 && (words[noun - 1].lower == "a" || words[noun - 1].lower == "an") ? noun - 1 : noun;
                if (open >= 2 && words[open - 1].lower == ",") {
                    a.rebuts = true;
                    a.phraseFirst = std::max(a.phraseFirst, noun + 1);
                    if (a.phraseFirst < a.phraseLast && isThat(a.phraseFirst))
                        ++a.phraseFirst;
                    a.scopeFirst = 0;
                    a.scopeLast = open - 1;
                }
            }
        }
        a.speaker = phraseText(a.phraseFirst, a.phraseLast);
        a.side = a.pronoun ? SpeakerSide::Unknown : classify(words, a.phraseFirst, a.phraseLast, actors);
        // "State television, to the very end, denied that …": a phrase set off by commas right
        // before the verb is an aside; the speaker is the noun phrase before it when that is a
        // state voice (not "Residents of Moadamiyat and Darayya, to the southwest, said soldiers had
        // left their checkpoints there": places a report's "there" stands for).
        // The same for a longer aside, an apposition or a relative clause, before a party named as
        // one ("The Southern Operations Room, an umbrella of local factions formed Friday, said",
        // "Hayat Tahrir al-Sham (HTS), the Islamist group that spearheaded the offensive, said", "The
        // SNA, which launched its operation north of Aleppo on Nov. 30, claimed"): that party speaks.
        std::size_t open = 0; // the comma opening the aside
        if (a.side == SpeakerSide::Unknown && !a.pronoun && a.phraseLast + 1 == c && words[c - 1].lower == ",")
            for (std::size_t k = c - 1; k > 1 && c - k < 24; --k) {
                const auto& p = words[k - 1].lower;
                // (Not the dot of "on Nov. 30".)
                const bool dot = p == "." && !(k < c && std::isdigit(static_cast<unsigned char>(words[k].lower.front())));
                if (dot || p == ";" || p == ":" || p == "|")
                    break;
                if (p == ",") {
                    open = k - 1;
                    break;
                }
            }
        if (open >= 1) {
            const std::size_t last = open;
            std::size_t first = last;
            while (first > 0 && last - first < 8 && !oneOf(kStops, words[first - 1].lower))
                --first;
            const SpeakerSide side = first < last ? classify(words, first, last, actors) : SpeakerSide::Unknown;
            // A longer aside only after a party named as one ("The Syriac Military Council (MFS), which
            // is part of the SDF, said" names no army).
            const bool shortAside = open + 1 == a.phraseFirst && a.phraseLast - a.phraseFirst <= 5;
            const std::string_view want = side == SpeakerSide::Government ? "government" : "opposition";
            const bool party = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& m) {
                const auto* actor = m.pronoun || m.generic ? nullptr : m_actors.actor(m_actors.root(m.actorId));
                return actor && actor->side == want && m.firstWord >= first && m.lastWord <= last;
            });
            if ((side == SpeakerSide::Government && (shortAside || party)) ||
                (side == SpeakerSide::Opposition && party)) {
                a.phraseFirst = first;
                a.phraseLast = last;
                a.speaker = phraseText(first, last);
                a.side = side;
            }
        }
        if (a.side == SpeakerSide::Unknown && !a.pronoun) {
            bool vague = false, hasNoun = false;
            for (std::size_t k = a.phraseFirst; k < a.phraseLast; ++k) {
                vague = vague || oneOf(kVague, words[k].lower);
                // "Israeli media reported that troops also took …": a country's media, no one named.
                vague = vague || (k > a.phraseFirst && k + 1 == a.phraseLast && words[k - 1].capitalised &&
                                  (words[k].lower == "media" || words[k].lower == "press"));
                hasNoun = hasNoun || !words[k].punct;
            }
            // A verb with no speaker-like phrase before it ("the situation has grown…") is no
            // attribution at all; "sources said" is one the outlet vouches for.
            if (!vague)
                continue;
            a.vague = true;
            (void)hasNoun;
            // "“…,” the source told SANA": a source speaking to state media is a state source.
            if (toldStateMedia(words, c)) {
                a.side = SpeakerSide::Government;
                a.vague = false;
            }
        }
        out.push_back(std::move(a));
    }
    // A live blog's or headline's speaker before a colon: "Military Operations Command: \"Our forces
    // have liberated Homs city in full.\"", "BREAKING | SOHR: Daraa factions now hold …". Only a
    // phrase that names a side or an actor (not "Update:", "In the south:", a time or a date).
    if (out.empty()) {
        std::size_t first = 0;
        for (std::size_t k = 0; k < n && k < 4; ++k)
            if (words[k].lower == "|")
                first = k + 1;
        std::size_t colon = first;
        while (colon < n && colon < first + 8 && !words[colon].punct)
            ++colon;
        const bool clock = colon > first && colon + 1 < n &&
                           std::isdigit(static_cast<unsigned char>(words[colon - 1].lower.front())) &&
                           std::isdigit(static_cast<unsigned char>(words[colon + 1].lower.front()));
        if (colon > first && colon + 2 < n && words[colon].lower == ":" && !clock) {
            Attribution a;
            a.cue = colon;
            a.phraseFirst = first;
            a.phraseLast = colon;
            a.scopeFirst = colon + 1;
            a.scopeLast = n;
            a.side = classify(words, first, colon, actors);
            const bool named = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& m) {
                return !m.pronoun && !m.generic && m.firstWord >= first && m.lastWord <= colon;
            });
            // A noun phrase, not a clause: "The SDF seized two villages: Hatla and Marrat" names what
            // was taken after its colon.
            const auto clause = [&] {
                const auto triggers = findTriggers(words);
                return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(first),
                                   words.begin() + static_cast<std::ptrdiff_t>(colon), [&](const Word& w) {
                                       return oneOf(kCues, w.lower) || (!w.capitalised && w.lower.size() >= 4 &&
                                                                     w.lower.ends_with("ed") && !oneOf(kDescribing, w.lower));
                                   }) ||
                       std::any_of(triggers.begin(), triggers.end(),
                                   [&](const Trigger& t) { return t.first >= first && t.first < colon; });
            };
            if ((a.side != SpeakerSide::Unknown || named) && !clause()) {
                a.speaker = phraseText(first, colon);
                out.push_back(std::move(a));
            }
        }
    }
    return out;
}

bool isDenyCue(std::string_view lowerWord) { return oneOf(kDenyCues, lowerWord); }

} // namespace sitrep::text
