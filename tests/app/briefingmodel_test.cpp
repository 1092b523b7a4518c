// The briefing editor's model: every edit is one undo step saved at once, a write failure keeps
// the briefing in memory and says so, a bundled briefing is edited in a user copy.
#include "briefingmodel.h"
#include "geo/briefingfile.h"
#include "qtapp.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <doctest/doctest.h>

using namespace sitrep;
using sitrep::app::BriefingModel;

namespace {

// 6 Dec 2024 00:00 UTC and 8 Dec 2024 06:00 UTC, in milliseconds.
constexpr double kDec6 = 1733443200000.0;
constexpr double kDec8 = 1733637600000.0;

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Fixture {
    Fixture()
    {
        ensureGuiApp();
        QStandardPaths::setTestModeEnabled(true); // user copies go to ~/.qttest, not the user's data
    }
    QTemporaryDir dir;
};

} // namespace

TEST_CASE_FIXTURE(Fixture, "adding, moving, editing and deleting slides are each one undo step")
{
    BriefingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.clear(dir.filePath("b.json"));
    CHECK_FALSE(model.canUndo());

    const int first = model.addSlide(kDec6, "latest", 35.2, 37.1, 7.5, "Aleppo falls", "Rebels enter Aleppo");
    const int second = model.addSlide(kDec8, "consensus", 33.5, 36.3, 8);
    CHECK(first == 0);
    CHECK(second == 1);
    REQUIRE(model.count() == 2);
    CHECK(model.briefing().slides[1].title == "Slide 2");
    CHECK(model.briefing().slides[1].at == 1733637600);
    REQUIRE(model.briefing().slides[1].view.has_value());
    CHECK(model.briefing().slides[1].view->zoom == 8);
    CHECK(model.briefing().slides[0].id != model.briefing().slides[1].id);
    const core::Briefing afterAdding = model.briefing();

    model.moveSlide(1, 0);
    CHECK(model.data(model.index(0), BriefingModel::TitleRole).toString() == "Slide 2");
    model.setSlideCaption(0, "Damascus");
    model.setSlideNotes(0, "Mention the prison");
    model.setSlideTransition(0, 5);
    model.setSlideHighlight(0, {"gn:170654", "gn:170654", "sx:mezzeh"});
    CHECK(model.briefing().slides[0].highlight == std::vector<std::string> {"gn:170654", "sx:mezzeh"});
    model.removeSlide(1);
    REQUIRE(model.count() == 1);
    CHECK(model.undoStack()->count() == 8); // two adds, move, caption, notes, transition, highlight, delete

    for (int i = 0; i < 6; ++i)
        model.undo();
    CHECK(model.briefing() == afterAdding);
    model.undo();
    model.undo();
    CHECK(model.count() == 0);
    CHECK_FALSE(model.canUndo());
    for (int i = 0; i < 8; ++i)
        model.redo();
    REQUIRE(model.count() == 1);
    CHECK(model.briefing().slides[0].caption == "Damascus");
    CHECK(model.briefing().slides[0].transitionSeconds == 5);
}

TEST_CASE_FIXTURE(Fixture, "typing into one field of one slide merges into one undo step")
{
    BriefingModel model;
    model.clear(dir.filePath("b.json"));
    model.addSlide(kDec6, "latest", 35, 38, 7);
    model.setSlideCaption(0, "Reb");
    model.setSlideCaption(0, "Rebels take");
    model.setSlideCaption(0, "Rebels take Hama");
    CHECK(model.undoStack()->count() == 2);
    model.setSlideTitle(0, "Hama");
    CHECK(model.undoStack()->count() == 3);
    model.undo();
    model.undo();
    CHECK(model.briefing().slides[0].caption.empty());
    CHECK(model.briefing().slides[0].title == "Slide 1");
}

TEST_CASE_FIXTURE(Fixture, "every edit is saved at once, atomically, and reloads equal")
{
    const QString path = dir.filePath("brief.json");
    BriefingModel model;
    QSignalSpy saved(&model, &BriefingModel::saved);
    model.clear(path);
    model.setTitle("The fall of Assad");
    model.addSlide(kDec6, "side:opposition", 34.8, 36.7, 8, "Homs", "Rebels at the gates of Homs");
    CHECK(saved.count() == 2);
    model.addSlide(kDec8, "latest", 33.5, 36.3, 9, "Damascus");
    model.moveSlide(1, 0);
    model.setSlideHighlight(1, {"gn:169577"});
    CHECK(saved.count() == 5);
    CHECK(model.saveError().isEmpty());
    CHECK_FALSE(QFile::exists(path + ".saving"));

    auto loaded = geo::loadBriefing(path.toStdString());
    REQUIRE(loaded.has_value());
    CHECK(loaded->problems.empty());
    CHECK(loaded->briefing == model.briefing());

    model.undo(); // undo is an edit too: saved
    loaded = geo::loadBriefing(path.toStdString());
    REQUIRE(loaded.has_value());
    CHECK(loaded->briefing.slides[1].highlight.empty());

    BriefingModel again;
    REQUIRE(again.load(path));
    CHECK(again.savePath() == path); // a writable file of the user's is edited in place
    CHECK(again.briefing() == model.briefing());
    CHECK_FALSE(again.canUndo());
}

