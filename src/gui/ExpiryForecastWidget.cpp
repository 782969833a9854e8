#include "ExpiryForecastWidget.h"

#include "HygieneModel.h"
#include "Logging.h"
#include "Session.h"
#include "Settings.h"
#include "StatusPalette.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int EmailRole = Qt::UserRole + 1;
constexpr int SoonDays = 7; // bars in the first week are drawn as "soon"

// The bars: one per day of the horizon, as tall as its count against the busiest day, with the
// first and last date under them. Colours from StatusPalette only.
class ForecastStrip : public QWidget {
public:
    explicit ForecastStrip(QWidget *parent)
        : QWidget(parent) {
        setObjectName(QStringLiteral("forecastStrip"));
        setAccessibleName(ExpiryForecastWidget::tr("Token expiries per day"));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        setMouseTracking(true);
    }

    void setBuckets(QList<ExpiryForecast::Bucket> buckets) {
        m_buckets = std::move(buckets);
        int total = 0;
        for (const ExpiryForecast::Bucket &bucket : m_buckets)
            total += bucket.count;
        setAccessibleDescription(
            ExpiryForecastWidget::tr("%n token(s) expire in the next %1 days.", nullptr, total)
                .arg(m_buckets.size()));
        update();
    }
    const QList<ExpiryForecast::Bucket> &buckets() const { return m_buckets; }

    QSize sizeHint() const override { return {300, 4 * fontMetrics().height()}; }
    QSize minimumSizeHint() const override { return {120, 3 * fontMetrics().height()}; }

    // Where bar `index` is drawn (its whole column, for the tooltip).
    QRect columnRect(int index) const {
        const QRect area = barArea();
        if (m_buckets.isEmpty())
            return {};
        const qreal width = qreal(area.width()) / m_buckets.size();
        const int left = area.left() + int(index * width);
        const int right = area.left() + int((index + 1) * width);
        return QRect(left, area.top(), std::max(1, right - left), area.height());
    }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter painter(this);
        const QPalette &pal = palette();
        const QRect area = barArea();
        int most = 1;
        for (const ExpiryForecast::Bucket &bucket : m_buckets)
            most = std::max(most, bucket.count);
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(area.bottomLeft(), area.bottomRight());
        for (int i = 0; i < m_buckets.size(); ++i) {
            const ExpiryForecast::Bucket &bucket = m_buckets.at(i);
            if (bucket.count == 0)
                continue;
            const QRect column = columnRect(i);
            const int height = std::max(2, area.height() * bucket.count / most);
            const int gap = column.width() > 4 ? 1 : 0;
            const QRect bar(column.left() + gap, area.bottom() - height + 1,
                            std::max(1, column.width() - 2 * gap), height);
            const auto status =
                i < SoonDays ? StatusPalette::Status::Soon : StatusPalette::Status::Info;
            painter.fillRect(bar, StatusPalette::fill(status, pal));
        }
        if (m_buckets.isEmpty())
            return;
        painter.setPen(pal.color(QPalette::WindowText));
        const QRect labels(area.left(), area.bottom() + 2, area.width(), fontMetrics().height());
        const QLocale locale;
        const QString first = ExpiryForecastWidget::tr("today");
        const QString last = locale.toString(m_buckets.last().last, QLocale::ShortFormat);
        painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, first);
        if (fontMetrics().horizontalAdvance(first + last) + 20 < labels.width())
            painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, last);
    }

    bool event(QEvent *event) override {
        if (event->type() == QEvent::ToolTip) {
            const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
            for (int i = 0; i < m_buckets.size(); ++i) {
                if (pos.x() >= columnRect(i).left() && pos.x() <= columnRect(i).right()) {
                    const ExpiryForecast::Bucket &bucket = m_buckets.at(i);
                    QToolTip::showText(
                        static_cast<QHelpEvent *>(event)->globalPos(),
                        ExpiryForecastWidget::tr("%1: %n token(s) expire", nullptr, bucket.count)
                            .arg(QLocale().toString(bucket.first, QLocale::ShortFormat)),
                        this);
                    return true;
                }
            }
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        return QWidget::event(event);
    }

private:
    QRect barArea() const {
        const int line = fontMetrics().height();
        return rect().adjusted(2, 4, -2, -(line + 4));
    }

    QList<ExpiryForecast::Bucket> m_buckets;
};
} // namespace

