#include "TokenDisplay.h"

#include "ItemRoles.h"
#include "PlainText.h"
#include "TimeFormat.h"

#include <QHash>
#include <QIcon>
#include <QLocale>

#include <limits>

ExpiryState TokenDisplay::expiryState(const AccessToken &token, const QDateTime &now) {
    return ExpiryRules::state(TokenKind::PersonalAccessToken, token.expiresAt.value_or(QDateTime()),
                              now);
}

QString TokenDisplay::description(const AccessToken &token) {
    return token.description.isEmpty() ? tr("(no description)") : token.description;
}

QString TokenDisplay::created(const AccessToken &token, const QDateTime &now) {
    return TimeFormat::relative(token.created, now);
}

QString TokenDisplay::createdToolTip(const AccessToken &token) {
    return tr("Created %1").arg(TimeFormat::exact(token.created));
}

QString TokenDisplay::expires(const AccessToken &token, const QDateTime &now) {
    if (!token.expiresAt)
        return tr("No expiration");
    const QString date =
        QLocale().toString(token.expiresAt->toLocalTime().date(), QLocale::ShortFormat);
    if (expiryState(token, now) == ExpiryState::Expired)
        return tr("Expired %1 (%2)").arg(TimeFormat::relative(*token.expiresAt, now), date);
    return tr("%1 (%2)").arg(TimeFormat::relative(*token.expiresAt, now), date);
}

QString TokenDisplay::expiresToolTip(const AccessToken &token, const QDateTime &now) {
    switch (expiryState(token, now)) {
    case ExpiryState::Never:
        return tr("This token never expires. Anyone who obtains it can use it until it is "
                  "revoked.");
    case ExpiryState::Expired:
        return tr("Expired %1").arg(TimeFormat::exact(*token.expiresAt));
    case ExpiryState::Soon:
        return tr("Expires soon: %1").arg(TimeFormat::exact(*token.expiresAt));
    case ExpiryState::Fine:
        break;
    }
    return tr("Expires %1").arg(TimeFormat::exact(*token.expiresAt));
}

QVariant TokenDisplay::expiresTone(const AccessToken &token, const QDateTime &now) {
    const ExpiryState state = expiryState(token, now);
    return state == ExpiryState::Fine ? QVariant() : QVariant::fromValue(state);
}

QVariant TokenDisplay::expiresDecoration(const AccessToken &token, const QDateTime &now) {
    switch (expiryState(token, now)) {
    case ExpiryState::Expired:
        return icon(QStringLiteral(":/icons/expired.svg"));
    case ExpiryState::Soon:
    case ExpiryState::Never:
        return icon(QStringLiteral(":/icons/warning.svg"));
    case ExpiryState::Fine:
        break;
    }
    return {};
}

QIcon TokenDisplay::icon(const QString &resource) {
    // GUI thread only (models' data()); kept until exit, never destroyed after the application.
    static auto *const icons = new QHash<QString, QIcon>;
    auto it = icons->constFind(resource);
    if (it == icons->constEnd())
        it = icons->insert(resource, QIcon(resource));
    return *it;
}

qint64 TokenDisplay::expiresSortKey(const AccessToken &token) {
    return token.expiresAt ? token.expiresAt->toSecsSinceEpoch()
                           : std::numeric_limits<qint64>::max();
}

QVariant TokenDisplay::cell(const AccessToken &token, Column column, int role, int sortRole,
                            const QDateTime &now) {
    if (role == sortRole) {
        switch (column) {
        case Column::Description:
            return token.description.toLower();
        case Column::Created:
            return token.created.toSecsSinceEpoch();
        case Column::Expires:
            return expiresSortKey(token);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Description:
            return description(token);
        case Column::Created:
            return created(token, now);
        case Column::Expires:
            return expires(token, now);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Description:
            return PlainText::toRichText(token.description);
        case Column::Created:
            return createdToolTip(token);
        case Column::Expires:
            return expiresToolTip(token, now);
        }
        break;
    case ItemRoles::ToneRole:
        if (column == Column::Expires)
            return expiresTone(token, now);
        break;
    case Qt::DecorationRole:
        if (column == Column::Expires)
            return expiresDecoration(token, now);
        break;
    default:
        break;
    }
    return {};
}
