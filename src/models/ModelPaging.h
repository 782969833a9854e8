#pragma once

#include "ApiTypes.h"
#include "ConnectionPager.h"
#include "Logging.h"

#include <QString>

// What every paged list model holds besides its rows (a second base, after the item model):
// the pager that follows the server's connection, and the server's total count.
template <typename T> class PagedRows {
public:
    PagedRows(typename ConnectionPager<T>::Fetch fetch, int pageSize)
        : m_pager(std::move(fetch), pageSize) {}

    int totalCount() const { return m_totalCount; }
    bool isLoading() const { return m_pager.isLoading(); }
    // The first page has been asked for (since the last reset).
    bool hasStarted() const { return m_pager.hasStarted(); }

protected:
    ConnectionPager<T> m_pager;
    int m_totalCount = 0;
};

// How every paged model takes a page of a GraphQL connection (ConnectionPager's answer).
namespace ModelPaging {

// The model's total becomes `count`; if it changed, the model's totalCountChanged says so.
template <typename Model> void setTotal(Model *model, int *totalCount, int count) {
    if (*totalCount == count)
        return;
    *totalCount = count;
    Q_EMIT model->totalCountChanged(count);
}

// A failure is logged (naming `what`) and said with the model's loadFailed. Otherwise the model's
// total becomes the page's, a page with items goes to `append(items)` (the model inserts them as
// rows after the last), and then, if the total changed, the model's totalCountChanged says so.
template <typename Model, typename T, typename Append>
void take(Model *model, const ApiResult<Page<T>> &result, int *totalCount, const char *what,
          Append append) {
    if (result.error) {
        qCWarning(lcModels) << what << "page failed:" << result.error.message;
        Q_EMIT model->loadFailed(result.error.message);
        return;
    }
    const Page<T> &page = *result.value;
    const bool changed = *totalCount != page.totalCount;
    *totalCount = page.totalCount;
    if (!page.items.isEmpty())
        append(page.items);
    if (changed)
        Q_EMIT model->totalCountChanged(*totalCount);
}

} // namespace ModelPaging
