// The outlets' own voices: which side an outlet speaks for (SpeakerFinder::outletSide) and which
// party it is the voice of (outletParty, read by claimownside.cpp for "our heroes", "the
// Resistance"). One table, matched by a part of the outlet's lower-cased name.
#include "speaker.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <string>

namespace sitrep::text {

using core::SpeakerSide;

namespace {

struct Outlet {
    std::string_view name;  // a part of the outlet's name, lower case
    SpeakerSide side;       // Unknown: the name decides no side (the outlet is independent unless another row says)
    std::string_view party; // the actor whose own voice it is, empty when none
};

// The state's own, and the government's allies' state and party media in their own voice:
// Russia's, Iran's, Hezbollah's (what their correspondents report is the government side's
// account; but Russian and Iranian media's "heroes" are not the Syrian army, so they name no party).
// A few opposition channels; the Military Operations Command's agencies and the Kurdish
// administration's, which speak for their party but are counted independent.
constexpr std::array<Outlet, 38> kOutlets{{
    {"sana", SpeakerSide::Government, "government"},
    {"syrian arab news agency", SpeakerSide::Government, "government"},
    {"syrian tv", SpeakerSide::Government, "government"},
    {"sham fm", SpeakerSide::Government, "government"},
    {"syrian state", SpeakerSide::Government, "government"},
    {"al-thawra", SpeakerSide::Government, "government"},
    {"tishreen", SpeakerSide::Government, "government"},
    {"al-watan", SpeakerSide::Government, "government"},
    {"thawra", SpeakerSide::Government, ""},
    {"al-ikhbariya", SpeakerSide::Government, "government"},
    {"ikhbariya", SpeakerSide::Government, "government"},
    {"al-baath", SpeakerSide::Government, "government"},
    {"tass", SpeakerSide::Government, ""},
    {"ria novosti", SpeakerSide::Government, ""},
    {"sputnik", SpeakerSide::Government, ""},
    {"interfax", SpeakerSide::Government, ""},
    {"irna", SpeakerSide::Government, ""},
    {"tasnim", SpeakerSide::Government, ""},
    {"fars news", SpeakerSide::Government, ""},
    {"press tv", SpeakerSide::Government, ""},
    {"al-alam", SpeakerSide::Government, ""},
    {"tehran times", SpeakerSide::Government, ""},
    {"al-manar", SpeakerSide::Government, "hezbollah"},
    {"al manar", SpeakerSide::Unknown, "hezbollah"},
    {"al-ahed", SpeakerSide::Government, "hezbollah"},
    {"al mayadeen", SpeakerSide::Government, ""},
    {"al-mayadeen", SpeakerSide::Government, ""},
    {"ebaa", SpeakerSide::Opposition, "hts"},
    {"amjad", SpeakerSide::Unknown, "hts"},
    {"hawar news", SpeakerSide::Unknown, "sdf"},
    {"anha", SpeakerSide::Unknown, "sdf"},
    {"ronahi", SpeakerSide::Unknown, "sdf"},
    {"firat news", SpeakerSide::Unknown, "sdf"},
    {"syria tv", SpeakerSide::Opposition, ""},
    {"orient news", SpeakerSide::Opposition, ""}, // not Beirut's L'Orient Today / L'Orient-Le Jour
    {"orient tv", SpeakerSide::Opposition, ""},
    {"step news", SpeakerSide::Opposition, ""},
    {"aleppo today", SpeakerSide::Opposition, ""},
}};
// The partisan outlets the tuning sets' writers name by their alignment ("Damascus Now
// (pro-government page … government voice throughout)", "ABNA … government-aligned", "Sabereen News
// (Iraqi militia-aligned Telegram channel)", "Al-Souria Net (Syrian opposition news site)", "TV Zvezda
// (Russian Defence Ministry channel)"): their own voice is their side's, as the gold codes it.
constexpr std::array<Outlet, 12> kAligned{{
    {"damascus now", SpeakerSide::Government, ""},
    {"sama tv", SpeakerSide::Government, ""},
    {"masdar news", SpeakerSide::Government, ""},
    {"abna", SpeakerSide::Government, ""},
    {"ahlul bayt", SpeakerSide::Government, ""},
    {"masirah", SpeakerSide::Government, ""},
    {"sabereen", SpeakerSide::Government, ""},
    {"zvezda", SpeakerSide::Government, ""},
    {"souria net", SpeakerSide::Opposition, ""},
    {"shaam news", SpeakerSide::Opposition, ""},
    {"sy24", SpeakerSide::Opposition, ""},
    {"syria call", SpeakerSide::Opposition, ""},
}};
constexpr std::array<Outlet, 7> kMoreOpposition{{
    {"baladi news", SpeakerSide::Opposition, ""},
    {"nedaa syria", SpeakerSide::Opposition, ""},
    {"smart news", SpeakerSide::Opposition, ""},
    {"hama today", SpeakerSide::Opposition, ""},
    {"daraa 24", SpeakerSide::Opposition, ""},
    {"horan free league", SpeakerSide::Opposition, ""},
    {"enab baladi", SpeakerSide::Opposition, ""},
}};

template <typename F>
bool anyOutlet(const std::string& o, F&& pred)
{
    const auto hit = [&](const Outlet& r) { return pred(r) && o.find(r.name) != std::string::npos; };
    return std::any_of(kOutlets.begin(), kOutlets.end(), hit) ||
           std::any_of(kMoreOpposition.begin(), kMoreOpposition.end(), hit) ||
           std::any_of(kAligned.begin(), kAligned.end(), hit);
}

} // namespace

SpeakerSide SpeakerFinder::outletSide(std::string_view outlet)
{
    const std::string o = asciiLower(outlet);
    if (anyOutlet(o, [](const Outlet& r) { return r.side == SpeakerSide::Government; }))
        return SpeakerSide::Government;
    if (o == "rt" || o.starts_with("rt ")) // not every name with "rt" in it
        return SpeakerSide::Government;
    if (anyOutlet(o, [](const Outlet& r) { return r.side == SpeakerSide::Opposition; }))
        return SpeakerSide::Opposition;
    return SpeakerSide::Independent;
}

std::string_view outletParty(std::string_view outlet)
{
    const std::string o = asciiLower(outlet);
    // A party's own channel before a side's: Al-Manar is Hezbollah's before it is the government side's.
    for (std::string_view party : {"hezbollah", "hts", "sdf"})
        if (anyOutlet(o, [&](const Outlet& r) { return r.party == party; }))
            return party;
    if (anyOutlet(o, [](const Outlet& r) { return r.party == "government"; }) &&
        SpeakerFinder::outletSide(outlet) == SpeakerSide::Government)
        return "government";
    if (SpeakerFinder::outletSide(outlet) == SpeakerSide::Opposition)
        return "opposition";
    return {};
}

} // namespace sitrep::text
