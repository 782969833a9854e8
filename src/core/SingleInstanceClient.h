#pragma once

#include <QByteArray>
#include <QString>

// The second start's half of the single-instance handover (the running instance's half is
// SingleInstance, in gui): finds the user's private socket path and hands one request to the
// instance listening there. Plain POSIX sockets, so that the program that shows the first
// window needs no Qt Network (see src/app/main.cpp): TOKENDESK/1 ACTIVATE\n, or
// TOKENDESK/1 INSPECT <length>\n<token bytes>, answered with "OK\n".
class SingleInstanceClient {
public:
    static constexpr qsizetype MaxTokenBytes = 1024 * 1024;
    static QByteArray magic() { return QByteArrayLiteral("TOKENDESK/1 "); }

    // The socket's path: in XDG_RUNTIME_DIR, else in <temp>/tokendesk-<uid> (created with mode
    // 0700); empty when neither folder belongs to this user with mode 0700 (then there is no
    // single instance; a log line says why).
    static QString serverPath();
    // True when `folder` is a directory (not a symbolic link) owned by this user, mode 0700.
    static bool isPrivateFolder(const QString &folder);
    // True when the other end of the connected local socket runs as this user.
    static bool peerIsThisUser(qintptr descriptor);

    // Hands a request to the running instance; true when it answered OK within `timeoutMs`.
    // Nothing is written to a listener of another user.
    static bool activateRunning(const QString &serverName = serverPath(), int timeoutMs = 2000);
    static bool inspectInRunning(const QByteArray &token, const QString &serverName = serverPath(),
                                 int timeoutMs = 2000);

private:
    static bool send(const QByteArray &request, const QString &serverName, int timeoutMs);
};