TEST_CASE_FIXTURE(Fixture, "a write failure keeps the briefing in memory, reports it, and the next save retries")
{
    writeFile(dir.filePath("plain-file"), "not a folder");
    BriefingModel model;
    QSignalSpy errors(&model, &BriefingModel::saveErrorChanged);
    model.clear(dir.filePath("plain-file/brief.json")); // its folder is a file: cannot be written
    model.addSlide(kDec6, "latest", 35, 38, 7, "Kept");
    CHECK(model.count() == 1);
    CHECK(model.briefing().slides[0].title == "Kept");
    CHECK(model.saveError().contains("Not saved"));
    CHECK(model.saveError().contains("plain-file"));
    CHECK(errors.count() == 1);
    CHECK(model.canUndo());

    model.setSavePath(dir.filePath("brief.json"));
    model.setSlideCaption(0, "Now saved");
    CHECK(model.saveError().isEmpty());
    auto loaded = geo::loadBriefing(dir.filePath("brief.json").toStdString());
    REQUIRE(loaded.has_value());
    CHECK(loaded->briefing == model.briefing());
}

TEST_CASE_FIXTURE(Fixture, "a broken slide is reported by number and the rest loads")
{
    const QString path = dir.filePath("broken.json");
    writeFile(path, R"({"title": "T", "slides": [
        {"title": "Good", "at": "2024-12-06T00:00:00Z"},
        {"title": "Bad lens and no time", "lens": "latest"},
        {"title": "Also good", "at": "2024-12-08"}]})");
    BriefingModel model;
    QSignalSpy problems(&model, &BriefingModel::problemsChanged);
    REQUIRE(model.load(path));
    CHECK(model.count() == 2);
    REQUIRE(model.problems().size() == 1);
    CHECK(model.problems().first().contains("slide 2"));
    CHECK(model.problems().first().contains("Bad lens and no time"));
    CHECK(problems.count() >= 1);

    BriefingModel missing;
    CHECK_FALSE(missing.load(dir.filePath("nothing-here.json")));
    CHECK(missing.problems().size() == 1);
}

TEST_CASE_FIXTURE(Fixture, "a scenario's own briefing is never written: edits go to a user copy, which opens next time")
{
    QDir(dir.path()).mkpath("my-scenario");
    const QString bundled = dir.filePath("my-scenario/briefing.json");
    const QByteArray original = R"({"title": "Bundled", "scenario": "my-scenario", "slides": [
        {"id": "s1", "title": "Start", "at": "2024-11-27T06:00:00Z"}]})";
    writeFile(bundled, original);
    const QString copy = BriefingModel::userCopyPath("my-scenario");
    QFile::remove(copy);

    BriefingModel model;
    REQUIRE(model.loadForScenario(dir.filePath("my-scenario")));
    CHECK(model.sourcePath() == bundled);
    CHECK(model.savePath() == copy);
    model.setSlideCaption(0, "Edited");
    CHECK(readFile(bundled) == original);
    CHECK(QFile::exists(copy));

    BriefingModel next;
    REQUIRE(next.loadForScenario(dir.filePath("my-scenario")));
    CHECK(next.sourcePath() == copy);
    REQUIRE(next.count() == 1);
    CHECK(next.briefing().slides[0].caption == "Edited");
    QFile::remove(copy);
}

TEST_CASE_FIXTURE(Fixture, "saves go into a workspace too, and a new model reads the briefing back from it")
{
    const std::string location = dir.filePath("ws.gpkg").toStdString();
    auto ws = store::openWorkspace(location);
    REQUIRE_MESSAGE(ws.has_value(), (ws ? std::string() : ws.error().toString()));
    std::shared_ptr<store::Workspace> workspace = std::move(*ws);

    BriefingModel model;
    model.clear(dir.filePath("b.json"));
    CHECK(model.setWorkspace(workspace, "offensive"));
    model.addSlide(kDec6, "latest", 35, 38, 7, "Hama", "Rebels take Hama");
    model.setSlideNotes(0, "Slow down here");
    CHECK(model.saveError().isEmpty());

    BriefingModel reader;
    REQUIRE(reader.setWorkspace(workspace, "offensive"));
    CHECK(reader.briefing() == model.briefing());
    CHECK(reader.briefing().slides[0].notes == "Slow down here");
}
