// A whole session end to end against the sandbox, then a search for every secret it saw:
// sign in (browser played over HTTP), renew the login token, create a personal access token and
// save it in the keychain (QtKeychain over gnome-keyring), connect an SCM, inspect the login
// token, sign out. Every secret value (authorization codes of both flows, access, refresh and id
// tokens, the PAT, the SCM code) must appear nowhere: not in HOME, the XDG folders, TMPDIR, any
// QStandardPaths writable location, nor in any log line of any level with every tokendesk.*
// debug category enabled. Also in their percent-encoded and base64 forms. Run under run_headless
// (a scratch HOME and an unlocked keyring of its own).
#include "AccessTokenModel.h"
#include "BrowserPlayer.h"
#include "GraphQlClient.h"
#include "JwksCache.h"
#include "KeychainCredentialStore.h"
#include "Logging.h"
#include "LoginSession.h"
#include "LoginTokenPane.h"
#include "ModerneApi.h"
#include "NewTokenDialog.h"
#include "SandboxProcess.h"
#include "ScmBrowser.h"
#include "ScmConnectFlow.h"
#include "ScmConnectionModel.h"
#include "SignedInApi.h"
#include "Workspace.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

namespace {

// Every message of every level, as it would have been printed.
struct LogCapture {
    QMutex mutex;
    QByteArray text;
    int lines = 0;
    int debugLines = 0;
};

QtMessageHandler &previousHandler() {
    static QtMessageHandler handler = nullptr;
    return handler;
}

LogCapture &logCapture() {
    static LogCapture capture;
    return capture;
}

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    LogCapture &capture = logCapture();
    const QMutexLocker lock(&capture.mutex);
    capture.text += QByteArray(context.category ? context.category : "default") + ": " +
                    message.toUtf8() + '\n';
    ++capture.lines;
    if (type == QtDebugMsg)
        ++capture.debugLines;
}

// Records the body of every reply (what the app received: tokens from the token endpoint,
// GraphQL answers). Our `finished` connection is made first, so the body is still unread.
class RecordingNetworkAccessManager : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<QPair<QUrl, QByteArray>> replies;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            replies.append({reply->url(), reply->peek(reply->bytesAvailable())});
        });
        return reply;
    }
};

} // namespace

class tst_SecretsScan : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    RecordingNetworkAccessManager m_network;
    KeychainCredentialStore m_store{QStringLiteral("TokenDesk-secrets-scan")};
    BrowserPlayer m_signInBrowser;
    ScmBrowser m_scmBrowser;
    QString m_scratch;
    QString m_tmpDir;
    QDateTime m_started;
    // name -> value; a name may repeat (access tokens renewed).
    QList<QPair<QString, QByteArray>> m_secrets;

    void addSecret(const QString &name, const QByteArray &value) {
        if (value.size() < 8)
            return; // nothing that short is a secret here (and it would match by chance)
        for (const auto &known : std::as_const(m_secrets))
            if (known.second == value)
                return;
        m_secrets.append({name, value});
    }

    // Token endpoint answers: access, refresh and id tokens.
    void collectTokenEndpointSecrets() {
        for (const auto &[url, body] : std::as_const(m_network.replies)) {
            if (!url.path().endsWith(QLatin1String("/protocol/openid-connect/token")))
                continue;
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            for (const char *key : {"access_token", "refresh_token", "id_token"})
                addSecret(QString::fromLatin1(key),
                          object.value(QLatin1String(key)).toString().toUtf8());
        }
    }

    static QString scratchPath(const char *name) { return qEnvironmentVariable(name); }

