#include "briefingmodel.h"

#include "controlmodel.h"
#include "core/gazetteer.h"
#include "geo/briefingfile.h"
#include "rebind.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUndoCommand>

#include <algorithm>
#include <cmath>
#include <functional>

Q_LOGGING_CATEGORY(lcBriefing, "sitrep.briefing")

namespace sitrep::app {

namespace {

// Text edits of one field of one slide in a row merge into one undo step.
enum Field { NoMerge = -1, TitleField = 1, CaptionField, NotesField, TransitionField, BriefingTitleField };

// One edit as the briefing before and after it: briefings are a handful of slides, so whole
// snapshots are cheap, and undo can never drift from what was done.
class BriefingEdit : public QUndoCommand {
public:
    BriefingEdit(BriefingModel* model, core::Briefing before, core::Briefing after, const QString& text, int mergeKey)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_key(mergeKey)
    {
    }
    void redo() override { m_model->apply(m_after); }
    void undo() override { m_model->apply(m_before); }
    [[nodiscard]] int id() const override { return m_key; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const BriefingEdit*>(other);
        if (o->m_key != m_key || m_key < 0)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    BriefingModel* m_model;
    core::Briefing m_before;
    core::Briefing m_after;
    int m_key;
};

std::vector<std::string> idsOf(const std::vector<core::BriefingSlide>& slides)
{
    std::vector<std::string> ids;
    ids.reserve(slides.size());
    for (const core::BriefingSlide& s : slides)
        ids.push_back(s.id);
    return ids;
}

// The row at which `longer` has one element more than `shorter`, or -1.
int insertedAt(const std::vector<std::string>& shorter, const std::vector<std::string>& longer)
{
    if (longer.size() != shorter.size() + 1)
        return -1;
    std::size_t i = 0;
    while (i < shorter.size() && shorter[i] == longer[i])
        ++i;
    return std::equal(shorter.begin() + std::ptrdiff_t(i), shorter.end(), longer.begin() + std::ptrdiff_t(i) + 1)
        ? int(i)
        : -1;
}

// (from, to) when `after` is `before` with one element moved, else (-1, -1).
std::pair<int, int> movedOne(const std::vector<std::string>& before, const std::vector<std::string>& after)
{
    if (before.size() != after.size())
        return {-1, -1};
    for (std::size_t from = 0; from < before.size(); ++from) {
        std::vector<std::string> rest = before;
        rest.erase(rest.begin() + std::ptrdiff_t(from));
        const int to = insertedAt(rest, after);
        if (to >= 0 && after[std::size_t(to)] == before[from])
            return {int(from), to};
    }
    return {-1, -1};
}

bool isBundled(const QString& path)
{
    const QString bundled = QDir(QStringLiteral(SITREP_SOURCE_DIR "/geodata/scenarios")).canonicalPath();
    const QString file = QFileInfo(path).absoluteFilePath();
    return !bundled.isEmpty() && QFileInfo(file).canonicalFilePath().startsWith(bundled + QLatin1Char('/'));
}

// A file we may write: writable where it is, or creatable in a writable folder.
bool isWritableFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.isWritable();
    return QFileInfo(info.absolutePath()).isWritable();
}

QString textOf(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

BriefingModel::BriefingModel(QObject* parent)
    : QAbstractListModel(parent)
{
    connect(&m_undo, &QUndoStack::indexChanged, this, &BriefingModel::undoStateChanged);
    connect(&m_undo, &QUndoStack::canUndoChanged, this, &BriefingModel::undoStateChanged);
    connect(&m_undo, &QUndoStack::canRedoChanged, this, &BriefingModel::undoStateChanged);
}

BriefingModel::~BriefingModel()
{
    m_undo.disconnect(this); // the stack dies after us and would notify on clear
}

int BriefingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BriefingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::BriefingSlide& s = m_briefing.slides[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return textOf(s.title);
    case SlideIdRole:
        return textOf(s.id);
    case AtMsRole:
        return double(s.at) * 1000;
    case DateTextRole:
        return QDateTime::fromSecsSinceEpoch(s.at, QTimeZone::utc())
            .toString(QStringLiteral("ddd d MMM yyyy, HH:mm 'UTC'"));
    case LensRole:
        return textOf(s.lens);
    case HasViewRole:
        return s.view.has_value();
    case CenterLatRole:
        return s.view ? s.view->centerLat : qQNaN();
    case CenterLonRole:
        return s.view ? s.view->centerLon : qQNaN();
    case ZoomRole:
        return s.view ? s.view->zoom : qQNaN();
    case CaptionRole:
        return textOf(s.caption);
    case NotesRole:
        return textOf(s.notes);
    case HighlightRole: {
        QStringList ids;
        for (const std::string& id : s.highlight)
            ids << textOf(id);
        return ids;
    }
    case TransitionRole:
        return s.transitionSeconds;
    default:
        return {};
    }
}

QHash<int, QByteArray> BriefingModel::roleNames() const
{
    return {{SlideIdRole, "slideId"}, {TitleRole, "title"}, {AtMsRole, "atMs"}, {DateTextRole, "dateText"},
        {LensRole, "lens"}, {HasViewRole, "hasView"}, {CenterLatRole, "centerLat"}, {CenterLonRole, "centerLon"},
        {ZoomRole, "zoom"}, {CaptionRole, "caption"}, {NotesRole, "notes"}, {HighlightRole, "highlight"},
        {TransitionRole, "transitionSeconds"}};
}

void BriefingModel::setTitle(const QString& title)
{
    edit(tr("Rename briefing"), 0, BriefingTitleField, [&](core::Briefing& b) { b.title = title.toStdString(); });
}

void BriefingModel::setSavePath(const QString& path)
{
    if (path == m_savePath)
        return;
    m_savePath = path;
    emit pathsChanged();
}

void BriefingModel::setControl(ControlModel* control)
{
    if (!rebind(m_control, control, this, &ControlModel::loaded, &BriefingModel::checkAgainstData))
        return;
    emit controlChanged();
    checkAgainstData();
}

QString BriefingModel::workspaceId() const
{
    if (!m_workspaceId.isEmpty())
        return m_workspaceId;
    return m_briefing.scenario.empty() ? QStringLiteral("briefing") : textOf(m_briefing.scenario);
}

bool BriefingModel::setWorkspace(std::shared_ptr<store::Workspace> workspace, const QString& id)
{
    m_workspace = std::move(workspace);
    m_workspaceId = id;
    if (!m_workspace)
        return true;
    auto stored = m_workspace->briefings();
    if (!stored) {
        m_loadProblems = {textOf(stored.error().toString())};
        checkAgainstData();
        return false;
    }
    const QString wanted = workspaceId();
    for (const store::Briefing& b : *stored) {
        if (textOf(b.id) != wanted)
            continue;
        const std::string source = m_workspace->location() + " (briefing " + b.id + ")";
        auto loaded = geo::parseBriefing(b.document, source);
        if (!loaded) {
            m_loadProblems = {textOf(loaded.error().toString())};
            checkAgainstData();
            return false;
        }
        m_loadProblems.clear();
        for (const core::Error& e : loaded->problems)
            m_loadProblems << textOf(e.toString());
        m_sourcePath = textOf(source);
        emit pathsChanged();
        replaceAll(std::move(loaded->briefing));
        return true;
    }
    return true; // none yet: the briefing in the app goes there on the next edit
}

QString BriefingModel::userCopyPath(const QString& scenarioName)
{
    const QString name = scenarioName.isEmpty() ? QStringLiteral("briefing") : scenarioName;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/briefings/") + name
        + QStringLiteral(".json");
}

bool BriefingModel::load(const QString& path, const QString& savePath)
{
    auto loaded = geo::loadBriefing(path.toStdString());
    if (!loaded) {
        m_loadProblems = {textOf(loaded.error().toString())};
        qCWarning(lcBriefing).noquote() << m_loadProblems.first();
        checkAgainstData();
        return false;
    }
    m_loadProblems.clear();
    for (const core::Error& e : loaded->problems)
        m_loadProblems << textOf(e.toString());
    m_sourcePath = path;
    if (!savePath.isEmpty()) {
        m_savePath = savePath;
    } else if (isWritableFile(path) && !isBundled(path)) {
        m_savePath = path;
    } else {
        QString name = textOf(loaded->briefing.scenario);
        if (name.isEmpty())
            name = QFileInfo(path).dir().dirName();
        m_savePath = userCopyPath(name);
    }
    emit pathsChanged();
    replaceAll(std::move(loaded->briefing));
    return true;
}

bool BriefingModel::loadForScenario(const QString& scenarioDir)
{
    const QString name = QFileInfo(scenarioDir).fileName();
    const QString copy = userCopyPath(name);
    if (QFileInfo::exists(copy))
        return load(copy, copy);
    const QString bundled = scenarioDir + QStringLiteral("/briefing.json");
    if (QFileInfo::exists(bundled))
        return load(bundled, copy);
    clear(copy);
    m_briefing.scenario = name.toStdString();
    return true;
}

void BriefingModel::clear(const QString& savePath)
{
    m_loadProblems.clear();
    m_sourcePath.clear();
    m_savePath = savePath;
    emit pathsChanged();
    replaceAll({});
}

void BriefingModel::replaceAll(core::Briefing briefing)
{
    const int before = count();
    const bool titleDiffers = briefing.title != m_briefing.title;
    beginResetModel();
    m_briefing = std::move(briefing);
    endResetModel();
    m_undo.clear();
    if (before != count())
        emit countChanged();
    if (titleDiffers)
        emit titleChanged();
    checkAgainstData();
}

void BriefingModel::edit(const QString& text, int row, int field, const std::function<void(core::Briefing&)>& change)
{
    core::Briefing after = m_briefing;
    change(after);
    if (after == m_briefing)
        return;
    const int key = field == NoMerge ? -1 : (field << 20) | (row & 0xfffff);
    m_undo.push(new BriefingEdit(this, m_briefing, std::move(after), text, key));
}

int BriefingModel::addSlide(double atMs, const QString& lens, double centerLat, double centerLon, double zoom,
    const QString& title, const QString& caption, int afterRow)
{
    core::BriefingSlide s;
    int n = 1;
    for (const core::BriefingSlide& other : m_briefing.slides)
        if (other.id.size() > 1 && other.id[0] == 's')
            n = std::max(n, std::atoi(other.id.c_str() + 1) + 1);
    s.id = "s" + std::to_string(n);
    while (std::ranges::any_of(m_briefing.slides, [&](const auto& o) { return o.id == s.id; }))
        s.id = "s" + std::to_string(++n);
    s.at = static_cast<core::Instant>(atMs / 1000);
    s.lens = lens.isEmpty() ? std::string("latest") : lens.toStdString();
    if (std::isfinite(centerLat) && std::isfinite(centerLon) && std::isfinite(zoom))
        s.view = core::MapView {centerLat, centerLon, zoom};
    s.title = title.isEmpty() ? tr("Slide %1").arg(count() + 1).toStdString() : title.toStdString();
    s.caption = caption.toStdString();
    const int row = afterRow < 0 || afterRow >= count() ? count() : afterRow + 1;
    edit(tr("Add slide"), row, NoMerge,
        [&](core::Briefing& b) { b.slides.insert(b.slides.begin() + row, std::move(s)); });
    return row;
}

void BriefingModel::moveSlide(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return;
    edit(tr("Move slide"), from, NoMerge, [&](core::Briefing& b) {
        core::BriefingSlide s = std::move(b.slides[std::size_t(from)]);
        b.slides.erase(b.slides.begin() + from);
        b.slides.insert(b.slides.begin() + to, std::move(s));
    });
}

void BriefingModel::removeSlide(int row)
{
    if (row < 0 || row >= count())
        return;
    edit(tr("Delete slide"), row, NoMerge, [&](core::Briefing& b) { b.slides.erase(b.slides.begin() + row); });
}

void BriefingModel::setSlideTitle(int row, const QString& title)
{
    if (row >= 0 && row < count())
        edit(tr("Edit title"), row, TitleField,
            [&](core::Briefing& b) { b.slides[std::size_t(row)].title = title.toStdString(); });
}

void BriefingModel::setSlideCaption(int row, const QString& caption)
{
    if (row >= 0 && row < count())
        edit(tr("Edit caption"), row, CaptionField,
            [&](core::Briefing& b) { b.slides[std::size_t(row)].caption = caption.toStdString(); });
}

void BriefingModel::setSlideNotes(int row, const QString& notes)
{
    if (row >= 0 && row < count())
        edit(tr("Edit notes"), row, NotesField,
            [&](core::Briefing& b) { b.slides[std::size_t(row)].notes = notes.toStdString(); });
}

void BriefingModel::setSlideTransition(int row, double seconds)
{
    if (row >= 0 && row < count() && std::isfinite(seconds))
        edit(tr("Edit transition"), row, TransitionField,
            [&](core::Briefing& b) { b.slides[std::size_t(row)].transitionSeconds = std::clamp(seconds, 0.0, 600.0); });
}

void BriefingModel::setSlideHighlight(int row, const QStringList& placeIds)
{
    if (row < 0 || row >= count())
        return;
    std::vector<std::string> ids;
    for (const QString& id : placeIds)
        if (!id.isEmpty() && std::ranges::find(ids, id.toStdString()) == ids.end())
            ids.push_back(id.toStdString());
    edit(tr("Highlight places"), row, NoMerge,
        [&](core::Briefing& b) { b.slides[std::size_t(row)].highlight = std::move(ids); });
}

void BriefingModel::toggleSlideHighlight(int row, const QString& placeId)
{
    if (row < 0 || row >= count() || placeId.isEmpty())
        return;
    QStringList ids = data(index(row), HighlightRole).toStringList();
    if (!ids.removeOne(placeId))
        ids << placeId;
    setSlideHighlight(row, ids);
}

void BriefingModel::updateSlideView(
    int row, double atMs, const QString& lens, double centerLat, double centerLon, double zoom)
{
    if (row < 0 || row >= count())
        return;
    edit(tr("Update slide from map"), row, NoMerge, [&](core::Briefing& b) {
        core::BriefingSlide& s = b.slides[std::size_t(row)];
        s.at = static_cast<core::Instant>(atMs / 1000);
        if (!lens.isEmpty())
            s.lens = lens.toStdString();
        if (std::isfinite(centerLat) && std::isfinite(centerLon) && std::isfinite(zoom))
            s.view = core::MapView {centerLat, centerLon, zoom};
    });
}

QVariantMap BriefingModel::slide(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= count())
        return out;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        out.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    return out;
}

QVariantList BriefingModel::highlightedPlaces(int row) const
{
    QVariantList out;
    if (row < 0 || row >= count())
        return out;
    const core::Gazetteer* gazetteer = m_control ? m_control->gazetteer() : nullptr;
    for (const std::string& id : m_briefing.slides[std::size_t(row)].highlight) {
        const core::Place* p = gazetteer ? gazetteer->find(id) : nullptr;
        if (!p)
            continue; // not in the gazetteer: reported by checkAgainstData
        out << QVariantMap {{QStringLiteral("id"), textOf(id)}, {QStringLiteral("name"), textOf(p->name)},
            {QStringLiteral("lat"), p->point.lat}, {QStringLiteral("lon"), p->point.lon}};
    }
    return out;
}

void BriefingModel::apply(const core::Briefing& next)
{
    const std::vector<core::BriefingSlide> old = m_briefing.slides;
    const std::vector<std::string> a = idsOf(old);
    const std::vector<std::string> b = idsOf(next.slides);
    const bool titleDiffers = next.title != m_briefing.title;
    if (a == b) {
        m_briefing = next;
    } else if (const int at = insertedAt(a, b); at >= 0) {
        beginInsertRows({}, at, at);
        m_briefing = next;
        endInsertRows();
    } else if (const int gone = insertedAt(b, a); gone >= 0) {
        beginRemoveRows({}, gone, gone);
        m_briefing = next;
        endRemoveRows();
    } else if (const auto [from, to] = movedOne(a, b); from >= 0) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_briefing = next;
        endMoveRows();
    } else {
        beginResetModel();
        m_briefing = next;
        endResetModel();
    }
    // Rows whose slide kept its id but changed.
    for (int row = 0; row < count(); ++row) {
        const core::BriefingSlide& s = m_briefing.slides[std::size_t(row)];
        auto was = std::ranges::find_if(old, [&](const core::BriefingSlide& o) { return o.id == s.id; });
        if (was != old.end() && !(*was == s))
            emit dataChanged(index(row), index(row));
    }
    if (old.size() != m_briefing.slides.size())
        emit countChanged();
    if (titleDiffers)
        emit titleChanged();
    checkAgainstData();
    save();
}

