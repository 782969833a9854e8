// The timings that used to be asserted in tests (issue 21: tests check behaviour, bench/ measures
// speed). Each mode prints "<name> <value>" lines, medians where it runs several times:
//   bench_test_timings --jwt
//       jwt-huge-input-ms: decoding the four megabyte-sized inputs of tst_jwt's
//       hugeInputIsHandled (one part, a million dots, a 1 MB claim, a 1 MB signature);
//       baseline base64-1mb-ms: QByteArray::fromBase64 of one megabyte.
//   bench_test_timings --issuer URL --api-url URL --paging
//       (a sandbox with --seed-tokens 5000) sign in, page every PAT into AccessTokenModel
//       (tst_pats_gui's fiveThousandTokens...): paging-tokens, paging-ms, and the event loop's
//       paging-longest-gap-ms / paging-ticks under a 10 ms timer.
//   bench_test_timings --issuer URL --api-url URL --latency
//       sign in, queue a 1500 ms latency fault on CurrentUser (tst_faults_e2e's
//       latencyKeepsTheWindowResponsive): latency-request-ms, latency-longest-gap-ms and
//       latency-ticks (20 ms timer).
//   bench_test_timings --keychain-locked
//       (run it under tests/auth/with-private-keyring.sh: it locks that keyring) a read from a
//       locked keychain with a 2 s timeout (tst_keychain_faults): keychain-locked-read-ms,
//       keychain-locked-longest-gap-ms and keychain-locked-ticks (50 ms timer).
// bench/run runs every mode and compares the figures with the limits the tests used to assert.
#include "AccessTokenModel.h"
#include "BrowserPlayer.h"
#include "GraphQlClient.h"
#include "Jwt.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ModerneApi.h"
#include "SignedInApi.h"

#include <QCoreApplication>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void print(const char *name, double value) {
    std::printf("%s %.3f\n", name, value);
    std::fflush(stdout);
}

void print(const char *name, int value) {
    std::printf("%s %d\n", name, value);
    std::fflush(stdout);
}

// A timer at `intervalMs` that records the longest gap between its ticks while it runs.
class GapProbe {
public:
    explicit GapProbe(int intervalMs) {
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    void stop() {
        m_timer.stop();
        m_longest = std::max(m_longest, m_clock.elapsed() - m_last);
    }
    qint64 longest() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

QByteArray part(const QJsonObject &object) {
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

int benchJwt() {
    constexpr int MegaByte = 1024 * 1024;
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("bench")},
                        {QStringLiteral("exp"), 1798761900}};
    const QByteArray small = part(header) + '.' + part(payload);
    payload.insert(QStringLiteral("blob"), QString(MegaByte, QLatin1Char('x')));
    const QByteArray inputs[] = {QByteArray(MegaByte, 'A'), QByteArray(MegaByte, '.'),
                                 part(header) + '.' + part(payload) + ".c2ln",
                                 small + '.' + QByteArray(MegaByte, '~')};
    const QByteArray base64 = QByteArray(MegaByte, 'x').toBase64();
    std::vector<double> decode, baseline;
    int valid = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &input : inputs)
            valid += Jwt::decode(input).isValid() ? 1 : 0;
        decode.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        valid += QByteArray::fromBase64(base64).size() == MegaByte ? 0 : 1;
        baseline.push_back(timer.nsecsElapsed() / 1e6);
    }
    if (valid != 7) { // only the token with the 1 MB claim decodes
        std::fprintf(stderr, "unexpected decoding results (%d valid)\n", valid);
        return 1;
    }
    print("jwt-huge-input-ms", median(decode));
    print("base64-1mb-ms", median(baseline));
    return 0;
}

bool postFault(QNetworkAccessManager &network, const QUrl &apiUrl, const QJsonObject &fault) {
    QUrl url = apiUrl;
    url.setPath(QStringLiteral("/sandbox/admin/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(fault).toJson());
    const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000);
    const bool ok = done && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute) == 200;
    reply->deleteLater();
    return ok;
}

