#pragma once

#include "ApiTypes.h"
#include "ExpiryRules.h"

#include <QCoreApplication>
#include <QVariant>

// How a personal access token's times read, the same in the user's list and the admin view:
// created relative (exact in the tooltip), expires as date plus time left, "No expiration"
// with a warning mark, expired, within 7 days (the status palette colours them through
// ItemRoles::ToneRole); never colour alone.
class TokenDisplay {
    Q_DECLARE_TR_FUNCTIONS(TokenDisplay)
public:
    static ExpiryState expiryState(const AccessToken &token, const QDateTime &now);
    static QString description(const AccessToken &token);
    static QString created(const AccessToken &token, const QDateTime &now);
    static QString createdToolTip(const AccessToken &token);
    static QString expires(const AccessToken &token, const QDateTime &now);
    static QString expiresToolTip(const AccessToken &token, const QDateTime &now);
    // The Expires cell's tone (ItemRoles::ToneRole): invalid while the token is fine.
    static QVariant expiresTone(const AccessToken &token, const QDateTime &now);
    static QVariant expiresDecoration(const AccessToken &token, const QDateTime &now);
    static qint64 expiresSortKey(const AccessToken &token);

    // The columns a token has wherever it is listed, and what a view asks of one of its cells
    // (Qt::DisplayRole, ToolTipRole, DecorationRole, ItemRoles::ToneRole, or `sortRole` for the
    // sort key). An invalid QVariant for anything else.
    enum class Column { Description, Created, Expires };
    static QVariant cell(const AccessToken &token, Column column, int role, int sortRole,
                         const QDateTime &now);
    // The icon of a resource, made once and then shared: a QIcon made per data() call is a new
    // icon engine each time, whose pixmaps the pixmap cache cannot recognise, so each repaint
    // of a countdown rendered the SVG again and kept the cache's flush timer waking up.
    static QIcon icon(const QString &resource);
};
