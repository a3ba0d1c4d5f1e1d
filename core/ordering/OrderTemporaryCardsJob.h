// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "HandOver.h"
#include "Job.h"
#include "Session.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QVariant>

namespace tempcards {

class DispatchBatchJob;

// One run of "Order temporary cards" after Next: places the cards (one transaction) and, with queueing
// off, sends their batch to Go Cards at once. placed() is emitted once the cards exist, never from start().
// A Job: result() says what became of the cards, message() says it in words; errorCode() is the Result
// for the runs that did not succeed (Failed and after), 0 otherwise.
class OrderTemporaryCardsJob : public Job
{
    Q_OBJECT

public:
    enum class Result {
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
    // After Pending: a new job that sends the same batch again, with the same key and body, for the same
    // cards (no placed() then). The caller owns it and starts it. Null for any other result. The windows use
    // OrderingService::retry(), which also reports the new job's changes to the card views.
    OrderTemporaryCardsJob *retry(QObject *parent = nullptr) const;
    // cancel() stops waiting on Go Cards; the cards stay in processing and the result becomes Pending.

    Result result() const { return m_result; }
    QString message() const { return m_message; }
    QList<qint64> cardIds() const { return m_cardIds; }
    // DatabaseFailed because the connection to the database was lost before anything was saved: the same
    // order may simply be placed again (by a new job) once the database answers.
    bool mayTryAgain() const { return m_mayTryAgain; }
    bool isSending() const { return !m_dispatch.isNull() || m_handedAt.isValid(); }

    // How long Next waits for a dispatcher to send an order handed over, at most.
    static constexpr int kHandOverMs = HandOver::kWaitMs;

signals:
    void placed();
    void changed(const QList<qint64> &cardIds); // cards were created or changed state

private:
    void run() override;
    void abort() override;
    void dispatch();
    // PostgreSQL with login roles: the batch sync sends it (HandOver); watched until answered or kHandOverMs.
    void handOver();
    void watchHandOver();
    void finish(Result result, const QString &message);

    CoreContext m_context;
    Session m_session;
    QVariant m_amount;
    qint64 m_batchId = 0;
    QList<qint64> m_cardIds;
    QPointer<DispatchBatchJob> m_dispatch;
    QTimer m_watch;           // handOver(): the next look at the batch
    QElapsedTimer m_handedAt; // handOver(): since the notification
    Result m_result = Result::Refused;
    bool m_mayTryAgain = false;
    QString m_message;
};

} // namespace tempcards
