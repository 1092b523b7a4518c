#pragma once
// FrameRenderer: draws the map at an instant, lens, view and size into a QImage without a
// display — the window's own QML items (MapItem, Legend, ScaleBar in qml/FrameView.qml) in a
// hidden QQuickWindow, grabbed. On the software scene graph (QT_QPA_PLATFORM=offscreen, the
// command line) the MapItem draws through MapPainter; in an OpenGL app the grab renders
// offscreen with the same scene nodes as the window. Either way a frame is the preview.
// `sitrep render`, `sitrep animate`, `sitrep brief export` and the app's export use it.
#include "core/briefing.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>
#include <optional>

class QQmlEngine;
class QQuickItem;
class QQuickWindow;

namespace sitrep::app {

class ControlModel;
class MapItem;

// One frame: what it shows and how.
struct FrameSpec {
    qint64 at = 0; // seconds since the epoch, UTC
    QString lens = QStringLiteral("latest");
    std::optional<core::MapView> view; // none: fit the scenario's country
    QSize size {1280, 720};
    bool arabic = false;
    bool bare = false; // map, legend and scale bar only: the window's map area
    QString title; // a slide's title and caption (not drawn when bare)
    QString caption;
    QStringList highlight; // place ids to ring

    friend bool operator==(const FrameSpec&, const FrameSpec&) = default;
};

class FrameRenderer : public QObject {
    Q_OBJECT

public:
    // Renders with `control`, which it moves to each frame's instant and lens (give it a model
    // of its own unless the window should follow). Needs a QGuiApplication.
    explicit FrameRenderer(ControlModel* control, QObject* parent = nullptr);
    ~FrameRenderer() override;

    // A renderer with a ControlModel of its own, loaded from these paths (empty: the bundled
    // geodata and scenario, no workspace); fails with the loader's message.
    [[nodiscard]] static std::expected<std::unique_ptr<FrameRenderer>, QString> create(
        const QString& geodataPath, const QString& scenarioPath, const QString& workspace = {});

    [[nodiscard]] ControlModel* control() const { return m_control; }
    // A frame, or why none could be drawn (data not loaded, unknown lens, blank result).
    [[nodiscard]] std::expected<QImage, QString> render(const FrameSpec& spec);
    // The view the map opens on at a size (fit to the scenario's country).
    [[nodiscard]] core::MapView fittedView(QSize size);

private:
    [[nodiscard]] std::expected<void, QString> ensureScene();
    void applyView(const FrameSpec& spec);

    ControlModel* m_control = nullptr;
    std::unique_ptr<ControlModel> m_ownedControl;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QQuickItem* m_root = nullptr;
    MapItem* m_map = nullptr;
};

// Rough check that a frame shows something: the spread of its pixel values (0 for one flat
// colour). Used to refuse blank exports.
[[nodiscard]] double frameVariance(const QImage& image);

} // namespace sitrep::app
