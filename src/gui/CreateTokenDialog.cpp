#include "CreateTokenDialog.h"

#include "AccessTokenService.h"
#include "DialogGrowth.h"
#include "ExpiryPolicy.h"
#include "MessageBanner.h"
#include "SecretMemory.h"
#include "StatusPalette.h"
#include "ThemedIcon.h"
#include "TimeFormat.h"
#include "ui_CreateTokenDialog.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTextCharFormat>
#include <QToolButton>

namespace {
constexpr int PresetFor[] = {7, 30, 90};

QString localDateTime(const QDateTime &when) {
    const QDateTime local = when;
    const QLocale locale;
    return CreateTokenDialog::tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                                               locale.toString(local.time(), QLocale::ShortFormat));
}
} // namespace

CreateTokenDialog::CreateTokenDialog(AccessTokenService *service, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::CreateTokenDialog)
    , m_service(service)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_group(new QButtonGroup(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("createTokenDialog"));

    // The choices by their ids (Choice), in the order of the enum.
    m_radios[Days7] = m_ui->expiry7;
    m_radios[Days30] = m_ui->expiry30;
    m_radios[Days90] = m_ui->expiry90;
    m_radios[Custom] = m_ui->expiryCustom;
    m_radios[Never] = m_ui->expiryNever;
    for (int i = 0; i < 5; ++i)
        m_group->addButton(m_radios[i], i);

    m_ui->expiryCalendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    // The calendar keeps all its rows: a message or the cap's text makes the dialog grow.
    m_ui->expiryCalendar->setMinimumSize(m_ui->expiryCalendar->sizeHint());
    m_ui->expiryCalendar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyCalendarColours();
    QFont small = m_ui->calendarNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_ui->calendarNote->setFont(small);

    m_create = m_ui->buttons->addButton(tr("Create token"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancelText = m_cancel->text();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CreateTokenDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CreateTokenDialog::reject);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked && !m_updating)
            refresh();
    });
    connect(m_ui->expiryCalendar, &QCalendarWidget::selectionChanged, this, [this] {
        if (m_updating)
            return;
        chooseCustomDate(m_ui->expiryCalendar->selectedDate());
    });
    connect(m_ui->tokenName, &QLineEdit::textChanged, this, [this] { m_ui->createError->hide(); });

    m_radios[Days30]->setChecked(true); // the default
    refresh();
    resize(sizeHint().expandedTo(QSize(640, 0)));
    DialogGrowth::install(this);
}

CreateTokenDialog::~CreateTokenDialog() {
    if (m_created)
        SecretMemory::wipe(m_created->value);
    delete m_ui;
}

void CreateTokenDialog::setGeneration(TenantProfile::Generation generation) {
    m_ui->permissionsNote->setText(
        generation == TenantProfile::Generation::V2
            ? tr("On this tenant a token acts with your current role, looked up on every "
                 "request: if your role changes, every token you hold changes with it at once.")
            : tr("On this tenant (platform v1) a token keeps the permissions it was created "
                 "with."));
}

void CreateTokenDialog::setClock(Clock clock) {
    m_clock = std::move(clock);
    refresh();
}

void CreateTokenDialog::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    refresh();
}

ExpiryPolicy CreateTokenDialog::policy() const {
    return ExpiryPolicy(m_clock(), m_zone, m_maxExpiryDays);
}

void CreateTokenDialog::setMaxExpiryDays(std::optional<int> days) {
    m_maxExpiryDays = days;
    m_capKnown = true;
    const ExpiryPolicy p = policy();
    // A choice the cap rules out falls back to the longest preset allowed, or the last date.
    const Choice current = choice();
    if ((current == Never && !p.allowsNoExpiry()) ||
        (current <= Days90 && !p.allowsPreset(PresetFor[current])) ||
        (current == Custom && !p.allowsDate(m_ui->expiryCalendar->selectedDate()))) {
        Choice fallback = Custom;
        for (int i = Days90; i >= Days7; --i) {
            if (p.allowsPreset(PresetFor[i])) {
                fallback = Choice(i);
                break;
            }
        }
        if (p.allowsPreset(ExpiryPolicy::DefaultPresetDays))
            fallback = Days30;
        if (fallback == Custom)
            m_ui->expiryCalendar->setSelectedDate(p.latestDate());
        choose(fallback);
    }
    refresh();
}