ExpiryForecastWidget::ExpiryForecastWidget(Workspace *workspace, Settings *settings, Ticker *ticker,
                                           QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(workspace->session())
    , m_settings(settings)
    , m_ticker(ticker)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_toggle(new QToolButton(this))
    , m_title(new QLabel(tr("Expiry forecast, all users"), this))
    , m_horizon(new QComboBox(this))
    , m_loadButton(new QPushButton(tr("Load"), this))
    , m_summary(new QLabel(this))
    , m_body(new QWidget(this))
    , m_strip(new ForecastStrip(m_body))
    , m_ownerList(new QTreeWidget(m_body))
    , m_rebuildTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("expiryForecast"));
    setAccessibleName(tr("Expiry forecast of all users' tokens"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setAutoFillBackground(true); // on the timeline's background, as its continuation
    setBackgroundRole(QPalette::Base);
    m_forecast = std::make_unique<ExpiryForecast>(QList<ExpiryForecast::Token>(), 30, now());

    m_toggle->setObjectName(QStringLiteral("forecastToggle"));
    m_toggle->setAutoRaise(true);
    m_title->setObjectName(QStringLiteral("forecastTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_horizon->setObjectName(QStringLiteral("forecastHorizon"));
    m_horizon->setAccessibleName(tr("Forecast horizon"));
    m_horizon->setToolTip(tr("How far ahead the forecast looks"));
    for (int days : ExpiryForecast::Horizons)
        m_horizon->addItem(tr("%n day(s)", nullptr, days), days);
    m_loadButton->setObjectName(QStringLiteral("forecastLoad"));
    m_loadButton->setAccessibleName(tr("Load the forecast"));
    m_loadButton->setToolTip(tr("Read every user's tokens from the tenant"));
    m_summary->setObjectName(QStringLiteral("forecastSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 10, 2);
    header->addWidget(m_toggle);
    header->addWidget(m_title);
    header->addWidget(m_horizon);
    header->addWidget(m_loadButton);
    header->addWidget(m_summary, 1);

    m_ownerList->setObjectName(QStringLiteral("forecastOwners"));
    m_ownerList->setAccessibleName(tr("Expiring tokens by owner"));
    m_ownerList->setColumnCount(4);
    m_ownerList->setHeaderLabels({tr("Owner"), tr("Tokens"), tr("Earliest"), QString()});
    m_ownerList->setRootIsDecorated(true);
    m_ownerList->setUniformRowHeights(true);
    m_ownerList->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *columns = m_ownerList->header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    columns->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_ownerList->setMinimumWidth(200);
    m_ownerList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *body = new QHBoxLayout(m_body);
    body->setContentsMargins(10, 0, 10, 4);
    body->addWidget(m_strip, 1);
    body->addWidget(m_ownerList, 1);
    // Seven lines when the window has room, four at the least (an 800×500 window keeps its
    // size with the forecast unfolded).
    m_body->setMinimumHeight(4 * fontMetrics().height());
    m_body->setMaximumHeight(7 * fontMetrics().height());
    m_ownerList->setMinimumHeight(3 * fontMetrics().height());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_body);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(150);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ExpiryForecastWidget::rebuild);

    setHorizonDays(m_settings ? m_settings->forecastHorizonDays() : 30);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settings)
            m_settings->setForecastHorizonDays(horizonDays());
        rebuild();
    });
    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    connect(m_loadButton, &QPushButton::clicked, this, &ExpiryForecastWidget::load);
    // Time moves on: a token that has expired leaves the forecast, and a new day starts the
    // bars afresh.
    if (m_ticker) {
        connect(m_ticker, &Ticker::tick, this, [this](const QDateTime &now) {
            if (!m_loaded || !isVisible())
                return;
            const bool expired = !m_forecast->tokens().isEmpty() &&
                                 m_forecast->tokens().constFirst().expiresAt <= now;
            if (expired || now >= m_forecast->end().addDays(1 - m_forecast->horizonDays()))
                rebuild();
        });
    }
    // What was shown belongs to the identity it was read for.
    connect(m_session, &Session::identityChanged, this, [this] {
        m_loaded = false;
        m_notice.clear();
        rebuild();
        // After every other listener (the hygiene board empties the shared rows then).
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (isVisible() && m_expanded)
                    maybeLoad();
            },
            Qt::QueuedConnection);
    });
    m_body->setVisible(m_expanded);
    updateHeader();
}

