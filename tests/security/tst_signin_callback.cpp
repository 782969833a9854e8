// The sign-in's callback and state against a local attacker and a mixed-up issuer (issue 15,
// items 4, 5 and 13): a real LoginSession and its real loopback listener, the issuer played by
// a fake network, the browser's callback sent over a raw socket.
// - the state comes from the system's secure generator (not Qt 6.4's clock-seeded one, whose
//   next value a test can predict: CVE-2024-36048), 256 bits, base64url;
// - the state is checked before anything else: an `error=` without it is ignored and the
//   sign-in goes on; with it, the server's text reaches the message as it was, as text;
// - the RFC 9207 `iss` of the callback, when present, must be the issuer;
// - an issuer that does not advertise PKCE S256 is refused before the browser opens.
#include "FakeNetworkAccessManager.h"
#include "LoginSession.h"
#include "LoopbackExchange.h"
#include "MemoryCredentialStore.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <random>

namespace {

const QUrl Issuer(QStringLiteral("https://login.acme.moderne.io/auth/realms/acme"));

// Stands in for the system browser: remembers what it was asked to open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

QByteArray discoveryDocument(bool advertiseS256) {
    const QString base = Issuer.toString() + QLatin1String("/protocol/openid-connect");
    QJsonObject document{{QStringLiteral("issuer"), Issuer.toString()},
                         {QStringLiteral("authorization_endpoint"), base + QLatin1String("/auth")},
                         {QStringLiteral("token_endpoint"), base + QLatin1String("/token")},
                         {QStringLiteral("jwks_uri"), base + QLatin1String("/certs")},
                         {QStringLiteral("authorization_response_iss_parameter_supported"), true}};
    if (advertiseS256)
        document.insert(QStringLiteral("code_challenge_methods_supported"),
                        QJsonArray{QStringLiteral("S256")});
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

// The issuer, played by a fake network: its discovery document, with or without PKCE S256, and
// a token endpoint whose requests are counted and never answered.
struct FakeIssuer {
    FakeIssuer() {
        network.setHandler([this](const FakeNetworkAccessManager::Recorded &request) {
            if (request.request.url().path().endsWith(
                    QLatin1String("/.well-known/openid-configuration")))
                return FakeNetworkAccessManager::json(discoveryDocument(advertiseS256));
            ++tokenRequests;
            FakeNetworkAccessManager::Response hang;
            hang.hang = true;
            return hang;
        });
    }
    void reset() {
        advertiseS256 = true;
        tokenRequests = 0;
    }

    FakeNetworkAccessManager network;
    bool advertiseS256 = true;
    int tokenRequests = 0;
};

// What Qt 6.4.2 uses for the default state (QAbstractOAuthPrivate::generateRandomString(8)):
// a std::mt19937 seeded once with the time in milliseconds.
QString qtDefaultState(std::mt19937 &engine) {
    static const char characters[] =
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::uniform_int_distribution<int> distribution(0, sizeof(characters) - 2);
    QString state;
    for (int i = 0; i < 8; ++i)
        state.append(QLatin1Char(characters[distribution(engine)]));
    return state;
}

} // namespace

class tst_SignInCallback : public QObject {
    Q_OBJECT
private:
    FakeIssuer m_issuer;
    MemoryCredentialStore m_store;
    UrlCatcher m_browser;
    qint64 m_startedAt = 0;

    TenantProfile profile() const {
        TenantProfile p;
        p.displayName = QStringLiteral("Acme");
        p.baseUrl = QUrl(QStringLiteral("https://acme.moderne.io"));
        p.issuer = Issuer;
        p.apiUrl = QUrl(QStringLiteral("https://api.acme.moderne.io/graphql"));
        return p;
    }

