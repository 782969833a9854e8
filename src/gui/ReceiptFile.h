#pragma once

#include <QCoreApplication>
#include <QString>

class MessageBanner;
class QWidget;
class RevocationReceipt;

// Where an administrator keeps the receipt of a bulk action (RevocationReceipt): chosen in a
// file dialog offering CSV or JSON, the outcome said in the window's message banner.
class ReceiptFile {
    Q_DECLARE_TR_FUNCTIONS(ReceiptFile)

public:
    // Asks where to save, titled `title`, proposing `<stem>-<local time>.csv` in the user's
    // documents; empty when the user cancels.
    static QString choose(QWidget *parent, const QString &title, const QString &stem);
    // Writes `receipt` to `path` and says in `banner` where it went or why it did not; false
    // when it was not written. An empty path (the file dialog cancelled) writes and says nothing.
    static bool save(const RevocationReceipt &receipt, const QString &path, MessageBanner *banner);
};
