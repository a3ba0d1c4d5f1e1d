// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsError.h"
#include "Job.h"
#include "Session.h"
#include "SyncLease.h"

#include <QPointer>
#include <QTimer>

namespace tempcards {

class DispatchBatchJob;
class HeldBatchDecisionJob;
class ReconcileJob;
class GoCardsCallJob;
class ReminderSendJob;

// One run of the batch sync, the same in the client and in tempcards-sync. In order: take the lease (only
// one process runs it on a database; the lease is renewed while the run lasts and expires if the process
// dies); read Go Cards' order log and settle every batch whose answer is unknown after a restore
// (ReconcileJob), so nothing Go Cards holds is sent again under a new key or aborted; carry out administrators'
// decisions on held batches; send every unresolved batch that is not held again, with its own key and body; turn the
// queue into batches of at most the configured size and send them; follow the events feed to its end; record the
// outcome for the status bar; release the lease. After a batch Go Cards does not answer, no new batch is made in this
// run. The lease fences the run: claiming a batch, making one from the queue and storing an events page each check in
// their own transaction that the lease is still the one this run took, and a renewal that fails (another process took
// over, or the database did not answer) stops the run, so a process paused past its lease sends nothing when it wakes.
// A POST already written before the pause may still arrive: it carries the batch's own key, which Go Cards answers
// once. Last, whatever Go Cards answered, the expiry reminders due are sent through the saved mail server
// (ReminderSendJob, under the same lease; none saved: they are only listed). A Job: report() says what the run did;
// errorCode() is its GoCardsError (None when Go Cards was not the problem) and errorString() the sentence for the
// status bar, as in the report.
class BatchSyncJob : public Job
{
    Q_OBJECT

public:
    struct Report
    {
        bool leaseBusy = false; // another process holds the lease; nothing was done
        bool leaseLost = false; // another process took the lease during the run, which then stopped
        int batchesSent = 0;
        int cardsOrdered = 0;
        int cardsFailed = 0;
        int batchesHeld = 0;            // set aside in this run for an administrator
        int decisionsCarriedOut = 0;    // administrators' decisions on held batches
        bool restoreRecognised = false; // Go Cards holds orders the database does not know as sent
        int answersFound = 0;           // batches whose answer, unknown after a restore, Go Cards gave
        int eventsApplied = 0;
        int unknownEvents = 0;
        int cardsExpired = 0;    // assigned cards past their validity, now expired
        int remindersListed = 0; // expiry reminders that became due today
        QString expiryProblem;   // the expiry pass failed (ordering went on); in words
        int remindersSent = 0;   // expiry reminders the mail server took in this run
        int remindersNotSent = 0;
        QString reminderProblem; // in words: why reminders due were not sent (none when no mail server is set)
        GoCardsError error = GoCardsError::None;
        QString errorString;       // in words; empty when the run succeeded
        bool databaseLost = false; // the run could not begin: the database did not answer
    };
    static inline const QString Actor = Actors::BatchSync;

    explicit BatchSyncJob(const CoreContext &context, QObject *parent = nullptr);
    const Report &report() const { return m_report; }

signals:
    void changed(const QList<qint64> &cardIds);

private:
    void run() override;
    void abort() override;
    void expire();
    void reconcile();
    void decideAfter(qint64 batchId);
    void resendAfter(qint64 batchId);
    void planNext();
    void dispatch(qint64 batchId, const std::function<void()> &next);
    void followEvents();
    void remind();
    void stopped();
    void leaseLost();
    void end(GoCardsError error, const QString &message);
    void finish();

    CoreContext m_context;
    Report m_report;
    QString m_organisationId;
    QString m_productionType;
    QString m_layoutId;
    int m_batchSize = 500;
    QString m_cursor;
    // Cards queued after the run began wait for the next run, so a steady stream of orders at other
    // workstations cannot keep one run dispatching (and holding the lease, and not following production)
    // for ever.
    qint64 m_newestCard = 0;
    bool m_dispatchStopped = false;
    LeaseTicket m_lease;
    QTimer m_renewal;
    QPointer<DispatchBatchJob> m_dispatch;
    QPointer<ReconcileJob> m_reconcile;
    QPointer<HeldBatchDecisionJob> m_decision;
    QPointer<GoCardsCallJob> m_events;
    QPointer<ReminderSendJob> m_reminders;
    bool m_reminded = false;
};

} // namespace tempcards
