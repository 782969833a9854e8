#include "ExpiryNotifier.h"

#include "ExpiryCollector.h"
#include "Logging.h"
#include "Ticker.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace {
constexpr qint64 MaxWaitMs = 60 * 1000; // look again at least each minute (sleep, clock changes)
}

ExpiryNotifier::ExpiryNotifier(ExpiryCollector *expiries, Ticker *ticker, bool useTray,
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
    if (useTray && QSystemTrayIcon::isSystemTrayAvailable()) {
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

void ExpiryNotifier::check() {
    const QList<ExpiryEntry> entries = m_expiries->entries();
    const QDateTime now = m_clock();
    for (const ExpiryWarning &warning : m_scheduler.takeDue(entries, now)) {
        m_lastKind = warning.entry.kind;
        qCInfo(lcGui) << "expiry warning:" << int(warning.entry.kind);
        if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
            // The summary is plain text; the body may be read as markup by the notification
            // server, and names a host or a token the server chose.
            m_tray->showMessage(warning.title, warning.message.toHtmlEscaped(),
                                warning.entry.kind == ExpiryEntry::Kind::LoginToken
                                    ? QSystemTrayIcon::Warning
                                    : QSystemTrayIcon::Information,
                                20000);
        Q_EMIT warningGiven(warning);
    }
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
