#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

// Plays the system browser over HTTP: opens the authorization URL, submits the Keycloak-shaped
// login form, and follows redirects by hand (automatic redirects sometimes send a GET twice)
// until the browser would land on the app's loopback callback, which it then requests.
// install() makes it the system browser (QDesktopServices' http handler) until it is destroyed.
class BrowserPlayer : public QObject {
    Q_OBJECT
public:
    struct Result {
        bool done = false;
        int status = 0;   // of the last page
        QByteArray body;  // of the last page
        QUrl callbackUrl; // the loopback URL requested, if the flow got that far
        bool reachedCallback = false;
        int formsSubmitted = 0;
        QString error;
    };

    explicit BrowserPlayer(QObject *parent = nullptr);
    ~BrowserPlayer() override;

    void install();

    void setCredentials(const QString &username, const QString &password);
    // Changes the loopback callback URL before it is requested (e.g. to tamper with state).
    void setCallbackRewriter(std::function<QUrl(const QUrl &)> rewriter) {
        m_rewriter = std::move(rewriter);
    }
    // If false, the browser is opened but nothing is requested (the user closed the tab).
    void setActive(bool active) { m_active = active; }

    // Forgets the last run (call between tests).
    void reset() {
        m_result = {};
        m_openedUrl.clear();
    }
    QUrl openedUrl() const { return m_openedUrl; }
    const Result &result() const { return m_result; }

public Q_SLOTS:
    void openUrl(const QUrl &url);

Q_SIGNALS:
    void finished();

private:
    void get(const QUrl &url);
    void handle(QNetworkReply *reply);
    void finish(int status, const QByteArray &body, const QString &error = {});

    QNetworkAccessManager m_network;
    QString m_username = QStringLiteral("admin");
    QString m_password = QStringLiteral("admin-password");
    std::function<QUrl(const QUrl &)> m_rewriter;
    bool m_active = true;
    QUrl m_openedUrl;
    QUrl m_redirectUri;
    Result m_result;
    int m_hops = 0;
    bool m_installed = false;
};

class SandboxProcess;

// How every end-to-end test starts: the sandbox started, and `browser` installed as the system
// browser. Returns "" once started, else why not.
QString startSandboxWithBrowser(SandboxProcess &sandbox, BrowserPlayer &browser);

// `url` with its query item `name` set to `value` (the others kept), e.g. a forged state.
QUrl withQueryItem(const QUrl &url, const QString &name, const QString &value);
