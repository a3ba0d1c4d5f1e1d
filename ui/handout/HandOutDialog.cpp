// SPDX-License-Identifier: Apache-2.0
#include "HandOutDialog.h"

#include "DialogParts.h"
#include "HandOutService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

namespace {

QString describeCard(const CardRow &card)
{
    QString text = HandOutDialog::tr("Card %1").arg(card.id);
    if (!card.goCardsCardId.isEmpty())
        text += QStringLiteral(" (%1)").arg(card.goCardsCardId);
    text += QStringLiteral(", ") + CardStates::displayName(card.state);
    if (card.validUntil.isValid())
        text += HandOutDialog::tr(", valid until %1").arg(DialogParts::shortTime(card.validUntil));
    return text;
}

} // namespace

HandOutDialog::HandOutDialog(ProcessId process, HandOutService *handOut, const Session &session,
                             const QList<CardRow> &cards, QWidget *parent)
    : QDialog(parent), m_handOut(handOut), m_session(session), m_cards(cards)
{
    setWindowTitle(Processes::displayName(process));
    m_summary = DialogParts::spokenLabel(this, "cardsLabel");
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleDescription(tr("The cards this process is for"));
    showCards(cards);
    m_fields = new QVBoxLayout;
    m_message = DialogParts::messageLabel(this);
    m_buttons = DialogParts::buttons(this, tr("&Next"), QStringLiteral("nextPushButton"), tr("Next"), &m_next);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_next->isEnabled())
            next();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_fields, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

void HandOutDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_tabOrdered) {
        m_tabOrdered = true;
        DialogParts::tabToButtonsLast(m_buttons);
    }
}

void HandOutDialog::showCards(const QList<CardRow> &cards)
{
    m_cards = cards;
    QStringList lines;
    for (const CardRow &card : cards)
        lines << describeCard(card);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setAccessibleDescription(m_summary->text());
    m_summary->setVisible(!cards.isEmpty());
}

QList<qint64> HandOutDialog::cardIds() const
{
    QList<qint64> ids;
    for (const CardRow &card : m_cards)
        ids << card.id;
    return ids;
}

void HandOutDialog::run(QFuture<CardHandOut::Result> future)
{
    m_next->setEnabled(false);
    future.then(this, [this](const CardHandOut::Result &result) {
        m_next->setEnabled(true);
        if (result.ok) {
            emit succeeded(result.message);
            accept();
            return;
        }
        DialogParts::say(m_message, result.message);
    });
}

} // namespace tempcards
