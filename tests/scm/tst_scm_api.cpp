// The SCM mutations' parsers: initiateAuthorization, exchangeAuthorizationCode, revokeScmToken.
#include "ModerneApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_ScmApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initiateAuthorization();
    void operationResults();
};

namespace {
QJsonObject wrap(const char *field, const QJsonObject &object) {
    return QJsonObject{{QLatin1String(field), object}};
}
} // namespace

void tst_ScmApi::initiateAuthorization() {
    QJsonObject authorization{
        {QStringLiteral("id"), QStringLiteral("a1")},
        {QStringLiteral("authorizationUrl"),
         QStringLiteral("https://github.com/login/oauth/authorize?state=s")},
        {QStringLiteral("callbackParameters"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("expiresAt"), QStringLiteral("2026-11-22T12:10:00Z")}};
    QString error;
    const auto result =
        ScmApi::parseInitiateAuthorization(wrap("initiateAuthorization", authorization), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->id, QStringLiteral("a1"));
    QCOMPARE(result->callbackParameters, QStringList{QStringLiteral("code")});
    QCOMPARE(result->expiresAt.toSecsSinceEpoch(),
             QDateTime::fromString(QStringLiteral("2026-11-22T12:10:00Z"), Qt::ISODate)
                 .toSecsSinceEpoch());

    QJsonObject noUrl = authorization;
    noUrl.remove(QStringLiteral("authorizationUrl"));
    QVERIFY(!ScmApi::parseInitiateAuthorization(wrap("initiateAuthorization", noUrl), &error));
    QVERIFY(error.contains(QLatin1String("authorization request")));
    QJsonObject badExpiry = authorization;
    badExpiry.insert(QStringLiteral("expiresAt"), QStringLiteral("soon"));
    QVERIFY(!ScmApi::parseInitiateAuthorization(wrap("initiateAuthorization", badExpiry), &error));
}

void tst_ScmApi::operationResults() {
    QString error;
    const auto ok = ScmApi::parseExchangeAuthorizationCode(
        wrap("exchangeAuthorizationCode",
             {{QStringLiteral("success"), true}, {QStringLiteral("error"), QJsonValue::Null}}),
        &error);
    QVERIFY(ok && ok->success && ok->error.isEmpty());
    const auto failed = ScmApi::parseRevokeScmToken(
        wrap("revokeScmToken", {{QStringLiteral("success"), false},
                                {QStringLiteral("error"), QStringLiteral("There is no token.")}}),
        &error);
    QVERIFY(failed && !failed->success);
    QCOMPARE(failed->error, QStringLiteral("There is no token."));
    QVERIFY(!ScmApi::parseRevokeScmToken(QJsonObject{}, &error));
    QVERIFY(!ScmApi::parseExchangeAuthorizationCode(
        wrap("revokeScmToken", {{QStringLiteral("success"), true}}), &error));
}

QTEST_GUILESS_MAIN(tst_ScmApi)
#include "tst_scm_api.moc"
