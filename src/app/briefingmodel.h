#pragma once
// BriefingModel: the briefing being edited in the app (QML `BriefingModel`) — a list of slides
// over core::Briefing that loads a briefing file, adds the map's current view as a slide,
// reorders, edits and deletes slides with undo (Ctrl+Z / Ctrl+Shift+Z), and saves every edit at
// once (atomically, through geo::saveBriefing, and into a workspace when one is given).
//
// Where edits go: a file named with --brief is edited in place when it is writable. The bundled
// scenario's briefing.json is never written: edits go to a user copy,
// <AppDataLocation>/briefings/<scenario>.json, which is what opens next time. A write failure
// keeps the briefing in memory, says so in saveError, and the next edit tries again.
#include "controlmodel.h"
#include "core/briefing.h"

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QPointer>
#include <QStringList>
#include <QUndoStack>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace sitrep::store {
class Workspace;
}

namespace sitrep::app {

class BriefingModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString sourcePath READ sourcePath NOTIFY pathsChanged)
    Q_PROPERTY(QString savePath READ savePath WRITE setSavePath NOTIFY pathsChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    // Checks slides against the loaded data and resolves highlighted place ids.
    Q_PROPERTY(sitrep::app::ControlModel* control READ control WRITE setControl NOTIFY controlChanged)

public:
    enum Role {
        SlideIdRole = Qt::UserRole + 1,
        TitleRole,
        AtMsRole,
        DateTextRole,
        LensRole,
        HasViewRole,
        CenterLatRole,
        CenterLonRole,
        ZoomRole,
        CaptionRole,
        NotesRole,
        HighlightRole,
        TransitionRole,
    };
    Q_ENUM(Role)

    explicit BriefingModel(QObject* parent = nullptr);
    ~BriefingModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString title() const { return QString::fromStdString(m_briefing.title); }
    void setTitle(const QString& title);
    [[nodiscard]] int count() const { return static_cast<int>(m_briefing.slides.size()); }
    [[nodiscard]] QString sourcePath() const { return m_sourcePath; }
    [[nodiscard]] QString savePath() const { return m_savePath; }
    void setSavePath(const QString& path);
    [[nodiscard]] QStringList problems() const { return m_problems; }
    [[nodiscard]] QString saveError() const { return m_saveError; }
    [[nodiscard]] bool canUndo() const { return m_undo.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_undo.canRedo(); }
    [[nodiscard]] QString undoText() const { return m_undo.undoText(); }
    [[nodiscard]] QString redoText() const { return m_undo.redoText(); }
    [[nodiscard]] ControlModel* control() const { return m_control; }
    void setControl(ControlModel* control);

    [[nodiscard]] const core::Briefing& briefing() const { return m_briefing; }
    [[nodiscard]] QUndoStack* undoStack() { return &m_undo; }
    // Saves go to the workspace as well (null: files only); it keeps the briefing as its JSON
    // document under `id` (default: the scenario's name, or "briefing"). When the workspace
    // already holds that briefing, it replaces the one in the app. False (problems says why)
    // when the workspace cannot be read.
    bool setWorkspace(std::shared_ptr<store::Workspace> workspace, const QString& id = {});

    // Opens a briefing file; its problems (each naming the slide) go to `problems`, the rest
    // loads. `savePath` empty: edit the file itself when writable, else the user copy. Clears
    // the undo history. False when nothing could be read (problems says why).
    Q_INVOKABLE bool load(const QString& path, const QString& savePath = {});
    // Opens the briefing of a scenario folder: the user copy when there is one, else the
    // folder's briefing.json, else an empty briefing (saved to the user copy once edited).
    Q_INVOKABLE bool loadForScenario(const QString& scenarioDir);
    // An empty briefing, saved to `savePath` on the first edit.
    Q_INVOKABLE void clear(const QString& savePath = {});
    // Where edits to a read-only briefing of this scenario are kept.
    Q_INVOKABLE static QString userCopyPath(const QString& scenarioName);

    // Edits: each one undoable and saved at once. Rows out of range are ignored.
    // Inserts after `afterRow` (-1: at the end); returns the new slide's row.
    Q_INVOKABLE int addSlide(double atMs, const QString& lens, double centerLat, double centerLon, double zoom,
        const QString& title = {}, const QString& caption = {}, int afterRow = -1);
    Q_INVOKABLE void moveSlide(int from, int to);
    Q_INVOKABLE void removeSlide(int row);
    Q_INVOKABLE void setSlideTitle(int row, const QString& title);
    Q_INVOKABLE void setSlideCaption(int row, const QString& caption);
    Q_INVOKABLE void setSlideNotes(int row, const QString& notes);
    Q_INVOKABLE void setSlideTransition(int row, double seconds);
    Q_INVOKABLE void setSlideHighlight(int row, const QStringList& placeIds);
    // Adds the place to the slide's highlights, or removes it when already there.
    Q_INVOKABLE void toggleSlideHighlight(int row, const QString& placeId);
    // Sets the slide's instant, lens and view to the map's current ones.
    Q_INVOKABLE void updateSlideView(
        int row, double atMs, const QString& lens, double centerLat, double centerLon, double zoom);
    Q_INVOKABLE void undo() { m_undo.undo(); }
    Q_INVOKABLE void redo() { m_undo.redo(); }

    // One slide as a map (the roles by name), for the presenter; {} when out of range.
    Q_INVOKABLE QVariantMap slide(int row) const;
    // Highlighted places of a slide with their names and positions: [{id, name, lat, lon}].
    Q_INVOKABLE QVariantList highlightedPlaces(int row) const;

    // Applies a whole briefing as the result of an edit (used by the undo commands).
    void apply(const core::Briefing& next);

signals:
    void titleChanged();
    void countChanged();
    void pathsChanged();
    void problemsChanged();
    void saveErrorChanged();
    void undoStateChanged();
    void controlChanged();
    void saved(const QString& path);

private:
    void edit(const QString& text, int row, int field, const std::function<void(core::Briefing&)>& change);
    void replaceAll(core::Briefing briefing);
    void save();
    void checkAgainstData();
    [[nodiscard]] QString workspaceId() const;

    core::Briefing m_briefing;
    QUndoStack m_undo;
    QPointer<ControlModel> m_control;
    std::shared_ptr<store::Workspace> m_workspace;
    QString m_workspaceId;
    QString m_sourcePath;
    QString m_savePath;
    QStringList m_loadProblems;
    QStringList m_problems;
    QString m_saveError;
};

} // namespace sitrep::app
