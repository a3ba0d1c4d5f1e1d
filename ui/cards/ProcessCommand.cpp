// SPDX-License-Identifier: Apache-2.0
#include "ProcessCommand.h"

#include "CardService.h"
#include "ProcessUi.h"
#include "RefreshCardJob.h"

#include <QDialog>

namespace tempcards {

ProcessCommand::ProcessCommand(const ProcessUi::Services &services, const Session &session, ProcessId process,
                               const QList<CardRow> &selected, QWidget *parentWidget)
    : QObject(parentWidget), m_services(services), m_session(session), m_process(process), m_cards(selected),
      m_parentWidget(parentWidget)
{}

void ProcessCommand::start()
{
    QDialog *dialog =
        ProcessUi::newDialog(m_process, {m_services, m_session, m_cards, m_amount, m_person, m_parentWidget}, this);
    if (!dialog)
        return deleteLater();
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
