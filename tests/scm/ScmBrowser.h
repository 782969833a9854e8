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

    QUrl openedUrl() const { return m_openedUrl; }
    QUrl callbackUrl() const { return m_callbackUrl; }
    bool isDone() const { return m_done; }
    int callbackStatus() const { return m_callbackStatus; }
    QByteArray callbackBody() const { return m_callbackBody; }
    QString error() const { return m_error; }

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
    QUrl m_openedUrl;
    QUrl m_callbackUrl;
    bool m_done = false;
    int m_callbackStatus = 0;
    QByteArray m_callbackBody;
    QString m_error;
};
