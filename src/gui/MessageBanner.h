#pragma once

#include <QLabel>

// The one inline message of TokenDesk's windows: information, success, a warning or an error,
// in the status palette's colours with a sign that does not rely on colour ("⚠", "✖"), text
// selectable so it can be copied into a report. Plain text unless the caller says the text is
// its own rich text; anything a server or a token said stays plain. Bound to a Session, it
// belongs to the tenant and user it was raised under and goes when they change.
class MessageBanner : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);

    // Clears the banner whenever the session's tenant or user changes. (In the header, so that
    // the banner's own code needs no Session: the login window is shown before one exists.)
    template <typename SessionType> void bindTo(SessionType *session) {
        connect(session, &SessionType::identityChanged, this, &MessageBanner::clear);
    }

    // Shows `text` (hides the banner when it is empty).
    void showMessage(const QString &text, Kind kind, Qt::TextFormat format = Qt::PlainText);
    void showInfo(const QString &text) { showMessage(text, Kind::Info); }
    void showSuccess(const QString &text) { showMessage(text, Kind::Success); }
    void showWarning(const QString &text) { showMessage(text, Kind::Warning); }
    void showError(const QString &text) { showMessage(text, Kind::Error); }
    void clear();

    Kind kind() const { return m_kind; }
    // What the banner says now; empty while hidden.
    QString message() const { return isHidden() ? QString() : text(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    Kind m_kind = Kind::Info;
};
