#pragma once

#include <QTest>

#include <array>
#include <initializer_list>
#include <tuple>
#include <utility>

// Declares a one-column QTest data table and adds one row per {name, value} pair, so that
// the many single-column tables in the tests don't each repeat addColumn/newRow line by line.
template <typename T>
void addDataRows(const char *column, std::initializer_list<std::pair<const char *, T>> rows) {
    QTest::addColumn<T>(column);
    for (const auto &[name, value] : rows)
        QTest::newRow(name) << value;
}

// A data-table row of several columns: its name and one value per column.
template <typename... Ts> struct DataRow {
    const char *name;
    std::tuple<Ts...> values;
};

// Declares a QTest data table of the columns `columns` (of types Ts...) and adds `rows`:
//   addDataTable<QString, bool>({"kind", "executed"}, {{"reset", {u"reset"_s, true}}});
template <typename... Ts>
void addDataTable(const std::array<const char *, sizeof...(Ts)> &columns,
                  std::initializer_list<DataRow<Ts...>> rows) {
    auto column = columns.begin();
    (QTest::addColumn<Ts>(*column++), ...);
    for (const DataRow<Ts...> &row : rows) {
        QTestData &data = QTest::newRow(row.name);
        std::apply([&data](const auto &...value) { ((data << value), ...); }, row.values);
    }
}
