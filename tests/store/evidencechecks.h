#pragma once
// Checks of what a workspace feeds the engine and of the schema-3 briefing migration, run the
// same way on both backends by workspaceengine_test.cpp.
#include "core/instant.h"
#include "geo/briefingfile.h"
#include "store/sqlworkspace.h"
#include "store/workspace.h"
#include "store/workspaceevidence.h"
#include "storetestsupport.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace sitrep::store::test {

inline core::Claim evidenceClaim(const std::string& place, std::size_t start, std::size_t end, int n)
{
    core::Claim c;
    c.id = "ev-1:" + std::to_string(n);
    c.placeId = place;
    c.actor = "hts";
    c.kind = core::ClaimKind::Captured;
    c.time.from = 1733400000 + n;
    c.time.precision = core::TimePrecision::Day;
    c.source.articleId = "ev-1";
    c.source.file = "/corpus/ev-1.txt";
    c.source.outlet = "Test Wire";
    c.source.start = start;
    c.source.end = end;
    c.confidence = 0.9;
    return c;
}

inline core::Place evidencePlace(const std::string& id, double lat)
{
    core::Place p;
    p.id = id;
    p.name = id;
    p.kind = core::PlaceKind::Town;
    p.country = "SY";
    p.point = {.lat = lat, .lon = 37.0};
    return p;
}

// An article with two mentions: one pinned to another place, one rejected; an override and a
// hand-added place. Checks what readWorkspaceEvidence gives and what fillEngine makes of it.
inline void checkEvidence(Workspace& ws)
{
    core::Article a;
    a.id = "ev-1";
    a.file = "/corpus/ev-1.txt";
    a.body = "Rebels took Alfa. Rebels took Bravo. Rebels held Alfa. Rebels took Nowhere.";
    a.published = 1733400000;
    core::Mention alfa {"ev-1", 12, 16, "Alfa", std::string("sy:alfa"), 0.4, core::MentionStatus::Resolved, {}, ""};
    core::Mention bravo {"ev-1", 30, 35, "Bravo", std::string("sy:bravo"), 0.5, core::MentionStatus::Resolved, {}, ""};
    core::Mention alfaAgain {
        "ev-1", 50, 54, "Alfa", std::string("sy:alfa"), 0.9, core::MentionStatus::Resolved, {}, ""};
    const std::vector<core::Mention> mentions {alfa, bravo, alfaAgain};
    const std::vector<core::Claim> claims {evidenceClaim("sy:alfa", 0, 17, 0), evidenceClaim("sy:bravo", 18, 36, 1),
        evidenceClaim("sy:alfa", 37, 55, 2), evidenceClaim("", 56, 76, 3)};
    REQUIRE(ws.addArticle(a, mentions, claims).has_value());
    // The first Alfa is really Charlie; Bravo is no place at all. The newest decision wins.
    REQUIRE(ws.addReviewDecision({0, "ev-1", 12, 16, "Alfa", "pin", "sy:bravo", "a", "", 1}).has_value());
    REQUIRE(ws.addReviewDecision({0, "ev-1", 12, 16, "Alfa", "pin", "sy:charlie", "a", "", 2}).has_value());
    REQUIRE(ws.addReviewDecision({0, "ev-1", 30, 35, "Bravo", "reject", "", "a", "", 3}).has_value());
    Override o;
    o.claim.placeId = "sy:delta";
    o.claim.actor = "government";
    o.claim.kind = core::ClaimKind::Controls;
    o.claim.time.from = 1733300000;
    o.author = "analyst";
    o.note = "Reuters 7 Dec, the extractor missed it";
    REQUIRE(ws.addOverride(o).has_value());
    REQUIRE(ws.savePlace(evidencePlace("hand:echo", 36.0)).has_value());

    auto evidence = readWorkspaceEvidence(ws);
    REQUIRE_MESSAGE(evidence.has_value(), (evidence ? "" : evidence.error().toString()));
    std::string got;
    for (const auto& c : evidence->claims)
        got += c.id + "→" + c.placeId + " ";
    REQUIRE_MESSAGE(evidence->claims.size() == 2,
        got << "pinned " << evidence->pinnedClaims << " rejected " << evidence->rejectedClaims);
    CHECK(evidence->claims[0].placeId == "sy:charlie"); // pinned
    CHECK(evidence->claims[1].placeId == "sy:alfa"); // the other Alfa is left alone
    CHECK(evidence->pinnedClaims == 1);
    CHECK(evidence->rejectedClaims == 1);
    CHECK(evidence->unplacedClaims == 1);
    CHECK(evidence->articleIds.contains("ev-1"));
    REQUIRE(evidence->overrides.size() == 1);
    CHECK(evidence->overrides[0].analystOverride);
    // The note says why: it stands as the claim's sentence, the author as its speaker.
    CHECK(evidence->overrides[0].source.sentence == "Reuters 7 Dec, the extractor missed it");
    CHECK(evidence->overrides[0].source.speaker == "analyst");
    REQUIRE(evidence->places.size() == 1);

    core::Gazetteer gazetteer;
    for (const char* id : {"sy:alfa", "sy:bravo", "sy:charlie", "sy:delta"})
        gazetteer.add(evidencePlace(id, 35.0));
    core::ActorRegistry actors;
    actors.add({"hts", "HTS", "HTS", "opposition", "", 0x112233, {}});
    actors.add({"government", "Government", "Gov", "government", "", 0x445566, {}});
    core::ControlEngine engine;
    CHECK(fillEngine(engine, {&gazetteer, &actors, "SY", {}, false, &*evidence, {}}) == 2);
    const auto& ids = engine.placeIds();
    CHECK(std::find(ids.begin(), ids.end(), "hand:echo") != ids.end());
    const core::Instant later = 1733500000;
    const auto lens = core::Lens::latest();
    CHECK(engine.state("sy:charlie", later, lens).actor == "hts");
    CHECK(engine.state("sy:bravo", later, lens).status == core::ControlStatus::Unknown);
    const auto delta = engine.state("sy:delta", later, lens);
    CHECK(delta.actor == "government");
    REQUIRE_FALSE(delta.evidence.empty());
    CHECK(delta.evidence.front()->analystOverride); // visible as an override
}

