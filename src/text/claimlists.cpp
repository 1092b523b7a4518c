// The lists a verb's objects go on with past an aside or after a count of places (claimlists.h).
#include "claimlists.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text::detail {

namespace {

// A place a list may go on with: named, not a country, not "north of X", not a speaker's, not
// already taken, and no subject of a verb of its own ("…, and Hama fell").
bool listItem(const Sent& s, const PlaceSlot& p, const Objects& out)
{
    const bool ownVerb = p.last < s.words.size()
        && (isVerbLike(s.words[p.last].lower) || std::any_of(s.triggers.begin(), s.triggers.end(),
                                                     [&](const Trigger& g) { return g.first == p.last; }));
    return p.kind != core::PlaceKind::Country && p.relation.empty() && !p.edge && !ownVerb
        && !inAttribution(s, p.first, p.last)
        && std::none_of(out.begin(), out.end(), [&](const auto& o) { return o.first == &p; });
}

// The preposition a trigger ends with ("took control of", "pulled out of", "withdrew from"), or none.
std::vector<std::string_view> closingPreposition(const Sent& s, const Trigger& t)
{
    const std::string_view w = s.words[t.last - 1].lower;
    if (w != "of" && w != "from" && w != "into" && w != "in")
        return {};
    if (w == "of" && t.last >= t.first + 2 && s.words[t.last - 2].lower == "out")
        return {"out", "of"};
    return {w};
}

// The list whose first place stands in [from, to) after nothing but list glue ("the nearby villages
// of"): taken with the verb's objects. A comma, an "and" or any other word first: nothing.
void takeListNear(const Sent& s, std::size_t from, std::size_t to, Objects& out)
{
    for (std::size_t g = from; g < to && g < s.words.size(); ++g) {
        for (const auto& p : s.slots)
            if (p.first == g && listItem(s, p, out)) {
                takeListFrom(s, p, out);
                return;
            }
        const auto& w = s.words[g].lower;
        if (!isListGlue(w) || w == "," || w == "and")
            return;
    }
}

// Round 87: "the SNA captured Tal Rifaat, held by the SDF since 2016, along with the nearby
// villages of Sheikh Issa and Kafr Naya", "took control of Rastan together with neighbouring
// Talbiseh": what is taken "along with" or "together with" the verb's first object, right after it
// or after a comma, is taken too; only a place after nothing but list glue ("along with allied
// factions from Idlib" adds nothing), and none past the end of the clause.
void alongWithList(const Sent& s, const Trigger& t, Objects& out)
{
    const auto& words = s.words;
    const auto at = [&](std::size_t k) { return k < words.size() ? std::string_view(words[k].lower) : ""; };
    std::size_t first = SIZE_MAX, end = 0;
    for (const auto& o : out)
        if (o.first->first >= t.last && o.first->first < first) {
            first = o.first->first;
            end = o.first->last;
        }
    if (end == 0)
        return;
    const auto prep = closingPreposition(s, t);
    for (std::size_t k = end; k + 2 < words.size() && k < end + 16; ++k) {
        const auto w = at(k);
        // ("captured Hama and Rastan along with …": an "and" that goes on with the verb's objects
        // stays in the clause.)
        const bool listAnd = w == "and" && std::any_of(out.begin(), out.end(), [&](const auto& o) {
            return o.first->first > k && o.first->first <= k + 3;
        });
        if (w == "." || w == ";" || w == ":" || w == "?" || (w == "and" && !listAnd) || w == "but" || w == "while")
            return;
        if (!((w == "along" || w == "together") && at(k + 1) == "with" && (k == end || at(k - 1) == ",")))
            continue;
        std::size_t from = k + 2;
        if (!prep.empty() && at(from) == prep[0] && (prep.size() == 1 || at(from + 1) == prep[1]))
            from += prep.size();
        takeListNear(s, from, from + 5, out);
        return;
    }
}

} // namespace

