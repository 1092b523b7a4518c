#pragma once
// Test helpers for claim extraction: a small gazetteer of the places the seed articles and test
// passages name, and mentions found by plain name search (whole words, longest name first), so
// extraction is tested apart from the geoparser; the round tests' fixture and their sentence
// tables (onSaturday).
#include "core/article.h"
#include "core/claim.h"
#include "core/gazetteer.h"
#include "core/instant.h"
#include "core/mention.h"
#include "text/actormatcher.h"
#include "text/claimextractor.h"
#include "text/utf8.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::testing {

inline core::Place makePlace(std::string id, std::string name, core::PlaceKind kind, std::string country,
                             std::vector<std::string> variants = {})
{
    core::Place p;
    p.id = std::move(id);
    p.name = name;
    p.kind = kind;
    p.country = std::move(country);
    p.names.push_back({name, "en", "test"});
    for (auto& v : variants)
        p.names.push_back({std::move(v), "en", "test"});
    return p;
}

inline core::Gazetteer seedGazetteer()
{
    using K = core::PlaceKind;
    core::Gazetteer g;
    g.add(makePlace("homs", "Homs", K::City, "SY", {"homs"}));
    g.add(makePlace("hama", "Hama", K::City, "SY"));
    g.add(makePlace("aleppo", "Aleppo", K::City, "SY"));
    g.add(makePlace("damascus", "Damascus", K::City, "SY"));
    g.add(makePlace("daraa", "Daraa", K::City, "SY", {"Deraa", "Dar'a"}));
    g.add(makePlace("quneitra", "Quneitra", K::City, "SY"));
    g.add(makePlace("suwayda", "As-Suwayda", K::City, "SY", {"Suweida", "Sweida", "Suwayda"}));
    g.add(makePlace("deirezzor", "Deir ez-Zor", K::City, "SY", {"Deir el-Zor", "Deir al-Zor"}));
    g.add(makePlace("saasa", "Saasa", K::Town, "SY"));
    g.add(makePlace("moadamiya", "Moadamiyat al-Sham", K::Town, "SY", {"Moadamiya"}));
    g.add(makePlace("jarmana", "Jaramana", K::Town, "SY", {"Jarmana"}));
    g.add(makePlace("daraya", "Daraya", K::Town, "SY"));
    g.add(makePlace("mezzeh", "Mezzeh", K::Neighbourhood, "SY"));
    g.add(makePlace("latakia", "Latakia", K::City, "SY"));
    g.add(makePlace("tartus", "Tartus", K::City, "SY"));
    g.add(makePlace("golan", "Golan Heights", K::Region, "SY"));
    g.add(makePlace("iraq", "Iraq", K::Country, "IQ"));
    g.add(makePlace("syria", "Syria", K::Country, "SY"));
    g.add(makePlace("qaem", "al-Qaem", K::Town, "IQ", {"al-Qaim"}));
    g.add(makePlace("rastan", "Rastan", K::Town, "SY"));
    g.add(makePlace("talbiseh", "Talbiseh", K::Town, "SY"));
    g.add(makePlace("salamiyah", "Salamiyah", K::Town, "SY"));
    g.add(makePlace("abukamal", "Albu Kamal", K::Town, "SY", {"Abu Kamal"}));
    g.add(makePlace("nasib", "Nasib border crossing", K::BorderCrossing, "SY", {"Nassib border crossing"}));
    g.add(makePlace("sanamayn", "Sanamayn", K::Town, "SY"));
    g.add(makePlace("talrifaat", "Tal Rifaat", K::Town, "SY"));
    g.add(makePlace("manbij", "Manbij", K::Town, "SY"));
    g.add(makePlace("aleppo-airport", "Aleppo International Airport", K::Airbase, "SY"));
    g.add(makePlace("kuweires", "Kuweires air base", K::Airbase, "SY"));
    g.add(makePlace("qudsaya", "Qudsaya", K::Town, "SY"));
    g.add(makePlace("palmyra", "Palmyra", K::Town, "SY"));
    g.add(makePlace("idlib", "Idlib", K::City, "SY"));
    g.add(makePlace("jordan", "Jordan", K::Country, "JO"));
    g.add(makePlace("beirut", "Beirut", K::City, "LB"));
    g.add(makePlace("qaim-crossing", "al-Qaim border crossing", K::BorderCrossing, "IQ"));
    g.add(makePlace("gov-daraa", "Daraa Governorate", K::Governorate, "SY", {"Dar`a"}));
    g.add(makePlace("gov-quneitra", "Al Qunaytirah", K::Governorate, "SY", {"Quneitra Governorate"}));
    g.add(makePlace("gov-suwayda", "As Suwayda'", K::Governorate, "SY"));
    return g;
}

