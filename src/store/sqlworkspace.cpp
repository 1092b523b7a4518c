#include "sqlworkspace.h"

#include "schema.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace sitrep::store {

namespace {

using core::Result;

std::int64_t now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

SqlValue optionalInstant(const std::optional<core::Instant>& t)
{
    if (!t)
        return std::monostate {};
    return *t;
}

SqlValue count(std::size_t n)
{
    return static_cast<std::int64_t>(n);
}
SqlValue text(std::string_view s)
{
    return std::string(s);
}
SqlValue flag(bool b)
{
    return static_cast<std::int64_t>(b ? 1 : 0);
}

std::string jsonList(const std::vector<std::string>& items)
{
    return nlohmann::json(items).dump();
}

std::vector<std::string> parseList(const std::string& json)
{
    auto parsed = nlohmann::json::parse(json, nullptr, false);
    std::vector<std::string> out;
    if (parsed.is_array())
        for (const auto& item : parsed)
            if (item.is_string())
                out.push_back(item.get<std::string>());
    return out;
}

std::string jsonCandidates(const std::vector<core::Candidate>& candidates)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : candidates)
        out.push_back({{"place", c.placeId}, {"score", c.score}});
    return out.dump();
}

std::vector<core::Candidate> parseCandidates(const std::string& json)
{
    auto parsed = nlohmann::json::parse(json, nullptr, false);
    std::vector<core::Candidate> out;
    if (parsed.is_array())
        for (const auto& item : parsed)
            if (item.is_object())
                out.push_back({item.value("place", std::string()), item.value("score", 0.0)});
    return out;
}

std::string jsonNames(const std::vector<core::PlaceName>& names)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& n : names)
        out.push_back({{"name", n.name}, {"lang", n.lang}, {"origin", n.origin}});
    return out.dump();
}

std::vector<core::PlaceName> parseNames(const std::string& json)
{
    auto parsed = nlohmann::json::parse(json, nullptr, false);
    std::vector<core::PlaceName> out;
    if (parsed.is_array())
        for (const auto& item : parsed)
            if (item.is_object())
                out.push_back({item.value("name", std::string()), item.value("lang", std::string()),
                    item.value("origin", std::string())});
    return out;
}

constexpr const char* kClaimColumns
    = "article_id, seq, claim_id, place_id, actor, counterpart, kind, stance, time_from, time_to, time_precision, "
      "outlet, url, speaker, side, span_start, span_end, sentence, source_file, confidence, hedged, analyst_override, "
      "baseline, region_id";

// Inserts rows with multi-row INSERTs: one round trip per batch instead of one per row (what
// makes PostGIS ingest fast). Batches are powers of two up to 64 rows, so SQLite's statement
// cache holds at most seven shapes per table and no statement nears either parameter limit.
void appendInserts(std::vector<SqlStatement>& out, const std::string& head, const std::vector<SqlParams>& rows)
{
    std::size_t done = 0;
    while (done < rows.size()) {
        std::size_t batch = 64;
        while (batch > rows.size() - done)
            batch /= 2;
        std::string sql = head;
        SqlParams params;
        const std::size_t columns = rows[done].size();
        params.reserve(batch * columns);
        for (std::size_t i = 0; i < batch; ++i) {
            sql += i ? ", (" : "(";
            for (std::size_t c = 0; c < columns; ++c) {
                sql += (c ? ", $" : "$") + std::to_string(params.size() + 1);
                params.push_back(rows[done + i][c]);
            }
            sql += ')';
        }
        out.push_back({std::move(sql), std::move(params)});
        done += batch;
    }
}

core::Claim claimFromRow(const SqlRow& r)
{
    core::Claim c;
    c.source.articleId = r.toText(0);
    c.id = r.toText(2);
    c.placeId = r.toText(3);
    c.actor = r.toText(4);
    c.counterpart = r.toText(5);
    c.kind = core::claimKindFromString(r.toText(6)).value_or(core::ClaimKind::Controls);
    c.stance = core::stanceFromString(r.toText(7)).value_or(core::Stance::Affirms);
    c.time.from = r.toOptionalInt(8);
    c.time.to = r.toOptionalInt(9);
    c.time.precision = core::timePrecisionFromString(r.toText(10)).value_or(core::TimePrecision::Unknown);
    c.source.outlet = r.toText(11);
    c.source.url = r.toText(12);
    c.source.speaker = r.toText(13);
    c.source.side = core::speakerSideFromString(r.toText(14)).value_or(core::SpeakerSide::Unknown);
    c.source.start = static_cast<std::size_t>(r.toInt(15));
    c.source.end = static_cast<std::size_t>(r.toInt(16));
    c.source.sentence = r.toText(17);
    c.source.file = r.toText(18);
    c.confidence = r.toReal(19);
    c.hedged = r.toInt(20) != 0;
    c.analystOverride = r.toInt(21) != 0;
    c.baseline = r.toInt(22) != 0;
    c.regionId = r.toText(23);
    return c;
}

} // namespace

