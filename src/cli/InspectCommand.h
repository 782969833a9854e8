#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

// `tokendesk-cli inspect`: decodes a JWT (from an argument or stdin; whitespace and a leading
// "Bearer " stripped), verifies its signature against --jwks FILE|URL or the keys of --issuer
// (OIDC discovery), and prints one JSON object. Exit code 0 verified (even when expired),
// 1 decoded but not verified, 2 malformed input or bad usage.
class InspectCommand : public QObject {
    Q_OBJECT
public:
    struct Options {
        QByteArray token;
        QString jwks; // a file path or an http(s) URL
        QUrl issuer;  // discovery → jwks_uri
        std::optional<QDateTime> now;
    };

    // Parses the arguments after "inspect". On a usage error returns std::nullopt and sets *error.
    static std::optional<Options> parse(const QStringList &arguments, QString *error);
    static QString helpText();

    InspectCommand(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Runs; calls back once with the exit code, after printing (to the given writers).
    using Writer = std::function<void(const QByteArray &)>;
    void run(const Options &options, Writer out, Writer err, std::function<void(int)> done);

private:
    void fetchKeys(const QUrl &url, std::function<void(const QByteArray &, const QString &)> done);

    QNetworkAccessManager *m_network;
};
