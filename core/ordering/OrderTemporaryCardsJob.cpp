// SPDX-License-Identifier: Apache-2.0
#include "OrderTemporaryCardsJob.h"

#include "Clock.h"
#include "Database.h"
#include "DispatchBatchJob.h"
#include "GoCardsClient.h"
#include "HandOver.h"
#include "OrderTemporaryCards.h"
#include "Sql.h"

namespace tempcards {

OrderTemporaryCardsJob::OrderTemporaryCardsJob(const CoreContext &context, const Session &session,
                                               const QVariant &amount, QObject *parent)
    : Job(parent), m_context(context), m_session(session), m_amount(amount)
{}

OrderTemporaryCardsJob *OrderTemporaryCardsJob::retry(QObject *parent) const
{
    if (m_result != Result::Pending || m_batchId == 0)
        return nullptr;
    auto *job = new OrderTemporaryCardsJob(m_context, m_session, m_amount, parent);
    job->m_batchId = m_batchId;
    job->m_cardIds = m_cardIds;
    return job;
}

void OrderTemporaryCardsJob::run()
{
    if (m_batchId != 0)
        return dispatch(); // a retry: the cards and their batch exist
    const CoreContext context = m_context;
    const Session session = m_session;
    const QVariant amount = m_amount;
    const QString organisationId = m_context.goCards->config().organisationId;
    m_context.database->writer()
        .run([context, session, amount, organisationId](QSqlDatabase &db) {
            return OrderTemporaryCards::place(db, *context.audit, *context.clock, session, amount, organisationId);
        })
        .then(this, [this](const OrderTemporaryCards::Placed &result) {
            using Status = OrderTemporaryCards::Placed::Status;
            switch (result.status) {
            case Status::Refused:
                return finish(Result::Refused, result.message);
            case Status::DatabaseFailed:
                m_mayTryAgain = result.mayTryAgain;
                return finish(Result::DatabaseFailed, result.message);
            case Status::Queued:
            case Status::ToDispatch:
                break;
            }
            m_cardIds = result.cardIds;
            m_batchId = result.batchId;
            emit changed(m_cardIds);
            emit placed();
            if (result.status == Status::Queued) {
                return finish(Result::Queued, tr("%n temporary card(s) put in the queue (processing), waiting to be "
                                                 "ordered from Nexus GO Cards.",
                                                 nullptr, int(m_cardIds.size())));
            }
            dispatch();
        });
}

void OrderTemporaryCardsJob::dispatch()
{
    if (m_context.database->hasLoginRoles())
        return handOver();
    auto *job = new DispatchBatchJob(m_context, m_batchId, m_session.userName, m_context.directOrderRetry, this);
    m_dispatch = job;
    connect(job, &DispatchBatchJob::changed, this, &OrderTemporaryCardsJob::changed);
    connect(job, &DispatchBatchJob::finished, this, [this, job] {
        job->deleteLater();
        m_dispatch = nullptr;
        const int n = int(m_cardIds.size());
        switch (job->result()) {
        case DispatchBatchJob::Result::Accepted:
            return finish(Result::Ordered, tr("%n temporary card(s) ordered from Nexus GO Cards.", nullptr, n));
        case DispatchBatchJob::Result::Refused:
            return finish(Result::Failed,
                          tr("%1 The %n card(s) of this order are now failed.", nullptr, n).arg(job->errorString()));
        case DispatchBatchJob::Result::Emptied:
            return finish(Result::Aborted, job->errorString());
        case DispatchBatchJob::Result::Adopted:
            return finish(Result::Queued, job->errorString());
        case DispatchBatchJob::Result::Held:
            return finish(Result::Pending,
                          tr("%1 The order was set aside for an administrator, who can send it again or fail it; "
                             "the %n card(s) stay in processing until then.",
                             nullptr, n)
                              .arg(job->errorString()));
        case DispatchBatchJob::Result::Busy:
        case DispatchBatchJob::Result::Unresolved:
        case DispatchBatchJob::Result::DatabaseFailed:
        case DispatchBatchJob::Result::LeaseLost: // not sent under a lease; listed for completeness
            break;
        }
        const QString next = job->attempts() > 0
                                 ? tr("The %n card(s) stay in processing with their order saved. The batch sync sends "
                                      "it again with the same order key, so Nexus GO Cards cannot create the cards "
                                      "twice.",
                                      nullptr, n)
                                 : tr("Nothing was sent. The %n card(s) stay in processing with their order saved; "
                                      "the batch sync sends it as soon as Nexus GO Cards answers.",
                                      nullptr, n);
        finish(Result::Pending, job->errorString() + QLatin1Char(' ') + next);
    });
    job->start();
    if (isCancelRequested())
        job->cancel(); // cancelled while the cards were placed: nothing is sent, they stay queued
}

void OrderTemporaryCardsJob::handOver()
{
    m_handedAt.start();
    m_watch.setSingleShot(true);
    connect(&m_watch, &QTimer::timeout, this, &OrderTemporaryCardsJob::watchHandOver, Qt::UniqueConnection);
    // A dispatcher that missed the notification still finds the batch pending at its next run.
    m_context.database->writer()
        .run([](QSqlDatabase &db) {
            try {
                HandOver::notify(db);
            } catch (const DatabaseError &) {
                // logged where it arose
            }
        })
        .then(this, [this] { m_watch.start(50); });
}

void OrderTemporaryCardsJob::watchHandOver()
{
    const qint64 batchId = m_batchId;
    struct Seen
    {
        std::optional<QString> state;
        QDateTime dispatcherSeen;
        bool failed = false;
    };
    m_context.database->writer()
        .run([batchId](QSqlDatabase &db) {
            Seen seen;
            try {
                seen.state = HandOver::batchState(db, batchId);
                seen.dispatcherSeen = HandOver::dispatcherSeen(db);
            } catch (const DatabaseError &) {
                seen.failed = true;
            }
            return seen;
        })
        .then(this, [this](const Seen &seen) {
            const int n = int(m_cardIds.size());
            if (!seen.failed && !seen.state) {
                emit changed(m_cardIds);
                return finish(Result::Aborted, tr("Every card of this order was aborted before it was sent."));
            }
            if (seen.state == QLatin1String("accepted")) {
                emit changed(m_cardIds);
                return finish(Result::Ordered, tr("%n temporary card(s) ordered from Nexus GO Cards.", nullptr, n));
            }
            if (seen.state == QLatin1String("refused")) {
                emit changed(m_cardIds);
                return finish(
                    Result::Failed,
                    tr("Nexus GO Cards refused the order. The %n card(s) of this order are now failed.", nullptr, n));
            }
            if (!isCancelRequested() && m_handedAt.elapsed() < kHandOverMs)
                return m_watch.start(150);
            emit changed(m_cardIds);
            const QDateTime now = m_context.clock->nowUtc();
            const bool alive = seen.dispatcherSeen.isValid() && seen.dispatcherSeen.secsTo(now) < 600;
            finish(Result::Pending,
                   alive ? tr("The batch sync has not sent this order yet. The %n card(s) stay in processing with "
                              "their order saved and are sent with the same order key.",
                              nullptr, n)
                         : tr("No batch sync service is running (tempcards-sync; none has run for 10 minutes), and "
                              "on this database only it sends orders. The %n card(s) stay in processing with their "
                              "order saved and are sent when one runs.",
                              nullptr, n));
        });
}

void OrderTemporaryCardsJob::abort()
{
    if (m_dispatch)
        m_dispatch->cancel(); // else the cards are being placed; they are reported as they come out
    else if (m_watch.isActive()) {
        m_watch.stop();
        watchHandOver(); // the last look, then Pending
    }
}

void OrderTemporaryCardsJob::finish(Result result, const QString &message)
{
    if (isFinished())
        return;
    m_result = result;
    m_message = message;
    const bool succeeded = result == Result::Queued || result == Result::Ordered;
    Job::finish(succeeded ? 0 : int(result), succeeded ? QString() : message);
}

} // namespace tempcards
