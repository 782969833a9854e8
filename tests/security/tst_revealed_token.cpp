// A new personal access token is shown in one place only, the NewTokenDialog, and only while
// it is open: its value field is read-only with no undo history, the AccessTokenModel never
// holds the value (every row, column and role), no log line of any level carries it (every
// tokendesk.* debug category on), and closing the dialog overwrites its copies (the fields are
// empty with nothing to undo, and the dialog no longer holds the value).
#include "AccessTokenModel.h"
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "Logging.h"
#include "MemoryCredentialStore.h"
#include "ModerneApi.h"
#include "NewTokenDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <cstdio>

namespace {

const QByteArray Secret = "mat-9c1f0e6a4b2d8f7e5a3c1b0d9e8f7a6b5c4d3e2f";

QMutex logMutex;
QByteArray logText;
int logLines = 0;

void recordMessage(QtMsgType, const QMessageLogContext &context, const QString &message) {
    const QMutexLocker lock(&logMutex);
    logText += QByteArray(context.category ? context.category : "default") + ": " +
               message.toUtf8() + '\n';
    ++logLines;
}

bool contains(const QVariant &value, const QByteArray &needle) {
    return value.toString().toUtf8().contains(needle) || value.toByteArray().contains(needle);
}

} // namespace

class tst_RevealedToken : public QObject {
    Q_OBJECT
private:
    FakeNetworkAccessManager m_network;
    GraphQlClient m_client{&m_network};
    Workspace m_workspace{&m_client};
    AccessTokenModel &m_model = *m_workspace.tokens();
    MemoryCredentialStore m_store;
    QtMessageHandler m_previous = nullptr;

