#include "mapitem.h"

#include "basemapcache.h"
#include "controlmodel.h"
#include "controlstyle.h"
#include "mapscenenode.h"
#include "rebind.h"

#include <QGeoRectangle>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <cmath>

namespace sitrep::app {

namespace {
// Syria with a little of its neighbours, the view the app opens on.
constexpr double kSyriaWest = 35.6, kSyriaSouth = 32.3, kSyriaEast = 42.4, kSyriaNorth = 37.35;
constexpr double kInertiaTimeConstant = 0.325; // seconds for the speed to fall to 1/e
constexpr double kWheelStep = 0.5;              // zoom levels per wheel notch
constexpr int kFlightMs = 700;                  // zoomToPlace's flight
} // namespace

MapItem::MapItem(QQuickItem* parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    setFlag(ItemIsFocusScope);
    setActiveFocusOnTab(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setClip(true);
    m_view.setZoomLimits(4, 13);
    m_inertia.setInterval(16);
    connect(&m_inertia, &QTimer::timeout, this, &MapItem::stepInertia);
    m_flight.setInterval(16);
    connect(&m_flight, &QTimer::timeout, this, &MapItem::stepFlight);
}

MapItem::~MapItem() = default;

QGeoCoordinate MapItem::center() const
{
    const GeoPoint c = m_view.center();
    return {c.lat, c.lon};
}

void MapItem::setCenter(const QGeoCoordinate& c)
{
    if (!c.isValid())
        return;
    m_fitPending = false;
    stopFlight();
    m_view.setCenter({c.latitude(), c.longitude()});
    viewMoved();
}

void MapItem::setZoomLevel(double zoom)
{
    if (zoom == m_view.zoomLevel())
        return;
    m_fitPending = false;
    stopFlight();
    m_view.setZoomLevel(zoom);
    viewMoved();
}

void MapItem::setMinimumZoomLevel(double z)
{
    m_view.setZoomLimits(z, m_view.maximumZoomLevel());
    emit zoomLimitsChanged();
    viewMoved();
}

void MapItem::setMaximumZoomLevel(double z)
{
    m_view.setZoomLimits(m_view.minimumZoomLevel(), z);
    emit zoomLimitsChanged();
    viewMoved();
}

void MapItem::setGeodataPath(const QString& path)
{
    if (path == m_geodataPath)
        return;
    m_geodataPath = path;
    const BaseMapLoad load = BaseMapCache::load(path.isEmpty() ? BaseMapCache::defaultPath() : path);
    m_frame.geometry = load.geometry;
    m_errorString = load.error;
    m_view.setBounds(m_frame.geometry ? m_frame.geometry->extent : QRectF());
    emit geodataChanged();
    contentChanged();
}

void MapItem::setArabicLabels(bool on)
{
    if (on == m_labelOptions.arabic)
        return;
    m_labelOptions.arabic = on;
    emit styleChanged();
    contentChanged();
}

void MapItem::setLayerShown(MapLayer layer, bool on)
{
    if (on == m_frame.shows(layer))
        return;
    if (on)
        m_frame.hidden.erase(layer);
    else
        m_frame.hidden.insert(layer);
    m_labelOptions.places = m_frame.shows(MapLayer::Places);
    m_labelOptions.labels = m_frame.shows(MapLayer::Labels);
    m_labelOptions.governorates = m_frame.shows(MapLayer::Governorates);
    m_labelOptions.water = m_frame.shows(MapLayer::Water);
    emit styleChanged();
    contentChanged();
}

void MapItem::setControlPartShown(bool& flag, bool on)
{
    if (flag == on)
        return;
    flag = on;
    emit styleChanged();
    contentChanged();
}

void MapItem::setControl(ControlModel* control)
{
    if (!rebind(m_control, control, this, &ControlModel::stateChanged, &MapItem::controlStateChanged))
        return;
    emit controlChanged();
    controlStateChanged();
}

void MapItem::setLabelExclusions(const QVariantList& rects)
{
    if (rects == m_labelExclusions)
        return;
    m_labelExclusions = rects;
    m_labelOptions.blocked.clear();
    for (const QVariant& r : rects)
        m_labelOptions.blocked.push_back(r.toRectF());
    emit styleChanged();
    contentChanged();
}

void MapItem::controlStateChanged()
{
    const auto layer = m_control ? m_control->layer() : nullptr;
    const QHash<QString, QColor> colors = m_control ? m_control->placeColors() : QHash<QString, QColor>();
    // The same holders as before (the model kept its colour table): the labels stay where they
    // are; only the cells' cross-fades and pulses are drawn anew.
    if (layer == m_frame.control && colors.isSharedWith(m_labelOptions.placeColors) && m_frame.control) {
        update();
        return;
    }
    m_frame.control = layer;
    m_labelOptions.placeColors = colors;
    QVariantList styles;
    if (m_frame.control)
        for (FrontKind kind : m_frame.control->frontKinds()) {
            const LineStyle s = controlstyle::frontStyle(kind);
            styles << QVariantMap{{QStringLiteral("label"), controlstyle::frontLabel(kind)},
                                  {QStringLiteral("color"), s.color},
                                  {QStringLiteral("width"), s.widthPx},
                                  {QStringLiteral("dash"), s.dashPx},
                                  {QStringLiteral("gap"), s.gapPx},
                                  {QStringLiteral("round"), s.round}};
        }
    if (styles != m_frontLineStyles) {
        m_frontLineStyles = styles;
        emit frontLineStylesChanged();
    }
    contentChanged();
}

void MapItem::setPlaceColors(const QHash<QString, QColor>& colors)
{
    m_labelOptions.placeColors = colors;
    contentChanged();
}

double MapItem::scaleBarMetres() const
{
    return niceScaleBar(m_view.metresPerPixel(), 180).metres;
}

double MapItem::scaleBarPixels() const
{
    return niceScaleBar(m_view.metresPerPixel(), 180).pixels;
}

void MapItem::fitViewportToGeoShape(const QGeoShape& shape, int margin)
{
    const QGeoRectangle box = shape.boundingGeoRectangle();
    if (!box.isValid())
        return;
    m_fitPending = false;
    m_view.fit(box.topLeft().longitude(), box.bottomRight().latitude(),
               box.bottomRight().longitude(), box.topLeft().latitude(), margin);
    viewMoved();
}

void MapItem::fitToSyria()
{
    stopFlight();
    m_view.fit(kSyriaWest, kSyriaSouth, kSyriaEast, kSyriaNorth, 12);
    viewMoved();
}

void MapItem::pan(int dx, int dy)
{
    // Qt Location's pan(dx, dy) moves the view, i.e. the content the other way.
    m_fitPending = false;
    stopFlight();
    m_view.panBy(QPointF(-dx, -dy));
    viewMoved();
}

void MapItem::zoomAround(QPointF itemPoint, double zoom)
{
    m_fitPending = false;
    stopFlight();
    m_view.zoomAround(itemPoint, zoom);
    viewMoved();
}

void MapItem::alignCoordinateToPoint(const QGeoCoordinate& coordinate, QPointF itemPoint)
{
    if (!coordinate.isValid())
        return;
    m_fitPending = false;
    stopFlight();
    m_view.alignWorldToItem(mercator::toWorld(coordinate.longitude(), coordinate.latitude()), itemPoint);
    viewMoved();
}

std::optional<QPointF> MapItem::placeWorld(const QString& id) const
{
    if (m_frame.geometry)
        for (const PlaceMark& p : m_frame.geometry->places)
            if (p.id == id)
                return p.world;
    // Places without a label (villages) still have a territory cell around their point.
    if (m_frame.control)
        if (const long cell = m_frame.control->cellOf(id.toStdString()); cell >= 0)
            return m_frame.control->cellPoints()[std::size_t(cell)] + m_frame.control->origin();
    return std::nullopt;
}

bool MapItem::zoomToPlace(const QString& placeId, double zoom, bool animate)
{
    const auto world = placeWorld(placeId);
    if (!world)
        return false;
    MapViewport target = m_view;
    target.setZoomLevel(zoom);
    target.setCenterWorld(*world);
    flyTo(target, animate);
    return true;
}

bool MapItem::fitViewportToPlaces(const QStringList& placeIds, int margin)
{
    double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
    for (const QString& id : placeIds)
        if (const auto world = placeWorld(id)) {
            x0 = std::min(x0, world->x());
            y0 = std::min(y0, world->y());
            x1 = std::max(x1, world->x());
            y1 = std::max(y1, world->y());
        }
    if (x0 > x1)
        return false;
    const QRectF box(QPointF(x0, y0), QPointF(x1, y1));
    MapViewport target = m_view;
    target.fitWorld(box, margin, std::max(m_view.zoomLevel(), 10.0));
    flyTo(target, false);
    return true;
}

void MapItem::flyTo(const MapViewport& target, bool animate)
{
    m_fitPending = false;
    m_inertia.stop();
    if (!animate || !window() || !isVisible()) {
        stopFlight();
        m_view = target;
        viewMoved();
        return;
    }
    m_flightFrom = m_view;
    m_flightTo = target;
    m_flightClock.start();
    if (!m_flight.isActive()) {
        m_flight.start();
        emit animatingChanged();
    }
}

void MapItem::stepFlight()
{
    const double t = std::min(1.0, double(m_flightClock.elapsed()) / kFlightMs);
    m_view = MapViewport::between(m_flightFrom, m_flightTo, t);
    if (t >= 1.0)
        stopFlight();
    viewMoved();
}

void MapItem::stopFlight()
{
    if (!m_flight.isActive())
        return;
    m_flight.stop();
    emit animatingChanged();
}

void MapItem::beginPinch(QPointF centroid)
{
    stopFlight();
    m_inertia.stop();
    m_dragging = false;
    m_pinching = true;
    m_fitPending = false;
    m_pinchStart = m_view;
    m_pinchCentroid = centroid;
}

void MapItem::updatePinch(QPointF centroid, double scale)
{
    if (!m_pinching)
        beginPinch(centroid);
    m_view = MapViewport::pinched(m_pinchStart, m_pinchCentroid, centroid, scale);
    viewMoved();
}

void MapItem::endPinch()
{
    m_pinching = false;
}

QGeoCoordinate MapItem::toCoordinate(QPointF itemPoint) const
{
    const GeoPoint g = m_view.itemToGeo(itemPoint);
    return {g.lat, g.lon};
}

QPointF MapItem::fromCoordinate(const QGeoCoordinate& c) const
{
    return m_view.geoToItem({c.latitude(), c.longitude()});
}

QString MapItem::placeAt(QPointF itemPoint) const
{
    if (!m_frame.geometry)
        return {};
    // Nearest dot wins when rectangles overlap (a dot is a smaller target than its label).
    double best = 1e18;
    QString id;
    for (std::size_t i = 0; i < m_placeHitRects.size(); ++i) {
        if (!m_placeHitRects[i].adjusted(-3, -3, 3, 3).contains(itemPoint))
            continue;
        const PlaceMark& p = m_frame.geometry->places[static_cast<std::size_t>(m_drawnPlaces[i])];
        const QPointF d = m_view.worldToItem(p.world) - itemPoint;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist < best) {
            best = dist;
            id = p.id;
        }
    }
    return id;
}

QString MapItem::placeName(const QString& id) const
{
    if (m_frame.geometry)
        for (const PlaceMark& p : m_frame.geometry->places)
            if (p.id == id)
                return m_labelOptions.arabic && !p.nameAr.isEmpty() ? p.nameAr : p.name;
    return {};
}

void MapItem::viewMoved()
{
    emit viewChanged();
    contentChanged();
}

void MapItem::contentChanged()
{
    polish();
    update();
}

void MapItem::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() == oldGeometry.size())
        return;
    // Keep the centre where it is; the first real size fits Syria unless a view was set.
    m_view.setSize(newGeometry.size());
    if (m_fitPending && !newGeometry.isEmpty())
        fitToSyria();
    else
        viewMoved();
}

