// ControlLayer with a real engine over a synthetic country: fills, hatching of a contested
// place, the cross-fade and pulse after a capture (scenario time), front lines per pair, and the
// QPainter fallback drawing the hatch. A date change must only recolour: vertices stay put.
#include "../core/enginetestsupport.h"
#include "../geo/territory_fixture.h"
#include "controllayer.h"
#include "core/controlengine.h"
#include "mappainter.h"
#include "qtapp.h"

#include <QPainter>

#include <doctest/doctest.h>

using namespace sitrep;
using namespace sitrep::app;
using enginetest::at;

namespace {

const QColor kGovernment(0xd5, 0x5e, 0x00);
const QColor kOpposition(0x00, 0x9e, 0x73);

QColor colourOf(const std::string& actor)
{
    return actor == "government" ? kGovernment : actor == "opposition" ? kOpposition : QColor(Qt::gray);
}

// Alpha (gn:a) is captured by the opposition at T; Charlie (gn:c) is claimed by the rebels at T
// and denied by state television two hours later; Bravo and Delta stay with the government.
struct Scene {
    core::Gazetteer gazetteer = geo::testing::squareGazetteer();
    core::ControlEngine engine;
    std::unique_ptr<geo::TerritoryBuilder> builder;
    std::unique_ptr<ControlLayer> layer;
    std::vector<core::PlaceState> states;
    core::Instant t0 = at("2024-12-01T00:00Z");

    Scene()
    {
        using namespace enginetest;
        engine.setActors(syrianActors());
        for (const char* p : {"gn:a", "gn:b", "gn:c", "gn:d"})
            engine.addClaim(baseline(p, "government"));
        engine.addClaim(
            claim("gn:a", "opposition", ClaimKind::Captured, "2024-12-01T00:00Z", SpeakerSide::Independent, "AFP"));
        engine.addClaim(
            claim("gn:c", "opposition", ClaimKind::Captured, "2024-12-01T00:00Z", SpeakerSide::Opposition, "Reuters"));
        engine.addClaim(claim("gn:c", "opposition", ClaimKind::Entered, "2024-12-01T02:00Z", SpeakerSide::Government,
            "SANA", Stance::Denies));
        auto built = geo::TerritoryBuilder::create(gazetteer, geo::testing::squareFrame());
        REQUIRE(built.has_value());
        builder = std::move(*built);
        layer = std::make_unique<ControlLayer>(*builder, mercator::toWorld(37, 34));
    }
    void show(core::Instant t)
    {
        engine.states(t, core::Lens::latest(), states);
        layer->showState(engine, states, t, core::Lens::latest(), colourOf);
    }
    std::size_t cell(const char* id) const
    {
        const long c = layer->cellOf(id);
        REQUIRE(c >= 0);
        return std::size_t(c);
    }
};

bool near(const QColor& a, const QColor& b, int tolerance = 2)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance && std::abs(a.alpha() - b.alpha()) <= tolerance;
}

} // namespace

TEST_CASE("a capture cross-fades the cell over six hours and pulses the place for twelve, in scenario time")
{
    Scene s;
    const std::size_t alpha = s.cell("gn:a");
    s.show(s.t0 - 1);
    CHECK(near(s.layer->cellPaints()[alpha].fill, controlstyle::held(kGovernment).fill));
    CHECK(s.layer->pulses().empty());

    s.show(s.t0 + 3 * 3600);
    const QColor half = s.layer->cellPaints()[alpha].fill;
    CHECK(
        near(half, controlstyle::mix(controlstyle::held(kGovernment).fill, controlstyle::held(kOpposition).fill, 0.5)));
    CHECK(half.red() > 80); // still part government…
    CHECK(half.green() > 110); // …part opposition
    REQUIRE(s.layer->pulses().size() == 1);
    const Pulse& p = s.layer->pulses().front();
    CHECK(p.age == 3 * 3600);
    CHECK(p.color == kOpposition);
    CHECK(p.at == s.layer->cellPoints()[alpha]);

    s.show(s.t0 + 6 * 3600);
    CHECK(near(s.layer->cellPaints()[alpha].fill, controlstyle::held(kOpposition).fill));
    CHECK(s.layer->pulses().size() == 1);
    s.show(s.t0 + 12 * 3600);
    CHECK(s.layer->pulses().empty());
    // The same instant gives the same picture, however it was reached (export equals preview).
    const auto later = s.layer->cellPaints();
    s.show(s.t0 - 5 * 86400);
    s.show(s.t0 + 12 * 3600);
    CHECK(s.layer->cellPaints() == later);
}

TEST_CASE("a contested place is hatched in both sides' colours and only its triangles are in the hatch mesh")
{
    Scene s;
    const std::size_t charlie = s.cell("gn:c");
    s.show(s.t0 + 12 * 3600);
    const CellPaint& paint = s.layer->cellPaints()[charlie];
    CHECK(paint.hatched());
    CHECK(near(paint.hatchA, controlstyle::contested(kGovernment, kOpposition).hatchA)); // sides by id
    CHECK(near(paint.hatchB, controlstyle::contested(kGovernment, kOpposition).hatchB));
    const HatchMesh& hatch = s.layer->hatch();
    CHECK(hatch.cells == std::vector<std::size_t> {charlie});
    REQUIRE(!hatch.vertices.empty());
    CHECK(hatch.vertices.size() % 3 == 0);
    const FillVertex a = fillVertex({}, paint.hatchA);
    CHECK(hatch.vertices.front().a[0] == a.r);
    CHECK(hatch.vertices.front().a[3] == a.a);
    // Every hatch triangle is one of the cell's own (copied, not triangulated again).
    bool found = false;
    for (const FillVertex& v : s.layer->cells().vertices)
        found = found || (v.x == hatch.vertices.front().x && v.y == hatch.vertices.front().y);
    CHECK(found);
    // Before the contest nothing is hatched.
    s.show(s.t0 - 3600);
    CHECK(s.layer->hatch().vertices.empty());
}

