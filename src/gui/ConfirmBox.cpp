#include "ConfirmBox.h"

#include <QPushButton>

void ConfirmBox::open(QMessageBox *box, const Button &action, std::function<void()> confirmed,
                      const std::optional<Button> &back) {
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(action.text, action.role);
    go->setObjectName(action.objectName);
    QPushButton *stay = nullptr;
    if (back) {
        stay = box->addButton(back->text, back->role);
        stay->setObjectName(back->objectName);
    } else {
        stay = box->addButton(QMessageBox::Cancel);
    }
    box->setDefaultButton(stay);
    QObject::connect(box, &QMessageBox::finished, box, [box, go, confirmed = std::move(confirmed)] {
        if (box->clickedButton() == go)
            confirmed();
    });
    box->open();
}
