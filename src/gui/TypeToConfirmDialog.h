#pragma once

#include <QDialog>

namespace Ui {
class TypeToConfirmDialog;
}
class QLineEdit;
class QPushButton;

// Asks before something that cannot be undone and names it: the action button stays disabled
// until the user has typed `expected` (e.g. the email of the user whose tokens go), compared
// without regard to case or surrounding spaces.
class TypeToConfirmDialog : public QDialog {
    Q_OBJECT
public:
    // `explanation` is TokenDesk's own rich text (escape anything a server said in it).
    TypeToConfirmDialog(const QString &title, const QString &explanation, const QString &expected,
                        const QString &actionText, QWidget *parent = nullptr);
    ~TypeToConfirmDialog() override;

    QLineEdit *input() const;
    QPushButton *actionButton() const { return m_action; }

private:
    Ui::TypeToConfirmDialog *m_ui;
    QPushButton *m_action;
};
