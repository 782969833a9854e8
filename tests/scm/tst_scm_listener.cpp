// The SCM callback listener: 127.0.0.1 only, one callback then closed, the wrong state rejected
// with a message, nothing taken before the authorization exists, other paths 404 without
// spending the callback, closed when the authorization expires.
#include "LoopbackExchange.h"
#include "ScmAuthorizationListener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class tst_ScmListener : public QObject {
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    struct Answer {
        int status = 0;
        QByteArray body;
    };
    Answer get(const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return {};
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
        reply->deleteLater();
        return answer;
    }
    // What the listener answers to its callback URL with `query`.
    Answer callback(const ScmAuthorizationListener &listener, const QString &query) {
        QUrl url = listener.redirectUri();
        url.setQuery(query);
        return get(url);
    }

private Q_SLOTS:
    void oneCallbackThenClosed() {
        ScmAuthorizationListener listener;
        QVERIFY(listener.listen());
        const QUrl redirect = listener.redirectUri();
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        listener.expect(QStringLiteral("s1"), {QStringLiteral("code")},
                        QDateTime::currentDateTimeUtc().addSecs(600));
        QSignalSpy received(&listener, &ScmAuthorizationListener::callbackReceived);
        QSignalSpy failed(&listener, &ScmAuthorizationListener::failed);

        QUrl other = redirect;
        other.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(get(other).status, 404);
        QCOMPARE(received.count(), 0);

        QUrl callback = redirect;
        callback.setQuery(QStringLiteral("code=abc%2B1&state=s1"));
        const Answer answer = get(callback);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("return to TokenDesk"));
        QCOMPARE(received.count(), 1);
        const auto parameters = received.first().first().value<QMap<QString, QString>>();
        QCOMPARE(parameters.value(QStringLiteral("code")), QStringLiteral("abc+1"));
        QCOMPARE(parameters.value(QStringLiteral("state")), QStringLiteral("s1"));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!listener.isListening());
        QVERIFY(!loopbackPortIsOpen(redirect));
    }

    void wrongStateIsRejected() {
        ScmAuthorizationListener listener;
        QVERIFY(listener.listen());
        listener.expect(QStringLiteral("expected"), {QStringLiteral("code")},
                        QDateTime::currentDateTimeUtc().addSecs(600));
        QSignalSpy received(&listener, &ScmAuthorizationListener::callbackReceived);
        QSignalSpy failed(&listener, &ScmAuthorizationListener::failed);
        const Answer answer = callback(listener, QStringLiteral("code=abc&state=forged"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("does not belong"));
        QCOMPARE(received.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("state does not match")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!listener.isListening());
    }

    void providerErrorAndMissingCode_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason"); // a word of the failure's sentence
        QTest::newRow("provider error")
            << QStringLiteral("error=access_denied&state=s") << 200 << QStringLiteral("denied");
        QTest::newRow("missing code") << QStringLiteral("state=s") << 400 << QStringLiteral("code");
    }
    void providerErrorAndMissingCode() {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, reason);
        ScmAuthorizationListener listener;
        QVERIFY(listener.listen());
        listener.expect(QStringLiteral("s"), {QStringLiteral("code")}, {});
        QSignalSpy failed(&listener, &ScmAuthorizationListener::failed);
        QCOMPARE(callback(listener, query).status, status);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(reason));
    }

    // Issue 15 item 8: listening starts before initiateAuthorization answers, but until the
    // flow names the authorization just created (expect()), no callback is taken: it is
    // refused, reported nowhere, and the attempt goes on. Then its state passes.
    void callbacksBeforeTheAuthorizationAreRefused() {
        ScmAuthorizationListener listener;
        QVERIFY(listener.listen());
        QSignalSpy received(&listener, &ScmAuthorizationListener::callbackReceived);
        QSignalSpy failed(&listener, &ScmAuthorizationListener::failed);
        const Answer refused =
            callback(listener, QStringLiteral("code=attackers-code&state=attackers-state"));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("does not belong"));
        QCOMPARE(received.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(listener.isListening());

        listener.expect(QStringLiteral("issued"), {QStringLiteral("code")},
                        QDateTime::currentDateTimeUtc().addSecs(600));
        QCOMPARE(callback(listener, QStringLiteral("code=real&state=issued")).status, 200);
        QCOMPARE(received.count(), 1);
        const auto parameters = received.first().first().value<QMap<QString, QString>>();
        QCOMPARE(parameters.value(QStringLiteral("code")), QStringLiteral("real"));
    }

    // An error without the authorization's state is anybody's: ignored, the attempt goes on.
    void anErrorWithoutTheStateIsIgnored() {
        ScmAuthorizationListener listener;
        QVERIFY(listener.listen());
        listener.expect(QStringLiteral("s"), {QStringLiteral("code")}, {});
        QSignalSpy failed(&listener, &ScmAuthorizationListener::failed);
        QCOMPARE(
            callback(listener, QStringLiteral("error=access_denied&error_description=fake&state=x"))
                .status,
            400);
        QCOMPARE(failed.count(), 0);
        QVERIFY(listener.isListening());
    }

    // OAuth 1.0a: oauth_token plays the state's part.
    void oauthTokenCanBeTheState() {
        ScmAuthorizationListener listener;
        QVERIFY(listener.listen());
        listener.expect(QStringLiteral("t1"), {QStringLiteral("oauth_verifier")}, {},
                        QStringLiteral("oauth_token"));
        QSignalSpy received(&listener, &ScmAuthorizationListener::callbackReceived);
        QCOMPARE(callback(listener, QStringLiteral("oauth_verifier=v&oauth_token=t2")).status, 400);
        QCOMPARE(callback(listener, QStringLiteral("oauth_verifier=v&oauth_token=t1")).status, 200);
        QCOMPARE(received.count(), 1);
        const auto parameters = received.first().first().value<QMap<QString, QString>>();
        QCOMPARE(parameters.value(QStringLiteral("oauth_verifier")), QStringLiteral("v"));
        QCOMPARE(parameters.value(QStringLiteral("oauth_token")), QStringLiteral("t1"));
    }

    void closesWhenTheAuthorizationExpires() {
        ScmAuthorizationListener listener;
        // The clock says the authorization's expiry has already passed.
        const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
        listener.setClock([expiresAt] { return expiresAt.addSecs(1); });
        QVERIFY(listener.listen());
        const QUrl redirect = listener.redirectUri();
        QSignalSpy failed(&listener, &ScmAuthorizationListener::failed);
        listener.expect(QStringLiteral("s"), {QStringLiteral("code")}, expiresAt);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("expired")));
        QVERIFY(!listener.isListening());
        QVERIFY(!loopbackPortIsOpen(redirect));
    }
};

QTEST_GUILESS_MAIN(tst_ScmListener)
#include "tst_scm_listener.moc"
