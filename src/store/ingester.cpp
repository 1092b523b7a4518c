#include "ingester.h"

#include "text/articlereader.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_set>

namespace sitrep::store {

namespace fs = std::filesystem;

namespace {

bool isArticleExtension(const fs::path& p)
{
    std::string ext = p.extension().string();
    std::transform(
        ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

// What a worker hands the writer.
struct Item {
    enum class Kind { Article, KnownArticle, Problem, FileDone } kind = Kind::FileDone;
    core::Article article;
    ArticleAnalysis analysis;
    core::Error error;
};

// A bounded hand-over between the workers and the writer, so reading never runs far ahead of
// storing (memory stays flat on a 10k-article folder).
class ItemQueue {
public:
    explicit ItemQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    bool push(Item item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    std::optional<Item> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_producers == 0 || m_closed; });
        if (m_items.empty() || m_closed)
            return std::nullopt;
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void setProducers(int n)
    {
        std::lock_guard lock(m_mutex);
        m_producers = n;
    }

    void producerDone()
    {
        std::lock_guard lock(m_mutex);
        --m_producers;
        m_notEmpty.notify_all();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Item> m_items;
    std::size_t m_capacity;
    int m_producers = 0;
    bool m_closed = false;
};

} // namespace

core::Result<FileArticles> readArticleFile(const fs::path& path)
{
    auto reader = text::ArticleReader::open(path.string());
    if (!reader)
        return std::unexpected(reader.error());
    FileArticles out;
    if (reader->format() == text::ArticleFormat::JsonLines) {
        while (auto next = reader->nextArticle()) {
            if (*next)
                out.articles.push_back(std::move(**next));
            else
                out.problems.push_back(next->error());
        }
        return out;
    }
    auto article = reader->readAll();
    if (!article)
        return std::unexpected(article.error());
    out.articles.push_back(std::move(*article));
    return out;
}

ArticleFiles collectArticleFiles(const std::vector<std::string>& paths)
{
    ArticleFiles out;
    std::set<fs::path> seen;
    for (const std::string& given : paths) {
        std::error_code ec;
        const fs::path p(given);
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            out.problems.push_back({"no such file or folder", given});
            continue;
        }
        if (!fs::is_directory(status)) {
            seen.insert(fs::weakly_canonical(p, ec));
            continue;
        }
        fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            out.problems.push_back({"cannot list the folder: " + ec.message(), given});
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                out.problems.push_back({"cannot list the folder: " + ec.message(), given});
                break;
            }
            std::error_code fileEc;
            if (it->is_regular_file(fileEc) && isArticleExtension(it->path()))
                seen.insert(fs::weakly_canonical(it->path(), fileEc));
        }
    }
    out.files.assign(seen.begin(), seen.end());
    return out;
}

IngestSummary ingestFiles(Workspace& workspace, const std::vector<fs::path>& files, const IngestOptions& options)
{
    IngestSummary summary;
    IngestProgress progress;
    progress.filesTotal = files.size();

    // Articles already stored are skipped before analysis; the database still has the last
    // word (another process may store the same article meanwhile).
    auto stored = workspace.articleIds();
    if (!stored) {
        summary.stopped = stored.error();
        return summary;
    }
    const std::unordered_set<std::string> known(stored->begin(), stored->end());

    const int jobs = std::max(1, options.jobs);
    ItemQueue queue(static_cast<std::size_t>(jobs) * 16);
    queue.setProducers(jobs);
    std::atomic<std::size_t> nextFile {0};
    std::atomic<bool> stopping {false};

    auto work = [&] {
        for (;;) {
            const std::size_t i = nextFile.fetch_add(1);
            if (i >= files.size() || stopping.load())
                break;
            auto read = options.read(files[i]);
            bool open = true;
            if (!read) {
                open = queue.push({Item::Kind::Problem, {}, {}, read.error()});
            } else {
                for (core::Error& e : read->problems)
                    open = open && queue.push({Item::Kind::Problem, {}, {}, std::move(e)});
                for (core::Article& a : read->articles) {
                    if (!open || stopping.load())
                        break;
                    if (known.contains(a.id)) {
                        open = queue.push({Item::Kind::KnownArticle, std::move(a), {}, {}});
                        continue;
                    }
                    Item item {Item::Kind::Article, std::move(a), {}, {}};
                    if (options.analyse) {
                        try {
                            item.analysis = options.analyse(item.article);
                        } catch (const std::exception& e) {
                            item = {Item::Kind::Problem, {}, {},
                                {std::string("analysis failed: ") + e.what(), item.article.file}};
                        }
                    }
                    open = queue.push(std::move(item));
                }
            }
            if (!open || !queue.push({Item::Kind::FileDone, {}, {}, {}}))
                break;
        }
        queue.producerDone();
    };
    std::vector<std::jthread> workers;
    for (int j = 0; j < jobs; ++j)
        workers.emplace_back(work);

    while (auto item = queue.pop()) {
        switch (item->kind) {
        case Item::Kind::FileDone:
            ++progress.filesDone;
            break;
        case Item::Kind::KnownArticle:
            ++summary.duplicates;
            break;
        case Item::Kind::Problem:
            ++summary.failed;
            summary.failures.push_back(std::move(item->error));
            break;
        case Item::Kind::Article: {
            auto r = workspace.addArticle(item->article, item->analysis.mentions, item->analysis.claims);
            if (!r) {
                // The workspace itself failed (disk, lock, server): stop; what is stored stays.
                summary.stopped = r.error();
                stopping = true;
                queue.close();
                break;
            }
            if (*r == IngestStatus::Added) {
                ++summary.ingested;
                if (options.committed)
                    options.committed(item->article);
            } else {
                ++summary.duplicates;
            }
            break;
        }
        }
        if (summary.stopped)
            break;
        progress.ingested = summary.ingested;
        progress.duplicates = summary.duplicates;
        progress.failed = summary.failed;
        if (options.progress)
            options.progress(progress);
    }
    workers.clear(); // joins
    return summary;
}

} // namespace sitrep::store
