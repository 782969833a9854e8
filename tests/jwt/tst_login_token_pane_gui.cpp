// The Login token pane under Xvfb: the signed-in user's real sandbox token with a valid
// verdict (keys through discovery), the claims in plain words, the countdown and clock skew,
// copy buttons, pasted tokens (tampered, alg none, garbage), and the PAT explanation.
#include "AppController.h"
#include "BrowserPlayer.h"
#include "LoginSession.h"
#include "LoginTokenPane.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "SignedInApp.h"
#include "TestKeys.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

class tst_LoginTokenPaneGui : public QObject {
    Q_OBJECT
private:
    static constexpr auto save = &saveScreenshotOrFail;
    static QStringList column(QTableWidget *table, int column) {
        QStringList values;
        for (int row = 0; row < table->rowCount(); ++row)
            values << table->item(row, column)->text();
        return values;
    }

    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;

private Q_SLOTS:
    void initTestCase() { QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString()); }

    void theSignedInTokenIsShownAndVerified() {
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-pane-test"));
        AppController &controller = app.controller();
        LoginSession &session = app.session();
        QSignalSpy loaded(&controller, &AppController::userLoaded);
        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error));
        QCOMPARE(loaded.count(), 1);

        MainWindow *window = controller.mainWindow();
        window->resize(1180, 900);
        window->showPane(PaneId::LoginToken);
        LoginTokenPane *pane = window->loginTokenPane();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(pane->verdict().has_value(), 15000);
        QCOMPARE(pane->verdict()->statusName(), QStringLiteral("valid"));
        QVERIFY(pane->verdictText().contains(QStringLiteral("Signature valid")));

        auto *claims = pane->findChild<QTableWidget *>(QStringLiteral("claimsTable"));
        const QStringList names = column(claims, 0);
        for (const char *claim :
             {"alg", "typ", "kid", "exp", "iat", "auth_time", "iss", "azp", "sub", "sid", "scope",
              "realm_access", "preferred_username", "email"})
            QVERIFY2(names.contains(QLatin1String(claim)), claim);
        const int exp = int(names.indexOf(QStringLiteral("exp")));
        QVERIFY(claims->item(exp, 1)->text().contains(QStringLiteral("in ")));
        QVERIFY(claims->item(exp, 2)->text().contains(QStringLiteral("refuses")));
        QVERIFY(claims->item(names.indexOf(QStringLiteral("realm_access")), 1)
                    ->text()
                    .contains(QStringLiteral("admin")));
        QTRY_VERIFY(pane->findChild<QLabel *>(QStringLiteral("expiryCountdown"))
                        ->text()
                        .contains(QStringLiteral("Expires in")));
        // The Date header of the API's answers gives the skew (this machine and the sandbox agree).
        QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QLabel *>(QStringLiteral("clockSkew"))
                                     ->text()
                                     .contains(QStringLiteral("clock")),
                                 15000);
        QVERIFY(!pane->findChild<QLabel *>(QStringLiteral("clockSkew"))
                     ->text()
                     .contains(QStringLiteral("&#9888;")));
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("roleOrigin"))
                    ->text()
                    .contains(QStringLiteral("ADMIN")));
        // A server clock 45 s behind this computer: a warning.
        const QDateTime local = QDateTime::currentDateTimeUtc();
        pane->setServerDate(local.addSecs(-45), local);
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("clockSkew"))
                    ->text()
                    .contains(QStringLiteral("45 second")));
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("clockSkew"))
                    ->text()
                    .contains(QStringLiteral("&#9888;")));
        pane->setServerDate(local, local);
        save(window, QStringLiteral("login-token-pane.png"));

        // Copy buttons.
        pane->findChild<QPushButton *>(QStringLiteral("copyAuthorizationHeader"))->click();
        QVERIFY(QApplication::clipboard()->text() == QStringLiteral("Authorization: Bearer ") +
                                                         QString::fromUtf8(session.accessToken()));
        pane->findChild<QPushButton *>(QStringLiteral("copyCurl"))->click();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("curl -sS ") +
                                                             m_sandbox.apiUrl().toString()));
        QApplication::clipboard()->clear();

        // A pasted, tampered token: same signature, other claims.
        auto *paste = pane->findChild<QLineEdit *>(QStringLiteral("pasteToken"));
        QList<QByteArray> parts = session.accessToken().split('.');
        parts[1] = base64Url(R"({"sub":"someone-else","iss":")" +
                             m_sandbox.issuer().toString().toUtf8() + R"("})");
        paste->setText(QStringLiteral("Bearer ") + QString::fromLatin1(parts.join('.')));
        QTRY_VERIFY_WITH_TIMEOUT(pane->verdict() && pane->verdict()->statusName() ==
                                                        QLatin1String("invalid_signature"),
                                 15000);
        save(window, QStringLiteral("login-token-pane-tampered.png"));
        // alg none: a loud warning.
        paste->setText(QString::fromLatin1(base64Url(R"({"alg":"none"})") + '.' +
                                           base64Url(R"({"sub":"admin"})") + '.'));
        QTRY_VERIFY(pane->verdict() && pane->verdict()->statusName() == QLatin1String("alg_none"));
        QVERIFY(pane->verdictText().contains(QStringLiteral("UNSIGNED")));
        // Garbage: says what is wrong.
        paste->setText(QStringLiteral("not a token"));
        QVERIFY(pane->verdictText().contains(QStringLiteral("three parts")));
        // Back to the session's token.
        pane->findChild<QPushButton *>(QStringLiteral("useSessionToken"))->click();
        QTRY_VERIFY(pane->verdict() && pane->verdict()->isValid());
        controller.signOut();
    }

    void aPersonalAccessTokenIsExplained() {
        LoginTokenPane pane;
        pane.setPersonalAccessTokenMode(true);
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("tokenSummary"))
                    ->text()
                    .contains(QStringLiteral("not a JWT")));
        save(&pane, QStringLiteral("login-token-pane-pat.png"));
    }

    // Issue 16: a copy button says "Copied" where it was pressed, not at the top of the scrolled
    // pane (out of view): the pressed button itself, and the clipboard note right under the row.
    void copyIsConfirmedNextToTheButton() {
        LoginTokenPane pane;
        pane.setClipboardClearDelay(5000);
        pane.resize(800, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const TestKey key = TestKey::generate(QStringLiteral("RSA"), QStringLiteral("k1"));
        pane.inspect(key.sign(QStringLiteral("RS256"),
                              QJsonObject{{QStringLiteral("sub"), QStringLiteral("someone")},
                                          {QStringLiteral("exp"), qint64(4102444800)}}));
        auto *scroll = pane.findChild<QScrollArea *>(QStringLiteral("scroll"));
        auto *source = pane.findChild<QLabel *>(QStringLiteral("tokenSource"));
        const QString sourceBefore = source->text();
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0); // the copy row is below the fold
        for (const char *name : {"copyCurl", "copyToken"}) {
            auto *button = pane.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(button && button->isEnabled());
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            QApplication::processEvents();
            const QString label = button->text();
            QTest::mouseClick(button, Qt::LeftButton);
            QApplication::processEvents();
            QWidget *viewport = scroll->viewport();
            const QRect at(button->mapTo(viewport, QPoint()), button->size());
            QVERIFY(viewport->rect().contains(at));
            // The button that was pressed says so…
            QCOMPARE(button->text(), QStringLiteral("Copied"));
            // …and the note on how long the clipboard keeps it sits right under its row, in view.
            auto *note = pane.findChild<QLabel *>(QStringLiteral("copyConfirmation"));
            QVERIFY(note);
            QVERIFY(note->isVisible());
            const QRect noteAt(note->mapTo(viewport, QPoint()), note->size());
            QVERIFY2(viewport->rect().contains(noteAt),
                     qPrintable(QStringLiteral("note at %1,%2 %3x%4, viewport %5 high")
                                    .arg(noteAt.x())
                                    .arg(noteAt.y())
                                    .arg(noteAt.width())
                                    .arg(noteAt.height())
                                    .arg(viewport->height())));
            QVERIFY(noteAt.top() >= at.bottom() && noteAt.top() - at.bottom() <= 12);
            QVERIFY2(note->text().contains(QStringLiteral("for 5 second")),
                     qPrintable(note->text()));
            QCOMPARE(source->text(), sourceBefore); // nothing changes at the top
            save(&pane, QStringLiteral("login-token-pane-copied-%1.png").arg(QLatin1String(name)));
            // The button's own text comes back after a moment.
            QTRY_COMPARE_WITH_TIMEOUT(button->text(), label, 4000);
        }
        QApplication::clipboard()->clear();
    }
};

QTEST_MAIN(tst_LoginTokenPaneGui)
#include "tst_login_token_pane_gui.moc"
