#pragma once
// ExportSession: the gazetteer, scenario, control engine and territory builder that `sitrep
// export` and `sitrep diff` (and the benchmarks) need, loaded once, with the snapshot and the
// run of snapshots they write.
#include "core/controlengine.h"
#include "exportsnapshot.h"
#include "scenarioloader.h"
#include "territorybuilder.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sitrep::geo {

class ExportSession {
public:
    // Fails (naming the file) when the gazetteer, the scenario or the outlines cannot be read.
    [[nodiscard]] static core::Result<std::unique_ptr<ExportSession>> open(const std::string& gpkgPath,
                                                                          const std::string& scenarioDir);

    // The instants the data covers: the scenario's start and end (or its claims' span).
    [[nodiscard]] std::pair<core::Instant, core::Instant> span() const { return m_span; }
    [[nodiscard]] bool covers(core::Instant t) const { return t >= m_span.first && t <= m_span.second; }

    // Claims the lens hears that refer to an instant no later than `at`.
    [[nodiscard]] std::vector<const core::Claim*> heardClaims(core::Instant at, const core::Lens& lens) const;
    [[nodiscard]] core::Result<ExportSnapshot> snapshot(core::Instant at, const core::Lens& lens);
    // Snapshots at `from` and at every change in (from, to], each holding until the next (the
    // last until `to`).
    [[nodiscard]] core::Result<std::vector<ExportSnapshot>> run(core::Instant from, core::Instant to,
                                                                const core::Lens& lens);
    [[nodiscard]] core::Result<std::vector<AreaChange>> changes(core::Instant from, core::Instant to,
                                                                const core::Lens& lens);

    [[nodiscard]] ExportContext context() const;
    [[nodiscard]] const core::Gazetteer& gazetteer() const { return m_gazetteer; }
    [[nodiscard]] const Scenario& scenario() const { return m_scenario; }
    [[nodiscard]] const core::ControlEngine& engine() const { return *m_engine; }
    [[nodiscard]] TerritoryBuilder& builder() { return *m_builder; }

private:
    ExportSession() = default;
    core::Gazetteer m_gazetteer;
    Scenario m_scenario;
    std::unique_ptr<core::ControlEngine> m_engine;
    std::unique_ptr<TerritoryBuilder> m_builder;
    std::pair<core::Instant, core::Instant> m_span{0, 0};
};

} // namespace sitrep::geo