    // Every role a view, a delegate or an accessibility client could ask for.
    void verifyModelHoldsNoValue() {
        QVERIFY(m_model.rowCount() > 0);
        for (int row = 0; row < m_model.rowCount(); ++row)
            for (int column = 0; column < m_model.columnCount(); ++column)
                for (int role = 0; role <= AccessTokenModel::ToneRole + 32; ++role)
                    QVERIFY2(!contains(m_model.index(row, column).data(role), Secret),
                             qPrintable(QStringLiteral("row %1 column %2 role %3")
                                            .arg(row)
                                            .arg(column)
                                            .arg(role)));
        for (int column = 0; column < m_model.columnCount(); ++column)
            for (int role = 0; role <= Qt::UserRole; ++role)
                QVERIFY(!contains(m_model.headerData(column, Qt::Horizontal, role), Secret));
    }

private Q_SLOTS:
    void initTestCase() {
        m_previous = qInstallMessageHandler(recordMessage);
        QVERIFY2(lcGui().isDebugEnabled() && lcModels().isDebugEnabled() &&
                     lcApi().isDebugEnabled() && lcKeychain().isDebugEnabled(),
                 "every tokendesk.* debug category must be enabled for this test");
        m_client.setEndpoint(QUrl(QStringLiteral("https://api.example.test/graphql")));
        m_client.setBearerToken("bearer");
        m_network.setHandler([](const FakeNetworkAccessManager::Recorded &request) {
            if (request.body.contains("CreateAccessToken"))
                return FakeNetworkAccessManager::json(
                    R"({"data":{"createAccessToken":{"id":"t9","description":"reveal",)"
                    R"("created":"2026-11-30T09:00:00Z","expiresAt":null,"token":")" +
                    Secret + R"("}}})");
            return FakeNetworkAccessManager::json(
                R"({"data":{"currentUser":{"tokens":{"count":1,"pageInfo":{"hasNextPage":false,)"
                R"("endCursor":null},"edges":[{"node":{"id":"t1","description":"ci",)"
                R"("created":"2026-01-01T00:00:00Z","expiresAt":null}}]}}}})");
        });
        m_model.reload();
        QVERIFY(QTest::qWaitFor([&] { return m_model.rowCount() == 1; }, 5000));
    }

    void cleanupTestCase() { qInstallMessageHandler(m_previous); }

    void revealedInOnePlaceOnly() {
        std::optional<ApiResult<CreatedAccessToken>> result;
        m_workspace.tokenService()->create(
            QStringLiteral("reveal"), std::nullopt, this,
            [&](const ApiResult<CreatedAccessToken> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY2(!result->error, qPrintable(result->error.message));
        QCOMPARE(m_model.rowCount(), 2);
        QVERIFY(m_model.rowOf(QStringLiteral("t9")) >= 0);
        verifyModelHoldsNoValue();

        CreatedAccessToken created = *result->value;
        QCOMPARE(created.value, Secret);
        result.reset();
        auto *dialog = new NewTokenDialog(created, &m_store, QStringLiteral("pat:test:reveal"));
        QPointer<NewTokenDialog> guard(dialog);
        // The caller's copy was taken, not duplicated.
        QVERIFY(created.value.isEmpty());
        QVERIFY(dialog->holdsValue());
        dialog->setClipboardClearDelay(200);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("tokenValue"));
        auto *command = dialog->findChild<QPlainTextEdit *>(QStringLiteral("loginCommand"));
        QVERIFY(value && command);
        QCOMPARE(value->text().toUtf8(), Secret);
        // Not editable, and nothing to undo or redo: typing, deleting and Ctrl+Z change nothing.
        QVERIFY(value->isReadOnly());
        QVERIFY(!value->isUndoAvailable());
        QVERIFY(!value->isRedoAvailable());
        QCOMPARE(value->contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(command->isReadOnly());
        // The CLI's lines never carry the token (it goes on standard input).
        QVERIFY(!command->toPlainText().toUtf8().contains(Secret));
        value->setFocus();
        QTest::keyClicks(value, QStringLiteral("xyz"));
        QTest::keyClick(value, Qt::Key_Backspace);
        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(value->text().toUtf8(), Secret);
        QVERIFY(!value->isUndoAvailable());

        // Shown, copied, saved: the commands still do not carry it.
        dialog->setRevealed(true);
        QVERIFY(!command->toPlainText().toUtf8().contains(Secret));
        dialog->copyValue();
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), Secret);
        dialog->saveToKeychain();
        QVERIFY(dialog->wasSaved());
        QCOMPARE(m_store.entries.value(QStringLiteral("pat:test:reveal")), Secret);
        dialog->setRevealed(false);
        dialog->copyCommand();
        QVERIFY(!QGuiApplication::clipboard()->text().toUtf8().contains(Secret));

        // Closed: every copy in the dialog is overwritten, and (read-only) nothing undoes that.
        dialog->accept();
        QVERIFY(guard);
        QVERIFY(!dialog->holdsValue());
        QVERIFY(value->text().isEmpty());
        QVERIFY(!value->isUndoAvailable());
        QVERIFY(!value->isRedoAvailable());
        value->undo();
        QVERIFY(value->text().isEmpty());
        // Nothing left to copy or save.
        QGuiApplication::clipboard()->setText(QStringLiteral("other"));
        dialog->copyValue();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("other"));
        delete dialog;

        // The model still never saw the value, and no log line carried it.
        verifyModelHoldsNoValue();
        const QMutexLocker lock(&logMutex);
        QVERIFY2(logLines > 0, "no log line was recorded: the check below would prove nothing");
        QVERIFY2(logText.contains("tokendesk."), logText.left(500).constData());
        QVERIFY2(!logText.contains(Secret) && !logText.contains(Secret.toBase64()),
                 "the token value appears in a log line");
        std::printf("checked %d log lines (%lld bytes), %d model rows\n", logLines,
                    qlonglong(logText.size()), m_model.rowCount());
    }

    // "Save in keychain" is offered only where there is a keychain to save in (without one the
    // button did nothing at all).
    void saveIsOfferedOnlyWithAKeychain() {
        for (CredentialStore *store :
             {static_cast<CredentialStore *>(&m_store), static_cast<CredentialStore *>(nullptr)}) {
            CreatedAccessToken created;
            created.token.description = QStringLiteral("offer");
            created.value = "mat-offer";
            NewTokenDialog dialog(created, store, QStringLiteral("pat:test:offer"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveToKeychain"));
            QVERIFY(save);
            QCOMPARE(save->isVisible(), store != nullptr);
        }
    }
};

QTEST_MAIN(tst_RevealedToken)
#include "tst_revealed_token.moc"
