#pragma once
// Checks every backend must pass the same way: the GeoPackage and the PostGIS tests call these,
// so "the same behaviour" is tested, not assumed.
#include "store/workspace.h"
#include "storetestsupport.h"

#include <doctest/doctest.h>

namespace sitrep::store::test {

inline core::Article sampleArticle(int n)
{
    core::Article a;
    a.id = "article-" + std::to_string(n);
    a.file = "/corpus/" + std::to_string(n) + ".txt";
    a.title = "Rebels enter Hama " + std::to_string(n);
    a.outlet = "Reuters";
    a.url = "https://example.org/" + std::to_string(n);
    a.language = "en";
    a.notes = "test article";
    a.published = 1733572800 + n;
    a.body = "Rebels entered Ḥamā (حماة) on Thursday, a commander said. 'Quoted' \"text\" " + std::to_string(n);
    a.missing = {};
    a.warnings = {"byte 12: replaced"};
    return a;
}

inline void checkRoundTrip(Workspace& ws)
{
    const core::Article a = sampleArticle(1);
    const ArticleAnalysis analysis = standInAnalysis(a);
    core::Article undated = sampleArticle(2);
    undated.published.reset();
    undated.missing = {"published", "url"};

    auto added = ws.addArticle(a, analysis.mentions, analysis.claims);
    REQUIRE_MESSAGE(added.has_value(), (added ? "" : added.error().toString()));
    CHECK(*added == IngestStatus::Added);
    auto again = ws.addArticle(a, analysis.mentions, analysis.claims);
    REQUIRE(again.has_value());
    CHECK(*again == IngestStatus::Duplicate);
    REQUIRE(ws.addArticle(undated, {}, {}).has_value());

    auto read = ws.article(a.id);
    REQUIRE(read.has_value());
    REQUIRE(read->has_value());
    const core::Article& r = **read;
    CHECK(r.title == a.title);
    CHECK(r.outlet == a.outlet);
    CHECK(r.url == a.url);
    CHECK(r.language == a.language);
    CHECK(r.notes == a.notes);
    CHECK(r.file == a.file);
    CHECK(r.body == a.body);
    CHECK(r.published == a.published);
    CHECK(r.warnings == a.warnings);
    auto readUndated = ws.article(undated.id);
    REQUIRE((readUndated && readUndated->has_value()));
    CHECK_FALSE((*readUndated)->published.has_value());
    CHECK((*readUndated)->missing == undated.missing);
    auto missing = ws.article("no-such-article");
    REQUIRE(missing.has_value());
    CHECK_FALSE(missing->has_value());

    auto mentions = ws.mentions(a.id);
    REQUIRE(mentions.has_value());
    REQUIRE(mentions->size() == analysis.mentions.size());
    for (std::size_t i = 0; i < mentions->size(); ++i) {
        const core::Mention& got = (*mentions)[i];
        const core::Mention& want = analysis.mentions[i];
        CHECK(got.articleId == a.id);
        CHECK(got.start == want.start);
        CHECK(got.end == want.end);
        CHECK(got.text == want.text);
        CHECK(got.placeId == want.placeId);
        CHECK(got.confidence == want.confidence); // exact: doubles travel without loss
        CHECK(got.status == want.status);
        REQUIRE(got.candidates.size() == want.candidates.size());
        CHECK(got.candidates[1].placeId == want.candidates[1].placeId);
        CHECK(got.candidates[1].score == want.candidates[1].score);
    }

    auto claims = ws.claims(a.id);
    REQUIRE(claims.has_value());
    REQUIRE(claims->size() == analysis.claims.size());
    for (std::size_t i = 0; i < claims->size(); ++i) {
        const core::Claim& got = (*claims)[i];
        const core::Claim& want = analysis.claims[i];
        CHECK(got.id == want.id);
        CHECK(got.placeId == want.placeId);
        CHECK(got.actor == want.actor);
        CHECK(got.kind == want.kind);
        CHECK(got.stance == want.stance);
        CHECK(got.time.from == want.time.from);
        CHECK(got.time.to == want.time.to);
        CHECK(got.time.precision == want.time.precision);
        CHECK(got.source.outlet == want.source.outlet);
        CHECK(got.source.sentence == want.source.sentence);
        CHECK(got.source.articleId == a.id);
        CHECK(got.confidence == want.confidence);
    }
    auto all = ws.allClaims();
    REQUIRE(all.has_value());
    CHECK(all->size() == analysis.claims.size());
    auto counts = ws.counts();
    REQUIRE(counts.has_value());
    CHECK(counts->articles == 2);
    CHECK(counts->mentions == static_cast<std::int64_t>(analysis.mentions.size()));
    CHECK(counts->claims == static_cast<std::int64_t>(analysis.claims.size()));
}

inline void checkAnalystWork(Workspace& ws)
{
    core::Place p;
    p.id = "hand:tal-rifat";
    p.name = "Tal Rifaat";
    p.nameAr = "تل رفعت";
    p.kind = core::PlaceKind::Town;
    p.country = "SY";
    p.admin1 = "Aleppo";
    p.point = {.lat = 36.4731, .lon = 37.0974};
    p.origin = "hand";
    p.names = {{"Tal Rifaat", "en", "hand"}, {"Tell Rifat", "en", "review"}};
    REQUIRE(ws.savePlace(p).has_value());
    p.population = 20000;
    REQUIRE(ws.savePlace(p).has_value()); // replaces, not duplicates
    core::Place bad = p;
    bad.id = "hand:bad";
    bad.point = {.lat = 10.0, .lon = 200.0};
    CHECK_FALSE(ws.savePlace(bad).has_value());
    auto places = ws.places();
    REQUIRE(places.has_value());
    REQUIRE(places->size() == 1);
    CHECK(places->front().population == 20000);
    CHECK(places->front().point.lon == p.point.lon);
    CHECK(places->front().point.lat == p.point.lat);
    CHECK(places->front().names.size() == 2);
    CHECK(places->front().nameAr == p.nameAr);

    ReviewDecision d {0, "article-1", 5, 9, "Hama", "pin", "gn:170017", "analyst", "checked on the map", 1733600000};
    auto id = ws.addReviewDecision(d);
    REQUIRE(id.has_value());
    CHECK(*id > 0);
    d.decision = "maybe";
    CHECK_FALSE(ws.addReviewDecision(d).has_value());
    auto decisions = ws.reviewDecisions();
    REQUIRE(decisions.has_value());
    REQUIRE(decisions->size() == 1);
    CHECK(decisions->front().placeId == "gn:170017");
    CHECK(decisions->front().decidedAt == 1733600000);

    Override o;
    o.claim.placeId = "gn:170017";
    o.claim.actor = "hts";
    o.claim.kind = core::ClaimKind::Controls;
    o.claim.time.from = 1733500000;
    o.author = "analyst";
    o.note = "confirmed by two outlets";
    auto oid = ws.addOverride(o);
    REQUIRE(oid.has_value());
    auto overrides = ws.overrides();
    REQUIRE(overrides.has_value());
    REQUIRE(overrides->size() == 1);
    CHECK(overrides->front().claim.analystOverride);
    CHECK(overrides->front().claim.time.from == 1733500000);
    CHECK(overrides->front().note == o.note);
    auto removed = ws.removeOverride(*oid);
    REQUIRE(removed.has_value());
    CHECK(*removed);
    CHECK(ws.overrides()->empty());

    const std::string document = R"({"sitrepBriefing": 1, "title": "The fall of Hama", "slides": [)"
                                 R"({"title": "Hama", "at": "2024-12-05T12:00:00Z", "lens": "latest",)"
                                 R"( "view": {"center": [35.13, 36.75], "zoom": 9}, "caption": "Rebels reach Hama",)"
                                 R"( "highlight": ["gn:170017"], "notes": "ʿAṣī river", "transition": 2}]})";
    Briefing b {"fall-of-hama", "The fall of Hama", document, 0};
    REQUIRE(ws.saveBriefing(b).has_value());
    b.title = "Hama";
    b.document = R"({"sitrepBriefing": 1, "title": "Hama", "slides": []})";
    REQUIRE(ws.saveBriefing(b).has_value()); // replaces, document and all
    REQUIRE(ws.saveBriefing({"second", "Second", document, 1733600000}).has_value());
    auto briefings = ws.briefings();
    REQUIRE(briefings.has_value());
    REQUIRE(briefings->size() == 2);
    CHECK(briefings->front().id == "fall-of-hama");
    CHECK(briefings->front().title == "Hama");
    CHECK(briefings->front().document == b.document);
    CHECK(briefings->front().updatedAt > 0);
    CHECK(briefings->back().document == document); // kept byte for byte
    CHECK(briefings->back().updatedAt == 1733600000);
    CHECK_FALSE(ws.saveBriefing({"", "No id", document, 0}).has_value());
    auto removedBriefing = ws.removeBriefing("second");
    REQUIRE(removedBriefing.has_value());
    CHECK(*removedBriefing);
    CHECK(ws.briefings()->size() == 1);
    CHECK_FALSE(*ws.removeBriefing("second"));

    REQUIRE(ws.setMetadata("scenario_fingerprint", "abc").has_value());
    CHECK(ws.metadata("scenario_fingerprint")->value_or("") == "abc");
    CHECK_FALSE(ws.metadata("no-such-key")->has_value());
    CHECK_FALSE(ws.setMetadata("schema_version", "99").has_value());
}

// Opens `location` at schema 1, stores an article, reopens it with this build: migrated to the
// current version with the article kept and the version-2 tables usable.
inline void checkMigrationFromVersionOne(const std::string& location)
{
    {
        auto v1 = openWorkspace(location, OpenOptions {true, 5000, 1});
        REQUIRE_MESSAGE(v1.has_value(), (v1 ? "" : v1.error().toString()));
        CHECK((*v1)->schemaVersion() == 1);
        const core::Article a = sampleArticle(7);
        const ArticleAnalysis analysis = standInAnalysis(a);
        REQUIRE((*v1)->addArticle(a, analysis.mentions, analysis.claims).has_value());
        CHECK_FALSE((*v1)->reviewDecisions().has_value()); // no such table yet
    }
    auto current = openWorkspace(location);
    REQUIRE_MESSAGE(current.has_value(), (current ? "" : current.error().toString()));
    CHECK((*current)->schemaVersion() == kSchemaVersion);
    auto kept = (*current)->claims(sampleArticle(7).id);
    REQUIRE(kept.has_value());
    CHECK(kept->size() == expectedClaims(sampleArticle(7)));
    CHECK((*current)->reviewDecisions().has_value());
}

} // namespace sitrep::store::test
