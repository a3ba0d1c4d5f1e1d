// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsError.h"
#include "GoCardsMessages.h"
#include "Job.h"

#include <QPointer>
#include <QStringList>

namespace tempcards {

class GoCardsCallJob;
class GoCardsClient;

// Asks Go Cards which of its orders hold any of these cards (GET /api/v2/orders?externalId=…), 100 ids
// per call, one call after another. For a batch whose fate is unknown: a resend refused after Go Cards
// forgot its key. Orders are answered as their 201 was, whatever the cards' state now.
// A Job: errorCode() is the GoCardsError of the call that failed (None when every call was answered);
// orders() are the distinct orders found, in the order Go Cards named them.
class OrderLookupJob : public Job
{
    Q_OBJECT

public:
    static constexpr int kIdsPerCall = 100;

    OrderLookupJob(GoCardsClient *client, const QStringList &externalIds, QObject *parent = nullptr);
    GoCardsError error() const { return GoCardsError(errorCode()); }
    const QList<GoCardsMessages::OrderResponse> &orders() const { return m_orders; }

private:
    void run() override;
    void abort() override;
    void next();

    GoCardsClient *m_client;
    QStringList m_externalIds;
    int m_done = 0; // ids asked for so far
    QList<GoCardsMessages::OrderResponse> m_orders;
    QPointer<GoCardsCallJob> m_call;
};

} // namespace tempcards
