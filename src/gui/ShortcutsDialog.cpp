#include "ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTreeWidget>

namespace {
// "&Refresh" -> "Refresh", "Settings…" stays.
QString plainText(const QAction *action) {
    return action->text().remove(QRegularExpression(QStringLiteral("&(?!&)")));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ShortcutsDialog) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("shortcutsDialog"));

    QList<QPair<QString, QString>> rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QPair<QString, QString> row(plainText(action), keys.join(tr(" or ")));
        if (!rows.contains(row))
            rows << row;
    }
    QTreeWidget *list = m_ui->shortcutList;
    for (const auto &row : rows)
        new QTreeWidgetItem(list, {row.first, row.second});
    list->sortItems(0, Qt::AscendingOrder);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() {
    delete m_ui;
}

QList<QPair<QString, QString>> ShortcutsDialog::entries() const {
    QList<QPair<QString, QString>> result;
    for (int i = 0; i < m_ui->shortcutList->topLevelItemCount(); ++i)
        result << qMakePair(m_ui->shortcutList->topLevelItem(i)->text(0),
                            m_ui->shortcutList->topLevelItem(i)->text(1));
    return result;
}
