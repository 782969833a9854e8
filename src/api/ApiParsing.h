#pragma once

#include "ApiTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// The typed parsing every resource API shares: RFC 3339 date-times, a token node, a boolean
// result, and a GraphQL connection ({ count edges { node cursor } pageInfo { hasNextPage
// endCursor } }) of any node type. Pure, so tests and fuzzers call it without a network.
class ApiParsing {
    Q_DECLARE_TR_FUNCTIONS(ApiParsing)
public:
    // "The server's answer is missing <what>."
    static QString missing(const char *what);

    // RFC 3339 with the local UTC offset, e.g. 2026-12-22T18:04:05+01:00.
    static QString toRfc3339(const QDateTime &dateTime);
    static std::optional<QDateTime> dateTime(const QJsonValue &value);
    // An optional date-time field: empty when null or absent; false with *error when unreadable.
    static bool optionalDateTime(const QJsonValue &value, std::optional<QDateTime> *out,
                                 QString *error);

    static std::optional<AccessToken> accessToken(const QJsonObject &node, QString *error);
    // data[field] as a Boolean result.
    static std::optional<bool> boolResult(const QJsonObject &data, const char *field,
                                          const char *what, QString *error);

    // A connection object; `parseNode` (QJsonObject, QString *error) -> std::optional<T>.
    template <typename T, typename NodeParser>
    static std::optional<Page<T>> connection(const QJsonObject &object, NodeParser parseNode,
                                             const char *what, QString *error) {
        if (object.isEmpty()) {
            *error = missing(what);
            return std::nullopt;
        }
        Page<T> page;
        page.totalCount = object.value(QLatin1String("count")).toInt();
        const QJsonArray edges = object.value(QLatin1String("edges")).toArray();
        page.items.reserve(edges.size());
        for (const QJsonValue &edge : edges) {
            auto node = parseNode(edge.toObject().value(QLatin1String("node")).toObject(), error);
            if (!node)
                return std::nullopt;
            page.items.append(std::move(*node));
        }
        const QJsonObject pageInfo = object.value(QLatin1String("pageInfo")).toObject();
        page.hasNextPage = pageInfo.value(QLatin1String("hasNextPage")).toBool();
        page.endCursor = pageInfo.value(QLatin1String("endCursor")).toString();
        if (page.hasNextPage && page.endCursor.isEmpty()) {
            *error = missing("the cursor of the next page");
            return std::nullopt;
        }
        return page;
    }

    // A connection of personal access tokens.
    static std::optional<AccessTokenPage> accessTokenConnection(const QJsonObject &object,
                                                                QString *error);

    // Read from an answer's text without parsing it, to ask for the next page early: the
    // endCursor of the last pageInfo when its hasNextPage is true and no other connection in
    // the answer has a next page; nothing when in doubt (an escaped cursor, no such pageInfo).
    // The answer parsed later says whether it was right.
    static std::optional<QString> peekNextCursor(const QByteArray &json);

    // The variables of a paged query: first, and after when there is a cursor.
    static QJsonObject pageVariables(int first, const QString &after);
};