private Q_SLOTS:
    void initTestCase() {
        m_scratch = qEnvironmentVariable("TOKENDESK_TEST_SCRATCH");
        if (m_scratch.isEmpty())
            QSKIP("needs run_headless (a scratch HOME and a keyring of its own)");
        m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
        // A TMPDIR of its own, so that everything the app writes to temp files is scanned.
        m_tmpDir = m_scratch + QStringLiteral("/tmp");
        QVERIFY(QDir().mkpath(m_tmpDir));
        qputenv("TMPDIR", m_tmpDir.toLocal8Bit());
        QCOMPARE(QDir::tempPath(), m_tmpDir);

        previousHandler() = qInstallMessageHandler(recordMessage);
        // The test's environment enables them (QT_LOGGING_RULES wins over filter rules).
        QVERIFY2(lcAuth().isDebugEnabled() && lcApi().isDebugEnabled() &&
                     lcModels().isDebugEnabled() && lcGui().isDebugEnabled() &&
                     lcKeychain().isDebugEnabled() && lcJwt().isDebugEnabled() &&
                     lcCore().isDebugEnabled(),
                 "every tokendesk.* debug category must be enabled for this test");

        m_sandbox.setCaptureOutput(true);
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void cleanupTestCase() {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        qInstallMessageHandler(previousHandler());
    }

    void fullSessionLeavesNoSecretBehind() {
        const TenantProfile profile = m_sandbox.profile();

        // 1. Sign in through the browser.
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_signInBrowser, "openUrl");
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile);
        QCOMPARE(signInAndWait(session), QString());
        const QUrl signInCallback = m_signInBrowser.result().callbackUrl;
        addSecret(QStringLiteral("sign-in authorization code"),
                  QUrlQuery(signInCallback)
                      .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)
                      .toUtf8());
        QVERIFY2(!m_secrets.isEmpty(), "the sign-in callback carried no code");
        addSecret(QStringLiteral("access_token"), session.accessToken());

        // 2. Renew the login token once (a rotated refresh token, a second access token).
        bool renewed = false;
        bool refreshDone = false;
        session.refresh([&](bool ok) {
            renewed = ok;
            refreshDone = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return refreshDone; }, 30000));
        QVERIFY(renewed);
        addSecret(QStringLiteral("access_token (renewed)"), session.accessToken());

        GraphQlClient client(&m_network);
        client.setEndpoint(m_sandbox.apiUrl());
        client.setBearerToken(session.accessToken());
        ModerneApi api(&client);

        // 3. A personal access token, revealed once and saved in the keychain.
        auto created = awaitApi<CreatedAccessToken>([&](auto done) {
            api.tokens()->create(QStringLiteral("secrets scan"), std::nullopt, this, done);
        });
        QVERIFY2(!created.error, qPrintable(created.error.message));
        const QByteArray patValue = created.value->value;
        const QString patId = created.value->token.id;
        addSecret(QStringLiteral("personal access token"), patValue);
        const QString patKey = QStringLiteral("secrets-scan-pat");
        {
            AccessTokenModel tokens(api.tokens(), nullptr);
            tokens.reload();
            QVERIFY(QTest::qWaitFor([&] { return !tokens.isLoading(); }, 30000));
            NewTokenDialog dialog(*created.value, &m_store, patKey);
            QVERIFY(created.value->value.isEmpty());
            dialog.show();
            dialog.saveToKeychain();
            QVERIFY(QTest::qWaitFor([&] { return dialog.wasSaved(); }, 15000));
            dialog.accept();
        }
        std::optional<CredentialStore::ReadResult> stored;
        m_store.read(patKey, [&](const CredentialStore::ReadResult &r) { stored = r; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 15000));
        QVERIFY2(stored->found && stored->secret == patValue,
                 "the keychain does not hold the saved token");

        // 4. Connect an SCM provider (initiateAuthorization, browser, exchangeAuthorizationCode).
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_scmBrowser, "openUrl");
        Workspace workspace(&client);
        ScmConnectionModel &connections = *workspace.scm();
        {
            QSignalSpy loaded(&connections, &ScmConnectionModel::loaded);
            connections.reload();
            QVERIFY(loaded.wait(15000));
        }
        QSignalSpy connected(workspace.scmService(), &ScmConnectFlow::connected);
        QSignalSpy connectFailed(workspace.scmService(), &ScmConnectFlow::failed);
        workspace.scmService()->connectOrigin(QStringLiteral("gitlab.com"));
        QVERIFY(
            QTest::qWaitFor([&] { return connected.count() + connectFailed.count() > 0; }, 30000));
        QVERIFY2(connectFailed.isEmpty(), qPrintable(connectFailed.value(0).value(1).toString()));
        const QByteArray scmCode = QUrlQuery(m_scmBrowser.callbackUrl())
                                       .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)
                                       .toUtf8();
        QVERIFY2(!scmCode.isEmpty(), "the SCM callback carried no code");
        addSecret(QStringLiteral("SCM authorization code"), scmCode);

        // 5. Inspect the login token (signature checked against the issuer's keys).
        {
            JwksCache jwks(&m_network);
            LoginTokenPane pane;
            pane.setJwksCache(&jwks);
            pane.setTenant(profile.issuer, profile.apiUrl);
            pane.setToken(session.accessToken());
            pane.show();
            QVERIFY(QTest::qWaitFor([&] { return pane.verdict() && pane.verdict()->isValid(); },
                                    15000));
        }

        // Clean up on the server and in the keychain, then sign out.
        auto revoked = awaitApi<bool>([&](auto done) { api.tokens()->revoke(patId, this, done); });
        QVERIFY2(!revoked.error, qPrintable(revoked.error.message));
        std::optional<QString> removed;
        m_store.remove(patKey, [&](const QString &e) { removed = e; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 15000));
        QSignalSpy signedOut(&session, &LoginSession::signedOut);
        session.signOut();
        QVERIFY(signedOut.count() > 0 || signedOut.wait(15000));
        QTest::qWait(500); // let the revocation request and the keychain job finish

        collectTokenEndpointSecrets();
        // What the README promises is scanned for: the authorization codes of both flows, the
        // access and refresh tokens before and after a renewal, the id token and the PAT.
        QStringList names;
        for (const auto &secret : std::as_const(m_secrets))
            names << secret.first;
        for (const char *needed :
             {"sign-in authorization code", "access_token", "access_token (renewed)",
              "refresh_token", "id_token", "personal access token", "SCM authorization code"})
            QVERIFY2(names.contains(QString::fromLatin1(needed)),
                     qPrintable(QStringLiteral("no %1 was seen").arg(QLatin1String(needed))));
        QVERIFY2(names.count(QStringLiteral("refresh_token")) >= 2,
                 "the renewal did not rotate the refresh token");

        // The forms a leak could take.
        QList<QPair<QString, QByteArray>> needles;
        for (const auto &[name, value] : std::as_const(m_secrets)) {
            needles.append({name, value});
            const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(value));
            if (percent != value)
                needles.append({name + QStringLiteral(" (percent-encoded)"), percent});
            needles.append({name + QStringLiteral(" (base64)"), value.toBase64()});
            needles.append(
                {name + QStringLiteral(" (base64url)"),
                 value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)});
        }
        QStringList hits;
        const auto search = [&](const QString &where, const QByteArray &haystack) {
            for (const auto &[name, needle] : std::as_const(needles))
                if (haystack.contains(needle))
                    hits << QStringLiteral("%1 in %2").arg(name, where);
        };

        // Files: HOME, XDG folders, TMPDIR, every writable standard location; and what this
        // run left in the system temp folder.
        QStringList roots = {QDir::homePath(),
                             scratchPath("XDG_CONFIG_HOME"),
                             scratchPath("XDG_CACHE_HOME"),
                             scratchPath("XDG_DATA_HOME"),
                             scratchPath("XDG_RUNTIME_DIR"),
                             m_tmpDir};
        for (int location = QStandardPaths::DesktopLocation;
             location <= QStandardPaths::PublicShareLocation; ++location)
            roots << QStandardPaths::writableLocation(QStandardPaths::StandardLocation(location));
        QStringList scannedRoots;
        qint64 files = 0;
        qint64 bytes = 0;
        QSet<QString> seen;
        const auto scanTree = [&](const QString &root, const QDateTime &modifiedAfter) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QFileInfo info = it.fileInfo();
                if (!info.isFile() || info.isSymLink() || seen.contains(path))
                    continue;
                if (modifiedAfter.isValid() && info.lastModified() < modifiedAfter)
                    continue;
                seen.insert(path);
                QFile file(path);
                if (info.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                ++files;
                bytes += content.size();
                search(path, content);
            }
        };
        for (const QString &root : std::as_const(roots)) {
            if (root.isEmpty() || !QFileInfo(root).isDir())
                continue;
            const QString canonical = QFileInfo(root).canonicalFilePath();
            if (scannedRoots.contains(canonical))
                continue;
            scannedRoots << canonical;
            scanTree(canonical, {});
        }
        QVERIFY2(scannedRoots.contains(QFileInfo(QDir::homePath()).canonicalFilePath()),
                 "HOME was not scanned");
        const qint64 filesInScratch = files;
        // The system temp folder: only what changed during this run.
        const QString systemTemp = QStringLiteral("/tmp");
        if (!scannedRoots.contains(systemTemp))
            scanTree(systemTemp, m_started);

        // Every log line of every level.
        QByteArray logText;
        int logLines = 0;
        int debugLines = 0;
        {
            LogCapture &capture = logCapture();
            const QMutexLocker lock(&capture.mutex);
            logText = capture.text;
            logLines = capture.lines;
            debugLines = capture.debugLines;
        }
        search(QStringLiteral("the app's log output"), logText);
        // The debug categories really spoke (else the check above proves little).
        QVERIFY2(debugLines > 0, "no tokendesk debug line was recorded");
        QVERIFY(logText.contains("tokendesk.auth"));

        const QByteArray sandboxOutput = m_sandbox.output();
        int sandboxHits = 0;
        for (const auto &[name, needle] : std::as_const(needles))
            sandboxHits += sandboxOutput.contains(needle) ? 1 : 0;

        qInstallMessageHandler(previousHandler()); // this summary is printed, not recorded
        qInfo("secrets scan: %lld secret values (%lld forms); %lld files, %lld bytes in %lld "
              "folders (%lld files under the scratch HOME/XDG/TMPDIR); %d log lines (%d debug, "
              "%lld bytes); sandbox output %lld bytes, not the app's (%d forms seen there)",
              qlonglong(m_secrets.size()), qlonglong(needles.size()), files, bytes,
              qlonglong(scannedRoots.size()), filesInScratch, logLines, debugLines,
              qlonglong(logText.size()), qlonglong(sandboxOutput.size()), sandboxHits);
        // Names only: a hit's value is never printed.
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(tst_SecretsScan)
#include "tst_secrets_scan.moc"
