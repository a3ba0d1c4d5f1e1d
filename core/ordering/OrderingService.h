// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AbortTemporaryCardOrder.h"
#include "CoreContext.h"

#include <QFuture>
#include <QObject>
#include <QVariant>

namespace tempcards {

class CardService;
class OrderTemporaryCardsJob;
struct Session;

// Ordering as the windows see it: "Order temporary cards" (and its Try again) and "Abort temporary card
// order". Every change they commit is reported to the card service, so the card views follow. Lives on the
// GUI thread; the context's objects and the card service outlive it.
class OrderingService : public QObject
{
    Q_OBJECT

public:
    OrderingService(const CoreContext &context, CardService *cards, QObject *parent = nullptr);

    // New, unstarted jobs owned by the caller. retry() is for a job that ended Pending: it sends the same
    // batch again (OrderTemporaryCardsJob::retry()); null for any other.
    OrderTemporaryCardsJob *orderTemporaryCards(const Session &session, const QVariant &amount);
    OrderTemporaryCardsJob *retry(const OrderTemporaryCardsJob &pending);
    QFuture<AbortTemporaryCardOrder::Result> abortCards(const Session &session, const QList<qint64> &cardIds);

private:
    OrderTemporaryCardsJob *watched(OrderTemporaryCardsJob *job);

    CoreContext m_context;
    CardService *m_cards;
};

} // namespace tempcards
