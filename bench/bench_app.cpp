// The app's own code (everything but main.cpp), driven for the measurements that need a
// session: bench_app --issuer URL --api-url URL <mode>
//   --prepare-session      sign in (browser played over HTTP) and keep the session in the keychain
//   --signin N             N sign-ins through the login window; prints "signin-ms <ms>" for each
//                          and "signin-step <step> <ms since the click>" for the steps between
//   --load-all-tokens      restore the session, page in every PAT; prints tokens and max-rss-kb
//   --idle SECONDS         restore, load, show the main window; counts CPU time, timer events and
//                          paints while visible, then paints while minimised
#include "AccessTokenModel.h"
#include "BenchApp.h"
#include "BrowserPlayer.h"
#include "EventLoopWait.h"
#include "IdleProbe.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "ScmConnectionModel.h"
#include "Workspace.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>

#include <cstdio>

namespace {

// The app's network access, timed: when each request of a sign-in is sent and answered.
class TimedNetwork : public QNetworkAccessManager {
public:
    using Step = std::function<void(const char *)>;
    // A reply started before the last setStep() (e.g. the previous sign-in's list loading)
    // reports to nobody.
    void setStep(Step step) {
        m_step = std::move(step);
        ++m_generation;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        if (!m_step)
            return reply;
        const QString path = request.url().path();
        const char *sent = nullptr;
        const char *answered = nullptr;
        if (path.endsWith(QLatin1String("/openid-configuration"))) {
            sent = "discovery-request-sent";
            answered = "discovery-answered";
        } else if (path.endsWith(QLatin1String("/token"))) {
            sent = "token-request-sent";
            answered = "token-response";
        } else if (path.endsWith(QLatin1String("/certs"))) {
            sent = "jwks-request-sent";
            answered = "jwks-answered";
        } else if (path.endsWith(QLatin1String("/graphql"))) {
            sent = "graphql-request-sent";
            answered = "graphql-answered";
        }
        if (sent) {
            m_step(sent);
            connect(reply, &QNetworkReply::finished, this,
                    [this, answered, generation = m_generation] {
                        if (m_step && generation == m_generation)
                            m_step(answered);
                    });
        }
        return reply;
    }

private:
    Step m_step;
    int m_generation = 0;
};

using App = BenchApp<TimedNetwork>;

bool loadAllTokens(AccessTokenModel *model) {
    if (!runUntil([&] { return !model->isLoading() && model->totalCount() > 0; }, 60000))
        return false;
    while (model->canFetchMore({})) {
        model->fetchMore({});
        if (!runUntil([&] { return !model->isLoading(); }, 60000))
            return false;
    }
    return model->rowCount() == model->totalCount();
}

} // namespace

