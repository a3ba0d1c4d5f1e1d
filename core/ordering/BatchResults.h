// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsMessages.h"
#include "SyncLease.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace tempcards {

struct CoreContext;

// Go Cards' answer to an order batch, applied to the batch and its cards in one transaction each. Given the
// batch sync's lease, each applies only while the lease is still that ticket's (leaseLost otherwise).
class BatchResults
{
public:
    struct Applied
    {
        QString problem;        // database failure: nothing changed
        QString mismatch;       // the answer does not match the batch: nothing changed
        bool leaseLost = false; // applied under a batch sync's lease that is no longer its: nothing changed
        QList<qint64> changed;
    };
    // Every card of the batch must be in the answer, and nothing else; then they become ordered. `how` is
    // added to the audit record when the answer came another way than as the POST's own.
    static Applied accepted(const QSqlDatabase &db, const CoreContext &context, qint64 batchId, const QString &actor,
                            const GoCardsMessages::OrderResponse &response, const QString &how = {},
                            const LeaseTicket &lease = {});
    // Go Cards refused the batch (so it holds nothing under the batch's key), yet holds some of its cards in
    // `orders`, made under other keys: after a restore from a backup, those cards were ordered before. They
    // become ordered with Go Cards' ids; the others go back to the queue, to be sent in a batch of their own;
    // the batch is resolved as refused with what happened. `changed`: the cards ordered.
    static Applied adopted(const QSqlDatabase &db, const CoreContext &context, qint64 batchId, const QString &actor,
                           const QList<GoCardsMessages::OrderResponse> &orders, const QString &how,
                           const LeaseTicket &lease = {});
    // A permanent refusal: the batch's cards become failed with the reason.
    static Applied refused(const QSqlDatabase &db, const CoreContext &context, qint64 batchId, const QString &actor,
                           const QString &reason, const LeaseTicket &lease = {});
};

} // namespace tempcards
