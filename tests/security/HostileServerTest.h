#pragma once

// The fixture of the tests against hostile-server.mjs that sign in: the server, started once,
// and a browser that plays the user, fresh for each test function.
#include "BrowserPlayer.h"
#include "HostileServer.h"
#include "JwksCache.h"
#include "OidcDiscovery.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

#include <optional>

class HostileServerTest : public QObject {
    Q_OBJECT
protected:
    HostileServer m_server;
    BrowserPlayer m_browser;

    // The sentence OIDC discovery of `scenario`'s issuer fails with, on a network manager with
    // Qt's default redirect policy; nothing when no answer came within `timeoutMs`.
    std::optional<QString> discoveryError(const QString &scenario, int timeoutMs) {
        QNetworkAccessManager network;
        OidcDiscovery discovery(&network);
        std::optional<QString> error;
        discovery.fetch(m_server.issuer(scenario), nullptr,
                        [&](const OidcConfiguration &, const QString &e) { error = e; });
        if (!QTest::qWaitFor([&] { return error.has_value(); }, timeoutMs))
            return std::nullopt;
        return error;
    }

    // Likewise for the key set of `scenario`'s issuer (asked for key "k1"), and the keys it
    // came back with.
    std::optional<QString> keySetError(const QString &scenario, int timeoutMs,
                                       Jwks *keys = nullptr) {
        QNetworkAccessManager network;
        JwksCache cache(&network);
        std::optional<QString> error;
        cache.keys(m_server.issuer(scenario), QStringLiteral("k1"), this,
                   [&](const Jwks &k, const QString &e) {
                       if (keys)
                           *keys = k;
                       error = e;
                   });
        if (!QTest::qWaitFor([&] { return error.has_value(); }, timeoutMs))
            return std::nullopt;
        return error;
    }

protected Q_SLOTS:
    void initTestCase() {
        QCOMPARE(m_server.start(), QString());
        m_browser.install();
    }
    void init() { m_browser.reset(); }
};
