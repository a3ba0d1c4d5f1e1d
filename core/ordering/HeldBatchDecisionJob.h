// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "HeldBatches.h"
#include "Job.h"
#include "SyncLease.h"

#include <QPointer>

namespace tempcards {

class OrderLookupJob;

// Carries out an administrator's decision on one held batch, for the batch sync (which alone may talk to
// Go Cards where each person has a database role). Send again: the batch is no longer held and is sent with
// the others. Fail: Go Cards is asked first whether it holds the cards (OrderLookupJob), since a held batch
// may have reached it. One order holding them is the batch's answer: the cards are ordered, not failed, and
// the audit trail says so. None holding any: the cards fail with the administrator's reason. Anything else,
// or no answer: the batch stays held, with why, and the decision is dropped.
// A Job: outcome() says which; errorString() the sentence for the log and the status bar.
class HeldBatchDecisionJob : public Job
{
    Q_OBJECT

public:
    enum class Outcome { Released, Failed, Ordered, Kept, DatabaseFailed, LeaseLost };

    HeldBatchDecisionJob(const CoreContext &context, const HeldBatch &batch, const QString &actor,
                         QObject *parent = nullptr);
    Outcome outcome() const { return m_outcome; }
    // Carried out under the batch sync's lease: every change is made only while the lease is still `lease`
    // (LeaseLost otherwise, and nothing changed).
    void setLease(const LeaseTicket &lease) { m_lease = lease; }

signals:
    void changed(const QList<qint64> &cardIds);

private:
    void run() override;
    void abort() override;
    void lookUp(const QByteArray &body);
    void keep(const QString &reason);
    void done(Outcome outcome, const QString &message);

    CoreContext m_context;
    HeldBatch m_batch;
    QString m_actor;
    LeaseTicket m_lease;
    Outcome m_outcome = Outcome::Kept;
    QPointer<OrderLookupJob> m_lookup;
};

} // namespace tempcards