// A schema-2 workspace with briefing slides in the old columns: after the migration each
// briefing is one JSON document the briefing reader loads (an old view that was not JSON and a
// slide without an instant are reported by the reader, not lost silently).
inline void checkBriefingMigration(const std::string& location)
{
    {
        auto v2 = openWorkspace(location, OpenOptions {true, 5000, 2});
        REQUIRE_MESSAGE(v2.has_value(), (v2 ? "" : v2.error().toString()));
        auto* sql = dynamic_cast<SqlWorkspace*>(v2->get());
        REQUIRE(sql != nullptr);
        SqlDatabase& db = sql->database();
        REQUIRE(db.exec("INSERT INTO briefings (id, title, updated_at) VALUES ('hama', 'The fall of Hama', 5)"));
        REQUIRE(db.exec("INSERT INTO briefing_slides (briefing_id, seq, at, lens, view, caption) VALUES "
                        "('hama', 0, 1733500000, 'latest', '{\"center\": [35.13, 36.75], \"zoom\": 9}', "
                        "'Rebels reach Hama'), ('hama', 1, 1733600000, 'contested', '36.7,35.1,9', 'Homs?'), "
                        "('hama', 2, NULL, 'latest', '', 'No date')"));
        REQUIRE(db.exec("INSERT INTO briefings (id, title, updated_at) VALUES ('empty', 'Nothing yet', 6)"));
    }
    auto v3 = openWorkspace(location);
    REQUIRE_MESSAGE(v3.has_value(), (v3 ? "" : v3.error().toString()));
    CHECK((*v3)->schemaVersion() == kSchemaVersion);
    auto briefings = (*v3)->briefings();
    REQUIRE(briefings.has_value());
    REQUIRE(briefings->size() == 2);
    const Briefing& empty = briefings->at(0);
    const Briefing& hama = briefings->at(1);
    CHECK(hama.title == "The fall of Hama");
    CHECK(hama.updatedAt == 5);
    auto parsed = geo::parseBriefing(hama.document, "migrated");
    REQUIRE_MESSAGE(parsed.has_value(), hama.document);
    CHECK(parsed->briefing.title == "The fall of Hama");
    REQUIRE(parsed->briefing.slides.size() == 2);
    const auto& first = parsed->briefing.slides[0];
    CHECK(core::formatIso8601(first.at) == core::formatIso8601(1733500000));
    CHECK(first.lens == "latest");
    CHECK(first.caption == "Rebels reach Hama");
    REQUIRE(first.view.has_value());
    CHECK(first.view->centerLat == doctest::Approx(35.13));
    CHECK(first.view->zoom == doctest::Approx(9));
    CHECK_FALSE(parsed->briefing.slides[1].view.has_value()); // "36.7,35.1,9" was no JSON view
    CHECK(parsed->briefing.slides[1].caption == "Homs?");
    CHECK(parsed->problems.size() == 1); // the slide without an instant, named by the reader
    auto none = geo::parseBriefing(empty.document, "migrated");
    REQUIRE_MESSAGE(none.has_value(), empty.document);
    CHECK(none->briefing.slides.empty());
    CHECK(none->briefing.title == "Nothing yet");
    // The old slides table is gone; saving works on the new column.
    REQUIRE((*v3)->saveBriefing({"hama", "Hama", geo::briefingToJson(parsed->briefing), 0}).has_value());
}

} // namespace sitrep::store::test
