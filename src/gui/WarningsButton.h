#pragma once

#include "ExpiryScheduler.h"

#include <QList>
#include <QToolButton>

class QMenu;

// The in-app list of expiry warnings given in this session, whether or not the desktop showed
// them: a status-bar button ("2 warnings") whose menu lists them, newest first; choosing one
// opens its pane. Hidden while there is none. A warning goes when its token no longer expires
// as warned (renewed, revoked, expired and gone) or when the tenant or user changes.
class WarningsButton : public QToolButton {
    Q_OBJECT
public:
    explicit WarningsButton(QWidget *parent = nullptr);

    void add(const ExpiryWarning &warning);
    // Drops warnings whose token is no longer among `entries` with the same expiry.
    void prune(const QList<ExpiryEntry> &entries);
    void clear();
    const QList<ExpiryWarning> &warnings() const { return m_warnings; }

Q_SIGNALS:
    void activated(ExpiryEntry::Kind kind);

private:
    void rebuild();

    QList<ExpiryWarning> m_warnings;
    QMenu *m_menu;
};
