// SPDX-License-Identifier: Apache-2.0
#include "AbortDialog.h"
#include "DialogParts.h"

#include "OrderingService.h"
#include "Processes.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

AbortDialog::AbortDialog(OrderingService *ordering, const Session &session, const QList<CardRow> &cards,
                         QWidget *parent)
    : QDialog(parent), m_ordering(ordering), m_session(session), m_cards(cards)
{
    setObjectName(QStringLiteral("abortDialog"));
    setWindowTitle(Processes::displayName(ProcessId::AbortTemporaryCardOrder));
    auto *question = new QLabel(tr("Abort the order of these temporary cards? Aborted cards are never ordered "
                                   "from Nexus GO Cards."),
                                this);
    question->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cardsListWidget"));
    m_list->setAccessibleName(tr("Cards to abort"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const CardRow &card : cards)
        m_list->addItem(tr("Card %1").arg(card.id));
    m_message = DialogParts::messageLabel(this);

    auto *buttons = new QDialogButtonBox(this);
    m_next = buttons->addButton(tr("&Next"), QDialogButtonBox::AcceptRole);
    m_next->setObjectName(QStringLiteral("nextPushButton"));
    m_next->setDefault(true);
    m_cancel = buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_close = buttons->addButton(tr("C&lose"), QDialogButtonBox::ActionRole);
    m_close->setObjectName(QStringLiteral("closePushButton"));
    m_close->hide(); // only after the last addButton(), which shows every button again
    for (QPushButton *button : {m_next, m_cancel, m_close})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    connect(m_next, &QPushButton::clicked, this, &AbortDialog::next);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(460, 320);
    DialogParts::describe(
        this,
        {
            {QStringLiteral("cardsListWidget"), tr("The selected cards, and after Next whether each was aborted")},
            {QStringLiteral("nextPushButton"), tr("Abort the order of the cards listed (Enter)")},
            {QStringLiteral("cancelPushButton"), tr("Close without aborting anything (Esc)")},
            {QStringLiteral("closePushButton"), tr("Close this dialog")},
        });
}

void AbortDialog::next()
{
    if (!m_next->isEnabled())
        return;
    m_next->setEnabled(false);
    QList<qint64> ids;
    for (const CardRow &card : std::as_const(m_cards))
        ids << card.id;
    m_ordering->abortCards(m_session, ids).then(this, [this](const AbortTemporaryCardOrder::Result &result) {
        DialogParts::say(m_message, result.message);
        if (result.mayTryAgain) {
            m_next->setEnabled(true); // nothing was saved: Next aborts the same cards once the database is back
            return;
        }
        m_next->hide();
        m_cancel->hide();
        m_close->show();
        m_close->setDefault(true);
        m_close->setFocus();
        if (!result.started)
            return;
        m_list->clear();
        for (const auto &card : result.cards) {
            auto *item =
                new QListWidgetItem(card.aborted ? tr("Card %1: aborted").arg(card.cardId)
                                                 : tr("Card %1: not aborted. %2").arg(card.cardId).arg(card.reason),
                                    m_list);
            item->setData(Qt::UserRole, card.aborted);
        }
        if (!result.changed.isEmpty())
            emit succeeded(result.message);
    });
}

} // namespace tempcards
