// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "Session.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

namespace tempcards {

class DispatchBatchJob;

// One run of "Order temporary cards" after Next: places the cards (one transaction) and, with queueing
// off, sends their batch to Go Cards at once. placed() is emitted once the cards exist; finished() once the
// outcome is known. Neither is emitted from start(), retry() or cancel().
class OrderTemporaryCardsJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Queued,        // in processing, waiting for the batch sync
        Ordered,       // Go Cards accepted them
        Failed,        // Go Cards refused them for good; they are failed
        Pending,       // in processing with their batch saved; Go Cards' answer is unknown or not yet given
        Aborted,       // someone aborted every card before the order was sent; nothing was ordered
        Refused,       // not started: permission, process disabled, bad amount; nothing was created
        DatabaseFailed // nothing was created, or the answer could not be stored (see message)
    };

    OrderTemporaryCardsJob(const CoreContext &context, const Session &session, const QVariant &amount,
                           QObject *parent = nullptr);
    void start();
    // After Pending: sends the same batch again, with the same key and body.
    void retry();
    // Stops waiting on Go Cards; the cards stay in processing and the outcome becomes Pending.
    void cancel();

    Outcome outcome() const { return m_outcome; }
    QString message() const { return m_message; }
    QList<qint64> cardIds() const { return m_cardIds; }
    bool isSending() const { return !m_dispatch.isNull(); }

signals:
    void placed();
    void finished();
    void changed(const QList<qint64> &cardIds); // cards were created or changed state

private:
    void begin();
    void dispatch();
    void finish(Outcome outcome, const QString &message);

    CoreContext m_context;
    Session m_session;
    QVariant m_amount;
    qint64 m_batchId = 0;
    QList<qint64> m_cardIds;
    QPointer<DispatchBatchJob> m_dispatch;
    Outcome m_outcome = Outcome::Refused;
    QString m_message;
};

} // namespace tempcards
