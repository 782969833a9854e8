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

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSyntaxHighlighter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

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

QString LoginTokenPane::navigationDetail() const {
    return tr("JWT from Keycloak");
}

LoginTokenPane::LoginTokenPane(QWidget *parent)
    : Pane(parent)
    , m_paste(new QLineEdit(this))
    , m_useSession(new QPushButton(tr("Show my login token"), this))
    , m_source(new QLabel(this))
    , m_verdictLabel(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_skew(new QLabel(this))
    , m_raw(new QTextBrowser(this))
    , m_header(new QPlainTextEdit(this))
    , m_payload(new QPlainTextEdit(this))
    , m_signature(new QLabel(this))
    , m_claims(new QTableWidget(this))
    , m_roles(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_copyToken(new QPushButton(tr("Copy token"), this))
    , m_copyHeader(new QPushButton(tr("Copy “Authorization: Bearer …”"), this))
    , m_copyCurl(new QPushButton(tr("Copy curl command"), this)) {
    setObjectName(QStringLiteral("loginTokenPane"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_paste->setObjectName(QStringLiteral("pasteToken"));
    m_paste->setPlaceholderText(tr("Paste any JWT to inspect it (a leading “Bearer ” is fine)…"));
    m_paste->setAccessibleName(tr("Paste a token"));
    m_paste->setClearButtonEnabled(true);
    m_paste->setEchoMode(QLineEdit::Password);
    m_useSession->setObjectName(QStringLiteral("useSessionToken"));
    m_useSession->setAccessibleName(tr("Show my login token"));
    m_source->setObjectName(QStringLiteral("tokenSource"));
    m_verdictLabel->setObjectName(QStringLiteral("verdict"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictLabel->setAccessibleName(tr("Signature verdict"));
    m_countdown->setObjectName(QStringLiteral("expiryCountdown"));
    m_skew->setObjectName(QStringLiteral("clockSkew"));
    m_skew->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("tokenSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw->setObjectName(QStringLiteral("rawToken"));
    m_raw->setAccessibleName(tr("Encoded token"));
    m_raw->setFont(mono);
    m_raw->setMaximumHeight(96);
    for (QPlainTextEdit *edit : {m_header, m_payload}) {
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    new JsonHighlighter(m_header->document(), partColour(StatusPalette::JwtPart::Header));
    new JsonHighlighter(m_payload->document(), partColour(StatusPalette::JwtPart::Payload));
    m_header->setObjectName(QStringLiteral("decodedHeader"));
    m_header->setAccessibleName(tr("Decoded header"));
    m_payload->setObjectName(QStringLiteral("decodedPayload"));
    m_payload->setAccessibleName(tr("Decoded payload"));
    m_signature->setObjectName(QStringLiteral("signatureInfo"));
    m_signature->setWordWrap(true);
    m_signature->setFont(mono);
    m_claims->setObjectName(QStringLiteral("claimsTable"));
    m_claims->setAccessibleName(tr("Claims"));
    m_claims->setColumnCount(3);
    m_claims->setHorizontalHeaderLabels({tr("Claim"), tr("Value"), tr("Meaning")});
    m_claims->horizontalHeader()->setStretchLastSection(true);
    m_claims->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_claims->verticalHeader()->hide();
    m_claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claims->setWordWrap(false);
    m_claims->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_claims->setColumnWidth(1, 420);
    m_claims->setAlternatingRowColors(true);
    m_roles->setObjectName(QStringLiteral("roleOrigin"));
    m_roles->setWordWrap(true);
    for (QPushButton *button : {m_copyToken, m_copyHeader, m_copyCurl})
        button->setAccessibleName(button->text());
    m_copyToken->setObjectName(QStringLiteral("copyToken"));
    m_copyHeader->setObjectName(QStringLiteral("copyAuthorizationHeader"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *title = new QLabel(tr("<h2>Login token</h2>"), content);
    layout->addWidget(title);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addWidget(m_useSession);
    layout->addLayout(pasteRow);
    layout->addWidget(m_source);
    layout->addWidget(m_verdictLabel);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_countdown);
    timeRow->addStretch(1);
    timeRow->addWidget(m_skew);
    layout->addLayout(timeRow);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(
        swatch(partColour(StatusPalette::JwtPart::Header), tr("Header")) + QStringLiteral(" . ") +
            swatch(partColour(StatusPalette::JwtPart::Payload), tr("Payload")) +
            QStringLiteral(" . ") +
            swatch(partColour(StatusPalette::JwtPart::Signature), tr("Signature")),
        content));
    layout->addWidget(m_raw);
    auto *parts = new QGridLayout;
    parts->addWidget(
        new QLabel(swatch(partColour(StatusPalette::JwtPart::Header), tr("Header")), content), 0,
        0);
    parts->addWidget(
        new QLabel(swatch(partColour(StatusPalette::JwtPart::Payload), tr("Payload (claims)")),
                   content),
        0, 1);
    parts->addWidget(
        new QLabel(swatch(partColour(StatusPalette::JwtPart::Signature), tr("Signature")), content),
        0, 2);
    parts->addWidget(m_header, 1, 0);
    parts->addWidget(m_payload, 1, 1);
    parts->addWidget(m_signature, 1, 2, Qt::AlignTop);
    parts->setColumnStretch(0, 2);
    parts->setColumnStretch(1, 3);
    parts->setColumnStretch(2, 2);
    layout->addLayout(parts);
    m_header->setMinimumHeight(150);
    m_payload->setMinimumHeight(150);
    layout->addWidget(new QLabel(tr("<b>What the token says</b>"), content));
    m_claims->setMinimumHeight(260);
    layout->addWidget(m_claims, 1);
    layout->addWidget(m_roles);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyToken);
    copyRow->addWidget(m_copyHeader);
    copyRow->addWidget(m_copyCurl);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_paste, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_pasted = text.trimmed().toUtf8();
        render();
    });
    connect(m_useSession, &QPushButton::clicked, this, [this] { m_paste->clear(); });
    connect(m_copyToken, &QPushButton::clicked, this,
            [this] { copy(QString::fromUtf8(Jwt::normalize(shownToken())), tr("The token")); });
    connect(m_copyHeader, &QPushButton::clicked, this, [this] {
        copy(QStringLiteral("Authorization: Bearer ") +
                 QString::fromUtf8(Jwt::normalize(shownToken())),
             tr("The Authorization header"));
    });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        const QString url = m_apiUrl.isValid()
                                ? m_apiUrl.toString()
                                : QStringLiteral("https://api.<tenant>.moderne.io/graphql");
        copy(ShellCommand::curlCurrentUser(url, QString::fromUtf8(Jwt::normalize(shownToken()))),
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
    return m_verdictLabel->text();
}

void LoginTokenPane::copy(const QString &text, const QString &what) {
    ClipboardGuard::copy(text, m_clipboardDelayMs);
    m_source->setText(tr("%1 is on the clipboard for %n second(s). It is a secret: paste it only "
                         "where it belongs.",
                         nullptr, (m_clipboardDelayMs + 999) / 1000)
                          .arg(what));
}

void LoginTokenPane::focusPasteField() {
    m_paste->setFocus(Qt::ShortcutFocusReason);
    m_paste->selectAll();
}

void LoginTokenPane::inspect(const QByteArray &token) {
    m_paste->setText(QString::fromUtf8(token.trimmed()));
}

void LoginTokenPane::render() {
    ++m_generation;
    m_verdict.reset();
    const QByteArray token = shownToken();
    const bool pasted = !m_pasted.isEmpty();
    m_useSession->setVisible(pasted);
    const Jwt jwt = Jwt::decode(token);
    const bool decoded = jwt.kind() != Jwt::Kind::Malformed;
    for (QPushButton *button : {m_copyToken, m_copyHeader, m_copyCurl})
        button->setEnabled(decoded);
    m_copyCurl->setEnabled(jwt.isValid()); // a shell command only for a token that decodes
    m_claims->setRowCount(0);
    m_header->clear();
    m_payload->clear();
    m_raw->clear();
    m_signature->clear();
    m_countdown->clear();
    if (token.isEmpty()) {
        m_source->setText(m_patMode ? QString()
                                    : tr("No login token yet: sign in, or paste a JWT above."));
        m_summary->setText(
            m_patMode ? tr("<b>You are signed in with a personal access token.</b> A personal "
                           "access token (mat-…) is not a JWT: it is an opaque secret that the "
                           "platform looks up, with no header, claims or signature to show here, "
                           "and TokenDesk never displays it. Sign in with the browser to get a "
                           "login token, or paste any JWT above to inspect it.")
                      : QString());
        m_verdictLabel->clear();
        m_roles->clear();
        return;
    }
    m_source->setText(pasted ? tr("Showing the pasted token.")
                             : tr("Showing your current login token."));
    if (!decoded) {
        m_verdictLabel->setText(
            QStringLiteral("<span style='color:%1'>&#10006; %2</span>")
                .arg(statusCss(StatusPalette::Status::Error, this), jwt.error().toHtmlEscaped()));
        m_summary->clear();
        m_roles->clear();
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
    m_raw->setHtml(coloured.join(QLatin1Char('.')));
    m_header->setPlainText(
        QString::fromUtf8(QJsonDocument(jwt.header()).toJson(QJsonDocument::Indented)));
    if (jwt.kind() == Jwt::Kind::Jwe) {
        m_payload->setPlainText(
            tr("Encrypted (JWE): the payload can only be read with the recipient's "
               "private key. TokenDesk does not decrypt tokens."));
    } else {
        m_payload->setPlainText(
            QString::fromUtf8(QJsonDocument(jwt.payload()).toJson(QJsonDocument::Indented)));
    }
    const QByteArray signature = jwt.signature();
    m_signature->setText(tr("%n byte(s)", nullptr, int(signature.size())) + QStringLiteral("\n") +
                         QString::fromLatin1(signature.toHex(' ').left(3 * 48)) +
                         (signature.size() > 48 ? QStringLiteral("…") : QString()));

    // The claims table: header fields first, then every claim (unknown ones too).
    const QDateTime now = m_ticker ? m_ticker->now() : QDateTime::currentDateTimeUtc();
    const auto addRow = [this](const QString &name, const QString &value, const QString &meaning,
                               const QColor &colour) {
        const int row = m_claims->rowCount();
        m_claims->insertRow(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setForeground(colour);
        QFont bold = nameItem->font();
        bold.setBold(true);
        nameItem->setFont(bold);
        m_claims->setItem(row, 0, nameItem);
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setToolTip(PlainText::toRichText(value));
        m_claims->setItem(row, 1, valueItem);
        m_claims->setItem(row, 2, new QTableWidgetItem(meaning));
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
    m_summary->setText(
        tr("Issued by <b>%1</b> to <b>%2</b> for client %3.")
            .arg(jwt.issuer().toHtmlEscaped(),
                 (jwt.email().isEmpty() ? jwt.subject() : jwt.email()).toHtmlEscaped(),
                 jwt.payload().value(QLatin1String("azp")).toString().toHtmlEscaped()));
    m_roles->setText(
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
    verify();
}

void LoginTokenPane::verify() {
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
    m_verdictLabel->setText(tr("Checking the signature with %1's keys…").arg(m_issuer.host()));
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
    m_verdictLabel->setText(
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
        m_skew->setText(
            qAbs(skew) > 30
                ? QStringLiteral("<span style='color:%1'>&#9888; %2 %3</span>")
                      .arg(statusCss(StatusPalette::Status::Soon, this), text.toHtmlEscaped(),
                           tr("Expiry times shown here may be off by as much.").toHtmlEscaped())
                : text.toHtmlEscaped());
    }
    const Jwt jwt = Jwt::decode(shownToken());
    const auto exp = jwt.expiresAt();
    if (!exp) {
        m_countdown->setText(jwt.isValid() ? tr("No expiry (exp) in this token.") : QString());
        return;
    }
    const QDateTime now = m_ticker ? m_ticker->now() : QDateTime::currentDateTimeUtc();
    const qint64 left = now.secsTo(*exp);
    m_countdown->setText(
        left > 0 ? tr("<b>Expires in %1</b> (at %2)")
                       .arg(TimeFormat::countdown(left), TimeFormat::exact(*exp))
                 : QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                       .arg(statusCss(StatusPalette::Status::Expired, this),
                            tr("Expired %1").arg(TimeFormat::relative(*exp, now)).toHtmlEscaped()));
}
