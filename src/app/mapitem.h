#pragma once
// MapItem: the map as a Qt Quick item (QML `MapItem` in module Sitrep) — base map, labels and,
// once given, control areas — with pan (drag with inertia, keys), zoom (wheel around the cursor,
// keys, pinch around the fingers) and fit-to-bounds, zoom-to-place (animated). Its QML API
// follows Qt Location's Map (center, zoomLevel, fitViewportToGeoShape, alignCoordinateToPoint,
// toCoordinate/fromCoordinate) so that a later port stays easy.
#include "basemapgeometry.h"
#include "labelsprites.h"
#include "controlmodel.h"
#include "mapframe.h"

#include <QPointer>

#include <optional>

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QGeoShape>
#include <QQuickItem>
#include <QTimer>

namespace sitrep::app {


class MapItem : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(double minimumZoomLevel READ minimumZoomLevel WRITE setMinimumZoomLevel NOTIFY zoomLimitsChanged)
    Q_PROPERTY(double maximumZoomLevel READ maximumZoomLevel WRITE setMaximumZoomLevel NOTIFY zoomLimitsChanged)
    Q_PROPERTY(QString geodataPath READ geodataPath WRITE setGeodataPath NOTIFY geodataChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY geodataChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY geodataChanged)
    // The colour under the map's fills (land; sea if the base map has no sea). A window whose
    // colour is this may set drawsBackdrop to false when nothing else is under the map: the
    // window's clear then paints it, and the map saves drawing one full-size layer.
    Q_PROPERTY(QColor backdropColor READ backdropColor NOTIFY geodataChanged)
    Q_PROPERTY(bool drawsBackdrop READ drawsBackdrop WRITE setDrawsBackdrop NOTIFY styleChanged)
    // Labels new to a frame are drawn within a few milliseconds per frame, the rest in the next
    // frames (an interactive window); off, every frame is complete (screenshots, exports).
    Q_PROPERTY(bool progressiveLabels READ progressiveLabels WRITE setProgressiveLabels NOTIFY styleChanged)
    Q_PROPERTY(bool arabicLabels READ arabicLabels WRITE setArabicLabels NOTIFY styleChanged)
    Q_PROPERTY(bool showRoads READ showRoads WRITE setShowRoads NOTIFY styleChanged)
    Q_PROPERTY(bool showGovernorates READ showGovernorates WRITE setShowGovernorates NOTIFY styleChanged)
    Q_PROPERTY(bool showWater READ showWater WRITE setShowWater NOTIFY styleChanged)
    Q_PROPERTY(bool showPlaces READ showPlaces WRITE setShowPlaces NOTIFY styleChanged)
    Q_PROPERTY(bool showLabels READ showLabels WRITE setShowLabels NOTIFY styleChanged)
    Q_PROPERTY(QVariantList labelExclusions READ labelExclusions WRITE setLabelExclusions NOTIFY styleChanged)
    Q_PROPERTY(bool showControl READ showControl WRITE setShowControl NOTIFY styleChanged)
    Q_PROPERTY(bool showContested READ showContested WRITE setShowContested NOTIFY styleChanged)
    Q_PROPERTY(bool showFrontLines READ showFrontLines WRITE setShowFrontLines NOTIFY styleChanged)
    Q_PROPERTY(bool showPulses READ showPulses WRITE setShowPulses NOTIFY styleChanged)
    // The front-line styles drawn now, for the legend: label, color, width, dash, gap, round.
    Q_PROPERTY(QVariantList frontLineStyles READ frontLineStyles NOTIFY frontLineStylesChanged)
    Q_PROPERTY(bool animating READ isAnimating NOTIFY animatingChanged)
    Q_PROPERTY(sitrep::app::ControlModel* control READ control WRITE setControl NOTIFY controlChanged)
    Q_PROPERTY(double metresPerPixel READ metresPerPixel NOTIFY viewChanged)
    Q_PROPERTY(double scaleBarMetres READ scaleBarMetres NOTIFY viewChanged)
    Q_PROPERTY(double scaleBarPixels READ scaleBarPixels NOTIFY viewChanged)
    Q_PROPERTY(int visiblePlaceCount READ visiblePlaceCount NOTIFY labelsChanged)

public:
    explicit MapItem(QQuickItem* parent = nullptr);
    ~MapItem() override;

