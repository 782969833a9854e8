#include "PaneRegistry.h"

#include "ActivityPane.h"
#include "HygienePane.h"
#include "LoginTokenPane.h"
#include "ScmPane.h"
#include "TokensPane.h"

#include <QCoreApplication>

namespace {
template <typename T>
PaneDescriptor pane(QStringView id, const QString &title, const QString &menuText, const char *icon,
                    PaneDescriptor::Audience audience = PaneDescriptor::Audience::Everyone) {
    PaneDescriptor descriptor;
    descriptor.audience = audience;
    descriptor.id = id.toString();
    descriptor.title = title;
    descriptor.menuText = menuText;
    descriptor.icon = QLatin1String(icon);
    descriptor.create = [](const PaneContext &context, QWidget *parent) -> PaneBase * {
        return new T(context, parent);
    };
    return descriptor;
}
} // namespace

QList<PaneDescriptor> PaneRegistry::standard() {
    QList<PaneDescriptor> panes{
        pane<TokensPane>(
            PaneId::Tokens, QCoreApplication::translate("PaneRegistry", "Access tokens"),
            QCoreApplication::translate("PaneRegistry", "&Access tokens"), ":/icons/key.svg"),
        pane<ScmPane>(PaneId::Scm, QCoreApplication::translate("PaneRegistry", "SCM connections"),
                      QCoreApplication::translate("PaneRegistry", "&SCM connections"),
                      ":/icons/link.svg"),
        pane<LoginTokenPane>(
            PaneId::LoginToken, QCoreApplication::translate("PaneRegistry", "Login token"),
            QCoreApplication::translate("PaneRegistry", "&Login token"), ":/icons/id.svg"),
        pane<ActivityPane>(PaneId::Activity,
                           QCoreApplication::translate("PaneRegistry", "Activity"),
                           QCoreApplication::translate("PaneRegistry", "Acti&vity"),
                           ":/icons/activity.svg", PaneDescriptor::Audience::Administrators),
        pane<HygienePane>(PaneId::Hygiene,
                          QCoreApplication::translate("PaneRegistry", "Token hygiene"),
                          QCoreApplication::translate("PaneRegistry", "Token &hygiene"),
                          ":/icons/warning.svg", PaneDescriptor::Audience::Administrators),
    };
    for (int i = 0; i < panes.size() && i < 9; ++i)
        panes[i].shortcut = QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
    return panes;
}
