// SPDX-License-Identifier: Apache-2.0
#include "OrderingService.h"

#include "CardService.h"
#include "Database.h"
#include "OrderTemporaryCardsJob.h"

namespace tempcards {

OrderingService::OrderingService(const CoreContext &context, CardService *cards, QObject *parent)
    : QObject(parent), m_context(context), m_cards(cards)
{}

OrderTemporaryCardsJob *OrderingService::watched(OrderTemporaryCardsJob *job)
{
    if (job)
        connect(job, &OrderTemporaryCardsJob::changed, m_cards, &CardService::noteChanged);
    return job;
}

OrderTemporaryCardsJob *OrderingService::orderTemporaryCards(const Session &session, const QVariant &amount)
{
    return watched(new OrderTemporaryCardsJob(m_context, session, amount));
}

OrderTemporaryCardsJob *OrderingService::retry(const OrderTemporaryCardsJob &pending)
{
    return watched(pending.retry());
}

QFuture<AbortTemporaryCardOrder::Result> OrderingService::abortCards(const Session &session,
                                                                     const QList<qint64> &cardIds)
{
    const CoreContext context = m_context;
    return m_context.database->writer()
        .run([context, session, cardIds](QSqlDatabase &db) {
            return AbortTemporaryCardOrder::abort(db, *context.audit, *context.clock, session, cardIds);
        })
        .then(this, [cards = m_cards](const AbortTemporaryCardOrder::Result &result) {
            if (!result.changed.isEmpty())
                cards->noteChanged(result.changed);
            return result;
        });
}

} // namespace tempcards