// `p` and the places listed after it ("…, and of Mayadin and Deir ez-Zor").
void takeListFrom(const Sent& s, const PlaceSlot& p, Objects& out)
{
    out.push_back({&p, ObjectFit {true, false, false}});
    for (const PlaceSlot* last = &p; last;) {
        const PlaceSlot* next = nullptr;
        for (const auto& q : s.slots) {
            if (q.first <= last->last || q.first > last->last + 4 || !listItem(s, q, out))
                continue;
            bool glued = true, joined = false;
            for (std::size_t k = last->last; k < q.first && glued; ++k) {
                joined = joined || s.words[k].lower == "," || s.words[k].lower == "and";
                glued = isListGlue(s.words[k].lower);
            }
            if (glued && joined)
                next = &q;
            break;
        }
        if (next)
            out.push_back({next, ObjectFit {true, false, false}});
        last = next;
    }
}

// "took control of Albu Kamal, the main crossing point into Iraq, and of the town of Mayadin",
// "had taken Tal Rifaat from the SDF that day, as well as Kuweires military airport", "redeployed
// out of Hama on Thursday, saying …, and out of Aleppo last week": the verb's objects go on past
// an aside or an adjunct, after a comma, with "as well as" or with "and" and the verb's own
// preposition again (then only no other verb ending with it between).
void listAfterAside(const Sent& s, const Trigger& t, Objects& out)
{
    alongWithList(s, t, out);
    const auto& words = s.words;
    std::size_t end = 0;
    for (const auto& o : out)
        if (o.first->first >= t.last)
            end = std::max(end, o.first->last);
    if (end == 0)
        return;
    const auto prep = closingPreposition(s, t);
    const auto at = [&](std::size_t k) { return k < words.size() ? std::string_view(words[k].lower) : ""; };
    // "on December 1 seized Tal Rifaat and the surrounding Shahba area": after "the", "surrounding"
    // describes the area taken with the place (the lexicon's "surrounding" of a siege ends the
    // verb's window there, so the list is read on here).
    if (at(end) == "and" && at(end + 1) == "the" && at(end + 2) == "surrounding")
        for (const auto& p : s.slots)
            if (p.first == end + 3 && listItem(s, p, out)) {
                takeListFrom(s, p, out);
                return;
            }
    // "taking Aleppo, Hama and, a day before the capital fell, Homs": an aside between "and" and
    // the list's last name.
    if (at(end) == "and" && at(end + 1) == ",")
        for (std::size_t c = end + 2; c < words.size() && c < end + 14; ++c) {
            if (at(c) == "." || at(c) == ";" || at(c) == ":")
                break;
            if (at(c) != ",")
                continue;
            for (const auto& p : s.slots)
                if (p.first == c + 1 && listItem(s, p, out)) {
                    out.push_back({&p, ObjectFit {true, false, false}});
                    return;
                }
            break;
        }
    bool sawVerb = false, sawSamePreposition = false;
    for (std::size_t k = end; k + 2 < words.size() && k < end + 24; ++k) {
        const auto& w = words[k].lower;
        if (w == "." || w == ";" || w == ":" || w == "?")
            return;
        for (const auto& g : s.triggers)
            if (g.first == k) {
                sawVerb = true;
                sawSamePreposition = sawSamePreposition || (!prep.empty() && closingPreposition(s, g) == prep);
            }
        std::size_t from = 0;
        // "withdrew on Friday from the Syrian side of the Albu Kamal crossing and from positions
        // inside the town of Albu Kamal": "and" right after the object, then the preposition again.
        const bool andAgain = k == end && w == "and" && !prep.empty() && at(k + 1) == prep[0]
            && (prep.size() == 1 || at(k + 2) == prep[1]);
        if (andAgain)
            from = k + 1 + prep.size();
        else if (w != ",")
            continue;
        else if (at(k + 1) == "as" && at(k + 2) == "well" && at(k + 3) == "as" && !sawVerb) {
            from = k + 4;
            // "withdrew from Albu Kamal, as well as from the city of Mayadin": the verb's own
            // preposition again.
            if (!prep.empty() && at(from) == prep[0] && (prep.size() == 1 || at(from + 1) == prep[1]))
                from += prep.size();
        } else if (at(k + 1) == "and" && !prep.empty() && !sawSamePreposition && at(k + 2) == prep[0]
                 && (prep.size() == 1 || at(k + 3) == prep[1]))
            from = k + 2 + prep.size();
        if (from == 0)
            continue;
        std::size_t limit = from + 5;
        const PlaceSlot* taken = nullptr;
        for (std::size_t g = from; g < limit && g < words.size() && !taken; ++g) {
            for (const auto& p : s.slots)
                if (!taken && p.first == g && listItem(s, p, out)) {
                    takeListFrom(s, p, out);
                    taken = &p;
                }
            if (taken)
                break;
            // "… and from positions inside the town of Albu Kamal": the posts left stand for the place.
            if (g == from && g > 0 && isSeatNoun(words[g].lower, words[g - 1].lower)
                && (at(g + 1) == "in" || at(g + 1) == "inside" || at(g + 1) == "at")) {
                ++g;
                limit += 2;
                continue;
            }
            if (!isListGlue(words[g].lower) || words[g].lower == "," || words[g].lower == "and")
                break;
        }
        if (!taken)
            continue;
        if (!andAgain)
            return;
        // "… and from positions inside the town of Albu Kamal, as well as from the city of Mayadin":
        // the list goes on after the place taken.
        end = out.back().first->last;
        k = end - 1;
    }
}

