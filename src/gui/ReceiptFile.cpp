#include "ReceiptFile.h"

#include "MessageBanner.h"
#include "RevocationReceipt.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

QString ReceiptFile::choose(QWidget *parent, const QString &title, const QString &stem) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("%1-%2.csv")
            .arg(stem, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(name),
                                        tr("CSV files (*.csv);;JSON files (*.json)"));
}

bool ReceiptFile::save(const RevocationReceipt &receipt, const QString &path,
                       MessageBanner *banner) {
    if (path.isEmpty())
        return false;
    QString error;
    if (!receipt.save(path, &error)) {
        banner->showError(tr("The receipt could not be saved: %1").arg(error));
        return false;
    }
    banner->showSuccess(tr("Saved the receipt to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
