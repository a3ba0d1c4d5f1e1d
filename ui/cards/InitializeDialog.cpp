// SPDX-License-Identifier: Apache-2.0
#include "InitializeDialog.h"
#include "DialogParts.h"

#include "CardService.h"
#include "Processes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

InitializeDialog::InitializeDialog(CardService *cards, const Session &session, const CardRow &card, QWidget *parent)
    : QDialog(parent), m_cards(cards), m_session(session), m_card(card)
{
    setObjectName(QStringLiteral("initializeDialog"));
    setWindowTitle(Processes::displayName(ProcessId::InitializeTemporaryCard));
    m_uid = new QLineEdit(card.reportUid, this);
    m_uid->setObjectName(QStringLiteral("chipUidLineEdit"));
    m_uid->setAccessibleName(tr("Chip UID"));
    m_uid->setAccessibleDescription(tr("The UID of the card's chip, as hexadecimal digits"));
    auto *uidLabel = new QLabel(tr("Chip &UID:"), this);
    uidLabel->setBuddy(m_uid);
    auto *hint = new QLabel(card.reportUid.isEmpty()
                                ? tr("Nexus GO Cards reported no UID for this card. Read it from the card with your "
                                     "card reader.")
                                : tr("Nexus GO Cards reported this UID. Check it against the card, or read it with "
                                     "your card reader."),
                            this);
    hint->setWordWrap(true);
    m_message = DialogParts::messageLabel(this);

    auto *buttons = new QDialogButtonBox(this);
    m_next = buttons->addButton(tr("&Next"), QDialogButtonBox::AcceptRole);
    m_next->setObjectName(QStringLiteral("nextPushButton"));
    m_next->setAccessibleName(tr("Next"));
    m_next->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelPushButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_next, &QPushButton::clicked, this, &InitializeDialog::next);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Card:"), new QLabel(QString::number(card.id), this));
    form->addRow(tr("Go Cards card id:"), new QLabel(card.goCardsCardId, this));
    form->addRow(uidLabel, m_uid);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    DialogParts::describe(this,
                          {
                              {QStringLiteral("nextPushButton"), tr("Initialize the card with this chip UID (Enter)")},
                              {QStringLiteral("cancelPushButton"), tr("Close without initializing the card (Esc)")},
                          });
}

void InitializeDialog::next()
{
    if (!m_next->isEnabled())
        return;
    m_next->setEnabled(false);
    m_cards->initialize(m_session, m_card.id, m_uid->text())
        .then(this, [this](const InitializeTemporaryCard::Result &result) {
            m_next->setEnabled(true);
            if (result.ok) {
                emit succeeded(result.message);
                accept();
                return;
            }
            m_message->setText(result.message);
            m_message->show();
            adjustSize();
            m_uid->setFocus();
        });
}

} // namespace tempcards
