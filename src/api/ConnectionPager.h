#pragma once

#include "ApiTypes.h"
#include "Changed.h"

#include <QString>

#include <functional>

// Follows a GraphQL connection page by page (first / after, pageInfo.hasNextPage / endCursor,
// count) for any list: the user's tokens, the users with tokens, a user's tokens, audit events.
// It keeps the cursor, the total and whether a page is on its way, and drops the answer to a
// request made before the last reset(), so a reloaded list never receives a stale page.
template <typename T> class ConnectionPager {
public:
    using PageResult = ApiResult<Page<T>>;
    using PageCallback = std::function<void(const PageResult &)>;
    // Asks the server for `first` nodes after `after` (empty: from the start) and calls back once.
    using Fetch = std::function<void(int first, const QString &after, PageCallback done)>;

    explicit ConnectionPager(Fetch fetch = {}, int pageSize = 100)
        : m_fetch(std::move(fetch))
        , m_pageSize(pageSize) {}

    void setFetch(Fetch fetch) { m_fetch = std::move(fetch); }
    // Told whenever isLoading() changes (e.g. to emit a model's loadingChanged signal).
    void setLoadingChanged(std::function<void(bool)> changed) {
        m_loadingChanged = std::move(changed);
    }
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    // Back to before the first page; an answer still on its way is dropped when it comes.
    void reset() {
        ++m_generation;
        m_started = false;
        setLoading(false);
        m_hasNextPage = false;
        m_endCursor.clear();
        m_totalCount = 0;
    }

    // Carries on from a first page that came some other way (e.g. nested in another query).
    void continueFrom(const Page<T> &first) {
        reset();
        m_started = true;
        m_hasNextPage = first.hasNextPage;
        m_endCursor = first.endCursor;
        m_totalCount = first.totalCount;
    }

    bool hasStarted() const { return m_started; }
    bool isLoading() const { return m_loading; }
    bool hasNextPage() const { return m_hasNextPage; }
    int totalCount() const { return m_totalCount; }
    void setTotalCount(int count) { m_totalCount = count; }
    // The first page, or a next one while none is on its way.
    bool canFetchMore() const { return !m_loading && (!m_started || m_hasNextPage); }

    // Requests the next page. With a page, `done` runs after the pager has taken its cursor,
    // count and "has next", and while isLoading() is still true (it turns false right after,
    // so a fetchMore() from a handler of the rows `done` inserts does not ask twice); with an
    // error, after isLoading() turned false. `done` does not run when reset() came in between.
    void fetchNext(PageCallback done) {
        if (!canFetchMore() || !m_fetch)
            return;
        m_started = true;
        setLoading(true);
        const quint64 generation = m_generation;
        m_fetch(m_pageSize, m_endCursor,
                [this, generation, done = std::move(done)](const PageResult &result) {
                    if (generation != m_generation)
                        return;
                    if (result.error || !result.value) {
                        setLoading(false);
                        done(result);
                        return;
                    }
                    m_hasNextPage = result.value->hasNextPage;
                    m_endCursor = result.value->endCursor;
                    m_totalCount = result.value->totalCount;
                    done(result);
                    if (generation == m_generation)
                        setLoading(false);
                });
    }

private:
    void setLoading(bool loading) {
        if (setChanged(m_loading, loading) && m_loadingChanged)
            m_loadingChanged(loading);
    }

    Fetch m_fetch;
    std::function<void(bool)> m_loadingChanged;
    int m_pageSize;
    bool m_started = false;
    bool m_loading = false;
    bool m_hasNextPage = false;
    QString m_endCursor;
    int m_totalCount = 0;
    quint64 m_generation = 0;
};
