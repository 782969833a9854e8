#include "InspectorWindow.h"

#include "LoginTokenPane.h"

#include <QAction>
#include <QIcon>
#include <QVBoxLayout>

InspectorWindow::InspectorWindow(JwksCache *jwks, Ticker *ticker, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_pane(new LoginTokenPane(this)) {
    setObjectName(QStringLiteral("inspectorWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("TokenDesk — Token inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    m_pane->setJwksCache(jwks);
    if (ticker)
        m_pane->setTicker(ticker);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane);
    auto *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    resize(820, 640);
}
