#pragma once
// MapSceneNode: the map's scene-graph subtree. Base-map meshes are uploaded once when the
// geometry arrives; afterwards a frame changes only the transform (pan, zoom), the line
// materials' pixel scale, and the label sprites (textures cached by content). On the software
// backend it shows a QPainter rendering of the same frame instead.
#include "generationcache.h"
#include "mapframe.h"

#include <QHash>
#include <QSGNode>

#include <string>

class QQuickWindow;
class QSGImageNode;
class QSGTexture;
class QSGTransformNode;
class QSGRectangleNode;

namespace sitrep::app {

class HatchMaterial;
class LineMaterial;

class MapSceneNode : public QSGNode {
public:
    MapSceneNode(QQuickWindow* window, bool software);
    ~MapSceneNode() override;

    void sync(const MapFrame& frame);

private:
    struct LayerNode {
        QSGNode* node = nullptr;
        MapLayer layer = MapLayer::Land;
        LineMaterial* lineMaterial = nullptr; // lines only
        double minScale = 0, maxScale = 0;    // the scales it is drawn at (lines' levels of detail)
        std::string groundOf;                 // fills: the country it is the ground of
    };
    void rebuild(const BaseMapGeometry& g);
    void syncControl(const MapFrame& frame);
    void syncHatch(const MapFrame& frame);
    void syncFronts(const MapFrame& frame);
    void syncPulses(const MapFrame& frame);
    void syncSprites(const std::vector<Sprite>& sprites);
    void syncSoftware(const MapFrame& frame);
    QSGTexture* texture(const QString& key, const QImage& image);

    QQuickWindow* m_window;
    bool m_software;
    std::shared_ptr<const BaseMapGeometry> m_geometry;
    QSGRectangleNode* m_backdrop = nullptr;
    QSGTransformNode* m_transform = nullptr;
    QSGNode* m_baseFills = nullptr;    // under the transform: base fills,
    QSGNode* m_controlRoot = nullptr;  // control cells,
    QSGNode* m_waterFills = nullptr;   // lakes,
    QSGNode* m_baseStrokes = nullptr;  // base lines,
    QSGNode* m_frontRoot = nullptr;    // front lines
    QSGNode* m_pulseRoot = nullptr;    // over the transform, in item pixels: pulse rings
    std::shared_ptr<const ControlLayer> m_control;
    QSGGeometryNode* m_cellsNode = nullptr;
    std::uint64_t m_colourVersion = ~0ull;
    std::uint64_t m_frontVersion = ~0ull;
    std::vector<LineMaterial*> m_frontMaterials;
    QSGGeometryNode* m_hatchNode = nullptr;
    HatchMaterial* m_hatchMaterial = nullptr;
    std::uint64_t m_hatchVersion = ~0ull;
    QSGGeometryNode* m_pulseNode = nullptr;
    QSGNode* m_spriteRoot = nullptr;
    std::vector<LayerNode> m_layers;
    std::vector<QSGImageNode*> m_sprites;
    // Sprite textures by content key; those unused for a while are deleted (generationcache.h).
    GenerationCache<QSGTexture*> m_textures {8 * 1024 * 1024};
    QSGImageNode* m_softwareImage = nullptr;
    QSGTexture* m_softwareTexture = nullptr;
};

} // namespace sitrep::app
