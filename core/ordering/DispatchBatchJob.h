// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsError.h"
#include "GoCardsMessages.h"
#include "Job.h"
#include "SyncLease.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace tempcards {

class GoCardsRequestJob;
class GoCardsTokenJob;

// Sends one committed order batch to Go Cards and applies the answer. Every attempt reuses the batch's
// idempotency key and body; before each POST the batch is marked sent and claimed for this process
// (committed), which succeeds only while nobody else holds it and its key is the one read (an abort may
// have rebuilt a batch that was never sent: then it is read again). Transient failures are retried with
// backoff inside the policy; invalid_token logs in again once; a permanent refusal fails the cards;
// anything else leaves the batch unresolved, cards in processing, for a later run. A refusal of a batch
// that may already be at Go Cards (sent before) is not taken as final: Go Cards may have forgotten the key
// after its 24 hours and refused the cards as already ordered, so it is asked which orders hold them
// (OrderLookupJob); its own order is applied as the answer, and only when none holds any card do they fail.
// An answer that sending the same key and body again cannot change (HeldBatches::concerns) holds the batch,
// so it no longer blocks the others.
// A Job: result() says what became of the batch; errorCode() is the GoCardsError of the last attempt
// (None when Go Cards was not the problem), errorString() the sentence for either.
class DispatchBatchJob : public Job
{
    Q_OBJECT

public:
    enum class Result {
        Accepted,       // the cards are ordered
        Refused,        // the cards are failed
        Unresolved,     // try again later; see error()
        Busy,           // another process is sending this batch right now
        Emptied,        // every card was aborted before anything was sent; nothing to do
        DatabaseFailed, // see errorString()
        LeaseLost,      // sent under the batch sync's lease, which another process has taken since: nothing sent
        Held,           // Go Cards answered in a way sending again cannot change: set aside for an administrator
        Adopted,        // refused, but Go Cards holds some of its cards from orders made before (a restored
                        // database): those are ordered (adoptedCount()), the others queued again
    };

    DispatchBatchJob(const CoreContext &context, qint64 batchId, const QString &actor, const RetryPolicy &policy,
                     QObject *parent = nullptr);
    // Sends only while the batch sync's lease is still `lease` (checked in the transaction that claims the
    // batch before each POST). Without it the batch is sent at once for a workstation, fenced by its claim.
    void setLease(const LeaseTicket &lease) { m_lease = lease; }
    // cancel() stops waiting and retrying. A POST already on the wire is aborted; Go Cards may still have
    // received it, so the batch stays unresolved and is sent again, with the same key, later.

    Result result() const { return m_result; }
    GoCardsError error() const { return GoCardsError(errorCode()); }
    int attempts() const { return m_attempts; }
    int cardCount() const { return m_cardCount; }
    int adoptedCount() const { return m_adoptedCount; }
    QString goCardsOrderId() const { return m_orderId; }

signals:
    // Cards changed state in a committed transaction; views may refresh them.
    void changed(const QList<qint64> &cardIds);

private:
    void run() override;
    void abort() override;
    void load();
    void attempt();
    void post(const QString &token);
    void onPosted(GoCardsRequestJob *request, const QString &token);
    void accept(const GoCardsMessages::OrderResponse &response, const QString &how);
    void refuse(const QString &reason);
    void lookUp(const QString &refusal);
    void adopt(const QList<GoCardsMessages::OrderResponse> &orders, const QString &refusal);
    // `answered`: Go Cards answered this batch (not the token, not the connection), so a final error that
    // concerns the batch holds it.
    void fail(GoCardsError error, const QString &message, int retryAfterSeconds, bool answered = false);
    void hold(GoCardsError error, const QString &message);
    void finish(Result result, GoCardsError error, const QString &message);

    CoreContext m_context;
    qint64 m_batchId;
    QString m_actor;
    RetryPolicy m_policy;
    LeaseTicket m_lease;
    QString m_key;
    QByteArray m_body;
    int m_attempts = 0; // POSTs sent in this run
    int m_failures = 0;
    int m_reloads = 0;
    int m_cardCount = 0;
    int m_adoptedCount = 0;
    bool m_claimed = false;
    bool m_reauthenticated = false;
    bool m_applying = false; // an answer is being committed; its result is reported even after cancel()
    QElapsedTimer m_elapsed;
    QTimer m_retryTimer;
    QPointer<GoCardsTokenJob> m_tokenJob;
    QPointer<GoCardsRequestJob> m_request;
    QPointer<Job> m_lookup;
    Result m_result = Result::Unresolved;
    QString m_orderId;
};

} // namespace tempcards