void MapItem::updatePolish()
{
    m_frame.view = m_view;
    m_drawnPlaces.clear();
    m_placeHitRects.clear();
    m_frame.sprites.clear();
    if (m_frame.geometry) {
        m_sprites.setDevicePixelRatio(window() ? window()->effectiveDevicePixelRatio() : 1.0);
        m_sprites.trim();
        // About a third of a frame for new label images; the rest come in the next frames.
        m_sprites.beginLayout(m_progressiveLabels ? 5.0 : 0.0);
        LabelLayoutResult layout = layoutLabels(*m_frame.geometry, m_view, m_sprites, m_labelOptions);
        m_labelsPending = m_sprites.deferred();
        if (m_labelsPending) // lay out again once this frame is out
            QMetaObject::invokeMethod(this, &MapItem::contentChanged, Qt::QueuedConnection);
        m_frame.sprites = std::move(layout.sprites);
        m_drawnPlaces = std::move(layout.placeIndices);
        m_frame.markedPlaces.clear();
        m_frame.pulseMarkedOnly = true;
        for (int i : m_drawnPlaces)
            m_frame.markedPlaces.insert(m_frame.geometry->places[std::size_t(i)].id.toStdString());
        m_placeHitRects = std::move(layout.placeHitRects);
    }
    emit labelsChanged();
}