void CreateTokenDialog::fetchMaxExpiryDays() {
    m_ui->capLabel->setText(tr("Checking your organization's limit on token lifetimes…"));
    m_service->maxExpiryDays(this, [this](const ApiResult<std::optional<int>> &result) {
        if (result.error) {
            m_capKnown = true;
            refresh();
            m_ui->capLabel->setText(
                tr("TokenDesk could not read your organization's limit on token "
                   "lifetimes (%1). The server checks the date you choose.")
                    .arg(result.error.message));
            return;
        }
        setMaxExpiryDays(*result.value);
    });
}

void CreateTokenDialog::setDescription(const QString &description) {
    m_ui->tokenName->setText(description);
}

void CreateTokenDialog::choose(Choice choice) {
    m_radios[choice]->setChecked(true);
    refresh();
}

CreateTokenDialog::Choice CreateTokenDialog::choice() const {
    const int id = m_group->checkedId();
    return id < 0 ? Days30 : Choice(id);
}

bool CreateTokenDialog::chooseCustomDate(const QDate &date) {
    const ExpiryPolicy p = policy();
    const QString why = p.whyNot(date);
    if (!why.isEmpty()) {
        m_ui->calendarNote->setText(why);
        return false;
    }
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        m_ui->expiryCalendar->setSelectedDate(date);
        m_radios[Custom]->setChecked(true);
    }
    refresh();
    return true;
}

std::optional<QDateTime> CreateTokenDialog::expiresAt() const {
    const ExpiryPolicy p = policy();
    switch (choice()) {
    case Days7:
    case Days30:
    case Days90:
        return p.presetExpiry(PresetFor[choice()]);
    case Custom:
        return p.expiryForDate(m_ui->expiryCalendar->selectedDate());
    case Never:
        break;
    }
    return std::nullopt;
}

void CreateTokenDialog::refresh() {
    const QScopedValueRollback<bool> updating(m_updating, true);
    const ExpiryPolicy p = policy();
    for (int i = Days7; i <= Days90; ++i) {
        const int days = PresetFor[i];
        const QString date = localDateTime(p.presetExpiry(days));
        m_radios[i]->setText(i == Days7    ? tr("7 days — %1").arg(date)
                             : i == Days30 ? tr("30 days — %1").arg(date)
                                           : tr("90 days — %1").arg(date));
        const bool allowed = p.allowsPreset(days);
        m_radios[i]->setEnabled(allowed && !m_busy);
        m_radios[i]->setToolTip(allowed ? QString()
                                        : tr("Longer than your organization allows (%n day(s)).",
                                             nullptr, p.maxExpiryDays().value_or(0)));
    }
    m_radios[Never]->setEnabled(p.allowsNoExpiry() && !m_busy);
    m_radios[Never]->setToolTip(p.allowsNoExpiry()
                                    ? tr("The token works until it is revoked. Anyone who "
                                         "obtains it can use it for as long.")
                                    : tr("Your organization requires every token to expire."));
    m_radios[Custom]->setEnabled(!m_busy &&
                                 (!p.latestDate().isValid() || p.latestDate() >= p.earliestDate()));
    m_ui->tokenName->setEnabled(!m_busy);
    // "No expiration" has no date to show: the calendar is off until a date is chosen again.
    m_ui->expiryCalendar->setEnabled(!m_busy && choice() != Never);

    // The calendar offers today up to the cap's last whole day; it shows the chosen expiry.
    m_ui->expiryCalendar->setMinimumDate(p.earliestDate());
    m_ui->expiryCalendar->setMaximumDate(p.latestDate().isValid() ? p.latestDate()
                                                                  : p.earliestDate().addYears(10));
    const auto expiry = expiresAt();
    if (choice() != Custom && expiry)
        m_ui->expiryCalendar->setSelectedDate(expiry->date());
    QTextCharFormat today;
    today.setFontWeight(QFont::Bold);
    m_ui->expiryCalendar->setDateTextFormat({}, {});
    m_ui->expiryCalendar->setDateTextFormat(p.now().date(), today);

    QString note = tr("Days before today cannot be chosen; a custom date lasts until the end of "
                      "that day (23:59:59, %1).")
                       .arg(m_zone.displayName(p.now(), QTimeZone::ShortName));
    if (p.latestDate().isValid())
        note += QLatin1Char(' ') +
                tr("The latest date your organization allows is %1; a token for that date "
                   "expires at %2, the limit.")
                    .arg(QLocale().toString(p.latestDate(), QLocale::ShortFormat),
                         QLocale().toString(p.expiryForDate(p.latestDate()).time(),
                                            QLocale::ShortFormat));
    m_ui->calendarNote->setText(note);

    if (m_capKnown)
        m_ui->capLabel->setText(p.capExplanation());
    m_ui->capLabel->setVisible(!m_ui->capLabel->text().isEmpty());

    if (!expiry) {
        m_ui->expirySummary->setText(
            tr("<b>This token never expires.</b> Anyone who obtains it can use it "
               "until it is revoked; prefer a date."));
    } else {
        m_ui->expirySummary->setText(tr("The token will expire on <b>%1</b> (%2, %3).")
                                         .arg(localDateTime(expiry->toTimeZone(m_zone)),
                                              m_zone.displayName(*expiry, QTimeZone::ShortName),
                                              TimeFormat::relative(*expiry, p.now())));
    }
    m_create->setEnabled(!m_busy);
}