// "The Command also published the names of the towns and villages its forces liberated on
// Monday:" over bullet lines ("- the town of Kafr Zita", "- the town of Latamneh", …), "took control
// of the following villages: Kafr Zita, Latamneh and Morek": a verb whose object the colon opens
// takes the places listed after it (the sentence splitter keeps such a layout one sentence). Only
// when nothing but words of the object's noun or its time stand between the verb and the colon
// (no place, verb, clause or quote), and only places with nothing but names and list glue, bullets
// among them, since the colon: a heading with no verb, or a list of people, gives nothing.
namespace {

bool colonList(const Sent& s, const Trigger& t, Objects& out)
{
    const auto& words = s.words;
    if (!out.empty() || t.frame != TriggerFrame::Active)
        return false;
    std::size_t colon = t.last;
    for (; colon < words.size() && colon < t.last + 8 && words[colon].lower != ":"; ++colon) {
        const std::string_view w = words[colon].lower;
        // ("the following villages" is no verb of its own.)
        const bool following = w == "following" && colon > 0 && words[colon - 1].lower == "the";
        if (words[colon].punct || (isVerbLike(w) && !following) || w == "that" || w == "which" || w == "who"
            || w == "where")
            return false;
    }
    if (colon >= words.size() || words[colon].lower != ":" || colon + 1 >= words.size()
        || words[colon + 1].lower == "\"")
        return false;
    for (const auto& p : s.slots)
        if (p.first >= t.last && p.first < colon)
            return false;
    for (const auto& g : s.triggers)
        if (g.first > t.first && g.first < colon)
            return false;
    // A bullet: a dash or star that opens a line of the list.
    auto bullet = [&](std::size_t j) {
        if (words[j].lower != "-" && words[j].lower != "*")
            return false;
        const std::string& text = s.sentence->text;
        const std::size_t from = j > 0 ? words[j - 1].end : 0;
        return text.find('\n', from) < words[j].start;
    };
    bool any = false;
    std::size_t from = colon + 1;
    for (const auto& p : s.slots) {
        if (p.first <= colon)
            continue;
        bool inside = true;
        for (std::size_t j = from; j < p.first && inside; ++j)
            inside = !isVerbLike(words[j].lower) && words[j].lower != "." && words[j].lower != ";"
                && words[j].lower != ":" && words[j].lower != "(" && words[j].lower != "\""
                && (words[j].lower != "-" || bullet(j)) && j < from + 14;
        if (!inside)
            break;
        // An item that is a place, not one a person or thing is "of" ("200 soldiers, 12 tanks and
        // the commander of the Rastan garrison"): only list glue ("the town of") since the item
        // began, and no noun the name qualifies after it.
        std::size_t item = p.first;
        while (item > from && !(words[item - 1].lower == "," || words[item - 1].lower == "and"
                                || words[item - 1].lower == ":" || bullet(item - 1)))
            --item;
        bool named = true;
        for (std::size_t j = item; j < p.first && named; ++j)
            named = isListGlue(words[j].lower) && words[j].lower != ",";
        const std::string_view next = p.last < words.size() ? std::string_view(words[p.last].lower) : "";
        named = named && (next.empty() || words[p.last].punct || next == "and" || next == "in" || next == "near");
        if (named && listItem(s, p, out)) {
            out.push_back({&p, ObjectFit {true, false, false}});
            any = true;
        }
        from = p.last;
    }
    return any;
}

} // namespace

