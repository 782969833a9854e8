// Issue 15, items 3 and 6: what a token or a server says is shown as text, never as markup,
// and never becomes part of a shell command. A claim value "<b>✔ Signature valid</b>" must
// read exactly like that in the inspector's tooltips and labels (Qt renders a tooltip or an
// AutoText label as rich text when it looks like HTML); the same for a token's description,
// a tenant's issuer and the reason a session ended. "Copy curl command" is offered only for a
// token that decodes, and its command runs nothing but curl.
#include "Base64Url.h"
#include "LoginTokenPane.h"
#include "NewTokenDialog.h"
#include "Session.h"
#include "SessionStatusWidget.h"
#include "ShellRun.h"
#include "TenantListModel.h"
#include "Ticker.h"
#include "TokenDisplay.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

namespace {
const QString FakeVerdict = QStringLiteral("<b>✔ Signature valid</b>");
const QString Image = QStringLiteral("<img src=\"file:///etc/hostname\">x");

// What the user reads: rich text rendered when Qt would render it, else the text itself.
QString rendered(const QString &text) {
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}
QString rendered(const QLabel *label) {
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    return rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
}

QByteArray jwt(const QJsonObject &payload) {
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("<b>k</b>")}};
    return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' +
           Base64Url::encode("signature");
}

} // namespace

