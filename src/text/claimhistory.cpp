// Whether a claim is of the past before this war ("Aleppo, which government forces recaptured in
// 2016"): a year before the article's, dating the clause of its verb. Split from claimsentence.cpp
// (round 41) to keep that file under 600 lines.
#include "claimsentence.h"

#include "core/instant.h"

#include <algorithm>
#include <array>
#include <string>

namespace sitrep::text::detail {

namespace {

// What may stand between "in" and a year: "in February 2016", "in late 2016", "on 22 December 2016".
bool isDatingLead(std::string_view w)
{
    static constexpr std::array<std::string_view, 17> kLead{"january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "late", "early", "mid", "mid-", "the"};
    return std::find(kLead.begin(), kLead.end(), w) != kLead.end()
        || (!w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// "2016" in an article of 2024: a year of this century or the last before the article's.
bool pastYear(std::string_view w, int year)
{
    return year > 0 && w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })
        && (w.starts_with("19") || w.starts_with("20")) && std::stoi(std::string(w)) < year;
}

// "announced that it had taken full control of Manbij, ending more than eight years of PKK/YPG
// occupation of the city": a clause after a comma behind the verb, opened by a participle or a
// relative pronoun, has a verb of its own; the years it counts are not the capture's.
bool inAppendedClause(const Sent& s, const Trigger& t, std::size_t k)
{
    for (std::size_t j = t.last; j + 1 < k; ++j) {
        if (s.words[j].lower != ",")
            continue;
        const auto& next = s.words[j + 1].lower;
        if ((next.size() > 5 && next.ends_with("ing")) || next == "which" || next == "who")
            return true;
    }
    return false;
}

// "forces of the division entered the abandoned city of Quneitra, destroyed in 1974 and never
// rebuilt, and the villages of Hader": a past participle after a comma behind the verb opens an
// aside on the object; the year in it dates the participle, not the verb (round 84).
bool inParticipleAside(const Sent& s, const Trigger& t, std::size_t k)
{
    for (std::size_t j = t.last; j + 1 < k; ++j) {
        const auto& next = s.words[j + 1].lower;
        if (s.words[j].lower == "," && next.size() > 4 && next.ends_with("ed"))
            return true;
    }
    return false;
}

// Round 93: "the SNA captured Tal Rifaat, held by the SDF since 2016, along with …", "rebels took
// Aleppo, which the government had retaken in 2016": a year after the verb, in an aside a comma
// opens with a relative pronoun, a participle or a noun phrase, dates the aside, not the verb. A
// comma right before the year's preposition keeps it the verb's ("retook Palmyra, in March 2016").
bool inAside(const Sent& s, const Trigger& t, std::size_t lead)
{
    if (lead <= t.last + 1)
        return false;
    std::size_t comma = lead;
    for (std::size_t j = lead - 1; j-- > t.last;)
        if (s.words[j].lower == "," || s.words[j].lower == "(") {
            comma = j;
            break;
        }
    if (comma + 2 >= lead)
        return false; // no comma, or the preposition opens what it follows
    static constexpr std::array<std::string_view, 17> kOpeners{"which", "who", "whose", "where", "that", "a", "an",
        "the", "its", "their", "once", "long", "held", "lost", "taken", "won", "under"};
    const auto& open = s.words[comma + 1].lower;
    return std::find(kOpeners.begin(), kOpeners.end(), open) != kOpeners.end() ||
           (isVerbLike(open) && !open.ends_with("ing"));
}

// "the first time the city has slipped out of the government's control since 2016", "for the first
// time since 2011": a "since" after "first" measures how long since, it does not date the change.
// (Not a holding: "bringing the whole of Idlib governorate under opposition control for the first
// time since 2019" would lend its holding to the places captured in the clause before.)
bool measuresSince(const Sent& s, const Trigger& t, std::size_t lead)
{
    if (t.kind == core::ClaimKind::Controls || lead == 0 || s.words[lead - 1].lower != "since")
        return false;
    for (std::size_t j = lead - 1; j-- > 0 && lead - j <= 14;)
        if (s.words[j].lower == "first")
            return true;
    return false;
}

} // namespace

bool historical(const Sent& s, const Trigger& t, std::size_t left, std::size_t right,
                std::optional<core::Instant> published)
{
    const int year = published ? std::stoi(core::formatIso8601(*published).substr(0, 4)) : 0;
    // Round 41: "It was there, in 2013, that the party fought its first battle in Syria, helping
    // Assad's forces recapture the town": a cleft on a past year dates all it frames.
    if (year > 0 && s.words.size() > 4 && s.words[0].lower == "it" && s.words[1].lower == "was")
        for (std::size_t k = 3; k < t.first && k < 10; ++k) {
            if (pastYear(s.words[k].lower, year) && (s.words[k - 1].lower == "in" || s.words[k - 1].lower == "during") &&
                std::any_of(s.words.begin() + static_cast<std::ptrdiff_t>(k), s.words.begin() + static_cast<std::ptrdiff_t>(t.first),
                            [](const Word& v) { return v.lower == "that" || v.lower == "when"; }))
                return true;
        }
    // "Russian warplanes struck Aleppo for the first time since 2016, when government forces retook
    // it": a "when" clause on a past year is of that year.
    for (std::size_t k = t.first; year > 0 && k-- > 2 && t.first - k <= 12;) {
        if (s.words[k].lower == "," || s.words[k].lower == ";")
            break;
        if (s.words[k].lower == "when" && s.words[k - 1].lower == "," && pastYear(s.words[k - 2].lower, year))
            return true;
    }
    // The clause, and a "since 2016" that closes it.
    const std::size_t end = std::min(s.words.size(), right + (right < s.words.size() && s.words[right].lower == "since" ? 2 : 0));
    for (std::size_t k = left; k < end; ++k) {
        const auto& w = s.words[k].lower;
        // Near the verb, and no reporting verb between ("…, which had run Manbij since 2016, said
        // that their fighters had withdrawn" is today's news).
        // Before the verb, no comma between unless it opens the sentence ("Aleppo, which government
        // forces recaptured in 2016, fell to rebels" is news; "In 2016, …" is not).
        bool near = (k < t.first ? t.first - k : k - t.last) <= 8;
        for (std::size_t j = std::min(k, t.first); j < std::max(k, t.last) && near; ++j)
            near = !inAttribution(s, j, j + 1) && s.words[j].lower != "said" && s.words[j].lower != "says" &&
                   !(k < t.first && k > 2 && s.words[j].lower == ",");
        // "rebels who had made their peace with the regime in 2018 seized Daraa": the relative
        // clause's own verb before the year is what it dates.
        for (std::size_t j = left; j < k && k < t.first && near && left > 0 && s.words[left - 1].lower == "who"; ++j)
            near = !isVerbLike(s.words[j].lower) && s.words[j].lower != "made";
        // "the Iran-backed militias that had garrisoned the valley for years pulled out of Deir
        // ez-Zor": a relative clause on the subject dates its own verb, not the one after it.
        for (std::size_t r = k; near && k < t.first && r-- > 0 && k - r < 12;)
            if ((s.words[r].lower == "that" || s.words[r].lower == "which" || s.words[r].lower == "who") &&
                std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& a) { return a.lastWord == r; }))
                for (std::size_t j = r + 1; j < k && near; ++j)
                    near = !isVerbLike(s.words[j].lower);
        if (w == "years" && near && k > left && !s.words[k - 1].punct && k + 1 < s.words.size() &&
            s.words[k + 1].lower != "ago" && !inAppendedClause(s, t, k) && !inAside(s, t, k))
            return true;
        // "in 2016", "since 2016" date the event; "the 2011 uprising" only names another.
        // So do "in February 2016", "since late 2016", "on 22 December 2016".
        std::size_t lead = k;
        while (lead > left && k - lead < 3 && isDatingLead(s.words[lead - 1].lower))
            --lead;
        const bool dating = lead > 0 && (s.words[lead - 1].lower == "in" || s.words[lead - 1].lower == "since" ||
                                         s.words[lead - 1].lower == "during" || s.words[lead - 1].lower == "until" ||
                                         (lead < k && s.words[lead - 1].lower == "on"));
        // "Khan Shaykhun had been occupied by the regime and its Russian allies since August
        // 2019": a "since" after the verb, in its clause with no comma or telling between, dates
        // the state however long the agent before it.
        // Not a holding: "the Eighth Brigade, which has held the town of Busra al-Sham … since
        // 2018" still holds it. Nor a relative clause's verb between: "crossed into the
        // demilitarized buffer zone that UN peacekeepers have patrolled since 1974".
        bool since = dating && t.kind != core::ClaimKind::Controls && s.words[lead - 1].lower == "since" &&
                     k > t.last && k - t.last <= 14;
        for (std::size_t j = t.last; j + 1 < lead && since; ++j) {
            const auto& v = s.words[j].lower;
            since = v != "," && v != ";" && v != "that" && v != "which" && v != "who" && v != "where" &&
                    v != "when" && !isVerbLike(v) && !inAttribution(s, j, j + 1);
        }
        if (dating && (near || since) && pastYear(w, year) &&
            !(k > t.last && (inParticipleAside(s, t, k) || inAside(s, t, lead))) && !measuresSince(s, t, lead))
            return true;
    }
    return false;
}

} // namespace sitrep::text::detail