SqlWorkspace::SqlWorkspace(std::unique_ptr<SqlDatabase> db)
    : m_db(std::move(db))
{
}

Result<int> SqlWorkspace::schemaVersion()
{
    return readSchemaVersion(*m_db);
}

Result<IngestStatus> SqlWorkspace::addArticle(
    const core::Article& a, std::span<const core::Mention> mentions, std::span<const core::Claim> claims)
{
    if (a.id.empty())
        return core::fail("an article without an id (content hash) cannot be stored", a.file);
    auto abort = [&](core::Error e) -> Result<IngestStatus> {
        m_db->rollback();
        return std::unexpected(std::move(e));
    };
    // Two round trips on PostgreSQL: open the transaction and claim the article's id (the
    // primary key makes a concurrent ingester of the same text wait, then find it taken), then
    // everything else with the commit.
    auto claimed = m_db->execAll({{std::string(m_db->beginStatement()), {}},
        {"INSERT INTO articles (id, file, title, outlet, url, language, notes, published, body, missing, warnings, "
         "ingested_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING",
            {a.id, a.file, a.title, a.outlet, a.url, a.language, a.notes, optionalInstant(a.published), a.body,
                jsonList(a.missing), jsonList(a.warnings), now()}}});
    if (!claimed)
        return abort(claimed.error());
    if (claimed->size() < 2 || (*claimed)[1] == 0) {
        m_db->rollback();
        return IngestStatus::Duplicate;
    }
    std::vector<SqlParams> rows;
    rows.reserve(mentions.size());
    for (const core::Mention& m : mentions)
        rows.push_back({a.id, count(rows.size()), count(m.start), count(m.end), m.text,
            m.placeId ? SqlValue(*m.placeId) : SqlValue(std::monostate {}), m.confidence,
            text(m.status == core::MentionStatus::Resolved ? "resolved" : "unresolved"), jsonCandidates(m.candidates),
            m.relation});
    std::vector<SqlStatement> rest;
    appendInserts(rest,
        "INSERT INTO mentions (article_id, seq, span_start, span_end, text, place_id, confidence, status, "
        "candidates, relation) VALUES ",
        rows);
    rows.clear();
    for (const core::Claim& c : claims)
        rows.push_back({a.id, count(rows.size()), c.id, c.placeId, c.actor, c.counterpart, text(core::nameOf(c.kind)),
            text(core::nameOf(c.stance)), optionalInstant(c.time.from), optionalInstant(c.time.to),
            text(core::nameOf(c.time.precision)), c.source.outlet, c.source.url, c.source.speaker,
            text(core::nameOf(c.source.side)), count(c.source.start), count(c.source.end), c.source.sentence,
            c.source.file, c.confidence, flag(c.hedged), flag(c.analystOverride), flag(c.baseline), c.regionId});
    appendInserts(rest, std::string("INSERT INTO claims (") + kClaimColumns + ") VALUES ", rows);
    rest.push_back({"COMMIT", {}});
    if (auto r = m_db->execAll(rest); !r)
        return abort(r.error());
    return IngestStatus::Added;
}

Result<std::vector<std::string>> SqlWorkspace::articleIds()
{
    auto rows = m_db->query("SELECT id FROM articles ORDER BY id");
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<std::string> out;
    out.reserve(rows->size());
    for (const auto& r : *rows)
        out.push_back(r.toText(0));
    return out;
}

Result<std::optional<core::Article>> SqlWorkspace::article(std::string_view id)
{
    auto rows = m_db->query("SELECT id, file, title, outlet, url, language, notes, published, body, missing, warnings "
                            "FROM articles WHERE id = $1",
        {std::string(id)});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return std::optional<core::Article> {};
    const SqlRow& r = rows->front();
    core::Article a;
    a.id = r.toText(0);
    a.file = r.toText(1);
    a.title = r.toText(2);
    a.outlet = r.toText(3);
    a.url = r.toText(4);
    a.language = r.toText(5);
    a.notes = r.toText(6);
    a.published = r.toOptionalInt(7);
    a.body = r.toText(8);
    a.missing = parseList(r.toText(9));
    a.warnings = parseList(r.toText(10));
    return std::optional<core::Article>(std::move(a));
}

