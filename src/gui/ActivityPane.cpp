#include "ActivityPane.h"

#include "AuditEventModel.h"
#include "AuditExportDialog.h"
#include "AuditPlatformExport.h"
#include "Logging.h"
#include "ModerneApi.h"
#include "Session.h"
#include "StatusPalette.h"
#include "TokenDisplay.h"
#include "Workspace.h"
#include "ui_ActivityPane.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QShowEvent>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTimeZone>
#include <QTimer>

namespace {
// Failed events stand out: their cells in the palette's error colour, the outcome in bold.
class OutcomeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(AuditEventModel::FailureRole).toBool())
            return;
        option->palette.setColor(
            QPalette::Text, StatusPalette::text(StatusPalette::Status::Error, option->palette));
        if (index.column() == AuditEventModel::OutcomeColumn)
            option->font.setBold(true);
    }
};

// The platform's documented strings; every other choice comes from the events seen.
const QString documentedTarget = QStringLiteral("access.tokens");
const QString documentedAction = QStringLiteral("create.token");

void offerChoices(QComboBox *combo, QStringList values, const QString &documented) {
    if (!values.contains(documented))
        values.append(documented);
    values.sort();
    const QString current = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(QString());
    combo->addItems(values);
    combo->setCurrentText(current);
}
} // namespace

ActivityPane::ActivityPane(const PaneContext &context, QWidget *parent)
    : PaneBase(parent)
    , m_ui(new Ui::ActivityPane)
    , m_model(context.workspace->audit())
    , m_api(context.workspace->api()->audit())
    , m_session(context.workspace->session())
    , m_debounce(new QTimer(this))
    , m_countTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("activityPane"));
    m_ui->activityMessage->bindTo(m_session);

    m_ui->rangeCombo->addItem(tr("Today"), int(Range::Today));
    m_ui->rangeCombo->addItem(tr("Last 7 days"), int(Range::Days7));
    m_ui->rangeCombo->addItem(tr("Last 30 days"), int(Range::Days30));
    m_ui->rangeCombo->addItem(tr("Custom"), int(Range::Custom));
    m_ui->rangeCombo->setCurrentIndex(1);
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->sinceEdit->setDateTime(now.addDays(-7));
    m_ui->untilEdit->setDateTime(now);
    m_ui->outcomeCombo->addItem(tr("Any outcome"), QString());
    m_ui->outcomeCombo->addItem(tr("Success"), QStringLiteral("SUCCESS"));
    m_ui->outcomeCombo->addItem(tr("Failure"), QStringLiteral("FAILURE"));
    m_ui->targetCombo->lineEdit()->setPlaceholderText(tr("Any target"));
    m_ui->actionCombo->lineEdit()->setPlaceholderText(tr("Any action"));
    m_ui->targetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->actionCombo->setInsertPolicy(QComboBox::NoInsert);
    updateChoices();
    updateRangeWidgets();
    connect(m_ui->showAllButton, &QPushButton::clicked, this, &ActivityPane::showAllEvents);
    updateHistory();

    auto *exportMenu = new QMenu(m_ui->exportButton);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    QAction *csv = exportMenu->addAction(tr("Export all events of this filter as &CSV…"));
    csv->setObjectName(QStringLiteral("actionExportCsv"));
    connect(csv, &QAction::triggered, this, [this] { chooseExportFile(AuditExport::Format::Csv); });
    QAction *json = exportMenu->addAction(tr("Export all events of this filter as &JSON…"));
    json->setObjectName(QStringLiteral("actionExportJson"));
    connect(json, &QAction::triggered, this,
            [this] { chooseExportFile(AuditExport::Format::Json); });
    exportMenu->addSeparator();
    QAction *platformCsv = exportMenu->addAction(tr("Platform export of the time range as C&SV…"));
    platformCsv->setObjectName(QStringLiteral("actionPlatformExportCsv"));
    connect(platformCsv, &QAction::triggered, this,
            [this] { choosePlatformExportFile(QStringLiteral("CSV")); });
    QAction *platformCef = exportMenu->addAction(tr("Platform export of the time range as C&EF…"));
    platformCef->setObjectName(QStringLiteral("actionPlatformExportCef"));
    connect(platformCef, &QAction::triggered, this,
            [this] { choosePlatformExportFile(QStringLiteral("CEF")); });
    m_ui->exportButton->setMenu(exportMenu);
    m_ui->exportButton->setToolTip(
        tr("Save every event of the current filter (all pages, not only those loaded) to a file."));

    QTableView *table = m_ui->activityTable;
    table->setModel(m_model);
    table->setItemDelegate(new OutcomeDelegate(table));
    QHeaderView *header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(AuditEventModel::TimeColumn, 160);
    header->resizeSection(AuditEventModel::ActorColumn, 200);
    header->resizeSection(AuditEventModel::TargetColumn, 120);
    header->resizeSection(AuditEventModel::ActionColumn, 130);
    header->resizeSection(AuditEventModel::OutcomeColumn, 80);
    // Scrolling at the end of what is loaded: the next page is asked for as a page comes.
    m_model->setReadAhead([table = QPointer<QTableView>(table)] {
        if (!table || !table->isVisible() || table->model()->rowCount() == 0)
            return false;
        const QScrollBar *bar = table->verticalScrollBar();
        return bar->maximum() - bar->value() <= bar->pageStep();
    });

    // A change of the filters reloads shortly after the last keystroke.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &ActivityPane::applyFilters);
    const auto later = [this] { m_debounce->start(); };
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, [this, later] {
        updateRangeWidgets();
        later();
    });
    connect(m_ui->sinceEdit, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->untilEdit, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, later);
    connect(m_ui->targetCombo, &QComboBox::currentTextChanged, this, later);
    connect(m_ui->actionCombo, &QComboBox::currentTextChanged, this, later);
    connect(m_ui->actorEdit, &QLineEdit::textChanged, this, later);
    connect(m_ui->textEdit, &QLineEdit::textChanged, this, later);

    connect(m_model, &AuditEventModel::loadFailed, this, [this](const QString &message) {
        m_ui->activityMessage->showError(tr("The audit log could not be read: %1").arg(message));
        m_loadError = true;
    });
    connect(m_model, &AuditEventModel::pageLoaded, this, [this] {
        if (std::exchange(m_loadError, false))
            m_ui->activityMessage->clear();
    });
    connect(m_model, &AuditEventModel::choicesChanged, this, &ActivityPane::updateChoices);
    connect(m_model, &AuditEventModel::totalCountChanged, this, &ActivityPane::updateCount);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &ActivityPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPane::scheduleCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPane::updateCount);
    connect(m_model, &AuditEventModel::loadingChanged, this, &ActivityPane::updateCount);
    connect(m_model, &AuditEventModel::pageLoaded, this, &ActivityPane::updateExport);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPane::updateExport);

    // Another user or tenant: nothing of the last one stays; an administrator's open pane reads
    // again, anyone else's sends nothing.
    connect(m_session, &Session::identityChanged, this, [this] {
        m_model->clear();
        m_loadedIdentity = 0;
        m_history.reset(); // a token of the last tenant or user
        updateHistory();
        if (isVisible() && mayRead())
            applyFilters();
    });
    connect(m_session, &Session::userChanged, this, [this] {
        if (!mayRead())
            m_model->clear();
    });
    updateCount();
    updateExport();
}