void CreateTokenDialog::setBusy(bool busy, const QString &text) {
    m_busy = busy;
    m_create->setText(busy ? text : tr("Create token"));
    // A create in flight cannot be recalled: Cancel only asks to close once it is answered.
    m_cancel->setText(busy ? tr("Close when done") : m_cancelText);
    m_cancel->setToolTip(busy ? tr("The server is creating the token; it cannot be called back. "
                                   "The window closes once the server has answered, and a new "
                                   "token's value is still shown to you once.")
                              : QString());
    m_cancel->setEnabled(true);
    refresh();
}

void CreateTokenDialog::reject() {
    if (!m_busy) {
        QDialog::reject();
        return;
    }
    m_closeWhenDone = true;
    m_cancel->setEnabled(false);
    m_ui->createError->showInfo(tr("The token is being created and cannot be called back. This "
                                   "window closes when the server has answered."));
}

void CreateTokenDialog::accept() {
    if (m_busy)
        return;
    if (m_created) {
        QDialog::accept();
        return;
    }
    const QString description = m_ui->tokenName->text().trimmed();
    if (description.isEmpty()) {
        m_ui->createError->showError(tr("Give the token a name, so you can tell it apart later."));
        m_ui->tokenName->setFocus();
        return;
    }
    if (choice() == Custom) {
        const QString why = policy().whyNot(m_ui->expiryCalendar->selectedDate());
        if (!why.isEmpty()) {
            m_ui->createError->showError(why);
            return;
        }
    }
    // A preset means exactly now + N days, now being the moment of this click.
    const std::optional<QDateTime> expiry = expiresAt();
    m_ui->createError->hide();
    setBusy(true, tr("Creating…"));
    m_service->create(description, expiry, this,
                      [this](const ApiResult<CreatedAccessToken> &result) {
                          setBusy(false);
                          if (result.error) {
                              QString message = result.error.message;
                              if (AccessTokenService::serverMayHaveActed(result.error))
                                  message += QLatin1String("\n\n") +
                                             tr("The token may have been created all the same. "
                                                "TokenDesk does not send it again on its own: "
                                                "the list has been reloaded to show what the "
                                                "server holds. Check it before you try again.");
                              m_ui->createError->showError(message);
                              if (m_closeWhenDone)
                                  QDialog::reject(); // the pane shows errorText()
                              return;
                          }
                          m_created = *result.value;
                          QDialog::accept();
                      });
}

CreatedAccessToken CreateTokenDialog::takeCreated() {
    CreatedAccessToken created = m_created.value_or(CreatedAccessToken{});
    m_created.reset();
    return created;
}

QString CreateTokenDialog::errorText() const {
    return m_ui->createError->message();
}

void CreateTokenDialog::applyCalendarColours() {
    QCalendarWidget *calendar = m_ui->expiryCalendar;
    const QPalette palette = calendar->palette();
    QTextCharFormat weekend;
    weekend.setForeground(StatusPalette::weekendText(palette));
    for (const Qt::DayOfWeek day : {Qt::Saturday, Qt::Sunday})
        calendar->setWeekdayTextFormat(day, weekend);
    // The month arrows sit on the highlight colour: drawn in its text colour.
    const int size = calendar->fontMetrics().height();
    const struct {
        const char *button;
        const char *icon;
    } arrows[] = {{"qt_calendar_prevmonth", ":/icons/arrow-left.svg"},
                  {"qt_calendar_nextmonth", ":/icons/arrow-right.svg"}};
    for (const auto &arrow : arrows) {
        if (auto *button = calendar->findChild<QToolButton *>(QLatin1String(arrow.button))) {
            button->setIcon(ThemedIcon::onHighlight(QLatin1String(arrow.icon), palette, size,
                                                    devicePixelRatioF()));
            button->setIconSize(QSize(size, size));
        }
    }
}

void CreateTokenDialog::changeEvent(QEvent *event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyCalendarColours();
}