TEST_CASE("cells are opaque: each colour is its paint laid over Syria's ground")
{
    Scene s;
    for (const core::Instant t : {s.t0 - 3600, s.t0 + 600, s.t0 + 12 * 3600}) {
        s.show(t);
        for (const FillVertex& v : s.layer->cells().vertices)
            REQUIRE(v.a == 255);
    }
    // A held cell: its actor's colour at the held alpha over the ground, not the bare colour.
    const std::size_t charlie = s.cell("gn:c");
    s.show(s.t0 - 3600);
    const QColor paint = s.layer->cellPaints()[charlie].fill;
    REQUIRE(paint.alpha() > 0);
    REQUIRE(paint.alpha() < 255);
    const QColor expected = controlstyle::over(style::focusLand, paint);
    bool found = false;
    for (const FillVertex& v : s.layer->cells().vertices)
        found = found || (v.r == expected.red() && v.g == expected.green() && v.b == expected.blue());
    CHECK(found);
    // Laying over: halfway between ground and colour at alpha one half.
    const QColor half = controlstyle::over(QColor(0, 0, 0), QColor(200, 100, 50, 128));
    CHECK(half.alpha() == 255);
    CHECK(std::abs(half.red() - 100) <= 1);
    CHECK(std::abs(half.green() - 50) <= 1);
}

TEST_CASE("a date change rewrites colours only: the cell mesh keeps its vertices")
{
    Scene s;
    s.show(s.t0 - 3600);
    const auto before = s.layer->cells().vertices;
    const auto version = s.layer->colourVersion();
    s.show(s.t0 + 3 * 3600);
    const auto& after = s.layer->cells().vertices;
    REQUIRE(after.size() == before.size());
    bool recoloured = false;
    for (std::size_t i = 0; i < before.size(); ++i) {
        CHECK(after[i].x == before[i].x);
        CHECK(after[i].y == before[i].y);
        recoloured = recoloured || after[i].g != before[i].g;
    }
    CHECK(recoloured);
    CHECK(s.layer->colourVersion() > version);
}

TEST_CASE("front lines are grouped into one styled mesh per pair of sides, the main front on top")
{
    Scene s;
    auto line = [](double x0, double y0, double x1, double y1) {
        return std::make_shared<const geo::MultiLineString>(geo::MultiLineString {{{x0, y0}, {x1, y1}}});
    };
    const std::vector<geo::FrontLine> fronts {{"government", "opposition", line(36.2, 33.2, 36.8, 34.8), 0},
        {"government", "sdf", line(37.2, 33.2, 37.8, 34.8), 0},
        {"israel", "opposition", line(36.1, 33.1, 36.3, 33.3), 0}};
    s.layer->setFrontLines(fronts);
    const auto version = s.layer->frontVersion();
    REQUIRE(s.layer->fronts().size() == 3);
    CHECK(s.layer->fronts().back().kind == FrontKind::OppositionGovernment);
    for (const FrontMesh& f : s.layer->fronts())
        CHECK(f.mesh.style.color == controlstyle::frontStyle(f.kind).color);
    CHECK(s.layer->frontKinds()
        == std::vector<FrontKind> {FrontKind::OppositionGovernment, FrontKind::GovernmentSdf, FrontKind::Israel});
    CHECK(!s.layer->frontHalo().vertices.empty());
    s.layer->setFrontLines(fronts); // the same lines: nothing to redo
    CHECK(s.layer->frontVersion() == version);
}

TEST_CASE("the QPainter fallback draws the contested hatch in both sides' colours")
{
    ensureGuiApp();
    Scene s;
    s.show(s.t0 + 12 * 3600);
    auto geometry = std::make_shared<BaseMapGeometry>();
    geometry->origin = s.layer->origin();
    MapFrame frame;
    frame.geometry = geometry;
    frame.control = std::shared_ptr<const ControlLayer>(s.layer.get(), [](const ControlLayer*) {});
    frame.view.setSize({400, 400});
    frame.view.setZoomLevel(9);
    frame.view.setCenter({34.5, 37.5}); // Charlie
    auto count = [&](const QImage& image) {
        int orange = 0, green = 0;
        for (int y = 150; y < 250; ++y)
            for (int x = 150; x < 250; ++x) {
                const QColor c = image.pixelColor(x, y);
                orange += c.red() > c.green() + 30 ? 1 : 0;
                green += c.green() > c.red() + 30 ? 1 : 0;
            }
        return std::pair {orange, green};
    };
    const auto [orange, green] = count(MapPainter::render(frame));
    CHECK(orange > 300);
    CHECK(green > 300);
    frame.showContested = false; // the layer switch takes the stripes away, the tint stays
    const auto [orangeOff, greenOff] = count(MapPainter::render(frame));
    CHECK(orangeOff < 50);
    CHECK(greenOff < 50);
}
