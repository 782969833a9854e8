#include "AuditExportDialog.h"

#include "AuditPlatformExport.h"
#include "ui_AuditExportDialog.h"

#include <QDir>
#include <QLocale>
#include <QPushButton>

AuditExportDialog::AuditExportDialog(const QString &objectName, const QString &what,
                                     const QString &status, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::AuditExportDialog) {
    m_ui->setupUi(this);
    setObjectName(objectName);
    m_ui->exportWhat->setText(what);
    m_ui->exportProgress->setRange(0, 0);
    m_ui->exportStatus->setText(status);
    m_ui->exportMessage->clear();
    connect(m_ui->exportButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AuditExportDialog::AuditExportDialog(AuditExport *exporter, const AuditFilter &filter,
                                     AuditExport::Format format, const QString &path,
                                     QWidget *parent)
    : AuditExportDialog(QStringLiteral("auditExportDialog"),
                        (format == AuditExport::Format::Csv
                             ? tr("Exporting every event of the current filter to CSV:\n%1")
                             : tr("Exporting every event of the current filter to JSON:\n%1"))
                            .arg(QDir::toNativeSeparators(path)),
                        tr("Fetching the first page…"), parent) {
    m_exporter = exporter;
    connect(m_exporter, &AuditExport::progress, this, [this](int written, int total, int pages) {
        m_ui->exportProgress->setRange(0, std::max(total, 1));
        m_ui->exportProgress->setValue(written);
        m_ui->exportStatus->setText(
            tr("%1 of %2 events fetched (%n page(s))", nullptr, pages).arg(written).arg(total));
    });
    connect(m_exporter, &AuditExport::finished, this, [this](const QString &saved, int written) {
        setDone();
        m_ui->exportProgress->setRange(0, 1);
        m_ui->exportProgress->setValue(1);
        m_ui->exportMessage->showSuccess(
            tr("Saved %n event(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(saved)));
    });
    connect(m_exporter, &AuditExport::failed, this, [this](const QString &why) {
        setDone();
        m_ui->exportMessage->showError(tr("The export failed; no file was written. %1").arg(why));
    });
    QString error;
    if (!m_exporter->start(filter, format, path, &error)) {
        setDone();
        m_ui->exportMessage->showError(error);
    }
}

AuditExportDialog::AuditExportDialog(AuditPlatformExport *exporter, const QString &format,
                                     const std::optional<QDateTime> &since,
                                     const std::optional<QDateTime> &until, const QString &path,
                                     QWidget *parent)
    : AuditExportDialog(QStringLiteral("auditPlatformExportDialog"),
                        tr("The platform exports the events of the time range (the other filters "
                           "do not apply) as %1 to:\n%2")
                            .arg(format, QDir::toNativeSeparators(path)),
                        tr("Asking the platform for an export…"), parent) {
    m_platform = exporter;
    setWindowTitle(tr("Platform export of the audit log"));
    connect(m_platform, &AuditPlatformExport::processing, this,
            [this](const QDateTime &startedAt, int polls) {
                const qint64 seconds =
                    startedAt.isValid()
                        ? std::max<qint64>(0, startedAt.secsTo(QDateTime::currentDateTimeUtc()))
                        : 0;
                m_ui->exportStatus->setText(
                    tr("Processing: the platform is preparing the file (%1 s, checked %n time(s))…",
                       nullptr, polls)
                        .arg(seconds));
            });
    connect(m_platform, &AuditPlatformExport::downloading, this,
            [this] { m_ui->exportStatus->setText(tr("Downloading the file…")); });
    connect(m_platform, &AuditPlatformExport::finished, this,
            [this](const QString &saved, qint64 bytes) {
                setDone();
                m_ui->exportProgress->setRange(0, 1);
                m_ui->exportProgress->setValue(1);
                m_ui->exportStatus->setText(tr("Finished."));
                m_ui->exportMessage->showSuccess(
                    tr("Saved the platform's export (%1) to %2.")
                        .arg(QLocale().formattedDataSize(bytes), QDir::toNativeSeparators(saved)));
            });
    connect(m_platform, &AuditPlatformExport::failed, this, [this](const QString &why) {
        setDone();
        m_ui->exportProgress->setRange(0, 1);
        m_ui->exportProgress->setValue(0);
        m_ui->exportMessage->showError(tr("The platform's export failed: %1").arg(why));
    });
    m_platform->start(format, since, until, path);
}

AuditExportDialog::~AuditExportDialog() {
    cancelExport();
    delete m_ui;
}

QString AuditExportDialog::statusText() const {
    return m_ui->exportStatus->text();
}

QString AuditExportDialog::message() const {
    return m_ui->exportMessage->message();
}

void AuditExportDialog::setDone() {
    m_done = true;
    m_ui->exportButtons->setStandardButtons(QDialogButtonBox::Close);
}

void AuditExportDialog::cancelExport() {
    if (m_exporter)
        m_exporter->cancel();
    if (m_platform)
        m_platform->cancel();
}

void AuditExportDialog::reject() {
    // Cancel while running: nothing is written, polling stops; Close afterwards.
    cancelExport();
    QDialog::reject();
}