QColor MapItem::backdropColor() const
{
    return m_frame.geometry ? m_frame.geometry->backdrop : style::sea;
}

void MapItem::setProgressiveLabels(bool on)
{
    if (on == m_progressiveLabels)
        return;
    m_progressiveLabels = on;
    contentChanged();
    emit styleChanged();
}

void MapItem::setDrawsBackdrop(bool on)
{
    if (on == m_drawsBackdrop)
        return;
    m_drawsBackdrop = on;
    update();
    emit styleChanged();
}

QSGNode* MapItem::updatePaintNode(QSGNode* old, UpdatePaintNodeData*)
{
    // Leave the backdrop to the window only when it is cleared to the same colour and the
    // map is drawn at full opacity; otherwise a wrong colour would show.
    bool fromWindow = !m_drawsBackdrop && window()->color() == backdropColor();
    for (const QQuickItem* item = this; item && fromWindow; item = item->parentItem())
        fromWindow = item->opacity() >= 1.0;
    m_frame.backdropFromWindow = fromWindow;
    auto* node = static_cast<MapSceneNode*>(old);
    if (!node) {
        const bool software = window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
        node = new MapSceneNode(window(), software);
    }
    node->sync(m_frame);
    return node;
}

void MapItem::mousePressEvent(QMouseEvent* e)
{
    m_inertia.stop();
    stopFlight();
    m_dragging = true;
    m_dragMoved = false;
    m_lastPos = m_pressPos = e->position();
    m_velocity = {};
    m_moveClock.start();
    forceActiveFocus(Qt::MouseFocusReason);
    e->accept();
}

