#include "WarningsButton.h"

#include <QMenu>
#include <QStyle>

#include <algorithm>

namespace {
constexpr int MaxWarnings = 20;

bool sameToken(const ExpiryEntry &a, const ExpiryEntry &b) {
    return a.kind == b.kind && a.key == b.key && a.expiresAt == b.expiresAt;
}
} // namespace

WarningsButton::WarningsButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this)) {
    setObjectName(QStringLiteral("warningsButton"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    setMenu(m_menu);
    hide();
}

void WarningsButton::add(const ExpiryWarning &warning) {
    m_warnings.erase(std::remove_if(m_warnings.begin(), m_warnings.end(),
                                    [&warning](const ExpiryWarning &given) {
                                        return sameToken(given.entry, warning.entry);
                                    }),
                     m_warnings.end());
    m_warnings.prepend(warning);
    while (m_warnings.size() > MaxWarnings)
        m_warnings.removeLast();
    rebuild();
}

void WarningsButton::prune(const QList<ExpiryEntry> &entries) {
    const auto gone = [&entries](const ExpiryWarning &warning) {
        return std::none_of(entries.begin(), entries.end(), [&warning](const ExpiryEntry &entry) {
            return sameToken(entry, warning.entry);
        });
    };
    const qsizetype before = m_warnings.size();
    m_warnings.erase(std::remove_if(m_warnings.begin(), m_warnings.end(), gone), m_warnings.end());
    if (m_warnings.size() != before)
        rebuild();
}

void WarningsButton::clear() {
    if (m_warnings.isEmpty())
        return;
    m_warnings.clear();
    rebuild();
}

void WarningsButton::rebuild() {
    m_menu->clear();
    for (const ExpiryWarning &warning : std::as_const(m_warnings)) {
        QAction *action = m_menu->addAction(warning.title);
        action->setToolTip(warning.message);
        const ExpiryEntry::Kind kind = warning.entry.kind;
        connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT activated(kind); });
    }
    if (!m_warnings.isEmpty()) {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Clear warnings")), &QAction::triggered, this,
                &WarningsButton::clear);
    }
    const int count = int(m_warnings.size());
    setText(tr("%n warning(s)", nullptr, count));
    setToolTip(tr("Expiry warnings given in this session"));
    setAccessibleName(text());
    setVisible(count > 0);
}
