#include "ExpiryNotifier.h"

#include "DesktopNotifications.h"
#include "ExpiryCollector.h"
#include "Logging.h"
#include "Settings.h"
#include "Ticker.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace {
constexpr qint64 MaxWaitMs = 60 * 1000; // look again at least each minute (sleep, clock changes)
}

ExpiryNotifier::ExpiryNotifier(ExpiryCollector *expiries, Ticker *ticker, bool useDesktop,
                               QObject *parent)
    : QObject(parent)
    , m_expiries(expiries)
    , m_ticker(ticker) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryNotifier::check);
    connect(expiries, &ExpiryCollector::changed, this, &ExpiryNotifier::check);
    if (m_ticker) {
        connect(m_ticker, &Ticker::tick, this, &ExpiryNotifier::onTick);
        connect(m_ticker, &Ticker::activeChanged, this, [this] { armTimer(m_clock()); });
    }
    m_scheduler.setSessionStart(QDateTime::currentDateTimeUtc());
    if (useDesktop) {
        m_desktop = new DesktopNotifications(this);
        connect(m_desktop, &DesktopNotifications::activated, this, [this](int cookie) {
            const auto entry = m_notified.constFind(cookie);
            if (entry != m_notified.constEnd())
                Q_EMIT activated(entry->kind);
        });
        connect(m_desktop, &DesktopNotifications::actionInvoked, this,
                [this](int cookie, const QString &key) {
                    const auto entry = m_notified.constFind(cookie);
                    if (entry != m_notified.constEnd() && key == QLatin1String("renew") &&
                        entry->kind == ExpiryEntry::Kind::PersonalAccessToken)
                        Q_EMIT renewRequested(entry->key);
                });
    }
    if (useDesktop && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")), this);
        m_tray->setToolTip(tr("TokenDesk"));
        m_trayMenu = new QMenu;
        QAction *show = m_trayMenu->addAction(tr("Show TokenDesk"));
        connect(show, &QAction::triggered, this, &ExpiryNotifier::showWindowRequested);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT activated(m_lastKind); });
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT showWindowRequested();
                });
        m_tray->show();
    }
}

ExpiryNotifier::~ExpiryNotifier() {
    delete m_trayMenu;
}

void ExpiryNotifier::setClock(Clock clock) {
    m_clock = std::move(clock);
    check();
}

void ExpiryNotifier::setSettings(const NotificationSettings &settings) {
    m_scheduler.setSettings(settings);
    check();
}

void ExpiryNotifier::setStore(Settings *store) {
    m_store = store;
    if (m_store && !m_tenantKey.isEmpty())
        m_scheduler.restoreAnnounced(m_store->announcedWarnings(m_tenantKey), m_clock());
}

void ExpiryNotifier::setTenant(const QString &tenantKey, const QString &tenantName) {
    m_tenantName = tenantName;
    if (tenantKey == m_tenantKey)
        return;
    m_tenantKey = tenantKey;
    m_scheduler.restoreAnnounced(m_store ? m_store->announcedWarnings(tenantKey) : QStringList(),
                                 m_clock());
    check();
}

void ExpiryNotifier::setSessionStart(const QDateTime &start) {
    m_scheduler.setSessionStart(start);
    check();
}

bool ExpiryNotifier::deliversToDesktop() const {
    return (m_desktop && m_desktop->isAvailable()) ||
           (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages());
}

void ExpiryNotifier::check() {
    const QList<ExpiryEntry> entries = m_expiries->entries();
    const QDateTime now = m_clock();
    const QList<ExpiryWarning> due = m_scheduler.takeDue(entries, now);
    for (const ExpiryWarning &warning : due) {
        m_lastKind = warning.entry.kind;
        qCInfo(lcGui) << "expiry warning:" << int(warning.entry.kind);
        const bool urgent = warning.entry.kind == ExpiryEntry::Kind::LoginToken;
        const QString body = m_tenantName.isEmpty() ? warning.message
                                                    : warning.message + QLatin1Char('\n') +
                                                          tr("Tenant: %1").arg(m_tenantName);
        // A personal access token's warning offers "Renew": the rotation of that token.
        QList<DesktopNotifications::Action> actions;
        if (warning.entry.kind == ExpiryEntry::Kind::PersonalAccessToken)
            actions << DesktopNotifications::Action{QStringLiteral("renew"), tr("Renew")};
        const int cookie = ++m_nextCookie;
        if (m_desktop && m_desktop->notify(warning.title, body, urgent, cookie, actions)) {
            m_notified.insert(cookie, warning.entry);
            m_notified.remove(cookie - 500); // long gone from the desktop
            // shown by the desktop's notification service
        } else if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
            // The body may be read as markup by the notification server: escaped.
            m_tray->showMessage(warning.title, body.toHtmlEscaped(),
                                urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                                20000);
        }
        Q_EMIT warningGiven(warning);
    }
    if (!due.isEmpty() && m_store && !m_tenantKey.isEmpty())
        m_store->setAnnouncedWarnings(m_tenantKey, m_scheduler.announced());
    const std::optional<QDateTime> next = m_scheduler.nextDue(entries, now);
    m_nextCheck = next ? *next : QDateTime();
    armTimer(now);
}

// The ticker runs: nothing to do until the next warning is due (a comparison per second).
void ExpiryNotifier::onTick(const QDateTime &) {
    if (m_nextCheck.isValid() && m_clock() >= m_nextCheck)
        check();
}

// Our own timer only while nobody else wakes us up.
void ExpiryNotifier::armTimer(const QDateTime &now) {
    if (!m_nextCheck.isValid() || (m_ticker && m_ticker->isActive())) {
        m_timer.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(now.msecsTo(m_nextCheck), 0, MaxWaitMs);
    m_timer.start(int(ms));
}
