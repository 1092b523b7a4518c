// The analyst's corrections of control: the sidecar store survives a round trip, skips a damaged
// line with its file:line and never reuses an id; on the bundled scenario a correction moves the
// holder at its time and back when removed, survives a new model (read again from the sidecar),
// and lands in the open workspace as an override instead of the sidecar when one is open.
#include "controlmodel.h"
#include "correctionstore.h"
#include "qtapp.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTimeZone>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using sitrep::app::ControlModel;
using sitrep::app::CorrectionStore;
using sitrep::store::Override;

namespace {

// A folder under the temporary directory, removed with its contents at the end of the test.
class TempDir {
public:
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "sitrep-correction-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        m_path = pattern;
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

Override correction(std::string place, std::string actor, sitrep::core::Instant at, std::string note)
{
    Override o;
    o.claim.placeId = std::move(place);
    o.claim.actor = std::move(actor);
    o.claim.kind = sitrep::core::ClaimKind::Controls;
    o.claim.time.from = at;
    o.author = "tester";
    o.note = std::move(note);
    return o;
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

double ms(const char* iso)
{
    return double(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch());
}

const QString kHoms = QStringLiteral("gn:169577");

// A model of the bundled scenario, its corrections in `sidecar`, at 2 Dec (Homs the government's).
void open(ControlModel& control, const QString& workspace, const fs::path& sidecar)
{
    ensureGuiApp();
    control.setWorkspacePath(workspace);
    control.setCorrectionsPath(QString::fromStdString(sidecar.string()));
    control.componentComplete();
    REQUIRE_MESSAGE(control.isReady(), control.errorString().toStdString());
    REQUIRE(control.setTimeIso(QStringLiteral("2024-12-02T12:00:00Z")));
}

} // namespace

TEST_CASE("corrections survive a round trip through the sidecar, which is only ever appended to")
{
    TempDir dir;
    const fs::path file = dir.path() / "sub" / "corrections.jsonl";
    CorrectionStore store(file.string());
    CHECK_FALSE(store.usesWorkspace());
    std::vector<sitrep::core::Error> warnings;
    auto empty = store.load(warnings);
    REQUIRE(empty.has_value());
    CHECK(empty->empty()); // a missing file is an empty one

    auto first = store.add(correction("gn:169577", "hts", 1733000000, "Reuters 1 Dec"));
    REQUIRE_MESSAGE(first.has_value(), (first ? "" : first.error().toString()));
    auto second = store.add(correction("gn:170063", "sdf", 1733100000, "the extractor missed it"));
    REQUIRE(second.has_value());
    CHECK(*first == 1);
    CHECK(*second == 2);
    auto loaded = store.load(warnings);
    REQUIRE(loaded.has_value());
    REQUIRE(loaded->size() == 2);
    const Override& o = loaded->front();
    CHECK(o.claim.id == "correction:1");
    CHECK(o.claim.placeId == "gn:169577");
    CHECK(o.claim.actor == "hts");
    CHECK(o.claim.time.from == 1733000000);
    CHECK(o.claim.analystOverride);
    CHECK(o.claim.source.side == sitrep::core::SpeakerSide::Analyst);
    CHECK(o.claim.source.speaker == "tester");
    CHECK(o.claim.source.sentence == "Reuters 1 Dec"); // the note is why
    CHECK(warnings.empty());

    // Removing appends a line; nothing is rewritten.
    const std::string before = slurp(file);
    auto removed = store.remove(1);
    REQUIRE(removed.has_value());
    CHECK(*removed);
    const std::string after = slurp(file);
    CHECK(after.starts_with(before));
    CHECK(after.substr(before.size()) == "{\"id\":1,\"op\":\"remove\"}\n");
    auto again = store.remove(1);
    REQUIRE(again.has_value());
    CHECK_FALSE(*again); // removed already
    loaded = store.load(warnings);
    REQUIRE(loaded->size() == 1);
    CHECK(loaded->front().claim.id == "correction:2");

    // A damaged line (a crash mid-write, a hand edit) costs only itself, named by file:line;
    // the next correction starts on a line of its own and takes a new id.
    std::ofstream(file, std::ios::app)
        << "{\"op\":\"add\",\"id\":7,\"place_id\":\"gn:1\",\"kind\":\"held\"}\n{\"op\":\"add\"";
    warnings.clear();
    loaded = store.load(warnings);
    REQUIRE(loaded.has_value());
    CHECK(loaded->size() == 1);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].toString().find(file.string() + ":4") != std::string::npos);
    CHECK(warnings[1].toString().find(file.string() + ":5") != std::string::npos);
    auto third = store.add(correction("gn:169577", "government", 1733200000, ""));
    REQUIRE(third.has_value());
    CHECK(*third == 8); // not 3: id 7 was taken by the damaged line
    warnings.clear();
    loaded = store.load(warnings);
    REQUIRE(loaded->size() == 2);
    CHECK(loaded->back().claim.actor == "government");
    CHECK(warnings.size() == 2);