ActivityPane::~ActivityPane() = default;

QTableView *ActivityPane::view() const {
    return m_ui->activityTable;
}

QString ActivityPane::navigationDetail() const {
    if (!m_model->hasStarted() && m_model->rowCount() == 0)
        return {};
    return tr("%n event(s)", nullptr, m_model->totalCount());
}

bool ActivityPane::mayRead() const {
    return m_session->isSignedIn() && m_session->isAdmin();
}

void ActivityPane::aboutToShow(std::function<void()> show) {
    if (!mayRead() || m_loadedIdentity == m_session->identity())
        return show();
    applyFilters(); // what showEvent() would do, before the page is laid out and painted
    m_model->afterRequestsSent(this, std::move(show));
}

void ActivityPane::showEvent(QShowEvent *event) {
    PaneBase::showEvent(event);
    if (mayRead() && m_loadedIdentity != m_session->identity())
        applyFilters();
}

AuditFilter ActivityPane::currentFilter(const QDateTime &now) const {
    AuditFilter filter;
    if (m_history) {
        // The token's whole history: its id, and its description when it has one.
        filter.mentions = {m_history->id};
        if (const QString description = m_history->description.trimmed(); !description.isEmpty())
            filter.mentions.append(description);
        return filter;
    }
    const QDateTime local = now.toLocalTime();
    switch (Range(m_ui->rangeCombo->currentData().toInt())) {
    case Range::Today:
        filter.since = QDateTime(local.date(), QTime(0, 0), local.timeZone());
        break;
    case Range::Days7:
        filter.since = now.addDays(-7);
        break;
    case Range::Days30:
        filter.since = now.addDays(-30);
        break;
    case Range::Custom:
        filter.since = m_ui->sinceEdit->dateTime();
        filter.until = m_ui->untilEdit->dateTime();
        break;
    }
    filter.actorEmail = m_ui->actorEdit->text().trimmed();
    filter.target = m_ui->targetCombo->currentText().trimmed();
    filter.action = m_ui->actionCombo->currentText().trimmed();
    filter.outcome = m_ui->outcomeCombo->currentData().toString();
    filter.text = m_ui->textEdit->text().trimmed();
    return filter;
}