inline bool wordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Every whole-word, case-insensitive occurrence of a settlement's names (governorates and
// regions are left to the extractor's own rules), longest first, non-overlapping.
inline std::vector<core::Mention> mentionsByName(const std::string& body, const core::Gazetteer& g)
{
    struct Hit {
        std::size_t b, e;
        const core::Place* p;
    };
    std::vector<Hit> hits;
    std::string lower = body;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    std::vector<std::pair<std::string, const core::Place*>> names;
    for (const auto& p : g.places())
        if (p.kind != core::PlaceKind::Governorate)
            for (const auto& n : p.names)
                names.emplace_back(n.name, &p);
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [name, place] : names) {
        std::string key = name;
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
        for (std::size_t at = lower.find(key); at != std::string::npos; at = lower.find(key, at + 1)) {
            const std::size_t e = at + key.size();
            if ((at > 0 && wordChar(lower[at - 1])) || (e < lower.size() && wordChar(lower[e])))
                continue;
            const bool overlaps = std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return at < h.e && h.b < e; });
            if (!overlaps)
                hits.push_back({at, e, place});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.b < b.b; });
    const text::CodePointIndex index(body);
    std::vector<core::Mention> out;
    for (const auto& h : hits) {
        core::Mention m;
        m.start = index.toCodePoint(h.b);
        m.end = index.toCodePoint(h.e);
        m.text = body.substr(h.b, h.e - h.b);
        m.placeId = h.p->id;
        m.confidence = 1.0;
        m.status = core::MentionStatus::Resolved;
        out.push_back(std::move(m));
    }
    return out;
}

inline core::Article makeArticle(std::string body, const char* published = "2024-12-07T18:00:00Z",
                                 std::string outlet = "Test Wire")
{
    core::Article a;
    a.id = "test";
    a.file = "test.txt";
    a.outlet = std::move(outlet);
    a.body = std::move(body);
    if (published)
        a.published = core::parseIso8601(published);
    return a;
}

// The built-in actors, matched once for all tests.
inline const text::ActorMatcher& defaultActorMatcher()
{
    static const text::ActorMatcher m(text::ActorMatcher::defaultActors());
    return m;
}

// The claims of `body` as an article of `outlet` published at `published`, its places found by
// name in `g`.
inline std::vector<core::Claim> extractWith(const core::Gazetteer& g, const std::string& body,
                                            const char* published = "2024-12-07T18:00:00Z",
                                            std::string outlet = "Test Wire")
{
    const auto article = makeArticle(body, published, std::move(outlet));
    return text::extractClaims(article, mentionsByName(body, g), defaultActorMatcher(), g);
}

// The claims on `place` of `kind`, as "actor/stance" strings ("opposition", "sdf/denies"), sorted.
inline std::vector<std::string> on(const std::vector<core::Claim>& claims, std::string_view place,
                                   core::ClaimKind kind)
{
    std::vector<std::string> out;
    for (const auto& c : claims)
        if (c.placeId == place && c.kind == kind)
            out.push_back(c.actor + (c.stance == core::Stance::Denies ? "/denies" : ""));
    std::sort(out.begin(), out.end());
    return out;
}

// The first claim on `place` of `kind`, or null.
inline const core::Claim* findClaim(const std::vector<core::Claim>& claims, std::string_view place,
                                    core::ClaimKind kind)
{
    const auto it = std::find_if(claims.begin(), claims.end(),
                                 [&](const core::Claim& c) { return c.placeId == place && c.kind == kind; });
    return it == claims.end() ? nullptr : &*it;
}

// The UTC day ("2024-12-06") of the first claim on `place` of `kind`; "" when none or undated.
inline std::string dayOf(const std::vector<core::Claim>& claims, std::string_view place, core::ClaimKind kind)
{
    const auto* c = findClaim(claims, place, kind);
    return c && c->time.from ? core::formatIso8601(*c->time.from).substr(0, 10) : std::string();
}

// The claims of `body` as a `outlet` article published on Saturday 7 December 2024, 18:00 UTC ("on
// Friday" is the 6th), places found by name in the seed gazetteer: the fixture of the round tests.
namespace onSaturday {
inline std::vector<core::Claim> extract(const std::string& body, std::string outlet = "Test Wire")
{
    return extractWith(seedGazetteer(), body, "2024-12-07T18:00:00Z", std::move(outlet));
}

// A round test's sentence and the one reading it checks: the claims of `kind` on `place` are
// `actor`'s alone, as on() lists them ("sdf", "opposition/denies"), or none where `actor` is "".
struct Reading {
    const char* text;
    const char* place;
    const char* actor;
    core::ClaimKind kind;
    bool read = true; // false: a way of telling it the rules do not read yet (counted, not checked)
};

// Reads each sentence with extract() and checks the readings the rules read, showing the sentence
// and what was read when one fails; returns how many read right, unchecked ones included.
inline std::size_t checkReadings(const std::vector<Reading>& readings)
{
    std::size_t right = 0;
    for (const auto& r : readings) {
        const auto got = on(extract(r.text), r.place, r.kind);
        const std::vector<std::string> want
            = std::string_view(r.actor).empty() ? std::vector<std::string> {} : std::vector<std::string> {r.actor};
        std::string seen;
        for (const auto& g : got)
            seen += g + " ";
        INFO(std::string(r.text) << " -> [" << seen << "]");
        if (r.read)
            CHECK(got == want);
        right += got == want ? 1 : 0;
    }
    return right;
}
} // namespace onSaturday

} // namespace sitrep::testing
