#pragma once

#include <utility>

// Sets `field` to `value`: true when that changed it, so the caller says so (emits its signal),
// false when it held that value already.
template <typename T, typename U> bool setChanged(T &field, U &&value) {
    if (field == value)
        return false;
    field = std::forward<U>(value);
    return true;
}
