#include "DesktopNotifications.h"

#include "Logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
constexpr int CallTimeoutMs = 3000;
} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent) {}

bool DesktopNotifications::isAvailable() const {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(Service);
    return registered.isValid() && registered.value();
}

bool DesktopNotifications::rendersMarkup() {
    if (m_markup < 0) {
        QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface,
                                                           QStringLiteral("GetCapabilities"));
        const QDBusReply<QStringList> reply =
            QDBusConnection::sessionBus().call(call, QDBus::Block, CallTimeoutMs);
        m_markup = reply.isValid() && reply.value().contains(QLatin1String("body-markup")) ? 1 : 0;
    }
    return m_markup == 1;
}

bool DesktopNotifications::notify(const QString &summary, const QString &body, bool urgent,
                                  int cookie, const QList<Action> &actions) {
    if (!isAvailable())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!m_connected) {
        bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                    SLOT(onClosed(uint, uint)));
        m_connected = true;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("dev.tokendesk.TokenDesk"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1)));
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    // The body is plain text: where the server renders markup, it must not see any.
    const QString text = rendersMarkup() ? body.toHtmlEscaped() : body;
    QStringList keysAndTexts{QStringLiteral("default"), tr("Show")};
    for (const Action &action : actions)
        keysAndTexts << action.key << action.text;
    call << QStringLiteral("TokenDesk") << uint(0) << QStringLiteral("dev.tokendesk.TokenDesk")
         << summary << text << keysAndTexts << hints << int(urgent ? 0 : 20000);
    const QDBusReply<uint> reply = bus.call(call, QDBus::Block, CallTimeoutMs);
    if (!reply.isValid()) {
        qCWarning(lcGui) << "desktop notification refused:" << reply.error().name();
        return false;
    }
    m_cookies.insert(reply.value(), cookie);
    return true;
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action) {
    const auto it = m_cookies.constFind(id);
    if (it == m_cookies.constEnd())
        return; // another application's notification
    if (action == QLatin1String("default"))
        Q_EMIT activated(it.value());
    else
        Q_EMIT actionInvoked(it.value(), action);
}

void DesktopNotifications::onClosed(uint id, uint) {
    m_cookies.remove(id);
}
