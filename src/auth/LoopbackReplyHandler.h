#pragma once

#include <QOAuthHttpServerReplyHandler>

// The loopback listener for the browser's redirect (RFC 8252): binds 127.0.0.1 only, on an
// ephemeral port, answers only its callback path, and reports token-endpoint failures,
// which Qt 6.4 only logs.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    // A sentence for the user from an OAuth error code and its description.
    static QString describeOAuthError(const QString &error, const QString &description);

Q_SIGNALS:
    // The token endpoint answered with an error, or with something that is not a token.
    void tokenRequestFailed(const QString &message);

protected:
    void networkReplyFinished(QNetworkReply *reply) override;
};
