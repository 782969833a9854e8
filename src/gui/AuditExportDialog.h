#pragma once

#include "AuditExport.h"

#include <optional>

#include <QDialog>

namespace Ui {
class AuditExportDialog;
}
class AuditPlatformExport;

// The progress of an export of the Activity pane's events: a local one of its filter
// (AuditExport: events fetched so far of the total and pages) or the platform's own
// (AuditPlatformExport: "Processing" with the time since it started, then the download); Cancel
// (no file is left, polling stops), then where the file went or why it failed (no file either).
class AuditExportDialog : public QDialog {
    Q_OBJECT
public:
    // Starts `exporter` writing `path`; the dialog follows it.
    AuditExportDialog(AuditExport *exporter, const AuditFilter &filter, AuditExport::Format format,
                      const QString &path, QWidget *parent = nullptr);
    // Starts the platform's export of [since, until] in `format` (CSV or CEF) to `path`.
    AuditExportDialog(AuditPlatformExport *exporter, const QString &format,
                      const std::optional<QDateTime> &since, const std::optional<QDateTime> &until,
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
    // The form before either export starts: named `objectName`, saying `what` is exported
    // where and the first `status`, a busy bar, Cancel.
    AuditExportDialog(const QString &objectName, const QString &what, const QString &status,
                      QWidget *parent);
    void setDone();
    // Stops the export on its way, if any (nothing is written).
    void cancelExport();

    Ui::AuditExportDialog *m_ui;
    AuditExport *m_exporter = nullptr;
    AuditPlatformExport *m_platform = nullptr;
    bool m_done = false;
};
