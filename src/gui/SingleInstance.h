#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// One TokenDesk per user session. A second start hands its request to the running instance
// over a local socket in the user's private runtime folder and exits: "activate" raises the
// running window, "inspect" shows a token (read from standard input, never from the command
// line) in its inspector.
//
// Wire format, one request per connection:  TOKENDESK/1 ACTIVATE\n
//                                           TOKENDESK/1 INSPECT <length>\n<token bytes>
// answered with "OK\n" once the running instance has taken it.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype MaxTokenBytes = 1024 * 1024;

    // `serverName`: a full socket path (default: serverPath()).
    explicit SingleInstance(const QString &serverName = serverPath(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's path: the user's runtime folder (XDG_RUNTIME_DIR, private to the user).
    static QString serverPath();

    // Hands a request to the running instance; true when it answered OK within `timeoutMs`.
    static bool activateRunning(const QString &serverName = serverPath(), int timeoutMs = 2000);
    static bool inspectInRunning(const QByteArray &token, const QString &serverName = serverPath(),
                                 int timeoutMs = 2000);

    // Becomes the running instance (replacing a stale socket left by a crash); false when
    // another instance is listening or the socket cannot be created.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    void activationRequested();
    void inspectRequested(const QByteArray &token);

private:
    static bool send(const QByteArray &request, const QString &serverName, int timeoutMs);
    void onConnection();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server;
};
