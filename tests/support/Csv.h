#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 as the exports and receipts write it: fields separated by commas, records by CRLF,
// quoted fields with "" for a quote (a quoted field may hold commas and line ends).
inline QList<QStringList> parseCsv(const QString &text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// The first seven columns of an audit CSV row (User, Target, Action type, Action, Description,
// Time, Outcome) against the API's event object: empty when they agree, else the first that
// differs. Times are compared as instants.
inline QString auditRowDiffers(const QStringList &row, const QJsonObject &event) {
    const auto utc = [](const QString &time) {
        return QDateTime::fromString(time, Qt::ISODateWithMs).toUTC().toString(Qt::ISODateWithMs);
    };
    const QStringList expected{
        event.value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
        event.value(QLatin1String("target")).toString(),
        event.value(QLatin1String("actionType")).toString(),
        event.value(QLatin1String("action")).toString(),
        event.value(QLatin1String("description")).toString(),
        utc(event.value(QLatin1String("timestamp")).toString()),
        event.value(QLatin1String("outcome")).toString()};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString actual = i < row.size() ? (i == 5 ? utc(row.at(i)) : row.at(i)) : QString();
        if (actual != expected.at(i))
            return QStringLiteral("column %1: \"%2\", expected \"%3\"")
                .arg(i)
                .arg(actual, expected.at(i));
    }
    return {};
}
