#pragma once

#include "ApiTypes.h"
#include "Logging.h"

#include <QString>

// How every paged model takes a page of a GraphQL connection (ConnectionPager's answer).
namespace ModelPaging {

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
