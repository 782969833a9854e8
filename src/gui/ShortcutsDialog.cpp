#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// "&Refresh" -> "Refresh", "Settings…" stays.
QString plainText(const QAction *action) {
    return action->text().remove(QRegularExpression(QStringLiteral("&(?!&)")));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);

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
    for (const auto &row : rows)
        new QTreeWidgetItem(m_list, {row.first, row.second});
    m_list->sortItems(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(440, 420);
}

QList<QPair<QString, QString>> ShortcutsDialog::entries() const {
    QList<QPair<QString, QString>> result;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        result << qMakePair(m_list->topLevelItem(i)->text(0), m_list->topLevelItem(i)->text(1));
    return result;
}
