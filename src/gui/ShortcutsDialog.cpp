#include "ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
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

    // Grouped by the menu that holds the action (File, Tenant, View…): tenant names under
    // Tenant, apart from the actions; actions of no menu (a pane's own) under "In panes".
    QList<QString> groups;
    QHash<QString, QList<QPair<QString, QString>>> rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString group = tr("In panes");
        for (const QObject *owner : action->associatedObjects()) {
            if (const auto *menu = qobject_cast<const QMenu *>(owner);
                menu && !menu->title().isEmpty()) {
                group = plainText(menu->menuAction());
                break;
            }
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QPair<QString, QString> row(plainText(action), keys.join(tr(" or ")));
        if (!groups.contains(group))
            groups << group;
        if (!rows[group].contains(row))
            rows[group] << row;
    }
    QTreeWidget *list = m_ui->shortcutList;
    list->setRootIsDecorated(false);
    for (const QString &group : std::as_const(groups)) {
        auto *heading = new QTreeWidgetItem(list, {group});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFirstColumnSpanned(true);
        for (const auto &row : std::as_const(rows[group]))
            new QTreeWidgetItem(heading, {row.first, row.second});
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The keys as wide as they need, the actions the rest (the last section would otherwise
    // stretch too, halving the actions' column and eliding long ones).
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() {
    delete m_ui;
}

QList<QPair<QString, QString>> ShortcutsDialog::entries() const {
    QList<QPair<QString, QString>> result;
    for (int i = 0; i < m_ui->shortcutList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_ui->shortcutList->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            result << qMakePair(group->child(j)->text(0), group->child(j)->text(1));
    }
    return result;
}

QStringList ShortcutsDialog::groups() const {
    QStringList result;
    for (int i = 0; i < m_ui->shortcutList->topLevelItemCount(); ++i)
        result << m_ui->shortcutList->topLevelItem(i)->text(0);
    return result;
}

QStringList ShortcutsDialog::entriesOf(const QString &group) const {
    QStringList result;
    for (int i = 0; i < m_ui->shortcutList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->shortcutList->topLevelItem(i);
        if (item->text(0) == group)
            for (int j = 0; j < item->childCount(); ++j)
                result << item->child(j)->text(0);
    }
    return result;
}
