// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsError.h"
#include "Job.h"
#include "OrderLog.h"

#include <QPointer>

namespace tempcards {

class OrderLogJob;
class OrderLookupJob;

// The first step of a batch sync run, before anything is aborted or sent again: while any batch is
// unresolved, reads Go Cards' order log since the newest order read before and compares it with the
// database (OrderLog::examine). When Go Cards
// holds orders the database does not know as sent (restored from a backup), every unresolved batch waits
// for Go Cards' word, asked batch by batch (GET /api/v2/orders?externalId=…) and applied (OrderLog::settle).
// The database's steps are fenced by `lease`, as the run's others are.
// A Job: errorCode() is the GoCardsError that stopped it (None otherwise); errorString() says why in words.
// leaseLost() tells a lost lease from other failures; report() what was found and settled.
class ReconcileJob : public Job
{
    Q_OBJECT

public:
    struct Report
    {
        OrderLog::Findings findings;
        int accepted = 0; // batches Go Cards turned out to hold
        int adopted = 0;  // batches some of whose cards Go Cards holds from orders made before
    };

    ReconcileJob(const CoreContext &context, const LeaseTicket &lease, const QString &actor, QObject *parent = nullptr);
    GoCardsError error() const { return GoCardsError(errorCode()); }
    bool leaseLost() const { return m_leaseLost; }
    const Report &report() const { return m_report; }

signals:
    void changed(const QList<qint64> &cardIds);

private:
    void run() override;
    void abort() override;
    void readLog(const OrderLog::Position &position);
    void examine(const QList<GoCardsMessages::OrderResponse> &orders);
    void settleNext();

    CoreContext m_context;
    LeaseTicket m_lease;
    QString m_actor;
    Report m_report;
    bool m_leaseLost = false;
    QList<qint64> m_waiting;
    QPointer<OrderLogJob> m_log;
    QPointer<OrderLookupJob> m_lookup;
};

} // namespace tempcards
