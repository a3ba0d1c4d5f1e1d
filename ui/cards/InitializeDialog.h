// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tempcards {

class CardService;

// "Initialize temporary card" on a produced card: the operator confirms the chip UID (prefilled from what
// Nexus GO Cards reported, or read with a card reader into the field), Next (Enter) or Cancel (Esc). A UID
// that does not match the report is refused and explained in the dialog. succeeded() precedes closing.
class InitializeDialog : public QDialog
{
    Q_OBJECT

public:
    // The card service outlives the dialog.
    InitializeDialog(CardService *cards, const Session &session, const CardRow &card, QWidget *parent = nullptr);

signals:
    void succeeded(const QString &message);

private:
    void next();

    CardService *m_cards;
    Session m_session;
    CardRow m_card;
    QLineEdit *m_uid;
    QLabel *m_message;
    QPushButton *m_next;
};

} // namespace tempcards