    [[nodiscard]] QGeoCoordinate center() const;
    void setCenter(const QGeoCoordinate& c);
    [[nodiscard]] double zoomLevel() const { return m_view.zoomLevel(); }
    void setZoomLevel(double zoom);
    [[nodiscard]] double minimumZoomLevel() const { return m_view.minimumZoomLevel(); }
    void setMinimumZoomLevel(double z);
    [[nodiscard]] double maximumZoomLevel() const { return m_view.maximumZoomLevel(); }
    void setMaximumZoomLevel(double z);

    [[nodiscard]] QString geodataPath() const { return m_geodataPath; }
    void setGeodataPath(const QString& path);
    [[nodiscard]] bool isReady() const { return m_frame.geometry != nullptr; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QColor backdropColor() const;
    [[nodiscard]] bool drawsBackdrop() const { return m_drawsBackdrop; }
    void setDrawsBackdrop(bool on);
    [[nodiscard]] bool progressiveLabels() const { return m_progressiveLabels; }
    void setProgressiveLabels(bool on);
    // Whether the last layout left labels for later frames (progressiveLabels).
    [[nodiscard]] bool labelsPending() const { return m_labelsPending; }

    [[nodiscard]] bool arabicLabels() const { return m_labelOptions.arabic; }
    void setArabicLabels(bool on);
    [[nodiscard]] bool showRoads() const { return m_frame.shows(MapLayer::Roads); }
    void setShowRoads(bool on) { setLayerShown(MapLayer::Roads, on); }
    [[nodiscard]] bool showGovernorates() const { return m_frame.shows(MapLayer::Governorates); }
    void setShowGovernorates(bool on) { setLayerShown(MapLayer::Governorates, on); }
    [[nodiscard]] bool showWater() const { return m_frame.shows(MapLayer::Water); }
    void setShowWater(bool on) { setLayerShown(MapLayer::Water, on); }
    [[nodiscard]] bool showPlaces() const { return m_frame.shows(MapLayer::Places); }
    void setShowPlaces(bool on) { setLayerShown(MapLayer::Places, on); }
    [[nodiscard]] bool showLabels() const { return m_frame.shows(MapLayer::Labels); }
    void setShowLabels(bool on) { setLayerShown(MapLayer::Labels, on); }
    [[nodiscard]] bool showControl() const { return m_frame.shows(MapLayer::Control); }
    void setShowControl(bool on) { setLayerShown(MapLayer::Control, on); }
    [[nodiscard]] bool showContested() const { return m_frame.showContested; }
    void setShowContested(bool on) { setControlPartShown(m_frame.showContested, on); }
    [[nodiscard]] bool showFrontLines() const { return m_frame.showFrontLines; }
    void setShowFrontLines(bool on) { setControlPartShown(m_frame.showFrontLines, on); }
    [[nodiscard]] bool showPulses() const { return m_frame.showPulses; }
    void setShowPulses(bool on) { setControlPartShown(m_frame.showPulses, on); }
    [[nodiscard]] QVariantList frontLineStyles() const { return m_frontLineStyles; }
    [[nodiscard]] bool isAnimating() const { return m_flight.isActive(); }
    [[nodiscard]] ControlModel* control() const { return m_control; }
    // Rectangles (item coordinates) where panels cover the map: no labels go there.
    [[nodiscard]] QVariantList labelExclusions() const { return m_labelExclusions; }
    void setLabelExclusions(const QVariantList& rects);
    void setControl(ControlModel* control);

    [[nodiscard]] double metresPerPixel() const { return m_view.metresPerPixel(); }
    [[nodiscard]] double scaleBarMetres() const;
    [[nodiscard]] double scaleBarPixels() const;
    [[nodiscard]] int visiblePlaceCount() const { return static_cast<int>(m_drawnPlaces.size()); }

    // Dot colours per place id (the control state of each place); others stay neutral.
    void setPlaceColors(const QHash<QString, QColor>& colors);
    [[nodiscard]] const MapViewport& viewport() const { return m_view; }

    Q_INVOKABLE void fitViewportToGeoShape(const QGeoShape& shape, int margin = 16);
    Q_INVOKABLE void fitToSyria();
    Q_INVOKABLE void pan(int dx, int dy);
    Q_INVOKABLE void zoomAround(QPointF itemPoint, double zoom);
    Q_INVOKABLE void alignCoordinateToPoint(const QGeoCoordinate& coordinate, QPointF itemPoint);
    // Centres on a place at `zoom`, flying there over a moment (immediately with animate=false).
    // False when the place is unknown.
    Q_INVOKABLE bool zoomToPlace(const QString& placeId, double zoom = 10, bool animate = true);
    // Fits the view to the places (unknown ids are skipped); false when none is known.
    Q_INVOKABLE bool fitViewportToPlaces(const QStringList& placeIds, int margin = 48);
    // A pinch gesture (PinchHandler in MapView.qml): the ground under the start centroid
    // follows the centroid while the zoom changes by log2(scale).
    Q_INVOKABLE void beginPinch(QPointF centroid);
    Q_INVOKABLE void updatePinch(QPointF centroid, double scale);
    Q_INVOKABLE void endPinch();
    Q_INVOKABLE QGeoCoordinate toCoordinate(QPointF itemPoint) const;
    Q_INVOKABLE QPointF fromCoordinate(const QGeoCoordinate& c) const;
    // Id of the place whose dot or label is under an item point ("" when none).
    Q_INVOKABLE QString placeAt(QPointF itemPoint) const;
    Q_INVOKABLE QString placeName(const QString& id) const;

signals:
    void viewChanged();
    void zoomLimitsChanged();
    void geodataChanged();
    void styleChanged();
    void labelsChanged();
    void controlChanged();
    void frontLineStylesChanged();
    void animatingChanged();
    void placeClicked(const QString& id);
    // A click on the map away from any dot or label (the place panel asks whose cell it is).
    void areaClicked(const QGeoCoordinate& coordinate);

protected:
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData*) override;
    void updatePolish() override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseUngrabEvent() override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;

private:
    void setLayerShown(MapLayer layer, bool on);
    void setControlPartShown(bool& flag, bool on);
    [[nodiscard]] std::optional<QPointF> placeWorld(const QString& id) const;
    void flyTo(const MapViewport& target, bool animate);
    void stepFlight();
    void stopFlight();
    void viewMoved(); // the view changed: relayout labels, redraw, notify
    void contentChanged();
    void stepInertia();
    void controlStateChanged();

    QPointer<ControlModel> m_control;
    QVariantList m_labelExclusions;
    MapViewport m_view;
    MapFrame m_frame;
    LabelSprites m_sprites;
    LabelOptions m_labelOptions;
    std::vector<int> m_drawnPlaces;
    std::vector<QRectF> m_placeHitRects;
    QString m_geodataPath;
    QString m_errorString;
    bool m_drawsBackdrop = true;
    bool m_progressiveLabels = false;
    bool m_labelsPending = false;
    bool m_fitPending = true;

    // Dragging and inertia.
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPointF m_lastPos;
    QPointF m_pressPos;
    QPointF m_velocity; // item pixels per second
    QElapsedTimer m_moveClock;
    QElapsedTimer m_inertiaClock;
    QTimer m_inertia;

    // Animated moves (zoomToPlace) and pinching.
    QTimer m_flight;
    QElapsedTimer m_flightClock;
    MapViewport m_flightFrom;
    MapViewport m_flightTo;
    MapViewport m_pinchStart;
    QPointF m_pinchCentroid;
    bool m_pinching = false;
    QVariantList m_frontLineStyles;
};

} // namespace sitrep::app