    CHECK(CorrectionStore::idOfClaim("correction:12") == 12);
    CHECK(CorrectionStore::idOfClaim("override:3") == 3);
    CHECK_FALSE(CorrectionStore::idOfClaim("timeline:3").has_value());
    CHECK_FALSE(CorrectionStore::idOfClaim("override:x").has_value());
}

TEST_CASE("a correction moves the holder at its time, is listed as the analyst's, survives a new model and is removed")
{
    TempDir dir;
    const fs::path sidecar = dir.path() / "corrections.jsonl";
    ControlModel control;
    open(control, QStringLiteral("none"), sidecar);
    CHECK(control.correctionsLocation() == QString::fromStdString(sidecar.string()));
    REQUIRE(control.holderOf(kHoms) == QStringLiteral("government"));

    // Bad input: a message each, nothing stored.
    CHECK(control
              .addCorrection(
                  kHoms, QStringLiteral("martians"), QStringLiteral("controls"), ms("2024-12-01T00:00:00Z"), {})
              .contains(QStringLiteral("No actor 'martians'")));
    CHECK(control.errorString().contains(QStringLiteral("martians")));
    CHECK(control
              .addCorrection(QStringLiteral("gn:0"), QStringLiteral("sdf"), QStringLiteral("controls"),
                  ms("2024-12-01T00:00:00Z"), {})
              .contains(QStringLiteral("No place")));
    CHECK(control.addCorrection(kHoms, QStringLiteral("sdf"), QStringLiteral("denied"), ms("2024-12-01T00:00:00Z"), {})
              .contains(QStringLiteral("not 'denied'")));
    CHECK(control.addCorrection(kHoms, QStringLiteral("sdf"), QStringLiteral("controls"), 0, {})
              .contains(QStringLiteral("time")));
    CHECK_FALSE(fs::exists(sidecar));

    QSignalSpy state(&control, &ControlModel::stateChanged);
    QSignalSpy claims(&control, &ControlModel::claimsChanged);
    const QString error = control.addCorrection(kHoms, QStringLiteral("sdf"), QStringLiteral("controls"),
        ms("2024-12-01T00:00:00Z"), QStringLiteral("Reuters 1 Dec, the extractor missed it"));
    REQUIRE_MESSAGE(error.isEmpty(), error.toStdString());
    CHECK(control.errorString().isEmpty()); // the refusals above are forgotten
    CHECK(state.count() >= 1);
    CHECK(claims.count() == 1);
    CHECK(fs::exists(sidecar));
    CHECK(control.holderOf(kHoms) == QStringLiteral("sdf"));
    // Before its time the map is as it was.
    REQUIRE(control.setTimeIso(QStringLiteral("2024-11-30T12:00:00Z")));
    CHECK(control.holderOf(kHoms) == QStringLiteral("government"));
    REQUIRE(control.setTimeIso(QStringLiteral("2024-12-02T12:00:00Z")));

    QString claimId;
    for (const QVariant& v : control.claimHistory(kHoms)) {
        const QVariantMap c = v.toMap();
        if (c.value(QStringLiteral("override")).toBool()) {
            claimId = c.value(QStringLiteral("id")).toString();
            CHECK(
                c.value(QStringLiteral("note")).toString() == QStringLiteral("Reuters 1 Dec, the extractor missed it"));
            CHECK(c.value(QStringLiteral("side")).toString() == QStringLiteral("analyst"));
        }
    }
    CHECK(claimId == QStringLiteral("correction:1"));

    {
        // A new model (a restart) reads it back from the sidecar.
        ControlModel restarted;
        open(restarted, QStringLiteral("none"), sidecar);
        CHECK(restarted.holderOf(kHoms) == QStringLiteral("sdf"));
    }

    CHECK(control.removeCorrection(QStringLiteral("timeline:1")).contains(QStringLiteral("not a correction")));
    CHECK(control.removeCorrection(QStringLiteral("override:1")).contains(QStringLiteral("not a correction")));
    const QString removed = control.removeCorrection(claimId);
    REQUIRE_MESSAGE(removed.isEmpty(), removed.toStdString());
    CHECK(control.holderOf(kHoms) == QStringLiteral("government"));
    CHECK(control.removeCorrection(claimId).contains(QStringLiteral("no correction")));
    ControlModel restarted;
    open(restarted, QStringLiteral("none"), sidecar);
    CHECK(restarted.holderOf(kHoms) == QStringLiteral("government"));

    // The form's actors: every actor of the scenario, each faction after its side.
    const QVariantList actors = control.actorChoices();
    REQUIRE(actors.size() >= 10);
    CHECK(actors.front().toMap().value(QStringLiteral("id")).toString() == QStringLiteral("government"));
    qsizetype opposition = -1;
    qsizetype hts = -1;
    for (qsizetype i = 0; i < actors.size(); ++i) {
        const QVariantMap a = actors[i].toMap();
        CHECK(a.value(QStringLiteral("color")).value<QColor>().isValid());
        if (a.value(QStringLiteral("id")) == QStringLiteral("opposition"))
            opposition = i;
        if (a.value(QStringLiteral("id")) == QStringLiteral("hts")) {
            hts = i;
            CHECK(a.value(QStringLiteral("sub")).toBool());
        }
    }
    CHECK(opposition >= 0);
    CHECK(hts == opposition + 1);
}