namespace {

// Round 103: "the SDF also took the Deir ez-Zor military airport and the so-called seven villages
// on the eastern bank of the river – Hatla, Marrat, …": a count of places may be the verb's second
// object, after "and" and a first one of a few words (no verb, stop, comma or count between). The
// word the count may start at: past that "and" when there is one, else right after the verb.
std::size_t countAfterFirstObject(const Sent& s, const Trigger& t)
{
    const auto& words = s.words;
    for (std::size_t j = t.last + 1; j < words.size() && j < t.last + 8; ++j) {
        const std::string_view w = words[j].lower;
        if (w == "and")
            return j + 1;
        if ((words[j].punct && w != "-") || isVerbLike(w) || std::isdigit(static_cast<unsigned char>(w[0])))
            break;
    }
    return t.last;
}

} // namespace

// "had taken control of seven villages on the eastern bank of the Euphrates - Hatla, Marrat, …",
// "seized three towns: Tafas, Jasim and Nawa": a count of places after the verb, then the places
// themselves after a colon or a dash, up to the next dash, stop or verb.
void countedList(const Sent& s, const Trigger& t, Objects& out)
{
    if (colonList(s, t, out))
        return;
    static constexpr std::array<std::string_view, 16> kCounts {"two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "several", "dozen", "dozens", "handful", "number"};
    const auto& words = s.words;
    // "took over the so-called \"seven villages\" on the eastern bank of the Euphrates — Hatla, …":
    // the name news copy gives such a group, in quotes or after "so-called", is still their count.
    const auto countFrom = [&](std::size_t k) {
        for (const std::size_t stop = k + 6; k < words.size() && k < stop;) {
            const std::string_view w = words[k].lower;
            if (w == "the" || w == "a" || w == "\"")
                ++k;
            else if (w == "so" && k + 2 < words.size() && words[k + 1].lower == "-"
                     && words[k + 2].lower == "called")
                k += 3;
            else
                break;
        }
        const bool count = k < words.size()
            && (oneOf(kCounts, words[k].lower) || std::isdigit(static_cast<unsigned char>(words[k].lower[0])));
        return count ? k : words.size();
    };
    std::size_t k = countFrom(countAfterFirstObject(s, t));
    if (k >= words.size())
        k = countFrom(t.last);
    if (k >= words.size())
        return;
    std::size_t noun = k + 1;
    while (noun < words.size() && noun < k + 4 && !isPlaceNoun(words[noun].lower) && !words[noun].punct)
        ++noun;
    if (noun >= words.size() || !isPlaceNoun(words[noun].lower))
        return;
    // A spaced dash or a colon (not the hyphen of "al-Husseiniyah").
    auto dash = [&](std::size_t j) {
        return words[j].lower == ":" || (words[j].lower == "-" && j > 0 && words[j - 1].end < words[j].start);
    };
    // "took over the \"seven villages\" on the eastern bank that the government had held since
    // 2017: Hatla, Marrat, …": a relative clause on the group, verbs and all, may come before the
    // colon (up to a comma, which would leave the group for another clause).
    std::size_t open = noun + 1;
    bool relative = false;
    while (open < words.size() && open < noun + (relative ? 20 : 12) && !dash(open)
        && (relative ? words[open].lower != "," : !isVerbLike(words[open].lower)) && words[open].lower != "."
        && words[open].lower != ";") {
        relative = relative || words[open].lower == "that" || words[open].lower == "which";
        ++open;
    }
    if (open >= words.size() || !dash(open))
        return;
    for (const auto& p : s.slots) {
        if (p.first <= open)
            continue;
        bool inside = true; // nothing but names and list glue since the colon
        for (std::size_t j = open + 1; j < p.first && inside; ++j)
            inside = !dash(j) && !isVerbLike(words[j].lower) && words[j].lower != "."
                && words[j].lower != ";" && words[j].lower != "(" && j < open + 30;
        if (!inside)
            break;
        if (listItem(s, p, out))
            out.push_back({&p, ObjectFit {true, false, false}});
    }
}

// "the QSD-held towns east of the river, including Hajin and al-Busayrah", "regime-held villages
// such as …": places given as examples of a held noun ("towns", "villages", …) are held by its
// holder, as a place right after the adjective is. Only when no place follows it that closely.
void heldExamples(const Sent& s, const Trigger& t, Objects& out)
{
    const auto& words = s.words;
    const std::size_t head = t.last; // the held noun
    if (!out.empty() || t.frame != TriggerFrame::HeldAdjective || head >= words.size()
        || !isPlaceNoun(words[head].lower))
        return;
    int commas = 0;
    for (std::size_t k = head + 1; k + 1 < words.size() && k < head + 12; ++k) {
        const std::string_view w = words[k].lower;
        // A clause of its own ends the noun's phrase: "…, and residents named places such as".
        if (w == "." || w == ";" || w == ":" || w == "(" || w == "and" || w == "where" || w == "which"
            || w == "that" || w == "who" || isVerbLike(w) || (w == "," && ++commas > 1))
            return;
        // A trigger is a verb of its own.
        if (std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) { return g.first == k; }))
            return;
        std::size_t from = 0;
        if (w == "including" || w == "like")
            from = k + 1;
        else if ((w == "such" || w == "among") && (words[k + 1].lower == "as" || words[k + 1].lower == "them"))
            from = k + 2;
        if (from == 0)
            continue;
        for (const auto& p : s.slots)
            if (p.first == from && listItem(s, p, out)) {
                takeListFrom(s, p, out);
                return;
            }
        return;
    }
}