Result<std::vector<core::Mention>> SqlWorkspace::mentions(std::string_view articleId)
{
    auto rows = m_db->query("SELECT article_id, span_start, span_end, text, place_id, confidence, status, candidates, "
                            "relation FROM mentions WHERE article_id = $1 ORDER BY seq",
        {std::string(articleId)});
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<core::Mention> out;
    out.reserve(rows->size());
    for (const auto& r : *rows) {
        core::Mention m;
        m.articleId = r.toText(0);
        m.start = static_cast<std::size_t>(r.toInt(1));
        m.end = static_cast<std::size_t>(r.toInt(2));
        m.text = r.toText(3);
        if (!r.isNull(4))
            m.placeId = r.toText(4);
        m.confidence = r.toReal(5);
        m.status = r.toText(6) == "resolved" ? core::MentionStatus::Resolved : core::MentionStatus::Unresolved;
        m.candidates = parseCandidates(r.toText(7));
        m.relation = r.toText(8);
        out.push_back(std::move(m));
    }
    return out;
}

Result<std::vector<core::Claim>> SqlWorkspace::readClaims(std::string_view sqlTail, const SqlParams& params)
{
    auto rows = m_db->query(std::string("SELECT ") + kClaimColumns + " FROM claims " + std::string(sqlTail), params);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<core::Claim> out;
    out.reserve(rows->size());
    for (const auto& r : *rows)
        out.push_back(claimFromRow(r));
    return out;
}

Result<std::vector<core::Claim>> SqlWorkspace::claims(std::string_view articleId)
{
    return readClaims("WHERE article_id = $1 ORDER BY seq", {std::string(articleId)});
}

Result<std::vector<core::Claim>> SqlWorkspace::allClaims()
{
    return readClaims("ORDER BY article_id, seq", {});
}

Result<WorkspaceCounts> SqlWorkspace::counts()
{
    auto rows = m_db->query("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
                            "(SELECT count(*) FROM claims), (SELECT count(*) FROM places)");
    if (!rows)
        return std::unexpected(rows.error());
    const SqlRow& r = rows->front();
    return WorkspaceCounts {r.toInt(0), r.toInt(1), r.toInt(2), r.toInt(3)};
}

Result<void> SqlWorkspace::savePlace(const core::Place& p)
{
    if (p.id.empty())
        return core::fail("a place needs an id", p.name);
    if (!(p.point.lat >= -90 && p.point.lat <= 90 && p.point.lon >= -180 && p.point.lon <= 180))
        return core::fail("coordinates out of range", p.id);
    return m_db->exec(
        "INSERT INTO places (geom, id, name, name_ar, kind, country, admin1, lon, lat, population, origin, citation, "
        "names, added_at) VALUES (sitrep_point($1, $2), $3, $4, $5, $6, $7, $8, $1, $2, $9, $10, $11, $12, $13) "
        "ON CONFLICT (id) DO UPDATE SET geom = excluded.geom, name = excluded.name, name_ar = excluded.name_ar, "
        "kind = excluded.kind, country = excluded.country, admin1 = excluded.admin1, lon = excluded.lon, "
        "lat = excluded.lat, population = excluded.population, origin = excluded.origin, "
        "citation = excluded.citation, names = excluded.names, added_at = excluded.added_at",
        {p.point.lon, p.point.lat, p.id, p.name, p.nameAr, text(core::nameOf(p.kind)), p.country, p.admin1,
            p.population, p.origin, p.citation, jsonNames(p.names), now()});
}

Result<std::vector<core::Place>> SqlWorkspace::places()
{
    auto rows = m_db->query("SELECT id, name, name_ar, kind, country, admin1, lon, lat, population, origin, citation, "
                            "names FROM places ORDER BY id");
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<core::Place> out;
    for (const auto& r : *rows) {
        core::Place p;
        p.id = r.toText(0);
        p.name = r.toText(1);
        p.nameAr = r.toText(2);
        p.kind = core::placeKindFromString(r.toText(3));
        p.country = r.toText(4);
        p.admin1 = r.toText(5);
        p.point.lon = r.toReal(6);
        p.point.lat = r.toReal(7);
        p.population = r.toInt(8);
        p.origin = r.toText(9);
        p.citation = r.toText(10);
        p.names = parseNames(r.toText(11));
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::int64_t> SqlWorkspace::addReviewDecision(const ReviewDecision& d)
{
    if (!isReviewDecisionKind(d.decision))
        return core::fail(
            "a review decision is \"pin\", \"reject\", \"not_claim\" or \"recorded\", not \"" + d.decision + "\"",
            d.articleId);
    auto rows = m_db->query(
        "INSERT INTO review_decisions (article_id, span_start, span_end, text, decision, place_id, author, note, "
        "decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {d.articleId, count(d.start), count(d.end), d.text, d.decision, d.placeId, d.author, d.note,
            d.decidedAt ? d.decidedAt : now()});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->front().toInt(0);
}

Result<std::vector<ReviewDecision>> SqlWorkspace::reviewDecisions()
{
    auto rows = m_db->query("SELECT id, article_id, span_start, span_end, text, decision, place_id, author, note, "
                            "decided_at FROM review_decisions ORDER BY id");
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<ReviewDecision> out;
    for (const auto& r : *rows)
        out.push_back(
            {r.toInt(0), r.toText(1), static_cast<std::size_t>(r.toInt(2)), static_cast<std::size_t>(r.toInt(3)),
                r.toText(4), r.toText(5), r.toText(6), r.toText(7), r.toText(8), r.toInt(9)});
    return out;
}

Result<std::int64_t> SqlWorkspace::addOverride(const Override& o)
{
    const core::Claim& c = o.claim;
    if (c.placeId.empty() || c.actor.empty())
        return core::fail("an override needs a place and an actor");
    auto rows = m_db->query(
        "INSERT INTO overrides (place_id, actor, counterpart, kind, stance, time_from, time_to, time_precision, "
        "author, note, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        {c.placeId, c.actor, c.counterpart, text(core::nameOf(c.kind)), text(core::nameOf(c.stance)),
            optionalInstant(c.time.from), optionalInstant(c.time.to), text(core::nameOf(c.time.precision)), o.author,
            o.note, o.decidedAt ? o.decidedAt : now()});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->front().toInt(0);
}

