#include "framerenderer.h"

#include "basemapcache.h"
#include "controlmodel.h"
#include "core/gazetteer.h"
#include "core/lens.h"
#include "mapitem.h"

#include <QGeoCoordinate>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QVariantMap>

namespace sitrep::app {

namespace {
const QUrl kFrameView(QStringLiteral("qrc:/qt/qml/Sitrep/FrameView.qml"));
constexpr double kBlankVariance = 4.0; // below this a frame is one flat colour
} // namespace

FrameRenderer::FrameRenderer(ControlModel* control, QObject* parent)
    : QObject(parent)
    , m_control(control)
{
}

FrameRenderer::~FrameRenderer()
{
    // The scene refers to the model: take it down first.
    delete m_root;
    m_root = nullptr;
    m_window.reset();
    m_engine.reset();
}

std::expected<std::unique_ptr<FrameRenderer>, QString> FrameRenderer::create(
    const QString& geodataPath, const QString& scenarioPath, const QString& workspace)
{
    auto model = std::make_unique<ControlModel>();
    model->classBegin();
    model->setGeodataPath(geodataPath);
    model->setScenarioPath(scenarioPath);
    // Through the property system (ControlModel.workspacePath), so that this file does not
    // depend on the workspace API's C++ spelling: setProperty() is false for an undeclared one.
    if (!workspace.isEmpty() && !model->setProperty("workspacePath", workspace))
        return std::unexpected(QStringLiteral("this build cannot draw from a workspace yet; leave out --workspace"));
    model->componentComplete(); // loads
    if (!model->isReady())
        return std::unexpected(
            model->errorString().isEmpty() ? QStringLiteral("the scenario did not load") : model->errorString());
    auto renderer = std::make_unique<FrameRenderer>(model.get());
    renderer->m_ownedControl = std::move(model);
    return renderer;
}

std::expected<void, QString> FrameRenderer::ensureScene()
{
    if (m_root)
        return {};
    if (!m_control)
        return std::unexpected(QStringLiteral("no scenario to draw"));
    m_engine = std::make_unique<QQmlEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(m_engine.get(), kFrameView);
    if (component.isError())
        return std::unexpected(QStringLiteral("frame scene: ") + component.errorString());
    QObject* object
        = component.createWithInitialProperties({{QStringLiteral("control"), QVariant::fromValue(m_control)}});
    m_root = qobject_cast<QQuickItem*>(object);
    if (!m_root) {
        delete object;
        return std::unexpected(QStringLiteral("frame scene: ") + component.errorString());
    }
    m_map = m_root->property("map").value<MapItem*>();
    if (!m_map)
        return std::unexpected(QStringLiteral("frame scene has no map"));
    // The base map the model's places come from (the window's MapView does the same).
    m_map->setGeodataPath(m_control->geodataPath().isEmpty() ? BaseMapCache::defaultPath() : m_control->geodataPath());
    m_window = std::make_unique<QQuickWindow>();
    m_window->setColor(QColor(0xf4, 0xf1, 0xea));
    m_root->setParentItem(m_window->contentItem());
    return {};
}

void FrameRenderer::applyView(const FrameSpec& spec)
{
    m_window->resize(spec.size);
    m_root->setSize(QSizeF(spec.size));
    m_map->setSize(QSizeF(spec.size)); // anchors resolve at polish; the view needs the size now
    if (spec.view) {
        // Zoom first: the viewport clamps the centre to the map's bounds at the current zoom.
        m_map->setZoomLevel(spec.view->zoom);
        m_map->setCenter(QGeoCoordinate(spec.view->centerLat, spec.view->centerLon));
    } else {
        m_map->fitToSyria();
    }
}

core::MapView FrameRenderer::fittedView(QSize size)
{
    if (!ensureScene())
        return {};
    FrameSpec spec;
    spec.size = size;
    applyView(spec);
    const QGeoCoordinate c = m_map->center();
    return {c.latitude(), c.longitude(), m_map->zoomLevel()};
}

std::expected<QImage, QString> FrameRenderer::render(const FrameSpec& spec)
{
    if (auto ok = ensureScene(); !ok)
        return std::unexpected(ok.error());
    if (!m_control->isReady())
        return std::unexpected(m_control->errorString().isEmpty() ? QStringLiteral("the scenario is not loaded")
                                                                  : m_control->errorString());
    if (!m_map->isReady())
        return std::unexpected(QStringLiteral("base map: ") + m_map->errorString());
    if (!core::Lens::parse(spec.lens.toStdString()))
        return std::unexpected(QStringLiteral("unknown lens '%1'").arg(spec.lens));
    if (spec.size.width() < 64 || spec.size.height() < 64 || spec.size.width() > 8192 || spec.size.height() > 8192)
        return std::unexpected(
            QStringLiteral("frame size %1x%2 is outside 64..8192").arg(spec.size.width()).arg(spec.size.height()));

    m_control->setLens(spec.lens);
    if (m_control->lens() != spec.lens)
        return std::unexpected(QStringLiteral("unknown lens '%1'").arg(spec.lens));
    m_control->setTimeMs(double(spec.at) * 1000);
    m_root->setProperty("bare", spec.bare);
    m_root->setProperty("arabic", spec.arabic);
    m_root->setProperty("title", spec.title);
    m_root->setProperty("caption", spec.caption);
    applyView(spec);

    QVariantList rings;
    if (const core::Gazetteer* g = m_control->gazetteer())
        for (const QString& id : spec.highlight)
            if (const core::Place* p = g->find(id.toStdString())) {
                const QPointF at = m_map->fromCoordinate(QGeoCoordinate(p->point.lat, p->point.lon));
                if (QRectF(QPointF(0, 0), QSizeF(spec.size)).contains(at))
                    rings << QVariantMap {{QStringLiteral("x"), at.x()}, {QStringLiteral("y"), at.y()},
                        {QStringLiteral("name"), QString::fromStdString(p->name)}};
            }
    m_root->setProperty("highlights", rings);

    QImage image = m_window->grabWindow();
    if (image.isNull())
        return std::unexpected(QStringLiteral("the scene graph drew nothing"));
    image = image.convertToFormat(QImage::Format_ARGB32);
    if (image.size() != spec.size)
        image = image.scaled(spec.size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (frameVariance(image) < kBlankVariance)
        return std::unexpected(QStringLiteral("the frame came out blank"));
    return image;
}

double frameVariance(const QImage& source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    if (image.isNull())
        return 0;
    // Luma on a sparse grid: enough to tell a map from a flat fill.
    double sum = 0, sum2 = 0;
    long n = 0;
    const int step = std::max(1, std::min(image.width(), image.height()) / 200);
    for (int y = 0; y < image.height(); y += step) {
        const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += step) {
            const double l = 0.299 * qRed(row[x]) + 0.587 * qGreen(row[x]) + 0.114 * qBlue(row[x]);
            sum += l;
            sum2 += l * l;
            ++n;
        }
    }
    if (n == 0)
        return 0;
    const double mean = sum / double(n);
    return sum2 / double(n) - mean * mean;
}

} // namespace sitrep::app