int main(int argc, char *argv[]) {
    IdleApplication qapp(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk-bench"));
    const QStringList args = QCoreApplication::arguments();
    const TenantProfile profile = sandboxProfile();
    BrowserPlayer browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");
    // The app's own keychain service by default, so that tokendesk itself restores the session.
    const QString service = args.contains(QStringLiteral("--service"))
                                ? argumentValue(QStringLiteral("--service"))
                                : QStringLiteral("TokenDesk");

    if (args.contains(QStringLiteral("--prepare-session"))) {
        KeychainCredentialStore credentials(service);
        QNetworkAccessManager network;
        LoginSession session(&network, &credentials);
        session.setProfile(profile);
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        session.signIn();
        if (!runUntil([&] { return signedIn.count() > 0; }, 60000))
            return 1;
        runFor(1000); // the keychain write
        return 0;
    }
    if (args.contains(QStringLiteral("--signin"))) {
        const int runs = argumentValue(QStringLiteral("--signin")).toInt();
        App app(profile, service + QStringLiteral("-signin"));
        app.controller.start(false);
        auto *button =
            app.controller.loginWindow()->findChild<QPushButton *>(QStringLiteral("signInButton"));
        for (int run = 0; run < runs; ++run) {
            if (!runUntil([&] { return button->isEnabled() && button->isVisible(); }, 60000))
                return 2;
            browser.reset();
            QSignalSpy loaded(&app.controller, &AppController::userLoaded);
            QElapsedTimer timer;
            // Each step once per sign-in (the first of its kind), in the order they happened.
            QStringList seen;
            QList<QPair<QString, double>> steps;
            const auto step = [&](const char *name) {
                if (seen.contains(QLatin1String(name)))
                    return;
                seen.append(QLatin1String(name));
                steps.append({QLatin1String(name), timer.nsecsElapsed() / 1e6});
            };
            app.network.setStep(step);
            QMetaObject::Connection stateSteps = QObject::connect(
                &app.session, &LoginSession::stateChanged, [&](LoginSession::State state) {
                    if (state == LoginSession::State::ExchangingCode)
                        step("callback-received");
                    else if (state == LoginSession::State::SignedIn)
                        step("signed-in");
                });
            QMetaObject::Connection openedStep =
                QObject::connect(&app.session, &LoginSession::authorizationUrlOpened,
                                 [&] { step("browser-opened"); });
            timer.start();
            button->click();
            if (!runUntil([&] { return loaded.count() > 0; }, 60000))
                return 3;
            const double total = timer.nsecsElapsed() / 1e6;
            app.network.setStep({});
            QObject::disconnect(stateSteps);
            QObject::disconnect(openedStep);
            steps.append({QStringLiteral("user-loaded"), total});
            std::printf("signin-ms %.2f\n", total);
            for (const auto &[name, ms] : steps)
                std::printf("signin-step %s %.2f\n", qPrintable(name), ms);
            std::fflush(stdout);
            app.controller.signOut();
        }
        return 0;
    }
    App app(profile, service);
    if (!app.restore())
        return 4;
    AccessTokenModel *tokens = app.workspace.tokens();
    if (!loadAllTokens(tokens))
        return 5;
    if (args.contains(QStringLiteral("--load-all-tokens"))) {
        std::printf("tokens %d\n", tokens->rowCount());
        std::printf("loaded-max-rss-kb %ld\n", maxRssKb());
        // Where the resident memory is now: heap and other anonymous memory vs mapped files
        // (libraries, fonts), to tell the app's data from what linking and drawing bring in.
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("RssAnon:") || line.startsWith("RssFile:"))
                    std::printf("loaded-%s-kb %s\n", line.left(7).mid(3).toLower().constData(),
                                line.mid(8).trimmed().split(' ').value(0).constData());
            }
        }
        if (qEnvironmentVariableIsSet("TOKENDESK_BENCH_SMAPS")) { // resident KiB per file
            QFile smaps(QStringLiteral("/proc/self/smaps"));
            QHash<QByteArray, qint64> perFile;
            QByteArray current;
            if (smaps.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : smaps.readAll().split('\n')) {
                    const QList<QByteArray> fields = line.simplified().split(' ');
                    if (fields.size() >= 5 && fields.at(0).contains('-'))
                        current = fields.size() >= 6 ? fields.at(5) : QByteArray("[anon]");
                    else if (fields.value(0) == "Rss:")
                        perFile[current] += fields.value(1).toLongLong();
                }
            }
            for (auto it = perFile.cbegin(); it != perFile.cend(); ++it) {
                if (it.value() >= 256)
                    std::fprintf(stderr, "rss %lld %s\n", it.value(), it.key().constData());
            }
        }
        return 0;
    }
    if (args.contains(QStringLiteral("--idle"))) {
        const int seconds = argumentValue(QStringLiteral("--idle")).toInt();
        MainWindow *window = app.controller.mainWindow();
        window->resize(1100, 700);
        runFor(2000); // settle: first paints, the SCM list
        std::printf("countdowns %d\n", tokens->rowCount() + app.workspace.scm()->rowCount());
        qapp.measureIdle(seconds * 1000, [&] {
            window->showMinimized();
            runFor(500);
            std::printf("minimised\n");
            qapp.measureIdle(5000, [] { QCoreApplication::quit(); });
        });
        return qapp.exec();
    }
    return 6;
}
