#pragma once

// The fixture of the tests against hostile-server.mjs that sign in: the server, started once,
// and a browser that plays the user, fresh for each test function.
#include "BrowserPlayer.h"
#include "HostileServer.h"

#include <QObject>
#include <QTest>

class HostileServerTest : public QObject {
    Q_OBJECT
protected:
    HostileServer m_server;
    BrowserPlayer m_browser;

protected Q_SLOTS:
    void initTestCase() {
        QCOMPARE(m_server.start(), QString());
        m_browser.install();
    }
    void init() { m_browser.reset(); }
};