void MapItem::mouseMoveEvent(QMouseEvent* e)
{
    if (!m_dragging)
        return;
    const QPointF delta = e->position() - m_lastPos;
    if (!m_dragMoved && QLineF(e->position(), m_pressPos).length() < 3)
        return;
    m_dragMoved = true;
    const double dt = std::max(1e-3, m_moveClock.restart() / 1000.0);
    // Smoothed velocity: the last few moves count, a pause before release cancels the fling.
    m_velocity = 0.6 * (delta / dt) + 0.4 * m_velocity;
    m_lastPos = e->position();
    m_fitPending = false;
    m_view.panBy(delta);
    viewMoved();
    e->accept();
}

void MapItem::mouseReleaseEvent(QMouseEvent* e)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    if (!m_dragMoved) {
        const QString id = placeAt(e->position());
        if (!id.isEmpty())
            emit placeClicked(id);
        else
            emit areaClicked(toCoordinate(e->position()));
    } else if (m_moveClock.elapsed() < 80 && std::hypot(m_velocity.x(), m_velocity.y()) > 60) {
        m_inertiaClock.start();
        m_inertia.start();
    }
    e->accept();
}

void MapItem::mouseUngrabEvent()
{
    m_dragging = false;
}

void MapItem::stepInertia()
{
    const double dt = std::max(1e-3, m_inertiaClock.restart() / 1000.0);
    m_velocity *= std::exp(-dt / kInertiaTimeConstant);
    if (std::hypot(m_velocity.x(), m_velocity.y()) < 20) {
        m_inertia.stop();
        return;
    }
    m_view.panBy(m_velocity * dt);
    viewMoved();
}

void MapItem::wheelEvent(QWheelEvent* e)
{
    const double notches = e->angleDelta().y() / 120.0;
    if (notches == 0) {
        e->ignore();
        return;
    }
    m_inertia.stop();
    zoomAround(e->position(), m_view.zoomLevel() + notches * kWheelStep);
    e->accept();
}

void MapItem::keyPressEvent(QKeyEvent* e)
{
    const double step = std::min(width(), height()) / 4;
    const QPointF middle(width() / 2, height() / 2);
    switch (e->key()) {
    case Qt::Key_Left: pan(static_cast<int>(-step), 0); break;
    case Qt::Key_Right: pan(static_cast<int>(step), 0); break;
    case Qt::Key_Up: pan(0, static_cast<int>(-step)); break;
    case Qt::Key_Down: pan(0, static_cast<int>(step)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround(middle, m_view.zoomLevel() + 1); break;
    case Qt::Key_Minus: zoomAround(middle, m_view.zoomLevel() - 1); break;
    case Qt::Key_Home:
    case Qt::Key_0: fitToSyria(); break;
    default: e->ignore(); return;
    }
    e->accept();
}

} // namespace sitrep::app
