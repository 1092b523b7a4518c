// The side an article's own voice speaks for when the outlet table does not know the outlet.
// State and allied outlets call the rebels "terrorists" or "takfiris" in their own words and never
// "rebels", "insurgents" or "the regime" (Cham Press, Damascus Radio, Al-Nour Radio, ISNA); neutral
// copy puts those words in quotes or names a designation ("designated a terrorist organisation"),
// and Turkish and Kurdish outlets' "terrorists" are the PKK, the YPG or the jihadists. Over the
// tuning and test sets (docs/claims-eval.md, 15 Dec) four such words and no neutral one flag 24 of
// the 39 articles of outlets the table calls the government's, none of the 18 opposition ones and
// none of the neutral ones. Opposition copy the table does not know calls its side
// "revolutionaries", its gains "liberated" and the army "Assad's militias", and never "rebels",
// "insurgents", "militants" or "jihadists" nor, more than once, "terrorists": two such words flag
// 12 of the table's 18 opposition articles (the others say only "the regime", as monitors and
// think tanks do), Zaman al-Wasl's, and none of the 282 others of the tuning sets (16 Dec).
#include "speaker.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

using core::SpeakerSide;

namespace {

constexpr int kTerroristWords = 4;
constexpr int kRevolutionWords = 2;

// The body's lower-cased ASCII words outside double quotes ("…" and “…”, each within a line).
std::vector<std::string> ownWords(std::string_view body)
{
    std::vector<std::string> out;
    std::string word;
    bool quoted = false;
    const auto flush = [&] {
        if (!word.empty() && !quoted)
            out.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < body.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(body[i]);
        if (std::isalpha(c)) {
            word += static_cast<char>(std::tolower(c));
            continue;
        }
        flush();
        if (c == '"' || body.substr(i, 3) == "\xE2\x80\x9C" || body.substr(i, 3) == "\xE2\x80\x9D")
            quoted = c == '"' ? !quoted : body.substr(i, 3) == "\xE2\x80\x9C";
        else if (c == '\n')
            quoted = false;
    }
    flush();
    return out;
}

bool oneOf(std::string_view w, std::initializer_list<std::string_view> list)
{
    for (std::string_view x : list)
        if (w == x)
            return true;
    return false;
}

} // namespace

SpeakerSide SpeakerFinder::articleVoice(const core::Article& article)
{
    const SpeakerSide listed = outletSide(article.outlet);
    if (listed != SpeakerSide::Independent)
        return listed;
    const std::vector<std::string> words = ownWords(article.body);
    int terrorists = 0; // government copy's word for the rebels
    int allTerror = 0;  // any "terrorist", the PKK's too
    int revolution = 0; // opposition copy's words for its own side and its gains
    bool neutral = false;   // "rebels", "insurgents": neither side's own word
    bool militants = false; // "militants", "jihadists": not the opposition's
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        const std::string_view prev = i > 0 ? std::string_view(words[i - 1]) : std::string_view();
        const std::string_view next = i + 1 < words.size() ? std::string_view(words[i + 1]) : std::string_view();
        if (oneOf(w, {"rebel", "rebels", "insurgent", "insurgents"}))
            neutral = true;
        if (oneOf(w, {"militant", "militants", "jihadist", "jihadists"}))
            militants = true;
        if (oneOf(w, {"revolutionaries", "thuwar"}))
            ++revolution;
        // "liberated", but not in a name ("Organisation for the Liberation of the Levant", "Levant
        // Liberation Committee", "Liberation Army").
        const bool levant = next == "of" && i + 3 < words.size() && words[i + 2] == "the" && words[i + 3] == "levant";
        if (oneOf(w, {"liberated", "liberating", "liberation", "liberate"}) && !levant && prev != "levant" &&
            next != "committee" && !next.starts_with("organi") && next != "front" && next != "army")
            ++revolution;
        // "the regime militias", "Assad's militias" (not the Iranian-backed ones every desk names).
        if (oneOf(w, {"militia", "militias"}) && (prev == "regime" || prev == "assad" || prev == "s"))
            ++revolution;
        if (!oneOf(w, {"terrorist", "terrorists", "takfiri", "takfiris"}))
            continue;
        ++allTerror;
        bool other = false; // "PKK terrorists", "designated a terrorist organisation"
        for (std::size_t k = i >= 3 ? i - 3 : 0; k < words.size() && k <= i + 3 && !other; ++k)
            other = oneOf(words[k],
                {"pkk", "ypg", "sdf", "kurdish", "isis", "daesh", "designated", "designation", "organization",
                    "organisation", "list", "listed"});
        terrorists += other ? 0 : 1;
    }
    const bool regimeWords = std::find(words.begin(), words.end(), "regime") != words.end();
    if (terrorists >= kTerroristWords && !neutral && !regimeWords)
        return SpeakerSide::Government;
    if (revolution >= kRevolutionWords && !neutral && !militants && allTerror <= 1)
        return SpeakerSide::Opposition;
    return SpeakerSide::Independent;
}

} // namespace sitrep::text