    struct Started {
        QString state;
        quint16 port = 0;
    };
    // Starts a sign-in and waits until the browser was sent to the issuer.
    Started start(LoginSession &session) {
        const int before = int(m_browser.opened.size());
        session.signIn();
        if (!QTest::qWaitFor([&] { return m_browser.opened.size() > before; }, 5000))
            return {};
        const QUrlQuery query(m_browser.opened.constLast());
        const QUrl redirect(
            query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        return {query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                quint16(redirect.port())};
    }

    // The browser's (or an attacker's) GET on the callback; returns the status line's code.
    static int callback(quint16 port, const QByteArray &query) {
        const QByteArray answer = loopbackExchange(
            port, "GET /callback?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        return answer == "<no connection>" ? -1 : httpStatus(answer);
    }

private Q_SLOTS:
    void initTestCase() {
        m_startedAt = QDateTime::currentDateTime().toMSecsSinceEpoch();
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "openUrl");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void init() { m_issuer.reset(); }

    // Item 5: 32 bytes of the system's generator, base64url, a new one each time; and not
    // what Qt 6.4.2 would have made: its default state is 8 characters from a std::mt19937
    // seeded with the clock, so knowing roughly when the first sign-in started gives the
    // seed, and the seed gives the next sign-in's state.
    void theStateComesFromTheSecureGenerator() {
        LoginSession session(&m_issuer.network, &m_store);
        session.setProfile(profile());
        const Started first = start(session);
        const qint64 openedAt = QDateTime::currentDateTime().toMSecsSinceEpoch();
        session.cancel();
        const Started second = start(session);
        session.cancel();
        QVERIFY(first.port > 0 && second.port > 0);
        qInfo("states: %d and %d characters", int(first.state.size()), int(second.state.size()));

        // The attack: every millisecond since the test began as the seed.
        std::optional<QString> predicted;
        for (qint64 seed = m_startedAt - 2000; seed <= openedAt + 10 && !predicted; ++seed) {
            std::mt19937 engine(static_cast<std::mt19937::result_type>(seed));
            if (qtDefaultState(engine) == first.state)
                predicted = qtDefaultState(engine);
        }
        QVERIFY2(!predicted, qPrintable(QStringLiteral("the second state was predictable: %1")
                                            .arg(predicted.value_or(QString()))));
        QVERIFY(first.state != second.state);

        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]+$"));
        for (const QString &state : {first.state, second.state}) {
            QVERIFY2(base64url.match(state).hasMatch(), qPrintable(state));
            // At least 128 bits: 22 base64url characters; 32 bytes make 43.
            QCOMPARE(state.size(), 43);
        }
    }

    // Item 4: anyone on this computer can reach the loopback port. Without the sign-in's
    // state, an error (whatever its text) is refused and the sign-in keeps waiting; only the
    // real one ends it, and its text is passed on as it was (the window shows it as text).
    void anErrorWithoutTheStateIsIgnored() {
        LoginSession session(&m_issuer.network, &m_store);
        session.setProfile(profile());
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        const Started started = start(session);
        QVERIFY(started.port > 0);
        const QByteArray forgedText = "%3Ca%20href%3D%22https%3A%2F%2Fevil.example%22%3E"
                                      "Call%20support%3C%2Fa%3E";
        QCOMPARE(callback(started.port, "error=access_denied&error_description=" + forgedText),
                 400);
        QCOMPARE(callback(started.port, "error=server_error&state=forged"), 400);
        QCOMPARE(
            callback(started.port, "error=access_denied&state=" + started.state.left(42).toUtf8()),
            400);
        QTest::qWait(100);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(session.state(), LoginSession::State::WaitingForBrowser);

        QCOMPARE(callback(started.port, "error=access_denied&error_description=" + forgedText +
                                            "&state=" + started.state.toUtf8()),
                 200);
        QTRY_COMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(
            message.contains(QLatin1String("<a href=\"https://evil.example\">Call support</a>")),
            qPrintable(message));
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QCOMPARE(m_issuer.tokenRequests, 0);
    }

    // Item 13: RFC 9207. A callback with the right state but another issuer's `iss` is a
    // mix-up: the sign-in fails with its own message and the code is never sent anywhere.
    void anotherIssuerInTheCallbackIsRefused() {
        LoginSession session(&m_issuer.network, &m_store);
        session.setProfile(profile());
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        const Started started = start(session);
        QCOMPARE(
            callback(started.port, "code=the-code&state=" + started.state.toUtf8() +
                                       "&iss=https%3A%2F%2Flogin.evil.example%2Frealms%2Facme"),
            400);
        QTRY_COMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("https://login.evil.example/realms/acme")) &&
                     message.contains(QLatin1String("issuer")),
                 qPrintable(message));
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QCOMPARE(m_issuer.tokenRequests, 0);
    }

    // ...and the issuer's own `iss` (or none) lets the code go to the token endpoint.
    void theIssuersOwnIssIsAccepted() {
        for (const QByteArray &iss :
             {QByteArray("&iss=") + QUrl::toPercentEncoding(Issuer.toString()), QByteArray()}) {
            LoginSession session(&m_issuer.network, &m_store);
            session.setProfile(profile());
            QSignalSpy failed(&session, &LoginSession::signInFailed);
            const int before = m_issuer.tokenRequests;
            const Started started = start(session);
            QCOMPARE(callback(started.port, "code=the-code&state=" + started.state.toUtf8() + iss),
                     200);
            QTRY_COMPARE(m_issuer.tokenRequests, before + 1);
            QCOMPARE(failed.count(), 0);
            QCOMPARE(session.state(), LoginSession::State::ExchangingCode);
            session.cancel();
        }
    }

    // Item 5: an issuer whose discovery does not advertise S256 is refused, with its own
    // message, before the browser is opened.
    void anIssuerWithoutS256IsRefused() {
        m_issuer.advertiseS256 = false;
        LoginSession session(&m_issuer.network, &m_store);
        session.setProfile(profile());
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        const int opened = int(m_browser.opened.size());
        session.signIn();
        QTRY_COMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("S256")) &&
                     message.contains(QLatin1String("code_challenge_methods_supported")),
                 qPrintable(message));
        QCOMPARE(m_browser.opened.size(), opened);
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
    }
};

QTEST_MAIN(tst_SignInCallback)
#include "tst_signin_callback.moc"
