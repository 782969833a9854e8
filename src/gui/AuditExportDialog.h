#pragma once

#include "AuditExport.h"

#include <QDialog>

namespace Ui {
class AuditExportDialog;
}

// The progress of a local export of the Activity pane's filter (AuditExport): events fetched
// so far of the total and pages, Cancel (no file is left), then where the file went or why it
// failed (no file either).
class AuditExportDialog : public QDialog {
    Q_OBJECT
public:
    // Starts `exporter` writing `path`; the dialog follows it.
    AuditExportDialog(AuditExport *exporter, const AuditFilter &filter, AuditExport::Format format,
                      const QString &path, QWidget *parent = nullptr);
    ~AuditExportDialog() override;

    AuditExport *exporter() const { return m_exporter; }
    QString statusText() const;
    QString message() const;
    bool isDone() const { return m_done; }

public Q_SLOTS:
    // Cancel while running (nothing is written), Close afterwards.
    void reject() override;

private:
    void setDone();

    Ui::AuditExportDialog *m_ui;
    AuditExport *m_exporter;
    bool m_done = false;
};
