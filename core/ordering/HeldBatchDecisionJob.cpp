// SPDX-License-Identifier: Apache-2.0
#include "HeldBatchDecisionJob.h"

#include "AuditLog.h"
#include "BatchResults.h"
#include "Clock.h"
#include "Database.h"
#include "GoCardsMessages.h"
#include "OrderBatchStore.h"
#include "OrderLookupJob.h"

namespace tempcards {

HeldBatchDecisionJob::HeldBatchDecisionJob(const CoreContext &context, const HeldBatch &batch, const QString &actor,
                                           QObject *parent)
    : Job(parent), m_context(context), m_batch(batch), m_actor(actor)
{}

void HeldBatchDecisionJob::run()
{
    const CoreContext context = m_context;
    const qint64 id = m_batch.id;
    const QString actor = m_actor;
    const LeaseTicket lease = m_lease;
    if (m_batch.decision == HeldBatch::Decision::SendAgain) {
        m_context.database->writer()
            .run([context, id, actor, lease](QSqlDatabase &db) -> std::optional<QString> {
                try {
                    WriteTransaction transaction(db);
                    if (SyncLease::lost(db, lease, context.clock->nowUtc()))
                        return std::nullopt;
                    HeldBatches::release(db, *context.audit, id, QStringLiteral("sent again"), actor);
                    transaction.commit();
                    return QString();
                } catch (const DatabaseError &error) {
                    return error.userMessage();
                }
            })
            .then(this, [this](const std::optional<QString> &problem) {
                if (!problem)
                    return done(Outcome::LeaseLost, {});
                if (!problem->isEmpty())
                    return done(Outcome::DatabaseFailed, *problem);
                done(Outcome::Released, {});
            });
        return;
    }
    m_context.database->writer()
        .run([id](QSqlDatabase &db) {
            try {
                const auto batch = OrderBatchStore::load(db, id);
                return batch ? batch->body : QByteArray();
            } catch (const DatabaseError &) {
                return QByteArray();
            }
        })
        .then(this, [this](const QByteArray &body) {
            if (body.isEmpty())
                return done(Outcome::DatabaseFailed, tr("The held order could not be read; see the log."));
            lookUp(body);
        });
}

void HeldBatchDecisionJob::lookUp(const QByteArray &body)
{
    auto *job = new OrderLookupJob(m_context.goCards, GoCardsMessages::orderExternalIds(body), this);
    m_lookup = job;
    connect(job, &OrderLookupJob::finished, this, [this, job] {
        job->deleteLater();
        if (isCancelRequested())
            return;
        if (job->error() != GoCardsError::None)
            return keep(tr("Not failed, because Nexus GO Cards could not say whether it holds the cards: %1")
                            .arg(job->errorString()));
        const QList<GoCardsMessages::OrderResponse> orders = job->orders();
        const CoreContext context = m_context;
        const qint64 id = m_batch.id;
        const QString actor = m_actor;
        if (orders.size() > 1)
            return keep(
                tr("Not failed, because Nexus GO Cards holds its cards in %n orders.", nullptr, int(orders.size())));
        const QString by = m_batch.decidedBy;
        const QString reason = m_batch.decisionReason;
        const LeaseTicket lease = m_lease;
        m_context.database->writer()
            .run([context, id, actor, orders, by, reason, lease](QSqlDatabase &db) {
                BatchResults::Applied applied;
                if (orders.isEmpty()) {
                    applied = BatchResults::refused(db, context, id, actor,
                                                    QStringLiteral("failed by %1: %2").arg(by, reason), lease);
                } else {
                    applied = BatchResults::accepted(
                        db, context, id, actor, orders.first(),
                        QStringLiteral("%1 asked to fail it, but Go Cards holds it").arg(by), lease);
                }
                if (applied.problem.isEmpty() && applied.mismatch.isEmpty() && !applied.leaseLost) {
                    try {
                        WriteTransaction transaction(db);
                        HeldBatches::release(db, *context.audit, id,
                                             orders.isEmpty() ? QStringLiteral("failed") : QStringLiteral("ordered"),
                                             actor);
                        transaction.commit();
                    } catch (const DatabaseError &) {
                        // Resolved batches are no longer listed as held, whatever their columns say.
                    }
                }
                return applied;
            })
            .then(this, [this, ordered = !orders.isEmpty()](const BatchResults::Applied &applied) {
                if (applied.leaseLost)
                    return done(Outcome::LeaseLost, {});
                if (!applied.problem.isEmpty())
                    return done(Outcome::DatabaseFailed, applied.problem);
                if (!applied.mismatch.isEmpty())
                    return keep(tr("Not failed, because Nexus GO Cards holds an order of these cards that does not "
                                   "match it (%1).")
                                    .arg(applied.mismatch));
                emit changed(applied.changed);
                done(ordered ? Outcome::Ordered : Outcome::Failed,
                     ordered ? tr("The held order was not failed: Nexus GO Cards holds it, so its cards are ordered.")
                             : QString());
            });
    });
    job->start();
}

void HeldBatchDecisionJob::keep(const QString &reason)
{
    const CoreContext context = m_context;
    const qint64 id = m_batch.id;
    const QString actor = m_actor;
    m_context.database->writer()
        .run([context, id, actor, reason](QSqlDatabase &db) {
            try {
                WriteTransaction transaction(db);
                HeldBatches::keep(db, *context.audit, id, reason, actor);
                transaction.commit();
                return true;
            } catch (const DatabaseError &) {
                return false;
            }
        })
        .then(this, [this, reason](bool kept) { done(kept ? Outcome::Kept : Outcome::DatabaseFailed, reason); });
}

void HeldBatchDecisionJob::abort()
{
    if (m_lookup)
        m_lookup->cancel();
    done(Outcome::Kept, tr("Carrying out the decision was stopped; it is carried out at the next run."));
}

void HeldBatchDecisionJob::done(Outcome outcome, const QString &message)
{
    m_outcome = outcome;
    finish(0, message);
}

} // namespace tempcards
