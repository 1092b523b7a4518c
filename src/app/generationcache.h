#pragma once
// GenerationCache: a cache by key that forgets what has gone unused. Entries live in the
// current generation; once it holds more than its budget of bytes, the previous generation
// (entries not used since the last turn) is dropped and the current one becomes the previous.
// A lookup that finds an entry in the previous generation moves it back to the current one.
// So memory stays within about twice the budget however long the map is zoomed and scrubbed,
// and what one frame uses survives to the next.
#include <QHash>
#include <QString>

#include <utility>

namespace sitrep::app {

template <class V>
class GenerationCache {
public:
    explicit GenerationCache(qsizetype budgetBytes) : m_budget(budgetBytes) {}

    // The entry for `key`, or null.
    [[nodiscard]] V* find(const QString& key)
    {
        if (auto it = m_current.find(key); it != m_current.end())
            return &it->value;
        auto it = m_previous.find(key);
        if (it == m_previous.end())
            return nullptr;
        Entry entry = std::move(*it);
        m_previous.erase(it);
        m_currentBytes += entry.bytes;
        return &m_current.insert(key, std::move(entry))->value;
    }

    V& insert(const QString& key, V value, qsizetype bytes)
    {
        m_currentBytes += bytes;
        return m_current.insert(key, Entry {std::move(value), bytes})->value;
    }

    // When the current generation is over budget: calls `drop(value)` for every entry of the
    // previous one, forgets them, and starts a new generation. Call it where no value handed
    // out earlier is still in use.
    template <class Drop>
    void turnIfFull(Drop&& drop)
    {
        if (m_currentBytes <= m_budget)
            return;
        for (Entry& e : m_previous)
            drop(e.value);
        m_previous = std::move(m_current);
        m_current = {};
        m_currentBytes = 0;
    }

    template <class Drop>
    void clear(Drop&& drop)
    {
        for (auto* generation : {&m_previous, &m_current})
            for (Entry& e : *generation)
                drop(e.value);
        m_previous = {};
        m_current = {};
        m_currentBytes = 0;
    }

    [[nodiscard]] qsizetype size() const { return m_current.size() + m_previous.size(); }

private:
    struct Entry {
        V value;
        qsizetype bytes = 0;
    };
    qsizetype m_budget;
    qsizetype m_currentBytes = 0;
    QHash<QString, Entry> m_current, m_previous;
};

} // namespace sitrep::app
