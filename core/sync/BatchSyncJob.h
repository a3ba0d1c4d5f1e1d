// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsError.h"
#include "Job.h"

#include <QPointer>
#include <QTimer>

namespace tempcards {

class DispatchBatchJob;
class GoCardsCallJob;

// One run of the batch sync, the same in the client and in tempcards-sync. In order: take the lease (only
// one process runs it on a database; the lease is renewed while the run lasts and expires if the process
// dies); send every unresolved batch again, with its own key and body; turn the queue into batches of at
// most the configured size and send them; follow the events feed to its end; record the outcome for the
// status bar; release the lease. After a batch Go Cards does not answer, no new batch is made in this run.
// A Job: report() says what the run did; errorCode() is its GoCardsError (None when Go Cards was not the
// problem) and errorString() the sentence for the status bar, as in the report.
class BatchSyncJob : public Job
{
    Q_OBJECT

public:
    struct Report
    {
        bool leaseBusy = false; // another process holds the lease; nothing was done
        int batchesSent = 0;
        int cardsOrdered = 0;
        int cardsFailed = 0;
        int eventsApplied = 0;
        int unknownEvents = 0;
        GoCardsError error = GoCardsError::None;
        QString errorString; // in words; empty when the run succeeded
    };
    static inline const QString Actor = QStringLiteral("batch-sync");

    explicit BatchSyncJob(const CoreContext &context, QObject *parent = nullptr);
    const Report &report() const { return m_report; }

signals:
    void changed(const QList<qint64> &cardIds);

private:
    void run() override;
    void abort() override;
    void resendAfter(qint64 batchId);
    void planNext();
    void dispatch(qint64 batchId, const std::function<void()> &next);
    void followEvents();
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
    QTimer m_renewal;
    QPointer<DispatchBatchJob> m_dispatch;
    QPointer<GoCardsCallJob> m_events;
};

} // namespace tempcards