namespace {

// How much of the map a place of this kind covers: a governorate holds cities, a city its
// neighbourhoods; -1 for kinds of no such order (sites, crossings, countries).
int settlementRank(core::PlaceKind k)
{
    using K = core::PlaceKind;
    switch (k) {
    case K::Governorate:
    case K::Region: return 4;
    case K::City: return 3;
    case K::Town: return 2;
    case K::Village: return 1;
    case K::Neighbourhood: return 0;
    default: return -1;
    }
}

} // namespace

// "entered the Damascus suburbs of Moadamiyat al-Sham and Darayya", "captured the Idlib town of
// Saraqib": a place named between "the" and a noun of its parts, then "of", only says where the
// parts lie; the verb's objects are the parts after "of" (and the list after them), not it.
void partsNamedAfter(const Sent& s, Objects& out)
{
    static constexpr std::array<std::string_view, 14> kParts {"suburb", "suburbs", "district", "districts",
        "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter", "quarters", "town", "towns",
        "village", "villages"};
    const auto& words = s.words;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const PlaceSlot& p = *out[i].first;
        const std::size_t noun = p.last;
        if (p.first == 0 || words[p.first - 1].lower != "the" || noun + 2 >= words.size()
            || !oneOf(kParts, words[noun].lower) || words[noun + 1].lower != "of")
            continue;
        const PlaceSlot* part = nullptr;
        for (const auto& q : s.slots)
            // (The recogniser reads "suburbs of X" as somewhere around X: here it is X itself.)
            if (q.first == noun + 2 && q.kind != core::PlaceKind::Country
                && (q.relation.empty() || q.relation == std::string(words[noun].lower) + " of")
                && !inAttribution(s, q.first, q.last))
                part = &q;
        // Not "the Sheikh Maqsoud district of Aleppo": there the place after "of" holds the one
        // before it. Which holds which, the kinds say.
        if (!part || settlementRank(p.kind) <= settlementRank(part->kind))
            continue;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
        Objects parts;
        takeListFrom(s, *part, parts);
        for (const auto& o : parts)
            if (std::none_of(out.begin(), out.end(), [&](const auto& x) { return x.first == o.first; }))
                out.push_back(o);
        return;
    }
}