bool ExpiryForecastWidget::applies() const {
    return m_session->isSignedIn() && m_session->isAdmin();
}

QDateTime ExpiryForecastWidget::now() const {
    return m_ticker ? m_ticker->now() : QDateTime::currentDateTimeUtc();
}

int ExpiryForecastWidget::horizonDays() const {
    return m_horizon->currentData().toInt();
}

void ExpiryForecastWidget::setHorizonDays(int days) {
    const int index = m_horizon->findData(days);
    if (index >= 0)
        m_horizon->setCurrentIndex(index);
}

void ExpiryForecastWidget::setExpanded(bool expanded) {
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_body->setVisible(expanded);
    updateHeader();
    updateGeometry();
    Q_EMIT expandedChanged(expanded);
    if (expanded && isVisible())
        maybeLoad();
}

void ExpiryForecastWidget::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_expanded)
        maybeLoad();
}

// Unfolded and shown for an administrator: read the tokens unless they are read (or being read)
// for this identity already — by this strip or by the hygiene board (the lists are emptied
// whenever the tenant or the user changes).
void ExpiryForecastWidget::maybeLoad() {
    if (!applies() || (m_loaded && m_loadedIdentity == m_session->identity()))
        return;
    attachModel();
    if (m_model->hasStarted() || m_model->isBusy()) {
        m_loadedIdentity = m_session->identity();
        m_loaded = true;
        return rebuild();
    }
    load();
}

void ExpiryForecastWidget::attachModel() {
    if (m_model)
        return;
    m_model = m_workspace->hygiene();
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &ExpiryForecastWidget::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            &ExpiryForecastWidget::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExpiryForecastWidget::scheduleRebuild);
    connect(m_model, &HygieneModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            updateHeader();
        else
            rebuild(); // done, or stopped by a failure: the owners of what was read
    });
    connect(m_model, &HygieneModel::loadFailed, this, [this](const QString &message) {
        if (!m_loaded)
            return;
        m_notice = tr("The tokens could not be read: %1").arg(message);
        updateHeader();
    });
}

void ExpiryForecastWidget::load() {
    if (!applies())
        return; // a USER session sends nothing of it
    attachModel();
    m_loadedIdentity = m_session->identity();
    m_loaded = true;
    m_notice.clear();
    if (!m_expanded)
        setExpanded(true);
    qCDebug(lcGui) << "expiry forecast: reading all users' tokens";
    m_model->reload();
    updateHeader();
}

void ExpiryForecastWidget::scheduleRebuild() {
    if (!m_rebuildTimer->isActive())
        m_rebuildTimer->start();
}

QList<ExpiryForecast::Bucket> ExpiryForecastWidget::buckets() const {
    return static_cast<ForecastStrip *>(m_strip)->buckets();
}

