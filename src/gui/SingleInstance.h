#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include "SingleInstanceClient.h"

class QLocalServer;
class QLocalSocket;

// One TokenDesk per user session. A second start hands its request to the running instance
// over a local socket in the user's private runtime folder and exits: "activate" raises the
// running window, "inspect" shows a token (read from standard input, never from the command
// line) in its inspector.
//
// Wire format, one request per connection:  TOKENDESK/1 ACTIVATE\n
//                                           TOKENDESK/1 INSPECT <length>\n<token bytes>
// answered with "OK\n" once the running instance has taken it. The second start's half is
// SingleInstanceClient (plain POSIX sockets; the static functions below are its).
//
// Only the same user on both ends: the socket lives in a folder that belongs to the user with
// mode 0700 (checked, never a symbolic link), and each side checks the other's uid with
// SO_PEERCRED (the server drops a client of another user, the client refuses a server of
// another user before it writes anything). At most MaxConnections at once; a connection that
// sends nothing for IdleTimeoutMs, or has not finished its request after RequestTimeoutMs, is
// dropped.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype MaxTokenBytes = SingleInstanceClient::MaxTokenBytes;
    static constexpr int MaxConnections = 8;
    static constexpr int IdleTimeoutMs = 3000;
    static constexpr int RequestTimeoutMs = 10000;

    // `serverName`: a full socket path (default: serverPath()).
    explicit SingleInstance(const QString &serverName = serverPath(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's path: in XDG_RUNTIME_DIR, else in <temp>/tokendesk-<uid> (created with mode
    // 0700); empty when neither folder belongs to this user with mode 0700 (then there is no
    // single instance; a log line says why).
    static QString serverPath();
    // True when `folder` is a directory (not a symbolic link) owned by this user, mode 0700.
    static bool isPrivateFolder(const QString &folder);

    // Hands a request to the running instance; true when it answered OK within `timeoutMs`.
    static bool activateRunning(const QString &serverName = serverPath(), int timeoutMs = 2000);
    static bool inspectInRunning(const QByteArray &token, const QString &serverName = serverPath(),
                                 int timeoutMs = 2000);

    // Becomes the running instance (replacing a stale socket left by a crash); false when
    // another instance is listening or the socket cannot be created.
    bool listen();
    bool isListening() const;
    // Connections open now (for tests).
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void activationRequested();
    void inspectRequested(const QByteArray &token);

private:
    void onConnection();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server;
    int m_connections = 0;
};
