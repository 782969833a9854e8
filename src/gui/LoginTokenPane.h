#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

// The Login token pane: the three parts of the current login JWT and what they say.
// Signature verification and the full claims table come with the inspector.
class LoginTokenPane : public QWidget
{
    Q_OBJECT
public:
    explicit LoginTokenPane(QWidget *parent = nullptr);

    void setToken(const QByteArray &token);
    void setApiRole(const QString &role);

private:
    void render();

    QByteArray m_token;
    QString m_apiRole;
    QTextBrowser *m_raw;
    QPlainTextEdit *m_header;
    QPlainTextEdit *m_payload;
    QLabel *m_summary;
};
