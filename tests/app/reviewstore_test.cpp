// The review store: decisions survive a round trip through the sidecar file and through a
// workspace, a corrupt sidecar line is reported by file and line without losing the others, and
// the newest decision about a mention wins.
#include "reviewstore.h"
#include "store/workspace.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using sitrep::app::MentionKey;
using sitrep::app::ReviewStore;
using sitrep::store::ReviewDecision;

namespace {

// A folder under the temporary directory, removed with its contents at the end of the test.
class TempDir {
public:
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "sitrep-review-XXXXXX").string();
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

ReviewDecision decision(std::string article, std::size_t start, std::string what, std::string place = {})
{
    ReviewDecision d;
    d.articleId = std::move(article);
    d.start = start;
    d.end = start + 5;
    d.text = "Saasa";
    d.decision = std::move(what);
    d.placeId = std::move(place);
    d.author = "analyst";
    d.note = "checked on the map";
    d.decidedAt = 1733600000;
    return d;
}

std::string readFile(const fs::path& p)
{
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("a pin and a rejection written to the sidecar read back field for field")
{
    TempDir dir;
    const fs::path path = dir.path() / "nested" / "review.jsonl"; // the folder is made on demand
    ReviewStore store(path.string());
    REQUIRE(store.add(decision("a1", 10, "pin", "gn:170139")));
    REQUIRE(store.add(decision("a2", 40, "reject")));

    std::vector<sitrep::core::Error> warnings;
    auto loaded = ReviewStore(path.string()).load(warnings);
    REQUIRE(loaded);
    CHECK(warnings.empty());
    REQUIRE(loaded->size() == 2);
    const ReviewDecision& pin = (*loaded)[0];
    CHECK(pin.articleId == "a1");
    CHECK(pin.start == 10);
    CHECK(pin.end == 15);
    CHECK(pin.text == "Saasa");
    CHECK(pin.decision == "pin");
    CHECK(pin.placeId == "gn:170139");
    CHECK(pin.author == "analyst");
    CHECK(pin.note == "checked on the map");
    CHECK(pin.decidedAt == 1733600000);
    CHECK((*loaded)[1].decision == "reject");
    CHECK((*loaded)[1].placeId.empty());
}

TEST_CASE("a missing sidecar is an empty one")
{
    TempDir dir;
    std::vector<sitrep::core::Error> warnings;
    auto loaded = ReviewStore((dir.path() / "none.jsonl").string()).load(warnings);
    REQUIRE(loaded);
    CHECK(loaded->empty());
    CHECK(warnings.empty());
}

TEST_CASE("a corrupt sidecar line is reported with file and line and the other lines still load")
{
    TempDir dir;
    const fs::path path = dir.path() / "review.jsonl";
    {
        std::ofstream out(path);
        out << ReviewStore::formatLine(decision("a1", 10, "pin", "gn:1")) << '\n'
            << "{\"article_id\": \"a2\", \"start\": 3, \"end\"\n" // cut short
            << '\n'
            << "{\"article_id\": \"a3\", \"start\": 9, \"end\": 4, \"decision\": \"pin\", \"place_id\": \"x\"}\n"
            << "{\"article_id\": \"a4\", \"start\": 1, \"end\": 4, \"decision\": \"maybe\"}\n"
            << "{\"article_id\": \"a5\", \"start\": 1, \"end\": 4, \"decision\": \"pin\"}\n"
            << ReviewStore::formatLine(decision("a6", 20, "reject")) << '\n';
    }
    std::vector<sitrep::core::Error> warnings;
    auto loaded = ReviewStore(path.string()).load(warnings);
    REQUIRE(loaded);
    REQUIRE(loaded->size() == 2);
    CHECK((*loaded)[0].articleId == "a1");
    CHECK((*loaded)[1].articleId == "a6");
    REQUIRE(warnings.size() == 4);
    CHECK(warnings[0].where == path.string() + ":2");
    CHECK(warnings[0].message.find("not JSON") != std::string::npos);
    CHECK(warnings[1].where == path.string() + ":4");
    CHECK(warnings[1].message.find("start") != std::string::npos);
    CHECK(warnings[2].where == path.string() + ":5");
    CHECK(warnings[2].message.find("decision") != std::string::npos);
    CHECK(warnings[3].where == path.string() + ":6");
    CHECK(warnings[3].message.find("place_id") != std::string::npos);
}

TEST_CASE("a decision appended after a line cut short by a crash starts on a line of its own")
{
    TempDir dir;
    const fs::path path = dir.path() / "review.jsonl";
    {
        std::ofstream out(path);
        out << ReviewStore::formatLine(decision("a1", 10, "pin", "gn:1")) << "\n{\"article_id\": \"a2\"";
    }
    ReviewStore store(path.string());
    REQUIRE(store.add(decision("a3", 30, "reject")));
    std::vector<sitrep::core::Error> warnings;
    auto loaded = store.load(warnings);
    REQUIRE(loaded);
    REQUIRE(loaded->size() == 2);
    CHECK((*loaded)[1].articleId == "a3");
    CHECK(warnings.size() == 1);
    CHECK(readFile(path).ends_with("\n"));
}

TEST_CASE("the newest decision about a mention wins")
{
    const auto latest = sitrep::app::latestDecisions(
        {decision("a1", 10, "pin", "gn:1"), decision("a2", 10, "pin", "gn:2"), decision("a1", 10, "reject")});
    REQUIRE(latest.size() == 2);
    CHECK(latest.at(MentionKey {"a1", 10, 15}).decision == "reject");
    CHECK(latest.at(MentionKey {"a2", 10, 15}).placeId == "gn:2");
}

TEST_CASE("with a workspace open, decisions go to the workspace and not to the sidecar")
{
    TempDir dir;
    auto opened = sitrep::store::openWorkspace((dir.path() / "work.gpkg").string());
    REQUIRE_MESSAGE(opened, (opened ? std::string() : opened.error().toString()));
    std::shared_ptr<sitrep::store::Workspace> workspace = std::move(*opened);
    const fs::path sidecar = dir.path() / "review.jsonl";
    ReviewStore store(sidecar.string());
    store.setWorkspace(workspace);
    CHECK(store.usesWorkspace());
    CHECK(store.location() == workspace->location());
    REQUIRE(store.add(decision("a1", 10, "pin", "gn:170139")));
    REQUIRE(store.add(decision("a2", 40, "reject")));
    CHECK_FALSE(fs::exists(sidecar));

    std::vector<sitrep::core::Error> warnings;
    auto loaded = store.load(warnings);
    REQUIRE(loaded);
    REQUIRE(loaded->size() == 2);
    CHECK((*loaded)[0].placeId == "gn:170139");
    CHECK((*loaded)[0].start == 10);
    CHECK((*loaded)[0].end == 15);
    CHECK((*loaded)[1].decision == "reject");

    // Reopened, the workspace still has them.
    workspace.reset();
    store.setWorkspace(nullptr);
    auto again = sitrep::store::openWorkspace((dir.path() / "work.gpkg").string());
    REQUIRE(again);
    store.setWorkspace(std::shared_ptr<sitrep::store::Workspace>(std::move(*again)));
    auto reloaded = store.load(warnings);
    REQUIRE(reloaded);
    CHECK(reloaded->size() == 2);
}

TEST_CASE("a decision that is neither pin nor reject is refused")
{
    TempDir dir;
    ReviewStore store((dir.path() / "review.jsonl").string());
    auto added = store.add(decision("a1", 10, "maybe"));
    REQUIRE_FALSE(added);
    CHECK(added.error().message.find("pin") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path() / "review.jsonl"));
}
