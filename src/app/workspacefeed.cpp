#include "workspacefeed.h"

#include "geo/scenarioloader.h"
#include "store/scenarioworkspace.h"

#include <QLoggingCategory>

#include <unordered_set>

Q_LOGGING_CATEGORY(lcWorkspaceFeed, "sitrep.workspace")

namespace sitrep::app {

WorkspaceFeed loadWorkspaceFeed(const QString& path, const std::string& scenarioDir, const std::string& gazetteerPath,
    core::Gazetteer& gazetteer, bool addPlaces)
{
    WorkspaceFeed out;
    auto loaded = store::loadEngineWorkspace(path.toStdString(), {scenarioDir, gazetteerPath, {}, 2}, gazetteer);
    if (!loaded) {
        out.error = QStringLiteral("Workspace: ") + QString::fromStdString(loaded.error().toString());
        qCWarning(lcWorkspaceFeed).noquote() << out.error;
        return out;
    }
    if (!loaded->builtMessage.empty())
        qCInfo(lcWorkspaceFeed).noquote() << QString::fromStdString(loaded->builtMessage);
    out.location = QString::fromStdString(loaded->location);
    out.evidence = std::move(loaded->evidence);
    if (out.evidence && addPlaces)
        for (const core::Place& p : out.evidence->places)
            gazetteer.add(p);
    return out;
}

void fillControlEngine(core::ControlEngine& engine, const core::Gazetteer& gazetteer, const geo::Scenario& scenario,
    const store::WorkspaceEvidence* workspace, const std::vector<core::Claim>* articleClaims)
{
    const std::string country = scenario.country.empty() ? "SY" : scenario.country;
    if (!articleClaims) {
        store::fillEngine(
            engine, {&gazetteer, &scenario.actors, country, scenario.claims, false, workspace, scenario.defaultActor});
        return;
    }
    // The review model's claims stand for their articles; the workspace keeps the rest.
    store::WorkspaceEvidence rest;
    if (workspace) {
        std::unordered_set<std::string> replaced;
        for (const core::Claim& c : *articleClaims)
            replaced.insert(c.source.articleId);
        rest.places = workspace->places;
        rest.overrides = workspace->overrides;
        for (const core::Claim& c : workspace->claims)
            if (!replaced.contains(c.source.articleId))
                rest.claims.push_back(c);
    }
    store::fillEngine(engine, {&gazetteer, &scenario.actors, country, scenario.claims, false, &rest, scenario.defaultActor});
    store::addArticleClaims(engine, *articleClaims, gazetteer, scenario.defaultActor);
}

} // namespace sitrep::app
