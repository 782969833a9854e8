#include "InspectorWindow.h"

#include "LoginTokenPane.h"
#include "ui_InspectorWindow.h"

#include <QAction>

InspectorWindow::InspectorWindow(JwksCache *jwks, Ticker *ticker, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(new Ui::InspectorWindow) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("inspectorWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->loginTokenPane->setJwksCache(jwks);
    if (ticker)
        m_ui->loginTokenPane->setTicker(ticker);
    auto *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
}

InspectorWindow::~InspectorWindow() {
    delete m_ui;
}

LoginTokenPane *InspectorWindow::pane() const {
    return m_ui->loginTokenPane;
}