int benchWithSession(const TenantProfile &profile, bool paging) {
    QNetworkAccessManager network;
    KeychainCredentialStore credentials(QStringLiteral("TokenDesk-bench-test-timings"));
    LoginSession session(&network, &credentials);
    session.setProfile(profile);
    BrowserPlayer browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");
    const QString failure = signInAndWait(session, 60000);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(failure));
        return 1;
    }
    GraphQlClient client(&network);
    client.setEndpoint(profile.apiUrl);
    wireToSession(client, session);
    ModerneApi api(&client);
    int status = 0;
    if (paging) {
        AccessTokenModel model(api.tokens(), nullptr);
        QElapsedTimer clock;
        clock.start();
        GapProbe probe(10);
        model.reload();
        bool ok = QTest::qWaitFor([&] { return !model.isLoading(); }, 60000);
        while (ok && model.canFetchMore({})) {
            model.fetchMore({});
            ok = QTest::qWaitFor([&] { return !model.isLoading(); }, 60000);
        }
        probe.stop();
        const qint64 ms = clock.elapsed();
        if (!ok || model.rowCount() != model.totalCount()) {
            std::fprintf(stderr, "paging did not finish (%d of %d)\n", model.rowCount(),
                         model.totalCount());
            status = 1;
        } else {
            print("paging-tokens", model.rowCount());
            print("paging-ms", double(ms));
            print("paging-longest-gap-ms", double(probe.longest()));
            print("paging-ticks", probe.ticks());
        }
    } else if (!postFault(network, profile.apiUrl,
                          {{QStringLiteral("kind"), QStringLiteral("latency")},
                           {QStringLiteral("operation"), QStringLiteral("CurrentUser")},
                           {QStringLiteral("latencyMs"), 1500}})) {
        std::fprintf(stderr, "could not queue the latency fault\n");
        status = 1;
    } else {
        QElapsedTimer clock;
        clock.start();
        GapProbe probe(20);
        const auto user = awaitApi<CurrentUser>(
            [&](auto done) { api.users()->currentUser(&client, done); }, 60000);
        probe.stop();
        if (user.error) {
            std::fprintf(stderr, "currentUser failed: %s\n", qPrintable(user.error.message));
            status = 1;
        } else {
            print("latency-request-ms", double(clock.elapsed()));
            print("latency-longest-gap-ms", double(probe.longest()));
            print("latency-ticks", probe.ticks());
        }
    }
    session.signOut();
    return status;
}

int benchLockedKeychain() {
    KeychainCredentialStore store(QStringLiteral("TokenDesk-bench-test-timings"));
    const QString key = QStringLiteral("bench|locked");
    std::optional<QString> written;
    store.write(key, "refresh:not-a-real-refresh-token",
                [&](const QString &error) { written = error; });
    if (!QTest::qWaitFor([&] { return written.has_value(); }, 15000) || !written->isEmpty()) {
        std::fprintf(stderr, "could not prepare the keychain\n");
        return 1;
    }
    QDBusInterface service(QStringLiteral("org.freedesktop.secrets"),
                           QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    const QDBusMessage reply = service.call(
        QStringLiteral("Lock"), QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(
                                    QStringLiteral("/org/freedesktop/secrets/collection/login"))}));
    if (reply.type() == QDBusMessage::ErrorMessage) {
        std::fprintf(stderr, "could not lock the keychain: %s\n", qPrintable(reply.errorMessage()));
        return 1;
    }
    store.setTimeout(2000);
    std::optional<CredentialStore::ReadResult> result;
    QElapsedTimer clock;
    clock.start();
    GapProbe probe(50);
    store.read(key, [&](const CredentialStore::ReadResult &r) { result = r; });
    const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 15000);
    probe.stop();
    if (!answered) {
        std::fprintf(stderr, "the keychain read never answered\n");
        return 1;
    }
    print("keychain-locked-read-ms", double(clock.elapsed()));
    print("keychain-locked-longest-gap-ms", double(probe.longest()));
    print("keychain-locked-ticks", probe.ticks());
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto value = [&](const QString &name) { return args.value(args.indexOf(name) + 1); };
    if (args.contains(QStringLiteral("--jwt")))
        return benchJwt();
    if (args.contains(QStringLiteral("--keychain-locked")))
        return benchLockedKeychain();
    TenantProfile profile;
    profile.displayName = QStringLiteral("Local sandbox");
    profile.issuer = QUrl(value(QStringLiteral("--issuer")));
    profile.apiUrl = QUrl(value(QStringLiteral("--api-url")));
    if (profile.issuer.isValid() && profile.apiUrl.isValid()) {
        if (args.contains(QStringLiteral("--paging")))
            return benchWithSession(profile, true);
        if (args.contains(QStringLiteral("--latency")))
            return benchWithSession(profile, false);
    }
    std::fprintf(stderr, "usage: bench_test_timings --jwt | --keychain-locked | "
                         "--issuer URL --api-url URL (--paging | --latency)\n");
    return 2;
}
