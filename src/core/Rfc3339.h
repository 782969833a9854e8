#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

// A fast, strict parser for RFC 3339 date-times (section 5.6), the GraphQL DateTime scalar:
//   YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)
// 'T' may be 't' or a space and 'Z' may be 'z' (as the RFC allows); the offset is required;
// fractions of any length are truncated to milliseconds; leap seconds (:60) are refused, as
// QTime cannot hold them. No allocation, no locale, no time zone database: the result is
// the same instant in UTC (QDateTime compares instants, so it equals the offset's form).
namespace Rfc3339 {

// Milliseconds since the epoch, or nothing when `text` is not an RFC 3339 date-time.
std::optional<qint64> parseMSecsSinceEpoch(QStringView text);

// The same, as a QDateTime in UTC (Qt::UTC: no time zone data, stored inline).
std::optional<QDateTime> parse(QStringView text);

} // namespace Rfc3339
