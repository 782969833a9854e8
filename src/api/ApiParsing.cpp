#include "ApiParsing.h"

#include "Rfc3339.h"

QString ApiParsing::missing(const char *what) {
    return tr("The server's answer is missing %1.").arg(QLatin1String(what));
}

QString ApiParsing::toRfc3339(const QDateTime &dateTime) {
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODate);
}

std::optional<QDateTime> ApiParsing::dateTime(const QJsonValue &value) {
    // RFC 3339 (the DateTime scalar) with its offset, read without QDateTime::fromString's
    // general ISO 8601 machinery: this runs twice per token, for thousands of tokens.
    if (!value.isString())
        return std::nullopt;
    return Rfc3339::parse(value.toString());
}

bool ApiParsing::optionalDateTime(const QJsonValue &value, std::optional<QDateTime> *out,
                                  QString *error) {
    out->reset();
    if (value.isNull() || value.isUndefined())
        return true;
    *out = dateTime(value);
    if (!*out) {
        *error = tr("The server sent an expiry time TokenDesk cannot read: %1")
                     .arg(value.toVariant().toString());
        return false;
    }
    return true;
}

std::optional<AccessToken> ApiParsing::accessToken(const QJsonObject &node, QString *error) {
    AccessToken token;
    token.id = node.value(QLatin1String("id")).toString();
    if (token.id.isEmpty()) {
        *error = missing("a token id");
        return std::nullopt;
    }
    token.description = node.value(QLatin1String("description")).toString();
    const auto created = dateTime(node.value(QLatin1String("created")));
    if (!created) {
        *error = missing("a token's creation time");
        return std::nullopt;
    }
    token.created = *created;
    if (!optionalDateTime(node.value(QLatin1String("expiresAt")), &token.expiresAt, error))
        return std::nullopt;
    return token;
}

std::optional<bool> ApiParsing::boolResult(const QJsonObject &data, const char *field,
                                           const char *what, QString *error) {
    const QJsonValue value = data.value(QLatin1String(field));
    if (!value.isBool()) {
        *error = missing(what);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<AccessTokenPage> ApiParsing::accessTokenConnection(const QJsonObject &object,
                                                                 QString *error) {
    return connection<AccessToken>(object, &accessToken, "the list of access tokens", error);
}

namespace {
// The position after `"key"`, blanks and a colon, and blanks; -1 when that is not what follows.
qsizetype valueAfterKey(const QByteArray &json, qsizetype keyEnd) {
    qsizetype at = keyEnd;
    const auto blanks = [&] {
        while (at < json.size() &&
               (json[at] == ' ' || json[at] == '\t' || json[at] == '\n' || json[at] == '\r'))
            ++at;
    };
    blanks();
    if (at >= json.size() || json[at] != ':')
        return -1;
    ++at;
    blanks();
    return at;
}
} // namespace

std::optional<QString> ApiParsing::peekNextCursor(const QByteArray &json) {
    static constexpr QByteArrayView HasNextPage = "\"hasNextPage\"";
    static constexpr QByteArrayView EndCursor = "\"endCursor\"";
    // Every hasNextPage: only the last may be true.
    qsizetype last = -1;
    bool lastTrue = false;
    for (qsizetype at = json.indexOf(HasNextPage); at >= 0;
         at = json.indexOf(HasNextPage, at + HasNextPage.size())) {
        if (last >= 0 && lastTrue)
            return std::nullopt; // another connection has more: not only the last one
        const qsizetype value = valueAfterKey(json, at + HasNextPage.size());
        if (value < 0)
            return std::nullopt;
        lastTrue = QByteArrayView(json).sliced(value).startsWith("true");
        last = at;
    }
    if (last < 0 || !lastTrue)
        return std::nullopt;
    // Its endCursor: the last one, in the same pageInfo (no brace between them).
    const qsizetype cursor = json.lastIndexOf(EndCursor);
    if (cursor < 0)
        return std::nullopt;
    const QByteArrayView between =
        QByteArrayView(json).sliced(std::min(cursor, last)).first(std::abs(cursor - last));
    if (between.contains('{') || between.contains('}') || between.contains('['))
        return std::nullopt;
    const qsizetype value = valueAfterKey(json, cursor + EndCursor.size());
    if (value < 0 || value >= json.size() || json.at(value) != '"')
        return std::nullopt;
    const qsizetype end = json.indexOf('"', value + 1);
    if (end < 0)
        return std::nullopt;
    const QByteArrayView text = QByteArrayView(json).sliced(value + 1, end - value - 1);
    if (text.isEmpty() || text.contains('\\'))
        return std::nullopt; // escaped: left to the parser
    return QString::fromUtf8(text);
}

QJsonObject ApiParsing::pageVariables(int first, const QString &after) {
    QJsonObject variables{{QStringLiteral("first"), first}};
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    return variables;
}
