#include "TypeToConfirmDialog.h"

#include "ui_TypeToConfirmDialog.h"

#include <QPushButton>

TypeToConfirmDialog::TypeToConfirmDialog(const QString &title, const QString &explanation,
                                         const QString &expected, const QString &actionText,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::TypeToConfirmDialog) {
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->explanation->setText(explanation);
    m_ui->confirmText->setPlaceholderText(expected);
    m_ui->confirmText->setAccessibleName(tr("Type %1 to confirm").arg(expected));
    m_action = m_ui->buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_action->setEnabled(false);
    connect(m_ui->confirmText, &QLineEdit::textChanged, m_action,
            [this, expected](const QString &value) {
                m_action->setEnabled(value.trimmed().compare(expected, Qt::CaseInsensitive) == 0);
            });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

TypeToConfirmDialog::~TypeToConfirmDialog() {
    delete m_ui;
}

QLineEdit *TypeToConfirmDialog::input() const {
    return m_ui->confirmText;
}
