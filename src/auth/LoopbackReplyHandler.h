#pragma once

#include "LoopbackServer.h"

#include <QOAuthOobReplyHandler>

#include <functional>
#include <optional>

// The sign-in's reply handler: the browser's redirect arrives on a LoopbackServer (127.0.0.1
// only, ephemeral port, its callback path only, the state checked first), and token-endpoint
// failures, which Qt 6.4 only logs, are reported. It replaces QOAuthHttpServerReplyHandler,
// whose request parsing is private to Qt.
class LoopbackReplyHandler : public QOAuthOobReplyHandler {
    Q_OBJECT
public:
    // Looks at a callback that carried the expected state before the flow sees it: returns
    // the page to show when the callback is refused (the flow never sees it), nothing to hand it
    // to the flow.
    using Filter = std::function<std::optional<LoopbackServer::Page>(const QUrlQuery &query)>;

    // Starts listening on 127.0.0.1 (see isListening()). Until expectState() is called every
    // callback is refused.
    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    LoopbackServer *server() const { return m_server; }
    // The state the flow put on its authorization request (see LoopbackServer::expectState).
    void expectState(const QString &state) { m_server->expectState(state); }
    void setFilter(Filter filter) { m_filter = std::move(filter); }

    // http://127.0.0.1:<port>/callback, the redirect URI of the authorization and token requests.
    QString callback() const override;
    quint16 port() const { return m_server->port(); }
    bool isListening() const;
    void close();

    // A sentence for the user from an OAuth error code and its description.
    static QString describeOAuthError(const QString &error, const QString &description);

Q_SIGNALS:
    // The token endpoint answered with an error, or with something that is not a token.
    void tokenRequestFailed(const QString &message);

protected:
    void networkReplyFinished(QNetworkReply *reply) override;

private:
    LoopbackServer::Page onCallback(const QUrlQuery &query);

    LoopbackServer *m_server;
    Filter m_filter;
};
