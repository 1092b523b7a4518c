#include "exportsession.h"

#include "exportassembler.h"
#include "gazetteerloader.h"
#include "territoryengine.h"
#include "territoryframe.h"

#include <algorithm>
#include <set>

namespace sitrep::geo {

core::Result<std::unique_ptr<ExportSession>> ExportSession::open(const std::string& gpkgPath,
                                                                const std::string& scenarioDir)
{
    std::unique_ptr<ExportSession> s(new ExportSession());
    auto gazetteer = loadGazetteer(gpkgPath);
    if (!gazetteer)
        return std::unexpected(gazetteer.error());
    s->m_gazetteer = std::move(*gazetteer);
    auto scenario = loadScenario(scenarioDir, s->m_gazetteer);
    if (!scenario)
        return std::unexpected(scenario.error());
    s->m_scenario = std::move(*scenario);
    for (const auto& p : s->m_scenario.addedPlaces)
        s->m_gazetteer.add(p);

    s->m_engine = std::make_unique<core::ControlEngine>();
    s->m_engine->setActors(s->m_scenario.actors);
    s->m_engine->addPlaces(s->m_gazetteer);
    s->m_engine->addClaims(s->m_scenario.claims);

    const std::string country = s->m_scenario.country.empty() ? "SY" : s->m_scenario.country;
    auto frame = loadTerritoryFrame(gpkgPath, country);
    if (!frame)
        return std::unexpected(frame.error());
    auto builder = TerritoryBuilder::create(s->m_gazetteer, *frame);
    if (!builder)
        return std::unexpected(builder.error());
    s->m_builder = std::move(*builder);

    s->m_span = {s->m_scenario.start, s->m_scenario.end};
    if (s->m_span.second <= s->m_span.first) {
        if (auto span = s->m_engine->span())
            s->m_span = *span;
    }
    return s;
}

std::vector<const core::Claim*> ExportSession::heardClaims(core::Instant at, const core::Lens& lens) const
{
    std::vector<const core::Claim*> out;
    for (const auto& c : m_scenario.claims) {
        const auto t = core::effectiveInstant(c);
        if (t && *t <= at && lens.admits(c))
            out.push_back(&c);
    }
    return out;
}

core::Result<ExportSnapshot> ExportSession::snapshot(core::Instant at, const core::Lens& lens)
{
    const auto claims = heardClaims(at, lens);
    return assembleSnapshot(*m_builder, m_gazetteer, claims, engineStateLookup(*m_engine, at, lens), at,
                            lens.toString());
}

core::Result<std::vector<ExportSnapshot>> ExportSession::run(core::Instant from, core::Instant to,
                                                             const core::Lens& lens)
{
    return snapshotTimeline(*m_engine, from, to, lens, [&](core::Instant at) { return snapshot(at, lens); });
}

core::Result<std::vector<AreaChange>> ExportSession::changes(core::Instant from, core::Instant to,
                                                             const core::Lens& lens)
{
    return m_builder->changes(engineStateLookup(*m_engine, from, lens), engineStateLookup(*m_engine, to, lens));
}

ExportContext ExportSession::context() const
{
    ExportContext ctx;
    ctx.actors = m_scenario.actors.actors();
    ctx.title = m_scenario.title.empty() ? std::string("Sitrep") : m_scenario.title;
    return ctx;
}

} // namespace sitrep::geo
