#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

// Desktop notifications through the freedesktop.org notification service
// (org.freedesktop.Notifications on the session bus): what GNOME, KDE and most Linux desktops
// show, with or without a system tray. Texts are sent as plain text (escaped where the server
// renders markup). Clicking a notification (its default action) emits activated() with the
// cookie given to notify().
class DesktopNotifications : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Whether a notification service runs on the session bus now.
    bool isAvailable() const;
    // A button on a notification: its key (for actionInvoked) and its text.
    struct Action {
        QString key;
        QString text;
    };
    // Shows a notification (with `actions` as buttons besides the default "Show"); returns
    // false when there is no service or it refused.
    bool notify(const QString &summary, const QString &body, bool urgent, int cookie,
                const QList<Action> &actions = {});

Q_SIGNALS:
    void activated(int cookie);
    // One of notify()'s `actions` was clicked.
    void actionInvoked(int cookie, const QString &key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    bool rendersMarkup();

    QHash<uint, int> m_cookies; // notification id → cookie, while it is shown
    int m_markup = -1;          // -1 not asked yet, else whether the server renders body markup
    bool m_connected = false;
};