void BriefingModel::save()
{
    QStringList errors;
    if (!m_savePath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_savePath).absolutePath());
        if (auto r = geo::saveBriefing(m_briefing, m_savePath.toStdString()); !r)
            errors << tr("Not saved: %1").arg(textOf(r.error().toString()));
        else
            emit saved(m_savePath);
    }
    if (m_workspace) {
        store::Briefing stored;
        stored.id = workspaceId().toStdString();
        stored.title = m_briefing.title;
        stored.document = geo::briefingToJson(m_briefing);
        if (auto r = m_workspace->saveBriefing(stored); !r)
            errors << tr("Not saved in the workspace: %1").arg(textOf(r.error().toString()));
    }
    const QString error = errors.join(QLatin1Char('\n'));
    if (!error.isEmpty())
        qCWarning(lcBriefing).noquote() << error;
    if (error != m_saveError) {
        m_saveError = error;
        emit saveErrorChanged();
    }
}

void BriefingModel::checkAgainstData()
{
    QStringList problems = m_loadProblems;
    if (m_control && m_control->isReady()) {
        std::vector<std::string> outlets;
        for (const QString& lens : m_control->lenses())
            if (lens.startsWith(QStringLiteral("outlet:")))
                outlets.push_back(lens.mid(7).toStdString());
        const core::BriefingLimits limits {static_cast<core::Instant>(m_control->startMs() / 1000),
            static_cast<core::Instant>(m_control->endMs() / 1000), outlets};
        const std::string source
            = m_sourcePath.isEmpty() ? std::string("briefing") : QFileInfo(m_sourcePath).fileName().toStdString();
        for (const core::Error& e : core::checkBriefing(m_briefing, limits, source))
            problems << textOf(e.toString());
        if (const core::Gazetteer* g = m_control->gazetteer())
            for (std::size_t i = 0; i < m_briefing.slides.size(); ++i)
                for (const std::string& id : m_briefing.slides[i].highlight)
                    if (!g->find(id))
                        problems << textOf(source + ": " + core::describeSlide(m_briefing.slides[i], i)
                            + ": highlighted place '" + id + "' is not in the gazetteer");
    }
    if (problems != m_problems) {
        m_problems = problems;
        emit problemsChanged();
    }
}

} // namespace sitrep::app