void ActivityPane::applyFilters() {
    m_debounce->stop();
    if (!mayRead())
        return; // a USER session sends nothing of the audit log
    m_loadedIdentity = m_session->identity();
    m_model->setFilter(currentFilter(QDateTime::currentDateTimeUtc()));
    m_model->reload();
}

void ActivityPane::showHistory(const AccessToken &token) {
    if (!mayRead() || token.id.isEmpty())
        return; // a USER session sends nothing of the audit log
    m_history = token;
    updateHistory();
    applyFilters();
}

void ActivityPane::showAllEvents() {
    if (!m_history)
        return;
    m_history.reset();
    updateHistory();
    applyFilters();
}

QString ActivityPane::historyText() const {
    return m_history ? m_ui->historyLabel->text() : QString();
}

void ActivityPane::updateHistory() {
    const bool history = m_history.has_value();
    m_ui->historyBar->setVisible(history);
    m_ui->historyLabel->setText(
        history ? tr("History of “%1”").arg(TokenDisplay::description(*m_history)) : QString());
    m_ui->historyLabel->setToolTip(
        history ? tr("The events whose description or target names this token (%1 or its "
                     "description), over the whole time the platform keeps them. The filters "
                     "apply again after “Show all events”.")
                      .arg(m_history->id)
                : QString());
    // The filter widgets rest while a token's history is shown.
    for (QWidget *widget :
         QList<QWidget *>{m_ui->rangeCombo, m_ui->sinceEdit, m_ui->untilEdit, m_ui->outcomeCombo,
                          m_ui->actorEdit, m_ui->targetCombo, m_ui->actionCombo, m_ui->textEdit})
        widget->setEnabled(!history);
}

void ActivityPane::updateChoices() {
    offerChoices(m_ui->targetCombo, m_model->targetsSeen(), documentedTarget);
    offerChoices(m_ui->actionCombo, m_model->actionsSeen(), documentedAction);
}

void ActivityPane::updateRangeWidgets() {
    const bool custom = Range(m_ui->rangeCombo->currentData().toInt()) == Range::Custom;
    m_ui->sinceEdit->setVisible(custom);
    m_ui->untilEdit->setVisible(custom);
}

void ActivityPane::scheduleCount() {
    // The first rows at once; later pages together.
    if (m_model->rowCount() <= m_model->pageSize())
        updateCount();
    else if (!m_countTimer->isActive())
        m_countTimer->start();
}

void ActivityPane::updateCount() {
    m_countTimer->stop();
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    QString text;
    if (m_model->isLoading() && shown == 0)
        text = tr("Loading events…");
    else if (m_model->hasStarted())
        text = shown < total
                   ? tr("Showing %1 of %n event(s); scroll for more.", nullptr, total).arg(shown)
                   : tr("%n event(s).", nullptr, total);
    m_ui->countLabel->setText(text);
    Q_EMIT navigationDetailChanged();
}

void ActivityPane::updateExport() {
    // Only what an administrator has loaded a filter for can be exported.
    m_ui->exportButton->setEnabled(mayRead() && m_model->hasStarted());
}

void ActivityPane::chooseExportFile(AuditExport::Format format) {
    const bool csv = format == AuditExport::Format::Csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("audit-events-%1.%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                 csv ? QStringLiteral("csv") : QStringLiteral("json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export audit events"), QDir(folder).filePath(name),
                                     csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(format, path);
}

AuditExportDialog *ActivityPane::exportTo(AuditExport::Format format, const QString &path) {
    if (!mayRead())
        return nullptr; // a USER session sends nothing of the audit log
    auto *exporter = new AuditExport(m_api);
    auto *dialog = new AuditExportDialog(exporter, m_model->filter(), format, path, this);
    exporter->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ActivityPane::choosePlatformExportFile(const QString &format) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suffix = format.toLower();
    const QString name =
        QStringLiteral("audit-logs-%1.%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")), suffix);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Platform export of the audit log"), QDir(folder).filePath(name),
        format == QLatin1String("CSV") ? tr("CSV files (*.csv)") : tr("CEF files (*.cef)"));
    if (!path.isEmpty())
        platformExportTo(format, path);
}

AuditExportDialog *ActivityPane::platformExportTo(const QString &format, const QString &path) {
    if (!mayRead())
        return nullptr; // a USER session sends nothing of the audit log
    auto *exporter = new AuditPlatformExport(m_api, m_pollIntervalMs);
    const AuditFilter filter = m_model->filter();
    auto *dialog = new AuditExportDialog(exporter, format, filter.since, filter.until, path, this);
    exporter->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