class tst_UntrustedText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void claimsAreShownAsText() {
        LoginTokenPane pane;
        pane.setTenant(QUrl(QStringLiteral("https://login.example.com/auth/realms/x")),
                       QUrl(QStringLiteral("https://api.example.com/graphql")));
        const QJsonObject payload{{QStringLiteral("iss"), QStringLiteral("<i>issuer</i>")},
                                  {QStringLiteral("name"), FakeVerdict},
                                  {QStringLiteral("picture"), Image},
                                  {QStringLiteral("email"), QStringLiteral("<b>e</b>@x")},
                                  {QStringLiteral("azp"), QStringLiteral("<u>client</u>")}};
        pane.inspect(jwt(payload));
        auto *claims = pane.findChild<QTableWidget *>(QStringLiteral("claimsTable"));
        QVERIFY(claims);
        QStringList seen;
        for (int row = 0; row < claims->rowCount(); ++row) {
            const QTableWidgetItem *value = claims->item(row, 1);
            QVERIFY(value);
            // The tooltip reads exactly as the value.
            QCOMPARE(rendered(value->toolTip()), value->text());
            seen << value->text();
        }
        QVERIFY(seen.contains(FakeVerdict));
        QVERIFY(seen.contains(Image));
        QVERIFY(seen.contains(QStringLiteral("<b>k</b>")));
        // No label says the signature is valid (it is not verified), and the summary repeats
        // the token's text literally.
        for (const QLabel *label : pane.findChildren<QLabel *>())
            QVERIFY2(!rendered(label).contains(QLatin1String("✔ Signature valid")) ||
                         rendered(label).contains(FakeVerdict),
                     qPrintable(label->objectName() + QLatin1String(": ") + label->text()));
        auto *summary = pane.findChild<QLabel *>(QStringLiteral("tokenSummary"));
        QVERIFY(summary);
        QVERIFY2(rendered(summary).contains(QLatin1String("<i>issuer</i>")),
                 qPrintable(rendered(summary)));
        QVERIFY(rendered(summary).contains(QLatin1String("<b>e</b>@x")));
        auto *verdict = pane.findChild<QLabel *>(QStringLiteral("verdict"));
        QVERIFY(verdict);
        QVERIFY(verdict->text().isEmpty()); // the signature is checked when the pane is shown
        pane.show();
        QVERIFY2(rendered(verdict).contains(QLatin1String("<i>issuer</i>")),
                 qPrintable(rendered(verdict)));
    }

    // Item 13: a malformed token (as `tokendesk --inspect` hands it over) is described, never
    // repeated, in what the inspector says about it.
    void malformedTokenIsNotRepeated() {
        LoginTokenPane pane;
        for (const QByteArray &token :
             {QByteArray("eyJhbGciOiJub25lIn0.TOKENDESKMARKER"),
              QByteArray("eyJhbGciOiJub25lIn0.TOKENDESKMARKER!.x"), QByteArray("TOKENDESKMARKER"),
              QByteArray("eyJ<b>TOKENDESKMARKER</b>.e30.x")}) {
            pane.inspect(token);
            for (const char *name : {"verdict", "tokenSource", "tokenSummary", "expiryCountdown"}) {
                auto *label = pane.findChild<QLabel *>(QLatin1String(name));
                QVERIFY(label);
                QVERIFY2(!label->text().contains(QLatin1String("TOKENDESKMARKER")),
                         qPrintable(label->text()));
            }
            QVERIFY(!pane.verdictText().isEmpty());
        }
    }

    // Any five-part text counts as a JWE; it is no bearer token to hand to curl.
    void curlOnlyForATokenThatDecodes() {
        LoginTokenPane pane;
        pane.setTenant(QUrl(QStringLiteral("https://login.example.com/auth/realms/x")),
                       QUrl(QStringLiteral("https://api.example.com/graphql")));
        auto *curl = pane.findChild<QPushButton *>(QStringLiteral("copyCurl"));
        QVERIFY(curl);
        pane.inspect("x';touch${IFS}/tmp/owned;'.a.b.c.d");
        QVERIFY(!curl->isEnabled());
        pane.inspect("not a token");
        QVERIFY(!curl->isEnabled());
        pane.inspect(jwt({{QStringLiteral("sub"), QStringLiteral("1")}}));
        QVERIFY(curl->isEnabled());
    }

    // A crafted API URL (a tenant profile is typed in, or given with --api-url) stays one word.
    void curlCommandRunsOnlyCurl() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString probe = dir.filePath(QStringLiteral("probe"));
        const QUrl api(
            QStringLiteral("https://api.example.com/graphql?x='$(touch${IFS}%1)'").arg(probe));
        LoginTokenPane pane;
        pane.setTenant(QUrl(QStringLiteral("https://login.example.com/auth/realms/x")), api);
        const QByteArray token = jwt({{QStringLiteral("sub"), QStringLiteral("1")}});
        pane.inspect(token);
        auto *curl = pane.findChild<QPushButton *>(QStringLiteral("copyCurl"));
        QVERIFY(curl && curl->isEnabled());
        curl->click();
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY(command.startsWith(QLatin1String("curl ")));
        const QStringList arguments = runInShell(command).arguments;
        QVERIFY2(!QFile::exists(probe), qPrintable(command));
        QCOMPARE(arguments.value(1), api.toString());
        QCOMPARE(arguments.value(3),
                 QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token));
        QCOMPARE(arguments.size(), 8);
        QGuiApplication::clipboard()->clear();
    }

    void tooltipsOfServerTextReadAsText() {
        // A token's description (the server's, typed by anyone who can create tokens).
        AccessToken token;
        token.description = FakeVerdict;
        token.created = QDateTime::currentDateTimeUtc();
        const QString description =
            TokenDisplay::cell(token, TokenDisplay::Column::Description, Qt::ToolTipRole,
                               Qt::UserRole, QDateTime::currentDateTimeUtc())
                .toString();
        QCOMPARE(rendered(description), FakeVerdict);

        // A tenant's issuer.
        TenantListModel tenants;
        TenantProfile profile;
        profile.displayName = QStringLiteral("x");
        profile.issuer = QUrl(QStringLiteral("https://login.example.com/<b>x</b>"));
        tenants.setProfiles({profile}, 0);
        const QString issuer = tenants.index(0).data(Qt::ToolTipRole).toString();
        QCOMPARE(rendered(issuer), profile.issuer.toString());

        // Why the session ended (the issuer's or the API's words).
        Session session;
        Ticker ticker;
        SessionStatusWidget status(&session, &ticker);
        session.end(Image);
        QCOMPARE(rendered(status.toolTip()), Image);

        // The reveal dialog's keychain button names the token.
        CreatedAccessToken created;
        created.token = token;
        created.value = "mat-untrusted-text-test";
        NewTokenDialog dialog(created, nullptr, QStringLiteral("key"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveToKeychain"));
        QVERIFY(save);
        QVERIFY2(rendered(save->toolTip()).contains(FakeVerdict), qPrintable(save->toolTip()));
    }
};

QTEST_MAIN(tst_UntrustedText)
#include "tst_untrusted_text.moc"
