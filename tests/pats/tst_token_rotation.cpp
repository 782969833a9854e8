// The app's rotation (services/TokenRotation) against the sandbox: the hand-off comes before the
// old token's revoke, createAccessToken is sent once per rotation (the sandbox's operation log
// counts it), a stop after each journal step resumes from the journal with a new controller, a
// lost answer to create makes no second create, a grace period leaves the revoke pending.
#include "AccessTokenService.h"
#include "BrowserPlayer.h"
#include "SandboxProcess.h"
#include "SignedInApi.h"
#include "TokenRotation.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Rotation::Step)

class tst_TokenRotation : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApi> m_admin;
    std::unique_ptr<AccessTokenService> m_service;
    QTemporaryDir m_dir;
    QString m_journal;
    QList<QByteArray> m_handedHashes; // SHA-256 of each value handed over, never the value
    int m_case = 0;

    QString tenant() const { return m_sandbox.apiUrl().toString(QUrl::StripTrailingSlash); }

    AccessToken addToken(const QString &description, int createdDaysAgo, int expiresInDays) {
        const QJsonObject answer = m_sandbox.adminJson(
            QStringLiteral("add-token?username=admin&description=%1&createdDaysAgo=%2&"
                           "expiresInDays=%3")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(description)))
                .arg(createdDaysAgo)
                .arg(expiresInDays));
        const QList<AccessToken> tokens = mine();
        for (const AccessToken &token : tokens)
            if (token.id == answer.value(QLatin1String("id")).toString())
                return token;
        return {};
    }

    QList<AccessToken> mine() {
        QList<AccessToken> tokens;
        bool done = false;
        m_admin->api.tokens()->myTokens(500, {}, this, [&](const ApiResult<AccessTokenPage> &page) {
            if (page.value)
                tokens = page.value->items;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no token list");
        return tokens;
    }

    QStringList idsOf(const QString &description) {
        QStringList ids;
        for (const AccessToken &token : mine())
            if (token.description == description)
                ids << token.id;
        return ids;
    }

    // How many `operation` requests the sandbox has handled.
    int sent(const char *operation) const {
        return int(m_sandbox.loggedOperations(QLatin1String(operation)).size());
    }

    int creates() const { return sent("CreateAccessToken"); }

    std::unique_ptr<TokenRotation> controller(QString handOverError = {}) {
        auto rotation = std::make_unique<TokenRotation>(m_admin->api.tokens(), m_service.get(),
                                                        m_journal, tenant());
        rotation->setHandOver([this, handOverError](const CreatedAccessToken &created,
                                                    std::function<void(const QString &)> done) {
            if (handOverError.isEmpty())
                m_handedHashes << QCryptographicHash::hash(created.value,
                                                           QCryptographicHash::Sha256);
            done(handOverError);
        });
        return rotation;
    }

    Rotation::Step stepOf(TokenRotation &rotation, const QString &id) {
        const auto r = rotation.rotation(id);
        return r ? r->step : Rotation::Step::Planned;
    }

    // The sandbox resets the connection `when` ("before" or "after") it handles `operation`.
    bool resetConnection(const char *when, const char *operation) {
        return m_sandbox.injectFault({{QStringLiteral("kind"), QStringLiteral("reset")},
                                      {QStringLiteral("when"), QLatin1String(when)},
                                      {QStringLiteral("operation"), QLatin1String(operation)}});
    }

    // Starts a rotation of `old` with its own lifetime, the old token revoked `revokeAfter`
    // seconds after the hand-off (0: at once; TokenRotation::AskFirst).
    QString startWithItsLifetime(TokenRotation &rotation, const AccessToken &old,
                                 int revokeAfter = 0) {
        return rotation.start(
            old, mine(), RotationRules::lifetimeFor(old, std::nullopt, std::nullopt), revokeAfter);
    }

    // Starts a rotation of `old` (its own lifetime, the old token revoked at once); what the
    // rotation says goes to *messages.
    QString startRotation(TokenRotation &rotation, const AccessToken &old, QStringList *messages) {
        connect(&rotation, &TokenRotation::message, this,
                [messages](const QString &text, bool) { *messages << text; });
        return startWithItsLifetime(rotation, old);
    }

    // A rotation of a fresh token (named after `what`) started while the sandbox resets the
    // connection `when` ("before" or "after") it handles `operation`: the answer to it is lost.
    struct LostAnswer {
        QString name;
        AccessToken old;
        int sentBefore = 0; // the sandbox's count of `operation` before the rotation
        std::unique_ptr<TokenRotation> rotation;
        QStringList messages; // what the rotation said
        QString id;
    };

    // Starts `lost` (see LostAnswer); false when the sandbox did not take the fault.
    bool startLosingAnswer(LostAnswer &lost, const char *what, const char *when,
                           const char *operation) {
        lost.name = description(what);
        lost.old = addToken(lost.name, 5, 25);
        lost.sentBefore = sent(operation);
        if (!resetConnection(when, operation))
            return false;
        lost.rotation = controller();
        lost.id = startRotation(*lost.rotation, lost.old, &lost.messages);
        return true;
    }

    bool finishes(TokenRotation &rotation, const QString &id) {
        return QTest::qWaitFor(
            [&] { return rotation.rotation(id) && rotation.rotation(id)->isFinished(); }, 15000);
    }

    QString description(const char *what) {
        return QStringLiteral("Rotate %1 %2").arg(QLatin1String(what)).arg(++m_case);
    }

private Q_SLOTS:
    void initTestCase() {
        m_sandbox.logOperations();
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        m_admin = std::make_unique<SignedInApi>(QStringLiteral("TokenDesk-rotation-test"));
        QCOMPARE(m_admin->signIn(m_sandbox, m_browser), QString());
        m_service = std::make_unique<AccessTokenService>(m_admin->api.tokens());
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(QStringLiteral("rotations.json"));
    }

    void cleanupTestCase() {
        m_service.reset();
        m_admin.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void rotatesWithTheSameLifetimeAndRevokesAfterHandOver() {
        const QString name = description("plain");
        const AccessToken old = addToken(name, 10, 80); // a 90-day token
        QVERIFY(!old.id.isEmpty());
        const int before = creates();
        m_handedHashes.clear();
        auto rotation = controller();
        const QString id = startWithItsLifetime(*rotation, old);
        QVERIFY(finishes(*rotation, id));
        QCOMPARE(stepOf(*rotation, id), Rotation::Step::Done);
        QCOMPARE(m_handedHashes.size(), 1);
        QCOMPARE(creates() - before, 1);
        const QStringList ids = idsOf(name);
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.constFirst() != old.id);
        for (const AccessToken &token : mine())
            if (token.id == ids.constFirst()) {
                QVERIFY(token.expiresAt);
                QVERIFY(qAbs(token.created.secsTo(*token.expiresAt) - 90 * 86400) < 120);
            }
    }

    void capShortensTheNewLifetime() {
        QVERIFY(m_sandbox.admin(QStringLiteral("set-max-expiry-days?days=30")));
        const QString name = description("capped");
        const AccessToken old = addToken(name, 10, 80);
        auto rotation = controller();
        std::optional<int> cap;
        bool read = false;
        m_service->maxExpiryDays(this, [&](const ApiResult<std::optional<int>> &answer) {
            cap = answer.value.value_or(std::nullopt);
            read = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return read; }, 10000));
        QCOMPARE(cap, std::optional<int>(30));
        const auto lifetime = RotationRules::lifetimeFor(old, std::nullopt, cap);
        QVERIFY(lifetime.capped);
        const QString id = rotation->start(old, mine(), lifetime, 0);
        QVERIFY(finishes(*rotation, id));
        QVERIFY(m_sandbox.admin(QStringLiteral("set-max-expiry-days?days=none")));
        QCOMPARE(stepOf(*rotation, id), Rotation::Step::Done);
        const QStringList ids = idsOf(name);
        QCOMPARE(ids.size(), 1);
        for (const AccessToken &token : mine())
            if (token.id == ids.constFirst())
                QVERIFY(qAbs(token.created.secsTo(*token.expiresAt) - 30 * 86400) < 120);
    }

    void failedHandOverKeepsTheOldToken() {
        const QString name = description("no hand-off");
        const AccessToken old = addToken(name, 1, 29);
        auto rotation = controller(QStringLiteral("the keychain is locked"));
        const QString id = startWithItsLifetime(*rotation, old);
        QVERIFY(finishes(*rotation, id));
        QCOMPARE(stepOf(*rotation, id), Rotation::Step::Abandoned);
        QCOMPARE(idsOf(name), QStringList{old.id}); // the new one revoked, the old one kept
    }

    void stopAfterEachStepResumes_data() {
        QTest::addColumn<Rotation::Step>("step");
        QTest::addColumn<bool>("handedOver"); // whether the rotation gets to revoke the old one
        QTest::addColumn<int>("revokeAfter"); // seconds of grace
        QTest::newRow("planned") << Rotation::Step::Planned << true << 0;
        QTest::newRow("create-sent") << Rotation::Step::CreateSent << false << 0;
        QTest::newRow("created") << Rotation::Step::Created << false << 0;
        QTest::newRow("handed-over") << Rotation::Step::HandedOver << true << 0;
        // A grace period that ends while the app is not running: the restart revokes.
        QTest::newRow("revoke-due") << Rotation::Step::RevokeDue << true << 1;
        QTest::newRow("revoke-sent") << Rotation::Step::RevokeSent << true << 0;
    }

    void stopAfterEachStepResumes() {
        QFETCH(Rotation::Step, step);
        QFETCH(bool, handedOver);
        QFETCH(int, revokeAfter);
        const QString name = description("crash");
        const AccessToken old = addToken(name, 5, 25);
        const int before = creates();
        QString id;
        {
            auto first = controller();
            first->setStopAfter(step);
            id = startWithItsLifetime(*first, old, revokeAfter);
            QVERIFY(QTest::qWaitFor([&] { return stepOf(*first, id) == step; }, 10000));
            QTest::qWait(500); // what was sent reaches the server; its answer is dropped
        }
        QTest::qWait(revokeAfter * 1000 + 100);
        // Before the restart: the old token is still there unless its revoke was sent.
        QCOMPARE(idsOf(name).contains(old.id), step != Rotation::Step::RevokeSent);
        auto second = controller();
        second->resume();
        QVERIFY(finishes(*second, id));
        QCOMPARE(stepOf(*second, id),
                 handedOver ? Rotation::Step::Done : Rotation::Step::Abandoned);
        // createAccessToken never twice for one rotation.
        QCOMPARE(creates() - before, 1);
        const QStringList ids = idsOf(name);
        QCOMPARE(ids.size(), 1);
        // The old token goes only after a hand-off; otherwise the unseen new one goes.
        QCOMPARE(ids.constFirst() == old.id, !handedOver);
    }

    void lostCreateAnswerIsNotSentAgain() {
        LostAnswer lost;
        QVERIFY(startLosingAnswer(lost, "lost", "after", "CreateAccessToken"));
        QVERIFY(finishes(*lost.rotation, lost.id));
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(creates() - lost.sentBefore, 1);
        QCOMPARE(stepOf(*lost.rotation, lost.id), Rotation::Step::Abandoned);
        QCOMPARE(idsOf(lost.name), QStringList{lost.old.id});
        QVERIFY(!lost.messages.isEmpty());
        QVERIFY2(lost.messages.constFirst().contains(QLatin1String("may or may not")),
                 qPrintable(lost.messages.constFirst()));
    }

    void graceLeavesTheRevokePendingUntilDoneOrCancelled() {
        const QString name = description("grace");
        const AccessToken old = addToken(name, 5, 25);
        auto rotation = controller();
        const QString id = startWithItsLifetime(*rotation, old, 3600);
        QVERIFY(finishes(*rotation, id) ||
                QTest::qWaitFor([&] { return stepOf(*rotation, id) == Rotation::Step::RevokeDue; },
                                10000));
        QCOMPARE(stepOf(*rotation, id), Rotation::Step::RevokeDue);
        QCOMPARE(idsOf(name).size(), 2);
        // A restart sees the pending revoke, with its time, and leaves it be.
        auto again = controller();
        const QList<Rotation> pending = again->pendingRevokes();
        QCOMPARE(pending.size(), 1);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(pending.constFirst().revokeDueAt) -
                     3600) < 60);
        again->resume();
        QTest::qWait(300);
        QCOMPARE(idsOf(name).size(), 2);
        again->revokeNow(id);
        QVERIFY(finishes(*again, id));
        QCOMPARE(idsOf(name).size(), 1);
        QVERIFY(!idsOf(name).contains(old.id));

        // Cancelled: the old token is kept.
        const QString kept = description("kept");
        const AccessToken keptOld = addToken(kept, 5, 25);
        const QString id2 = startWithItsLifetime(*again, keptOld, TokenRotation::AskFirst);
        QVERIFY(QTest::qWaitFor([&] { return stepOf(*again, id2) == Rotation::Step::RevokeDue; },
                                10000));
        again->cancelRevoke(id2);
        QCOMPARE(stepOf(*again, id2), Rotation::Step::Done);
        QVERIFY(idsOf(kept).contains(keptOld.id));
        QCOMPARE(idsOf(kept).size(), 2);
    }

    int revokes() const { return sent("RevokeAccessToken"); }

    // The answer to the old token's revoke is lost after the server revoked it: not sent again;
    // the user is told it may or may not have been, the list is read, and it says gone.
    void lostRevokeAnswerIsNotSentAgain() {
        LostAnswer lost;
        QVERIFY(startLosingAnswer(lost, "lost revoke", "after", "RevokeAccessToken"));
        QVERIFY(finishes(*lost.rotation, lost.id));
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(stepOf(*lost.rotation, lost.id), Rotation::Step::Done);
        QCOMPARE(revokes() - lost.sentBefore, 1); // never sent again
        const QStringList ids = idsOf(lost.name);
        QCOMPARE(ids.size(), 1);
        QVERIFY(!ids.contains(lost.old.id));
        const QString said = lost.messages.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QLatin1String("may or may not have been revoked")),
                 qPrintable(said));
    }

    // The revoke is lost before the server acted: not sent again by itself; the list shows
    // the old token still there, so its revoke waits for the user (pending), who revokes it.
    void lostRevokeBeforeTheServerActedWaitsForTheUser() {
        LostAnswer lost;
        QVERIFY(startLosingAnswer(lost, "unsent revoke", "before", "RevokeAccessToken"));
        TokenRotation &rotation = *lost.rotation;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return stepOf(rotation, lost.id) == Rotation::Step::RevokeDue &&
                       lost.messages.join(QLatin1Char('\n')).contains(QLatin1String("still there"));
            },
            15000));
        QVERIFY(m_sandbox.clearFaults());
        QTest::qWait(300);
        QCOMPARE(revokes() - lost.sentBefore, 1);
        QVERIFY(idsOf(lost.name).contains(lost.old.id));
        QCOMPARE(rotation.pendingRevokes().size(), 1);
        QCOMPARE(rotation.pendingRevokes().constFirst().oldId, lost.old.id);
        rotation.revokeNow(lost.id);
        QVERIFY(finishes(rotation, lost.id));
        QCOMPARE(revokes() - lost.sentBefore, 2);
        QVERIFY(!idsOf(lost.name).contains(lost.old.id));
    }
};

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    tst_TokenRotation test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_token_rotation.moc"
