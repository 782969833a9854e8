#include "CreateTokenDialog.h"

#include "AccessTokenService.h"
#include "ExpiryPolicy.h"
#include "MessageBanner.h"
#include "TimeFormat.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QTextCharFormat>
#include <QVBoxLayout>

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
    , m_service(service)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_name(new QLineEdit(this))
    , m_group(new QButtonGroup(this))
    , m_calendar(new QCalendarWidget(this))
    , m_calendarNote(new QLabel(this))
    , m_capLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("createTokenDialog"));
    setWindowTitle(tr("Create personal access token"));

    auto *intro = new QLabel(tr("A personal access token lets the Moderne CLI, an IDE plugin or a "
                                "script call the Moderne API as you. Give it a name you will "
                                "recognize, and the shortest lifetime that does the job."),
                             this);
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("tokenName"));
    m_name->setPlaceholderText(tr("e.g. Moderne CLI on my laptop"));
    m_name->setAccessibleName(tr("Token name"));
    m_name->setMaxLength(255);

    auto *expiryBox = new QGroupBox(tr("Expiration"), this);
    auto *choices = new QVBoxLayout;
    const QString names[] = {QStringLiteral("expiry7"), QStringLiteral("expiry30"),
                             QStringLiteral("expiry90"), QStringLiteral("expiryCustom"),
                             QStringLiteral("expiryNever")};
    for (int i = 0; i < 5; ++i) {
        m_radios[i] = new QRadioButton(expiryBox);
        m_radios[i]->setObjectName(names[i]);
        m_group->addButton(m_radios[i], i);
        choices->addWidget(m_radios[i]);
    }
    m_radios[Custom]->setText(tr("Custom date (pick it on the calendar)"));
    m_radios[Never]->setText(tr("No expiration"));
    m_radios[Never]->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    choices->addStretch(1);

    m_calendar->setObjectName(QStringLiteral("expiryCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_calendar->setAccessibleName(tr("Expiration date"));
    m_calendarNote->setObjectName(QStringLiteral("calendarNote"));
    m_calendarNote->setWordWrap(true);
    QFont small = m_calendarNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_calendarNote->setFont(small);
    auto *calendarColumn = new QVBoxLayout;
    calendarColumn->addWidget(m_calendar);
    calendarColumn->addWidget(m_calendarNote);

    auto *picker = new QHBoxLayout(expiryBox);
    picker->addLayout(choices, 1);
    picker->addLayout(calendarColumn, 1);

    m_capLabel->setObjectName(QStringLiteral("capLabel"));
    m_capLabel->setWordWrap(true);
    m_capLabel->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("expirySummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("createError"));

    m_create = m_buttons->addButton(tr("Create token"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateTokenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateTokenDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(expiryBox, 1);
    layout->addWidget(m_capLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked && !m_updating)
            refresh();
    });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        if (m_updating)
            return;
        chooseCustomDate(m_calendar->selectedDate());
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_error->hide(); });

    m_radios[Days30]->setChecked(true); // the default
    refresh();
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

CreateTokenDialog::~CreateTokenDialog() {
    if (m_created)
        m_created->value.fill('\0');
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
        (current == Custom && !p.allowsDate(m_calendar->selectedDate()))) {
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
            m_calendar->setSelectedDate(p.latestDate());
        choose(fallback);
    }
    refresh();
}

void CreateTokenDialog::fetchMaxExpiryDays() {
    m_capLabel->setText(tr("Checking your organization's limit on token lifetimes…"));
    m_service->maxExpiryDays(this, [this](const ApiResult<std::optional<int>> &result) {
        if (result.error) {
            m_capKnown = true;
            refresh();
            m_capLabel->setText(tr("TokenDesk could not read your organization's limit on token "
                                   "lifetimes (%1). The server checks the date you choose.")
                                    .arg(result.error.message));
            return;
        }
        setMaxExpiryDays(*result.value);
    });
}

void CreateTokenDialog::setDescription(const QString &description) {
    m_name->setText(description);
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
        m_calendarNote->setText(why);
        return false;
    }
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        m_calendar->setSelectedDate(date);
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
        return p.endOfDay(m_calendar->selectedDate());
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
    m_name->setEnabled(!m_busy);
    m_calendar->setEnabled(!m_busy);

    // The calendar offers today up to the cap's last whole day; it shows the chosen expiry.
    m_calendar->setMinimumDate(p.earliestDate());
    m_calendar->setMaximumDate(p.latestDate().isValid() ? p.latestDate()
                                                        : p.earliestDate().addYears(10));
    const auto expiry = expiresAt();
    if (choice() != Custom && expiry)
        m_calendar->setSelectedDate(expiry->date());
    QTextCharFormat today;
    today.setFontWeight(QFont::Bold);
    m_calendar->setDateTextFormat({}, {});
    m_calendar->setDateTextFormat(p.now().date(), today);

    QString note = tr("Days before today cannot be chosen; a custom date lasts until the end of "
                      "that day (23:59:59, %1).")
                       .arg(m_zone.displayName(p.now(), QTimeZone::ShortName));
    if (p.latestDate().isValid())
        note +=
            QLatin1Char(' ') + tr("The latest date your organization allows is %1.")
                                   .arg(QLocale().toString(p.latestDate(), QLocale::ShortFormat));
    m_calendarNote->setText(note);

    if (m_capKnown)
        m_capLabel->setText(p.capExplanation());
    m_capLabel->setVisible(!m_capLabel->text().isEmpty());

    if (!expiry) {
        m_summary->setText(tr("<b>This token never expires.</b> Anyone who obtains it can use it "
                              "until it is revoked; prefer a date."));
    } else {
        m_summary->setText(tr("The token will expire on <b>%1</b> (%2, %3).")
                               .arg(localDateTime(expiry->toTimeZone(m_zone)),
                                    m_zone.displayName(*expiry, QTimeZone::ShortName),
                                    TimeFormat::relative(*expiry, p.now())));
    }
    m_create->setEnabled(!m_busy);
}

void CreateTokenDialog::setBusy(bool busy, const QString &text) {
    m_busy = busy;
    m_create->setText(busy ? text : tr("Create token"));
    refresh();
}

void CreateTokenDialog::accept() {
    if (m_busy)
        return;
    if (m_created) {
        QDialog::accept();
        return;
    }
    const QString description = m_name->text().trimmed();
    if (description.isEmpty()) {
        m_error->showError(tr("Give the token a name, so you can tell it apart later."));
        m_name->setFocus();
        return;
    }
    if (choice() == Custom) {
        const QString why = policy().whyNot(m_calendar->selectedDate());
        if (!why.isEmpty()) {
            m_error->showError(why);
            return;
        }
    }
    // A preset means exactly now + N days, now being the moment of this click.
    const std::optional<QDateTime> expiry = expiresAt();
    m_error->hide();
    setBusy(true, tr("Creating…"));
    m_service->create(description, expiry, this,
                      [this](const ApiResult<CreatedAccessToken> &result) {
                          setBusy(false);
                          if (result.error) {
                              QString message = result.error.message;
                              if (AccessTokenService::serverMayHaveActed(result.error))
                                  message += QLatin1String("\n\n") +
                                             tr("TokenDesk does not send it again on its own: "
                                                "the list has been reloaded to show what the "
                                                "server holds. Check it before you try again.");
                              m_error->showError(message);
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
    return m_error->message();
}
