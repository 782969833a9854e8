#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

// How TokenDesk asks before an action in a message box: window-modal, deleted once closed, the
// action's button named for tests, and a way back (Cancel unless given) as the default button.
namespace ConfirmBox {

struct Button {
    QString text;
    QMessageBox::ButtonRole role;
    QString objectName;
};

// Adds the buttons to `box` and opens it; `confirmed` runs when the user chose `action`
// (nothing else closing the box runs it).
void open(QMessageBox *box, const Button &action, std::function<void()> confirmed,
          const std::optional<Button> &back = std::nullopt);

} // namespace ConfirmBox
