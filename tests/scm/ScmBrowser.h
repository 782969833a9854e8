#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

// Plays the system browser on the sandbox's fake SCM authorize page over HTTP: loads the page,
// presses Authorize (or Deny), and follows the 302 to the app's loopback callback by hand.
// Install with QDesktopServices::setUrlHandler("http", browser, "openUrl").
class ScmBrowser : public QObject {
    Q_OBJECT
public:
    enum class Decision { Authorize, Deny, Ignore };

    explicit ScmBrowser(QObject *parent = nullptr);

    void setDecision(Decision decision) { m_decision = decision; }
    // Changes the callback URL before it is requested (tampering with state or code).
    void setCallbackRewriter(std::function<QUrl(const QUrl &)> rewriter) {
        m_rewriter = std::move(rewriter);
    }
    void reset();

    // What the browser did since it was made or reset().
    QUrl openedUrl() const { return m_visit.openedUrl; }
    QUrl callbackUrl() const { return m_visit.callbackUrl; }
    bool isDone() const { return m_visit.done; }
    int callbackStatus() const { return m_visit.callbackStatus; }
    QByteArray callbackBody() const { return m_visit.callbackBody; }
    QString error() const { return m_visit.error; }

public Q_SLOTS:
    void openUrl(const QUrl &url);

Q_SIGNALS:
    void finished();

private:
    void onPage(QNetworkReply *reply);
    void onDecision(QNetworkReply *reply);
    void finish(const QString &error = {});

    QNetworkAccessManager m_network;
    Decision m_decision = Decision::Authorize;
    std::function<QUrl(const QUrl &)> m_rewriter;
    // One visit's results, all cleared by reset().
    struct Visit {
        QUrl openedUrl;   // the authorize page it was asked to open
        QUrl callbackUrl; // the app's loopback callback it followed (as rewritten)
        bool done = false;
        int callbackStatus = 0;  // the callback's HTTP status
        QByteArray callbackBody; // the page the callback answered with
        QString error;           // why it stopped before the callback answered
    };
    Visit m_visit;
};
