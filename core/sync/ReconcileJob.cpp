// SPDX-License-Identifier: Apache-2.0
#include "ReconcileJob.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "OrderBatchStore.h"
#include "OrderLogJob.h"
#include "OrderLookupJob.h"

namespace tempcards {

namespace {
struct Examined
{
    std::optional<OrderLog::Findings> findings;
    QString problem;
};
struct SettledBatch
{
    OrderLog::Settled settled = OrderLog::Settled::Failed;
    QList<qint64> changed;
    QString problem;
};
} // namespace

ReconcileJob::ReconcileJob(const CoreContext &context, const LeaseTicket &lease, const QString &actor, QObject *parent)
    : Job(parent), m_context(context), m_lease(lease), m_actor(actor)
{}

void ReconcileJob::run()
{
    const Clock *clock = m_context.clock;
    m_context.database->writer()
        .run([clock](QSqlDatabase &db) {
            try {
                return OrderLog::position(db, clock->nowUtc());
            } catch (const DatabaseError &) {
                return OrderLog::Position();
            }
        })
        .then(this, [this](const OrderLog::Position &position) {
            if (isFinished())
                return;
            if (!position.since.isValid())
                return finish(int(GoCardsError::None), tr("The database could not be read; see the log."));
            if (!position.needed)
                return finish(int(GoCardsError::None), {});
            readLog(position);
        });
}

void ReconcileJob::readLog(const OrderLog::Position &position)
{
    auto *job = new OrderLogJob(m_context.goCards, position.since, position.after, this);
    m_log = job;
    connect(job, &OrderLogJob::finished, this, [this, job] {
        job->deleteLater();
        if (isFinished())
            return;
        if (job->error() != GoCardsError::None)
            return finish(int(job->error()),
                          tr("Nexus GO Cards could not say which orders it holds, so nothing was sent: %1")
                              .arg(job->errorString()));
        examine(job->orders());
    });
    job->start();
}

void ReconcileJob::examine(const QList<GoCardsMessages::OrderResponse> &orders)
{
    const CoreContext context = m_context;
    const QString actor = m_actor;
    m_context.database->writer()
        .run([context, actor, orders, lease = m_lease](QSqlDatabase &db) {
            Examined examined;
            try {
                examined.findings =
                    OrderLog::examine(db, *context.audit, actor, context.clock->nowUtc(), orders, lease);
            } catch (const DatabaseError &error) {
                examined.problem = error.userMessage();
            }
            return examined;
        })
        .then(this, [this](const Examined &examined) {
            if (isFinished())
                return;
            if (!examined.problem.isEmpty())
                return finish(int(GoCardsError::None), examined.problem);
            if (!examined.findings) {
                m_leaseLost = true;
                return finish(int(GoCardsError::None), {});
            }
            m_report.findings = *examined.findings;
            m_waiting = examined.findings->answerUnknown;
            if (!examined.findings->adopted.isEmpty())
                emit changed(examined.findings->adopted);
            settleNext();
        });
}

void ReconcileJob::settleNext()
{
    if (isFinished())
        return;
    if (m_waiting.isEmpty())
        return finish(int(GoCardsError::None), {});
    const qint64 id = m_waiting.takeFirst();
    m_context.database->writer()
        .run([id](QSqlDatabase &db) {
            try {
                const auto batch = OrderBatchStore::load(db, id);
                return batch ? batch->body : QByteArray();
            } catch (const DatabaseError &) {
                return QByteArray();
            }
        })
        .then(this, [this, id](const QByteArray &body) {
            if (isFinished())
                return;
            if (body.isEmpty())
                return settleNext(); // resolved or removed meanwhile
            auto *job = new OrderLookupJob(m_context.goCards, GoCardsMessages::orderExternalIds(body), this);
            m_lookup = job;
            connect(job, &OrderLookupJob::finished, this, [this, job, id] {
                job->deleteLater();
                if (isFinished())
                    return;
                if (job->error() != GoCardsError::None)
                    return finish(int(job->error()),
                                  tr("Nexus GO Cards could not say whether it holds the cards of an order whose "
                                     "answer is unknown, so nothing was sent: %1")
                                      .arg(job->errorString()));
                const CoreContext context = m_context;
                const QString actor = m_actor;
                m_context.database->writer()
                    .run([context, id, actor, orders = job->orders(), lease = m_lease](QSqlDatabase &db) {
                        SettledBatch result;
                        result.settled =
                            OrderLog::settle(db, context, id, actor, orders, lease, &result.changed, &result.problem);
                        return result;
                    })
                    .then(this, [this](const SettledBatch &result) {
                        if (isFinished())
                            return;
                        switch (result.settled) {
                        case OrderLog::Settled::Failed:
                            return finish(int(GoCardsError::None), result.problem);
                        case OrderLog::Settled::LeaseLost:
                            m_leaseLost = true;
                            return finish(int(GoCardsError::None), {});
                        case OrderLog::Settled::Accepted:
                            ++m_report.accepted;
                            emit changed(result.changed);
                            break;
                        case OrderLog::Settled::Cleared:
                            break;
                        case OrderLog::Settled::Adopted:
                            ++m_report.adopted;
                            emit changed(result.changed);
                            break;
                        }
                        settleNext();
                    });
            });
            job->start();
        });
}

void ReconcileJob::abort()
{
    if (m_log)
        m_log->cancel();
    if (m_lookup)
        m_lookup->cancel();
    finish(int(GoCardsError::Cancelled), tr("The batch sync was stopped."));
}

} // namespace tempcards
