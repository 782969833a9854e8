#include "LoginTokenPane.h"

#include "Jwt.h"
#include "TimeFormat.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>

namespace {
// Same hues as the usual JWT colouring: header red, payload purple, signature blue.
const char *const HeaderColour = "#d63aff";
const char *const PayloadColour = "#8a47d6";
const char *const SignatureColour = "#00a0b4";
} // namespace

LoginTokenPane::LoginTokenPane(QWidget *parent)
    : QWidget(parent)
    , m_raw(new QTextBrowser(this))
    , m_header(new QPlainTextEdit(this))
    , m_payload(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("loginTokenPane"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_raw->setObjectName(QStringLiteral("rawToken"));
    m_raw->setAccessibleName(tr("Encoded login token"));
    m_raw->setFont(mono);
    m_raw->setMaximumHeight(120);
    for (QPlainTextEdit *edit : {m_header, m_payload}) {
        edit->setReadOnly(true);
        edit->setFont(mono);
    }
    m_header->setObjectName(QStringLiteral("decodedHeader"));
    m_header->setAccessibleName(tr("Decoded header"));
    m_payload->setObjectName(QStringLiteral("decodedPayload"));
    m_payload->setAccessibleName(tr("Decoded payload"));
    m_summary->setObjectName(QStringLiteral("tokenSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Login token</h2>"), this), 0, 0, 1, 2);
    layout->addWidget(m_summary, 1, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Encoded"), this), 2, 0, 1, 2);
    layout->addWidget(m_raw, 3, 0, 1, 2);
    layout->addWidget(new QLabel(QStringLiteral("<b style='color:%1'>%2</b>")
                                     .arg(QLatin1String(HeaderColour), tr("Header")),
                                 this),
                      4, 0);
    layout->addWidget(new QLabel(QStringLiteral("<b style='color:%1'>%2</b>")
                                     .arg(QLatin1String(PayloadColour), tr("Payload (claims)")),
                                 this),
                      4, 1);
    layout->addWidget(m_header, 5, 0);
    layout->addWidget(m_payload, 5, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(5, 1);
    render();
}

void LoginTokenPane::setToken(const QByteArray &token)
{
    m_token = token;
    render();
}

void LoginTokenPane::setApiRole(const QString &role)
{
    m_apiRole = role;
    render();
}

void LoginTokenPane::render()
{
    const Jwt jwt = Jwt::decode(m_token);
    if (!jwt.isValid()) {
        m_raw->clear();
        m_header->clear();
        m_payload->clear();
        m_summary->setText(m_token.isEmpty() ? tr("No login token: sign in to see it here.")
                                             : jwt.error());
        return;
    }
    const QList<QByteArray> parts = jwt.rawParts();
    m_raw->setHtml(QStringLiteral("<span style='color:%1'>%2</span>.<span style='color:%3'>%4</span>."
                                  "<span style='color:%5'>%6</span>")
                       .arg(QLatin1String(HeaderColour), QString::fromLatin1(parts.at(0)),
                            QLatin1String(PayloadColour), QString::fromLatin1(parts.at(1)),
                            QLatin1String(SignatureColour), QString::fromLatin1(parts.at(2))));
    m_header->setPlainText(QString::fromUtf8(QJsonDocument(jwt.header()).toJson(QJsonDocument::Indented)));
    m_payload->setPlainText(QString::fromUtf8(QJsonDocument(jwt.payload()).toJson(QJsonDocument::Indented)));
    QString expiry;
    if (const auto exp = jwt.expiresAt())
        expiry = tr("Expires %1 (%2).").arg(TimeFormat::exact(*exp),
                                            TimeFormat::relative(*exp, QDateTime::currentDateTimeUtc()));
    const QStringList roles = jwt.realmRoles();
    m_summary->setText(tr("Issued by %1 to %2, algorithm %3. %4<br>Roles in the token: %5 · "
                          "role reported by the API: %6")
                           .arg(jwt.issuer().toHtmlEscaped(),
                                (jwt.email().isEmpty() ? jwt.subject() : jwt.email()).toHtmlEscaped(),
                                jwt.algorithm().toHtmlEscaped(), expiry,
                                roles.isEmpty() ? tr("none") : roles.join(QStringLiteral(", ")).toHtmlEscaped(),
                                m_apiRole.isEmpty() ? tr("unknown") : m_apiRole.toHtmlEscaped()));
}
