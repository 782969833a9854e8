#pragma once

#include <QDialog>
#include <QStringList>

namespace Ui {
class ShortcutsDialog;
}

// Help → Keyboard shortcuts: every action of a window that has a shortcut, read from the
// window's actions when the dialog opens (so the list never goes stale).
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The (action, shortcut) pairs shown, in native text ("Ctrl+R").
    QList<QPair<QString, QString>> entries() const;
    // The groups (menu titles, then "In panes"), and the action texts listed in one.
    QStringList groups() const;
    QStringList entriesOf(const QString &group) const;

private:
    Ui::ShortcutsDialog *m_ui;
};
