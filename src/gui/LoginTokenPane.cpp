#include "LoginTokenPane.h"

#include "GraphQlClient.h"
#include "JwksCache.h"
#include "Jwt.h"
#include "PlainText.h"
#include "Session.h"
#include "Settings.h"
#include "ShellCommand.h"
#include "StatusPalette.h"
#include "Ticker.h"
#include "TimeFormat.h"
#include "Workspace.h"
#include "ui_LoginTokenPane.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

namespace {

// The usual colours of a JWT's parts (header red, payload purple, signature blue), from the
// status palette's light or dark set.
QColor partColour(StatusPalette::JwtPart part) {
    return StatusPalette::jwtPart(part, QApplication::palette());
}

QString statusCss(StatusPalette::Status status, const QWidget *widget) {
    return StatusPalette::css(StatusPalette::text(status, widget->palette()));
}

// Pretty-printed JSON, coloured: keys, strings, numbers, true/false/null.
class JsonHighlighter : public QSyntaxHighlighter {
public:
    JsonHighlighter(QTextDocument *document, QColor keyColour)
        : QSyntaxHighlighter(document)
        , m_key(std::move(keyColour)) {}

protected:
    void highlightBlock(const QString &text) override {
        static const QRegularExpression string(QStringLiteral(R"("(?:[^"\\]|\\.)*")"));
        static const QRegularExpression literal(
            QStringLiteral(R"(\b(?:true|false|null)\b|-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)"));
        QTextCharFormat keyFormat;
        keyFormat.setForeground(m_key);
        keyFormat.setFontWeight(QFont::DemiBold);
        QTextCharFormat stringFormat;
        stringFormat.setForeground(StatusPalette::jsonString(QApplication::palette()));
        QTextCharFormat literalFormat;
        literalFormat.setForeground(StatusPalette::jsonLiteral(QApplication::palette()));
        for (auto it = literal.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), literalFormat);
        }
        for (auto it = string.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const bool isKey = text.mid(match.capturedEnd()).trimmed().startsWith(QLatin1Char(':'));
            setFormat(int(match.capturedStart()), int(match.capturedLength()),
                      isKey ? keyFormat : stringFormat);
        }
    }

private:
    QColor m_key;
};

QString swatch(const QColor &colour, const QString &text) {
    return QStringLiteral("<b style='color:%1'>%2</b>").arg(colour.name(), text.toHtmlEscaped());
}

bool isTimeClaim(const QString &name) {
    return name == QLatin1String("exp") || name == QLatin1String("iat") ||
           name == QLatin1String("nbf") || name == QLatin1String("auth_time");
}

QString valueText(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

} // namespace

LoginTokenPane::LoginTokenPane(const PaneContext &context, QWidget *parent)
    : LoginTokenPane(parent) {
    setJwksCache(context.jwks);
    if (context.ticker)
        setTicker(context.ticker);
    if (context.settings) {
        setClipboardClearDelay(context.settings->general().clipboardClearSeconds * 1000);
        connect(context.settings, &Settings::generalChanged, this,
                [this](const GeneralSettings &general) {
                    setClipboardClearDelay(general.clipboardClearSeconds * 1000);
                });
    }
    Workspace *workspace = context.workspace;
    Session *session = workspace->session();
    // What the pane shows follows the session: its tenant, its login token, the role the API
    // reports, and the clock skew against the API server's Date.
    const auto followSession = [this, session] {
        setTenant(session->tenant().issuer, session->tenant().apiUrl);
        setToken(session->loginToken());
        setApiRole(session->role());
        setPersonalAccessTokenMode(session->credential() ==
                                   Session::Credential::PersonalAccessToken);
    };
    connect(session, &Session::tenantChanged, this, followSession);
    connect(session, &Session::userChanged, this, followSession);
    connect(session, &Session::loginTokenChanged, this,
            [this, session] { setToken(session->loginToken()); });
    connect(workspace->client(), &GraphQlClient::responseDate, this,
            [this](const QDateTime &serverDate) {
                setServerDate(serverDate, QDateTime::currentDateTimeUtc());
            });
    followSession();
}

LoginTokenPane::~LoginTokenPane() = default;

QString LoginTokenPane::navigationDetail() const {
    return tr("JWT from Keycloak");
}

LoginTokenPane::LoginTokenPane(QWidget *parent)
    : PaneBase(parent)
    , m_ui(std::make_unique<Ui::LoginTokenPane>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginTokenPane"));

    // What the form cannot say: the system's fixed-width font, the parts' colours from the
    // status palette (light or dark), the claims table's column sizes.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->rawToken, m_ui->decodedHeader, m_ui->decodedPayload, m_ui->signatureInfo})
        widget->setFont(mono);
    new JsonHighlighter(m_ui->decodedHeader->document(),
                        partColour(StatusPalette::JwtPart::Header));
    new JsonHighlighter(m_ui->decodedPayload->document(),
                        partColour(StatusPalette::JwtPart::Payload));
    const QString header = swatch(partColour(StatusPalette::JwtPart::Header), tr("Header"));
    const QString payload = swatch(partColour(StatusPalette::JwtPart::Payload), tr("Payload"));
    const QString signature =
        swatch(partColour(StatusPalette::JwtPart::Signature), tr("Signature"));
    m_ui->partsLegend->setText(header + QStringLiteral(" . ") + payload + QStringLiteral(" . ") +
                               signature);
    m_ui->headerTitle->setText(header);
    m_ui->payloadTitle->setText(
        swatch(partColour(StatusPalette::JwtPart::Payload), tr("Payload (claims)")));
    m_ui->signatureTitle->setText(signature);
    QHeaderView *columns = m_ui->claimsTable->horizontalHeader();
    columns->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(1, QHeaderView::Interactive);
    m_ui->claimsTable->setColumnWidth(1, 420);

    connect(m_ui->pasteToken, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_pasted = text.trimmed().toUtf8();
        render();
    });
    connect(m_ui->useSessionToken, &QPushButton::clicked, this,
            [this] { m_ui->pasteToken->clear(); });
    // A copy is confirmed where it was made: the button says "Copied" for two seconds, the
    // note right under the row says for how long the clipboard keeps it.
    m_ui->copyConfirmation->hide();
    m_copiedTimer = new QTimer(this);
    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(2000);
    connect(m_copiedTimer, &QTimer::timeout, this, &LoginTokenPane::restoreCopyButton);
    m_copyNoteTimer = new QTimer(this);
    m_copyNoteTimer->setSingleShot(true);
    connect(m_copyNoteTimer, &QTimer::timeout, m_ui->copyConfirmation, &QWidget::hide);
    connect(m_ui->copyToken, &QPushButton::clicked, this, [this] {
        copy(m_ui->copyToken, QString::fromUtf8(Jwt::normalize(shownToken())), tr("The token"));
    });
    connect(m_ui->copyAuthorizationHeader, &QPushButton::clicked, this, [this] {
        copy(m_ui->copyAuthorizationHeader,
             QStringLiteral("Authorization: Bearer ") +
                 QString::fromUtf8(Jwt::normalize(shownToken())),
             tr("The Authorization header"));
    });
    connect(m_ui->copyCurl, &QPushButton::clicked, this, [this] {
        const QString url = m_apiUrl.isValid()
                                ? m_apiUrl.toString()
                                : QStringLiteral("https://api.<tenant>.moderne.io/graphql");
        copy(m_ui->copyCurl,
             ShellCommand::curlCurrentUser(url, QString::fromUtf8(Jwt::normalize(shownToken()))),
             tr("The curl command"));
    });
    render();
}

void LoginTokenPane::setTicker(Ticker *ticker) {
    m_ticker = ticker;
    connect(ticker, &Ticker::tick, this, [this] {
        if (isVisible())
            updateClock();
    });
}

void LoginTokenPane::setTenant(const QUrl &issuer, const QUrl &apiUrl) {
    m_issuer = issuer;
    m_apiUrl = apiUrl;
    render();
}

void LoginTokenPane::setToken(const QByteArray &token) {
    m_sessionToken = token;
    if (m_pasted.isEmpty())
        render();
}

bool LoginTokenPane::roleDrift() const {
    // Only for the session's own token: a pasted token may be anyone's.
    if (m_apiRole.isEmpty() || !m_pasted.isEmpty() || m_sessionToken.isEmpty())
        return false;
    const Jwt jwt = Jwt::decode(m_sessionToken);
    if (!jwt.isValid())
        return false;
    const bool tokenSaysAdmin =
        jwt.realmRoles().contains(QLatin1String("admin"), Qt::CaseInsensitive);
    const bool apiSaysAdmin = m_apiRole.compare(QLatin1String("ADMIN"), Qt::CaseInsensitive) == 0;
    return tokenSaysAdmin != apiSaysAdmin;
}

void LoginTokenPane::setApiRole(const QString &role) {
    m_apiRole = role;
    render();
}

void LoginTokenPane::setPersonalAccessTokenMode(bool pat) {
    m_patMode = pat;
    render();
}

void LoginTokenPane::setServerDate(const QDateTime &serverDate, const QDateTime &localDate) {
    m_skewSeconds = serverDate.secsTo(localDate);
    m_haveSkew = true;
    updateClock();
}

QByteArray LoginTokenPane::shownToken() const {
    return m_pasted.isEmpty() ? m_sessionToken : m_pasted;
}

QString LoginTokenPane::verdictText() const {
    return m_ui->verdict->text();
}

void LoginTokenPane::copy(QPushButton *button, const QString &text, const QString &what) {
    ClipboardGuard::copy(text, m_clipboardDelayMs);
    restoreCopyButton();
    m_copiedButton = button;
    m_copiedButtonText = button->text();
    button->setMinimumWidth(button->width()); // the row does not move
    button->setText(tr("Copied"));
    m_copiedTimer->start();
    m_ui->copyConfirmation->setText(
        tr("%1 is on the clipboard for %n second(s). It is a secret: paste it only "
           "where it belongs.",
           nullptr, (m_clipboardDelayMs + 999) / 1000)
            .arg(what));
    m_ui->copyConfirmation->show();
    m_copyNoteTimer->start(std::max(m_clipboardDelayMs, 2000));
    // The pane scrolls: the note comes into view under the button that was pressed.
    QMetaObject::invokeMethod(
        this, [this] { m_ui->scroll->ensureWidgetVisible(m_ui->copyConfirmation, 0, 4); },
        Qt::QueuedConnection);
}

void LoginTokenPane::restoreCopyButton() {
    m_copiedTimer->stop();
    if (m_copiedButton) {
        m_copiedButton->setText(m_copiedButtonText);
        m_copiedButton->setMinimumWidth(0);
    }
    m_copiedButton.clear();
}

void LoginTokenPane::focusPasteField() {
    m_ui->pasteToken->setFocus(Qt::ShortcutFocusReason);
    m_ui->pasteToken->selectAll();
}

void LoginTokenPane::inspect(const QByteArray &token) {
    m_ui->pasteToken->setText(QString::fromUtf8(token.trimmed()));
}

void LoginTokenPane::render() {
    ++m_generation;
    m_verdict.reset();
    m_verifyWhenShown = false;
    const QByteArray token = shownToken();
    const bool pasted = !m_pasted.isEmpty();
    m_ui->useSessionToken->setVisible(pasted);
    const Jwt jwt = Jwt::decode(token);
    const bool decoded = jwt.kind() != Jwt::Kind::Malformed;
    for (QPushButton *button : {m_ui->copyToken, m_ui->copyAuthorizationHeader, m_ui->copyCurl})
        button->setEnabled(decoded);
    m_ui->copyCurl->setEnabled(jwt.isValid()); // a shell command only for a token that decodes
    m_ui->claimsTable->setRowCount(0);
    m_ui->decodedHeader->clear();
    m_ui->decodedPayload->clear();
    m_ui->rawToken->clear();
    m_ui->signatureInfo->clear();
    m_ui->expiryCountdown->clear();
    if (token.isEmpty()) {
        m_ui->tokenSource->setText(
            m_patMode ? QString() : tr("No login token yet: sign in, or paste a JWT above."));
        m_ui->tokenSummary->setText(
            m_patMode ? tr("<b>You are signed in with a personal access token.</b> A personal "
                           "access token (mat-…) is not a JWT: it is an opaque secret that the "
                           "platform looks up, with no header, claims or signature to show here, "
                           "and TokenDesk never displays it. Sign in with the browser to get a "
                           "login token, or paste any JWT above to inspect it.")
                      : QString());
        m_ui->verdict->clear();
        m_ui->roleOrigin->clear();
        return;
    }
    m_ui->tokenSource->setText(pasted ? tr("Showing the pasted token.")
                                      : tr("Showing your current login token."));
    if (!decoded) {
        m_ui->verdict->setText(
            QStringLiteral("<span style='color:%1'>&#10006; %2</span>")
                .arg(statusCss(StatusPalette::Status::Error, this), jwt.error().toHtmlEscaped()));
        m_ui->tokenSummary->clear();
        m_ui->roleOrigin->clear();
        return;
    }
    const QList<QByteArray> parts = jwt.rawParts();
    QStringList coloured;
    const QColor colours[] = {
        partColour(StatusPalette::JwtPart::Header), partColour(StatusPalette::JwtPart::Payload),
        partColour(StatusPalette::JwtPart::Signature), partColour(StatusPalette::JwtPart::Payload),
        partColour(StatusPalette::JwtPart::Signature)};
    for (int i = 0; i < parts.size(); ++i)
        coloured << QStringLiteral("<span style='color:%1'>%2</span>")
                        .arg(colours[qMin(i, 4)].name(),
                             QString::fromLatin1(parts.at(i)).toHtmlEscaped());
    m_ui->rawToken->setHtml(coloured.join(QLatin1Char('.')));
    m_ui->decodedHeader->setPlainText(
        QString::fromUtf8(QJsonDocument(jwt.header()).toJson(QJsonDocument::Indented)));
    if (jwt.kind() == Jwt::Kind::Jwe) {
        m_ui->decodedPayload->setPlainText(
            tr("Encrypted (JWE): the payload can only be read with the recipient's "
               "private key. TokenDesk does not decrypt tokens."));
    } else {
        m_ui->decodedPayload->setPlainText(
            QString::fromUtf8(QJsonDocument(jwt.payload()).toJson(QJsonDocument::Indented)));
    }
    const QByteArray signature = jwt.signature();
    m_ui->signatureInfo->setText(tr("%n byte(s)", nullptr, int(signature.size())) +
                                 QStringLiteral("\n") +
                                 QString::fromLatin1(signature.toHex(' ').left(3 * 48)) +
                                 (signature.size() > 48 ? QStringLiteral("…") : QString()));

    // The claims table: header fields first, then every claim (unknown ones too).
    const QDateTime now = m_ticker ? m_ticker->now() : QDateTime::currentDateTimeUtc();
    const auto addRow = [this](const QString &name, const QString &value, const QString &meaning,
                               const QColor &colour) {
        const int row = m_ui->claimsTable->rowCount();
        m_ui->claimsTable->insertRow(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setForeground(colour);
        QFont bold = nameItem->font();
        bold.setBold(true);
        nameItem->setFont(bold);
        m_ui->claimsTable->setItem(row, 0, nameItem);
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setToolTip(PlainText::toRichText(value));
        m_ui->claimsTable->setItem(row, 1, valueItem);
        m_ui->claimsTable->setItem(row, 2, new QTableWidgetItem(meaning));
    };
    const QHash<QString, QString> headerMeanings{
        {QStringLiteral("alg"),
         tr("Signature algorithm the issuer used (RS256 = RSA with SHA-256).")},
        {QStringLiteral("typ"), tr("Token type: JWT, or at+jwt for an OAuth access token.")},
        {QStringLiteral("kid"),
         tr("Key id: which of the issuer's published keys signed this token.")},
        {QStringLiteral("enc"), tr("Content encryption of a JWE.")},
        {QStringLiteral("cty"), tr("Content type of the payload.")},
    };
    const QJsonObject header = jwt.header();
    for (auto it = header.begin(); it != header.end(); ++it)
        addRow(it.key(), valueText(it.value()),
               headerMeanings.value(it.key(), tr("Header field (not one TokenDesk knows).")),
               partColour(StatusPalette::JwtPart::Header));
    const QHash<QString, QString> claimMeanings{
        {QStringLiteral("exp"), tr("Expires: the platform refuses the token from this moment on.")},
        {QStringLiteral("iat"), tr("Issued at: when Keycloak created this token.")},
        {QStringLiteral("nbf"), tr("Not before: the token is not valid before this moment.")},
        {QStringLiteral("auth_time"),
         tr("When you last typed your password (or used SSO) at Keycloak.")},
        {QStringLiteral("iss"), tr("Issuer: the Keycloak realm that signed the token.")},
        {QStringLiteral("aud"), tr("Audience: the services this token is meant for.")},
        {QStringLiteral("azp"),
         tr("Authorized party: the client (application) the token was issued to.")},
        {QStringLiteral("sub"), tr("Subject: your stable user id in the realm.")},
        {QStringLiteral("sid"),
         tr("Session id: the Keycloak session behind this token (ends on sign-out).")},
        {QStringLiteral("session_state"), tr("Session id (older Keycloak versions).")},
        {QStringLiteral("jti"), tr("Token id: unique for each token, used to revoke it.")},
        {QStringLiteral("typ"), tr("Keycloak's token type: Bearer for access tokens.")},
        {QStringLiteral("scope"), tr("Scopes granted: what the token may be used for.")},
        {QStringLiteral("realm_access"),
         tr("Realm roles: what Keycloak says you are in the whole realm.")},
        {QStringLiteral("resource_access"), tr("Client roles: roles per client application.")},
        {QStringLiteral("preferred_username"), tr("Your user name at the identity provider.")},
        {QStringLiteral("email"), tr("Your email address.")},
        {QStringLiteral("email_verified"),
         tr("Whether the identity provider checked the email address.")},
        {QStringLiteral("name"), tr("Your display name.")},
        {QStringLiteral("given_name"), tr("First name.")},
        {QStringLiteral("family_name"), tr("Last name.")},
    };
    const QJsonObject payload = jwt.payload();
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        QString value = valueText(it.value());
        if (isTimeClaim(it.key()) && it.value().isDouble()) {
            const QDateTime when =
                QDateTime::fromSecsSinceEpoch(qint64(it.value().toDouble()), Qt::UTC);
            value = tr("%1 (%2) · %3")
                        .arg(TimeFormat::exact(when), TimeFormat::relative(when, now), value);
        } else if (it.key() == QLatin1String("realm_access")) {
            value = it.value()
                        .toObject()
                        .value(QLatin1String("roles"))
                        .toVariant()
                        .toStringList()
                        .join(QStringLiteral(", "));
        }
        addRow(it.key(), value,
               claimMeanings.value(it.key(), tr("A claim TokenDesk does not know; shown as sent.")),
               partColour(StatusPalette::JwtPart::Payload));
    }

    const QStringList roles = jwt.realmRoles();
    QString client = jwt.payload().value(QLatin1String("azp")).toString();
    if (client.isEmpty())
        client = jwt.payload().value(QLatin1String("client_id")).toString();
    m_ui->tokenSummary->setText(
        issuedSummary(jwt.issuer(), jwt.email().isEmpty() ? jwt.subject() : jwt.email(), client));
    m_ui->roleOrigin->setText(
        tr("<b>Where your role comes from.</b> Roles in this token (realm_access.roles): %1 · role "
           "the Moderne API reports (currentUser.role): %2.<br>The identity provider (Keycloak) "
           "decides roles. A login token keeps the roles it was issued with until it expires: "
           "after a role change, the next renewal or sign-in brings the new ones.")
            .arg(roles.isEmpty() ? tr("none") : roles.join(QStringLiteral(", ")).toHtmlEscaped(),
                 m_apiRole.isEmpty() ? tr("unknown") : m_apiRole.toHtmlEscaped()) +
        (roleDrift() ? QStringLiteral("<br><span style='color:%1'>&#9888; %2</span>")
                           .arg(statusCss(StatusPalette::Status::Soon, this),
                                tr("Your role changed since this token was issued; it applies "
                                   "to personal access tokens now and to the login token at the "
                                   "next sign-in.")
                                    .toHtmlEscaped())
                     : QString()));
    updateClock();
    if (isVisible()) {
        verify();
    } else {
        m_verifyWhenShown = true;
        m_ui->verdict->clear(); // never seen: verify() writes it when the pane is shown
    }
}

void LoginTokenPane::showEvent(QShowEvent *event) {
    PaneBase::showEvent(event);
    if (m_verifyWhenShown)
        verify();
}

void LoginTokenPane::verify() {
    m_verifyWhenShown = false;
    const Jwt jwt = Jwt::decode(shownToken());
    if (const auto early = JwsVerifier::verdictWithoutKeys(jwt)) {
        m_verdict = *early;
        showVerdict();
        return;
    }
    const QUrl issuer(jwt.issuer());
    const bool ours = m_issuer.isValid() && issuer.adjusted(QUrl::StripTrailingSlash) ==
                                                m_issuer.adjusted(QUrl::StripTrailingSlash);
    if (!ours || !m_jwks) {
        JwsVerifier::Verdict verdict = JwsVerifier::issuerUnreachable(jwt, {});
        verdict.status = JwsVerifier::Verdict::KeyNotFound;
        verdict.reason =
            m_issuer.isValid()
                ? tr("Not verified: this token comes from %1, not from this tenant's issuer %2. "
                     "To check it, run: tokendesk-cli inspect --issuer %1")
                      .arg(jwt.issuer(), m_issuer.toString())
                : tr("Not verified: no tenant is selected.");
        m_verdict = verdict;
        showVerdict();
        return;
    }
    m_ui->verdict->setText(tr("Checking the signature with %1's keys…").arg(m_issuer.host()));
    const quint64 generation = m_generation;
    m_jwks->keys(m_issuer, jwt.keyId(), this,
                 [this, jwt, generation](const Jwks &keys, const QString &error) {
                     if (generation != m_generation)
                         return;
                     m_verdict = error.isEmpty() ? JwsVerifier::verify(jwt, keys)
                                                 : JwsVerifier::issuerUnreachable(jwt, error);
                     showVerdict();
                 });
}

void LoginTokenPane::showVerdict() {
    if (!m_verdict)
        return;
    using Status = JwsVerifier::Verdict::Status;
    QString colour = statusCss(StatusPalette::Status::Error, this);
    QString mark = QStringLiteral("&#10006;");
    QString title = tr("Signature not verified");
    switch (m_verdict->status) {
    case Status::Valid:
        colour = statusCss(StatusPalette::Status::Success, this);
        mark = QStringLiteral("&#10004;");
        title = tr("Signature valid");
        break;
    case Status::InvalidSignature:
        title = tr("Invalid signature");
        break;
    case Status::AlgNone:
        title = tr("UNSIGNED TOKEN (alg: none): anyone could have written it");
        mark = QStringLiteral("&#9888;");
        break;
    case Status::Hmac:
    case Status::Jwe:
    case Status::IssuerUnreachable:
    case Status::KeyNotFound:
    case Status::AlgorithmNotAllowed:
        colour = statusCss(StatusPalette::Status::Soon, this);
        mark = QStringLiteral("&#9888;");
        break;
    case Status::Malformed:
        break;
    }
    m_ui->verdict->setText(
        QStringLiteral("<span style='color:%1; font-size:large'><b>%2 %3</b></span><br>%4")
            .arg(colour, mark, title.toHtmlEscaped(), m_verdict->reason.toHtmlEscaped()));
    Q_EMIT verdictChanged();
}

void LoginTokenPane::updateClock() {
    if (m_haveSkew) {
        const qint64 skew = m_skewSeconds;
        const QString text =
            skew == 0  ? tr("This computer's clock agrees with the server's.")
            : skew > 0 ? tr("This computer's clock is %n second(s) ahead of the server's.", nullptr,
                            int(skew))
                       : tr("This computer's clock is %n second(s) behind the server's.", nullptr,
                            int(-skew));
        m_ui->clockSkew->setText(
            qAbs(skew) > 30
                ? QStringLiteral("<span style='color:%1'>&#9888; %2 %3</span>")
                      .arg(statusCss(StatusPalette::Status::Soon, this), text.toHtmlEscaped(),
                           tr("Expiry times shown here may be off by as much.").toHtmlEscaped())
                : text.toHtmlEscaped());
    }
    const Jwt jwt = Jwt::decode(shownToken());
    const auto exp = jwt.expiresAt();
    if (!exp) {
        m_ui->expiryCountdown->setText(jwt.isValid() ? tr("No expiry (exp) in this token.")
                                                     : QString());
        return;
    }
    const QDateTime now = m_ticker ? m_ticker->now() : QDateTime::currentDateTimeUtc();
    const qint64 left = now.secsTo(*exp);
    m_ui->expiryCountdown->setText(
        left > 0 ? tr("<b>Expires in %1</b> (at %2)")
                       .arg(TimeFormat::countdown(left), TimeFormat::exact(*exp))
                 : QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                       .arg(statusCss(StatusPalette::Status::Expired, this),
                            tr("Expired %1").arg(TimeFormat::relative(*exp, now)).toHtmlEscaped()));
}

QString LoginTokenPane::issuedSummary(const QString &issuer, const QString &subject,
                                      const QString &client) {
    const QString i = issuer.trimmed().toHtmlEscaped();
    const QString s = subject.trimmed().toHtmlEscaped();
    const QString c = client.trimmed().toHtmlEscaped();
    // One whole sentence for each combination of what the token names.
    if (!i.isEmpty() && !s.isEmpty() && !c.isEmpty())
        return tr("Issued by <b>%1</b> to <b>%2</b> for client %3.").arg(i, s, c);
    if (!i.isEmpty() && !s.isEmpty())
        return tr("Issued by <b>%1</b> to <b>%2</b>; it names no client.").arg(i, s);
    if (!i.isEmpty() && !c.isEmpty())
        return tr("Issued by <b>%1</b> for client %2; it names no user.").arg(i, c);
    if (!i.isEmpty())
        return tr("Issued by <b>%1</b>; it names no user and no client.").arg(i);
    if (!s.isEmpty() && !c.isEmpty())
        return tr("Issued to <b>%1</b> for client %2; it names no issuer.").arg(s, c);
    if (!s.isEmpty())
        return tr("Issued to <b>%1</b>; it names no issuer and no client.").arg(s);
    if (!c.isEmpty())
        return tr("Issued for client %1; it names no issuer and no user.").arg(c);
    return tr("The token names no issuer, no user and no client.");
}