TEST_CASE("the default corrections file is under AppDataLocation, named after the scenario, never the cache")
{
    TempDir dir;
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString((dir.path() / "data").string()));
    ensureGuiApp();
    ControlModel control;
    control.setWorkspacePath(QStringLiteral("none"));
    control.componentComplete();
    REQUIRE(control.isReady());
    const QString expected = QString::fromStdString((dir.path() / "data").string());
    CHECK(control.correctionsLocation().startsWith(expected));
    CHECK(control.correctionsLocation().endsWith(QStringLiteral("/corrections/syria-2024-12.jsonl")));
    const char* cache = std::getenv("SITREP_CACHE_DIR");
    if (cache)
        CHECK_FALSE(control.correctionsLocation().startsWith(QString::fromLocal8Bit(cache)));
}

TEST_CASE("with a workspace open, a correction lands in it as an override and not in the sidecar")
{
    TempDir dir;
    const fs::path gpkg = dir.path() / "analysis.gpkg";
    {
        auto ws = sitrep::store::openWorkspace(gpkg.string());
        REQUIRE_MESSAGE(ws.has_value(), (ws ? "" : ws.error().toString()));
    }
    const fs::path sidecar = dir.path() / "corrections.jsonl";
    ControlModel control;
    open(control, QString::fromStdString(gpkg.string()), sidecar);
    CHECK(control.correctionsLocation() == QString::fromStdString(gpkg.string()));
    REQUIRE(control.holderOf(kHoms) == QStringLiteral("government"));

    const QString error = control.addCorrection(kHoms, QStringLiteral("hts"), QStringLiteral("captured"),
        ms("2024-12-01T06:00:00Z"), QStringLiteral("AFP 1 Dec"));
    REQUIRE_MESSAGE(error.isEmpty(), error.toStdString());
    CHECK(control.holderOf(kHoms) == QStringLiteral("opposition")); // HTS's side
    CHECK_FALSE(fs::exists(sidecar));
    {
        auto ws = sitrep::store::openWorkspace(gpkg.string(), {.create = false});
        REQUIRE(ws.has_value());
        auto overrides = (*ws)->overrides();
        REQUIRE(overrides.has_value());
        REQUIRE(overrides->size() == 1);
        const Override& o = overrides->front();
        CHECK(o.claim.placeId == kHoms.toStdString());
        CHECK(o.claim.actor == "hts");
        CHECK(o.claim.kind == sitrep::core::ClaimKind::Captured);
        CHECK(o.claim.time.from == 1733032800);
        CHECK(o.note == "AFP 1 Dec");
    }
    QString claimId;
    for (const QVariant& v : control.claimHistory(kHoms))
        if (v.toMap().value(QStringLiteral("override")).toBool()) {
            claimId = v.toMap().value(QStringLiteral("id")).toString();
            CHECK(v.toMap().value(QStringLiteral("note")).toString() == QStringLiteral("AFP 1 Dec"));
        }
    CHECK(claimId == QStringLiteral("override:1"));
    const QString removed = control.removeCorrection(claimId);
    REQUIRE_MESSAGE(removed.isEmpty(), removed.toStdString());
    CHECK(control.holderOf(kHoms) == QStringLiteral("government"));
    auto ws = sitrep::store::openWorkspace(gpkg.string(), {.create = false});
    REQUIRE(ws.has_value());
    CHECK((*ws)->overrides()->empty());
}
