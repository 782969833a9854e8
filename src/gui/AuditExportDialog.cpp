#include "AuditExportDialog.h"

#include "ui_AuditExportDialog.h"

#include <QDir>
#include <QPushButton>

AuditExportDialog::AuditExportDialog(AuditExport *exporter, const AuditFilter &filter,
                                     AuditExport::Format format, const QString &path,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::AuditExportDialog)
    , m_exporter(exporter) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("auditExportDialog"));
    m_ui->exportWhat->setText((format == AuditExport::Format::Csv
                                   ? tr("Exporting every event of the current filter to CSV:\n%1")
                                   : tr("Exporting every event of the current filter to JSON:\n%1"))
                                  .arg(QDir::toNativeSeparators(path)));
    m_ui->exportProgress->setRange(0, 0);
    m_ui->exportStatus->setText(tr("Fetching the first page…"));
    m_ui->exportMessage->clear();
    connect(m_ui->exportButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

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

AuditExportDialog::~AuditExportDialog() {
    m_exporter->cancel();
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

void AuditExportDialog::reject() {
    // Cancel while running: nothing is written; Close afterwards.
    m_exporter->cancel();
    QDialog::reject();
}