// "The Command's fighters entered on Thursday from the north and east, through the Arbaeen and
// Tariq Halab districts", "broke into the city's western edge through New Aleppo and
// al-Hamdaniyeh": the way in is ground the fighters stood on, so entered too (round 29).
void entryRoute(const Sent& s, const Trigger& t, std::size_t end, Objects& out)
{
    // Not "crossed into Iraq through the Albukamal crossing": a border crossing is passed, and
    // the way out of a country is no ground gained in it.
    if (t.kind != core::ClaimKind::Entered || t.frame != TriggerFrame::Active
        || std::any_of(out.begin(), out.end(), [](const auto& o) { return o.first->kind == core::PlaceKind::Country; }))
        return;
    const auto& words = s.words;
    for (std::size_t k = t.last; k + 1 < words.size() && k < end && k < t.last + 16; ++k) {
        const auto& w = words[k].lower;
        if (w == "." || w == ";" || w == ":")
            return;
        if (w != "through")
            continue;
        const std::size_t at = words[k + 1].lower == "the" ? k + 2 : k + 1;
        for (const auto& p : s.slots)
            if (p.first == at && listItem(s, p, out) && p.kind != core::PlaceKind::BorderCrossing) {
                takeListFrom(s, p, out);
                return;
            }
        return;
    }
}

// Round 98: "by the next day the town was fully under their control, as were Ahras, Deir Jamal,
// Kafr Naya and Fafin", and round 20's "Maarat al-Numan fell to the rebels on Saturday, as did Khan
// Sheikhoun": ", as were" (or "as was", "as did") after a verb's object says the same of
// the places it names. Only places right after it (past "the town of" and such), and none past a
// stop or another verb: "captured Hama, as did the SDF in Raqqa" names a doer, not a place.
void asWereList(const Sent& s, const Trigger& t, Objects& out)
{
    if (out.empty())
        return;
    const auto& words = s.words;
    std::size_t from = t.last;
    for (const auto& o : out)
        from = std::max(from, o.first->last);
    for (std::size_t k = from; k + 3 < words.size() && k < from + 20; ++k) {
        const std::string_view w = words[k].lower;
        if (w == "." || w == ";" || w == ":" || w == "?" || w == "but" || w == "while")
            return;
        if (std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) { return g.first == k && k != t.first; }))
            return;
        if (!(w == "," && words[k + 1].lower == "as"
              && (words[k + 2].lower == "were" || words[k + 2].lower == "was" || words[k + 2].lower == "did")))
            continue;
        takeListNear(s, k + 3, k + 8, out);
        return;
    }
}

// Round 44: "government forces withdrew from Deir ez-Zor city, and SDF fighters rolled in on
// Friday", "pulled out of Deir ez-Zor city on Tuesday … and forces loyal to the new authorities in
// Damascus moved in": an arrival with no place of its own ("moved in", "rolled in") comes where the
// nearest earlier withdrawal of the sentence that names one left (not the place in its subject).
// Not after an entry ("the first to enter Damascus, hours before HTS columns rolled in"): two
// sides entering one place in a sentence make the extractor keep only the surer one (consolidate,
// claimsentence.cpp), so the first entry would be lost.
void arrivalWhereBefore(const Sent& s, const Trigger& t, Objects& out)
{
    const auto& words = s.words;
    const bool arrival = t.kind == core::ClaimKind::Entered && t.frame == TriggerFrame::Active
        && t.last == t.first + 2 && words[t.first + 1].lower == "in";
    if (!arrival)
        return;
    for (auto g = s.triggers.rbegin(); g != s.triggers.rend(); ++g) {
        if (g->last > t.first || g->frame != TriggerFrame::Active || g->kind != core::ClaimKind::Withdrew)
            continue;
        for (const auto& p : s.slots)
            if (p.first >= g->last && p.first <= g->last + 3 && p.last <= t.first && listItem(s, p, out)
                && !p.region) {
                takeListFrom(s, p, out);
                return;
            }
    }
}

} // namespace sitrep::text::detail
