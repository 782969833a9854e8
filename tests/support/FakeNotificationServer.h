#pragma once

#include <QDBusConnection>
#include <QDBusError>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// The desktop's notification service (org.freedesktop.Notifications), as a desktop runs it:
// records every notification shown. Tests emit its ActionInvoked signal as a click would.
class FakeNotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown {
        QString appName, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};

    // Serves the session bus's notification name; an empty string, or why it could not.
    QString registerOnSessionBus() {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            return QStringLiteral("no session bus: run under dbus-run-session (./test does)");
        if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                QDBusConnection::ExportAllSlots |
                                    QDBusConnection::ExportAllSignals))
            return QStringLiteral("cannot register the notifications object");
        if (!bus.registerService(QStringLiteral("org.freedesktop.Notifications")))
            return bus.lastError().message();
        return {};
    }

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &appName, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int) {
        shown.append({appName, summary, body, actions, hints});
        return uint(shown.size() + 100);
    }
    void CloseNotification(uint) {}
    QString GetServerInformation(QString &vendor, QString &version, QString &spec) {
        vendor = QStringLiteral("test");
        version = QStringLiteral("1");
        spec = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};
