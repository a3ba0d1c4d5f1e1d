// SPDX-License-Identifier: Apache-2.0
#include "ProcessCommand.h"

#include "AbortDialog.h"
#include "CardService.h"
#include "InitializeDialog.h"
#include "OrderDialog.h"
#include "OrderingService.h"
#include "RefreshCardJob.h"

namespace tempcards {

ProcessCommand::ProcessCommand(OrderingService *ordering, CardService *cards, const Session &session, ProcessId process,
                               const QList<CardRow> &selected, QWidget *parentWidget)
    : QObject(parentWidget), m_ordering(ordering), m_cardService(cards), m_session(session), m_process(process),
      m_cards(selected), m_parentWidget(parentWidget)
{}

void ProcessCommand::start()
{
    QDialog *dialog = nullptr;
    switch (m_process) {
    case ProcessId::OrderTemporaryCards: {
        auto *order = new OrderDialog(m_ordering, m_session, m_parentWidget);
        connect(order, &OrderDialog::succeeded, this, &ProcessCommand::succeeded);
        dialog = order;
        break;
    }
    case ProcessId::AbortTemporaryCardOrder: {
        auto *abort = new AbortDialog(m_ordering, m_session, m_cards, m_parentWidget);
        connect(abort, &AbortDialog::succeeded, this, &ProcessCommand::succeeded);
        dialog = abort;
        break;
    }
    case ProcessId::InitializeTemporaryCard: {
        if (m_cards.size() != 1)
            return deleteLater();
        auto *initialize = new InitializeDialog(m_cardService, m_session, m_cards.first(), m_parentWidget);
        connect(initialize, &InitializeDialog::succeeded, this, &ProcessCommand::succeeded);
        dialog = initialize;
        break;
    }
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, &QObject::deleteLater);
    dialog->open();
}

RefreshCardCommand::RefreshCardCommand(CardService *cards, const Session &session, qint64 cardId, QObject *parent)
    : QObject(parent), m_cardService(cards), m_session(session), m_cardId(cardId)
{}

void RefreshCardCommand::start()
{
    RefreshCardJob *job = m_cardService->refresh(m_session, m_cardId);
    job->setParent(this);
    connect(job, &RefreshCardJob::finished, this, [this, job] {
        emit done(job->message());
        deleteLater();
    });
    job->start();
}

} // namespace tempcards
