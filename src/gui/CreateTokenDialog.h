#pragma once

#include "ApiTypes.h"
#include "TenantProfile.h"

#include <QDialog>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Ui {
class CreateTokenDialog;
}
class AccessTokenService;
class ExpiryPolicy;
class QButtonGroup;
class QPushButton;
class QRadioButton;

// "Create token": a name and an expiry picker (7 / 30 / 90 days, each with its resulting local
// date; a custom date on a calendar; "No expiration"), default 30 days, bounded by the tenant's
// cap, which the dialog explains. Sends createAccessToken through the service; on success it is
// accepted and takeCreated() hands over the new token and its value, once. A create in flight
// cannot be recalled: while "Creating…" the dialog stays (Cancel and Esc become "Close when
// done", which closes it once the answer is in: a new token is still revealed, a failure is
// left in errorText() for the pane to show), and createAccessToken is never sent twice.
class CreateTokenDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Days7, Days30, Days90, Custom, Never };
    using Clock = std::function<QDateTime()>;

    explicit CreateTokenDialog(AccessTokenService *service, QWidget *parent = nullptr);
    ~CreateTokenDialog() override;

    void setClock(Clock clock);
    // What a token may do depends on the platform generation: the note says which applies.
    void setGeneration(TenantProfile::Generation generation);
    void setTimeZone(const QTimeZone &zone);
    // Applies a cap (normally read from the server when the dialog opens).
    void setMaxExpiryDays(std::optional<int> days);
    // Reads the cap from the server (connectors…maxExpiryDays).
    void fetchMaxExpiryDays();

    void setDescription(const QString &description);
    void choose(Choice choice);
    Choice choice() const;
    bool chooseCustomDate(const QDate &date); // false if the date cannot be chosen
    // What would be sent now: empty = no expiration.
    std::optional<QDateTime> expiresAt() const;
    ExpiryPolicy policy() const;

    CreatedAccessToken takeCreated();
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    // "Close when done" was pressed while the create was in flight.
    bool closesWhenDone() const { return m_closeWhenDone; }

public Q_SLOTS:
    void refresh();
    void accept() override;
    // While a create is in flight: closes the dialog once the answer is in, not now.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBusy(bool busy, const QString &text = {});
    // Weekends and the navigation arrows in the palette's colours (light or dark).
    void applyCalendarColours();

    Ui::CreateTokenDialog *m_ui;
    AccessTokenService *m_service;
    Clock m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::optional<int> m_maxExpiryDays;
    bool m_capKnown = false;
    bool m_busy = false;
    bool m_closeWhenDone = false;
    bool m_updating = false;
    std::optional<CreatedAccessToken> m_created;

    QButtonGroup *m_group;
    QRadioButton *m_radios[5];
    QPushButton *m_create;
    QPushButton *m_cancel;
    QString m_cancelText;
};
