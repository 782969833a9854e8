#pragma once

#include <QTest>

#include <initializer_list>
#include <utility>

// Declares a one-column QTest data table and adds one row per {name, value} pair, so that
// the many single-column tables in the tests don't each repeat addColumn/newRow line by line.
template <typename T>
void addDataRows(const char *column, std::initializer_list<std::pair<const char *, T>> rows) {
    QTest::addColumn<T>(column);
    for (const auto &[name, value] : rows)
        QTest::newRow(name) << value;
}