void ExpiryForecastWidget::rebuild() {
    m_rebuildTimer->stop();
    QList<ExpiryForecast::Token> tokens;
    const bool current = m_model && m_loaded && m_loadedIdentity == m_session->identity();
    if (current) {
        tokens.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const HygieneModel::Row &r = m_model->row(row);
            if (r.expires != HygieneModel::NoExpiry) {
                const AccessToken token = m_model->token(r);
                tokens.append(
                    {m_model->ownerOf(r).email, token.id, token.description, *token.expiresAt});
            }
        }
    }
    m_forecast = std::make_unique<ExpiryForecast>(std::move(tokens), horizonDays(), now());
    static_cast<ForecastStrip *>(m_strip)->setBuckets(
        m_forecast->buckets(ExpiryForecast::Granularity::Day));
    m_owners = m_forecast->owners();
    if (m_model && m_model->isBusy()) {
        // While pages come in, the bars and the count follow; the owners' list (a button each)
        // is made once, when the last page is in.
        m_ownerList->clear();
        updateHeader();
        return;
    }

    // The owners, the soonest first; each with its tokens under it and a Remind button.
    m_ownerList->setUpdatesEnabled(false);
    m_ownerList->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(m_owners.size());
    for (const ExpiryForecast::OwnerGroup &owner : std::as_const(m_owners)) {
        auto *item = new QTreeWidgetItem(
            {owner.email, QString::number(owner.count()),
             locale.toString(owner.earliest().toLocalTime().date(), QLocale::ShortFormat)});
        item->setData(0, EmailRole, owner.email);
        item->setToolTip(0, owner.email);
        item->setToolTip(2, locale.toString(owner.earliest().toLocalTime(), QLocale::LongFormat));
        for (const ExpiryForecast::Token &token : owner.tokens) {
            const QString description = token.description.simplified().isEmpty()
                                            ? tr("(no description)")
                                            : token.description.simplified();
            auto *child = new QTreeWidgetItem(
                {description, QString(),
                 locale.toString(token.expiresAt.toLocalTime().date(), QLocale::ShortFormat)});
            child->setToolTip(0, description);
            child->setToolTip(2,
                              locale.toString(token.expiresAt.toLocalTime(), QLocale::LongFormat));
            item->addChild(child);
        }
        items.append(item);
    }
    m_ownerList->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        const QString email = item->data(0, EmailRole).toString();
        auto *button = new QPushButton(tr("Remind"));
        button->setObjectName(QStringLiteral("remind_") + email);
        button->setAccessibleName(tr("Remind %1").arg(email));
        button->setToolTip(tr("Write to %1 about their expiring tokens (an email draft naming "
                              "descriptions and dates only)")
                               .arg(email));
        connect(button, &QPushButton::clicked, this, [this, email] { remind(email); });
        m_ownerList->setItemWidget(item, 3, button);
    }
    m_ownerList->setUpdatesEnabled(true);
    updateHeader();
    Q_EMIT updated();
}

QString ExpiryForecastWidget::summary() const {
    return m_summary->text();
}

void ExpiryForecastWidget::updateHeader() {
    m_toggle->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    const QString toggleText = m_expanded ? tr("Hide the forecast") : tr("Show the forecast");
    m_toggle->setToolTip(toggleText);
    m_toggle->setAccessibleName(toggleText);
    const bool busy = m_model && m_model->isBusy();
    m_loadButton->setText(m_loaded ? tr("Reload") : tr("Load"));
    m_loadButton->setEnabled(applies() && !busy);
    QString text;
    if (!m_notice.isEmpty())
        text = m_notice;
    else if (!m_loaded)
        text = tr("Not loaded: reads every user's tokens.");
    else if (busy)
        text = tr("Reading tokens… %n so far.", nullptr, m_model->rowCount());
    else
        text = tr("%n token(s) of %1 owner(s) expire in %2 days.", nullptr,
                  int(m_forecast->tokens().size()))
                   .arg(m_owners.size())
                   .arg(horizonDays());
    m_summary->setText(text);
    m_summary->setToolTip(text);
}

QPushButton *ExpiryForecastWidget::remindButton(const QString &email) const {
    for (int i = 0; i < m_ownerList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ownerList->topLevelItem(i);
        if (item->data(0, EmailRole).toString().compare(email, Qt::CaseInsensitive) == 0)
            return qobject_cast<QPushButton *>(m_ownerList->itemWidget(item, 3));
    }
    return nullptr;
}

bool ExpiryForecastWidget::remind(const QString &email) {
    for (const ExpiryForecast::OwnerGroup &owner : std::as_const(m_owners)) {
        if (owner.email.compare(email, Qt::CaseInsensitive) != 0)
            continue;
        const QUrl url = ExpiryForecast::mailtoUrl(owner, m_session->tenantLabel());
        if (m_opener && m_opener(url))
            return true;
        m_notice = tr("No email program opened the reminder for %1.").arg(owner.email);
        updateHeader();
        return false;
    }
    return false;
}