Result<std::vector<Override>> SqlWorkspace::overrides()
{
    auto rows = m_db->query("SELECT id, place_id, actor, counterpart, kind, stance, time_from, time_to, "
                            "time_precision, author, note, decided_at FROM overrides ORDER BY id");
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Override> out;
    for (const auto& r : *rows) {
        Override o;
        o.id = r.toInt(0);
        o.claim.id = "override:" + std::to_string(o.id);
        o.claim.placeId = r.toText(1);
        o.claim.actor = r.toText(2);
        o.claim.counterpart = r.toText(3);
        o.claim.kind = core::claimKindFromString(r.toText(4)).value_or(core::ClaimKind::Controls);
        o.claim.stance = core::stanceFromString(r.toText(5)).value_or(core::Stance::Affirms);
        o.claim.time.from = r.toOptionalInt(6);
        o.claim.time.to = r.toOptionalInt(7);
        o.claim.time.precision = core::timePrecisionFromString(r.toText(8)).value_or(core::TimePrecision::Unknown);
        o.claim.analystOverride = true;
        o.claim.source.speaker = r.toText(9);
        o.claim.source.side = core::SpeakerSide::Analyst;
        o.author = r.toText(9);
        o.note = r.toText(10);
        o.decidedAt = r.toInt(11);
        out.push_back(std::move(o));
    }
    return out;
}

Result<bool> SqlWorkspace::removeOverride(std::int64_t id)
{
    if (auto r = m_db->exec("DELETE FROM overrides WHERE id = $1", {id}); !r)
        return std::unexpected(r.error());
    return m_db->changes() > 0;
}

Result<void> SqlWorkspace::saveBriefing(const Briefing& b)
{
    if (b.id.empty())
        return core::fail("a briefing needs an id", b.title);
    return m_db->exec("INSERT INTO briefings (id, title, document, updated_at) VALUES ($1, $2, $3, $4) "
                      "ON CONFLICT (id) DO UPDATE SET title = excluded.title, document = excluded.document, "
                      "updated_at = excluded.updated_at",
        {b.id, b.title, b.document, b.updatedAt ? b.updatedAt : now()});
}

Result<std::vector<Briefing>> SqlWorkspace::briefings()
{
    auto rows = m_db->query("SELECT id, title, document, updated_at FROM briefings ORDER BY id");
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Briefing> out;
    for (const auto& r : *rows)
        out.push_back({r.toText(0), r.toText(1), r.toText(2), r.toInt(3)});
    return out;
}

Result<bool> SqlWorkspace::removeBriefing(std::string_view id)
{
    if (auto r = m_db->exec("DELETE FROM briefings WHERE id = $1", {std::string(id)}); !r)
        return std::unexpected(r.error());
    return m_db->changes() > 0;
}

Result<std::optional<std::string>> SqlWorkspace::metadata(std::string_view key)
{
    auto rows = m_db->query("SELECT value FROM workspace_meta WHERE key = $1", {std::string(key)});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return std::optional<std::string> {};
    return std::optional<std::string>(rows->front().toText(0));
}

Result<void> SqlWorkspace::setMetadata(std::string_view key, std::string_view value)
{
    if (key == "schema_version")
        return core::fail("the schema version is set by migrations only", location());
    return m_db->exec("INSERT INTO workspace_meta (key, value) VALUES ($1, $2) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        {std::string(key), std::string(value)});
}

} // namespace sitrep::store
