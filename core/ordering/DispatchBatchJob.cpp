// SPDX-License-Identifier: Apache-2.0
#include "DispatchBatchJob.h"

#include "BatchResults.h"
#include "CardQuery.h"
#include "Clock.h"
#include "Database.h"
#include "GoCardsClient.h"
#include "GoCardsMessages.h"
#include "GoCardsRequestJob.h"
#include "HeldBatches.h"
#include "Logging.h"
#include "OrderBatchStore.h"
#include "OrderLookupJob.h"

namespace tempcards {

namespace {

struct Loaded
{
    QString problem;
    std::optional<BatchRecord> batch;
    int cards = 0;
};

struct Marked
{
    QString problem;
    OrderBatchStore::Mark mark = OrderBatchStore::Mark::Missing;
};

} // namespace

DispatchBatchJob::DispatchBatchJob(const CoreContext &context, qint64 batchId, const QString &actor,
                                   const RetryPolicy &policy, QObject *parent)
    : Job(parent), m_context(context), m_batchId(batchId), m_actor(actor), m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a minimum; a coarse timer may fire 5% early
    connect(&m_retryTimer, &QTimer::timeout, this, &DispatchBatchJob::attempt);
}

void DispatchBatchJob::run()
{
    m_elapsed.start();
    load();
}

void DispatchBatchJob::load()
{
    const qint64 id = m_batchId;
    m_context.database->writer()
        .run([id](QSqlDatabase &db) {
            Loaded loaded;
            try {
                loaded.batch = OrderBatchStore::load(db, id);
                loaded.cards = CardQuery::countInBatch(db, id);
            } catch (const DatabaseError &error) {
                loaded.problem = error.userMessage();
            }
            return loaded;
        })
        .then(this, [this](const Loaded &loaded) {
            if (isCancelRequested())
                return;
            if (!loaded.problem.isEmpty())
                return finish(Result::DatabaseFailed, GoCardsError::None, loaded.problem);
            if (!loaded.batch)
                return finish(Result::Emptied, GoCardsError::None,
                              tr("Every card of this order was aborted before it was sent."));
            m_cardCount = loaded.cards;
            if (loaded.batch->isResolved()) {
                const bool accepted = loaded.batch->state == BatchRecord::State::Accepted;
                return finish(accepted ? Result::Accepted : Result::Refused, GoCardsError::None,
                              loaded.batch->lastError);
            }
            m_key = loaded.batch->idempotencyKey;
            m_body = loaded.batch->body;
            attempt();
        });
}

void DispatchBatchJob::attempt()
{
    if (isCancelRequested())
        return;
    GoCardsTokenJob *job = m_context.goCards->token();
    job->setParent(this);
    m_tokenJob = job;
    connect(job, &GoCardsTokenJob::finished, this, [this, job] {
        job->deleteLater();
        if (isCancelRequested())
            return;
        if (job->error() != GoCardsError::None)
            return fail(job->error(), job->errorString(), -1);
        post(job->token());
    });
    job->start();
}

void DispatchBatchJob::post(const QString &token)
{
    const qint64 id = m_batchId;
    const QString key = m_key;
    const QString holder = m_context.holder;
    const Clock *clock = m_context.clock;
    const LeaseTicket lease = m_lease;
    // Sent at once, the claim outlives the longest the answer can take, so it never lapses while this process
    // waits; under the batch sync's lease it runs out with the lease instead, and each renewal moves it on.
    const int claimMs = m_context.goCards->config().deadlineMs + 60000;
    m_context.database->writer()
        .run([id, key, holder, clock, claimMs, lease](QSqlDatabase &db) {
            Marked marked;
            try {
                WriteTransaction transaction(db);
                const QDateTime now = clock->nowUtc();
                marked.mark = OrderBatchStore::markSent(db, id, key, holder, now, now.addMSecs(claimMs), lease);
                transaction.commit();
            } catch (const DatabaseError &error) {
                marked.problem = error.userMessage();
            }
            return marked;
        })
        .then(this, [this, token](const Marked &marked) {
            if (isCancelRequested())
                return;
            if (!marked.problem.isEmpty()) // not marked sent, so nothing may be sent
                return finish(Result::DatabaseFailed, GoCardsError::None, marked.problem);
            switch (marked.mark) {
            case OrderBatchStore::Mark::Marked:
                break;
            case OrderBatchStore::Mark::KeyChanged:
            case OrderBatchStore::Mark::Resolved:
            case OrderBatchStore::Mark::Missing:
                // Aborted cards were taken out (new key), or someone else finished it: read it again.
                if (++m_reloads > 3)
                    return finish(Result::Busy, GoCardsError::None,
                                  tr("This order keeps changing; it was left for later."));
                return load();
            case OrderBatchStore::Mark::LeaseLost:
                return finish(Result::LeaseLost, GoCardsError::None,
                              tr("Another process has taken over the batch sync; this one sent nothing more."));
            case OrderBatchStore::Mark::ClaimedElsewhere:
                return finish(Result::Busy, GoCardsError::None, tr("Another process is sending this order right now."));
            }
            m_claimed = true;
            ++m_attempts;
            GoCardsRequestJob *request = m_context.goCards->orderRequest(token, m_key, m_body);
            request->setParent(this);
            m_request = request;
            connect(request, &GoCardsRequestJob::finished, this, [this, request, token] { onPosted(request, token); });
            request->start();
        });
}

void DispatchBatchJob::onPosted(GoCardsRequestJob *request, const QString &token)
{
    request->deleteLater();
    if (isCancelRequested())
        return;
    const GoCardsError error = request->error();
    if (error == GoCardsError::None) {
        QString problem;
        const auto response = GoCardsMessages::parseOrderResponse(request->json(), &problem);
        if (!response)
            return fail(GoCardsError::BadResponse,
                        tr("Nexus GO Cards sent an order answer that tempcards cannot read (%1).").arg(problem), -1,
                        true);
        return accept(*response, {});
    }
    if (error == GoCardsError::InvalidToken && !m_reauthenticated) {
        m_reauthenticated = true;
        m_context.goCards->invalidateToken(token);
        return attempt();
    }
    // A refusal is final only once Go Cards has said it holds none of the cards: sent before, the key may have
    // been forgotten; never sent, the cards may have been ordered before the backup this database came from.
    if (error == GoCardsError::InvalidRequest)
        return lookUp(request->errorString());
    fail(error, request->errorString(), request->retryAfterSeconds(), true);
}

void DispatchBatchJob::accept(const GoCardsMessages::OrderResponse &response, const QString &how)
{
    const CoreContext context = m_context;
    const qint64 id = m_batchId;
    const QString actor = m_actor;
    // Not cancellable from here: the answer is applied and reported as it is.
    m_applying = true;
    m_context.database->writer()
        .run([context, id, actor, response, how](QSqlDatabase &db) {
            return BatchResults::accepted(db, context, id, actor, response, how);
        })
        .then(this, [this, orderId = response.orderId](const BatchResults::Applied &applied) {
            m_applying = false;
            if (!applied.problem.isEmpty())
                return finish(Result::DatabaseFailed, GoCardsError::None, applied.problem);
            if (!applied.mismatch.isEmpty())
                return fail(
                    GoCardsError::BadResponse,
                    tr("Nexus GO Cards sent an order answer that does not match the order (%1).").arg(applied.mismatch),
                    -1);
            m_orderId = orderId;
            emit changed(applied.changed);
            finish(Result::Accepted, GoCardsError::None, {});
        });
}

void DispatchBatchJob::refuse(const QString &reason)
{
    const CoreContext context = m_context;
    const qint64 id = m_batchId;
    const QString actor = m_actor;
    m_applying = true;
    m_context.database->writer()
        .run([context, id, actor, reason](QSqlDatabase &db) {
            return BatchResults::refused(db, context, id, actor, reason);
        })
        .then(this, [this, reason](const BatchResults::Applied &applied) {
            m_applying = false;
            if (!applied.problem.isEmpty())
                return finish(Result::DatabaseFailed, GoCardsError::None, applied.problem);
            emit changed(applied.changed);
            finish(Result::Refused, GoCardsError::InvalidRequest, reason);
        });
}

void DispatchBatchJob::lookUp(const QString &refusal)
{
    auto *job = new OrderLookupJob(m_context.goCards, GoCardsMessages::orderExternalIds(m_body), this);
    m_lookup = job;
    connect(job, &OrderLookupJob::finished, this, [this, job, refusal] {
        job->deleteLater();
        if (isCancelRequested())
            return;
        if (job->error() != GoCardsError::None)
            return fail(job->error(),
                        tr("Nexus GO Cards refused this order, which it may already hold (%1), and could not say "
                           "whether it does: %2")
                            .arg(refusal, job->errorString()),
                        -1, true);
        const QList<GoCardsMessages::OrderResponse> &orders = job->orders();
        if (orders.isEmpty())
            return refuse(refusal);
        if (orders.size() == 1 && GoCardsMessages::ordersExactly(orders.first(), m_body)) {
            qCInfo(lcProcess) << "batch" << m_batchId << "was refused, but Go Cards holds it as order"
                              << orders.first().orderId;
            return accept(orders.first(),
                          QStringLiteral("found at Go Cards after it refused the order sent again: %1").arg(refusal));
        }
        adopt(orders, refusal);
    });
    job->start();
}

void DispatchBatchJob::adopt(const QList<GoCardsMessages::OrderResponse> &orders, const QString &refusal)
{
    const CoreContext context = m_context;
    const qint64 id = m_batchId;
    const QString actor = m_actor;
    m_applying = true;
    m_context.database->writer()
        .run([context, id, actor, orders, refusal](QSqlDatabase &db) {
            return BatchResults::adopted(db, context, id, actor, orders,
                                         QStringLiteral("Go Cards refused the order: %1").arg(refusal));
        })
        .then(this, [this](const BatchResults::Applied &applied) {
            m_applying = false;
            if (!applied.problem.isEmpty())
                return finish(Result::DatabaseFailed, GoCardsError::None, applied.problem);
            m_adoptedCount = int(applied.changed.size());
            emit changed(applied.changed);
            const int queued = m_cardCount - m_adoptedCount;
            finish(Result::Adopted, GoCardsError::None,
                   tr("Nexus GO Cards already holds %n of these cards from orders made before; they are ordered.",
                      nullptr, m_adoptedCount) +
                       QLatin1Char(' ') +
                       tr("The other %n card(s) wait in the queue for the batch sync.", nullptr, queued));
        });
}

void DispatchBatchJob::fail(GoCardsError error, const QString &message, int retryAfterSeconds, bool answered)
{
    const qint64 id = m_batchId;
    m_context.database->writer()
        .run([id, message](QSqlDatabase &db) {
            try {
                OrderBatchStore::recordError(db, id, message);
            } catch (const DatabaseError &) {
                // Logged where it arose; the error is still reported to the caller below.
            }
        })
        .then(this, [this, error, message, retryAfterSeconds, answered] {
            if (isCancelRequested())
                return;
            ++m_failures;
            if (GoCardsErrors::isTransient(error) && m_failures < m_policy.maxAttempts) {
                const int delay = Backoff::delayMs(m_policy, m_failures, retryAfterSeconds, *m_context.random);
                if (m_elapsed.elapsed() + delay <= m_policy.deadlineMs) {
                    qCInfo(lcProcess) << "batch" << m_batchId << GoCardsErrors::name(error) << "- retrying in" << delay
                                      << "ms";
                    m_reauthenticated = false;
                    m_retryTimer.start(delay);
                    return;
                }
            }
            if (answered && HeldBatches::concerns(error))
                return hold(error, message);
            finish(Result::Unresolved, error, message);
        });
}

void DispatchBatchJob::hold(GoCardsError error, const QString &message)
{
    const CoreContext context = m_context;
    const qint64 id = m_batchId;
    const QString actor = m_actor;
    m_context.database->writer()
        .run([context, id, actor, message](QSqlDatabase &db) {
            try {
                WriteTransaction transaction(db);
                HeldBatches::hold(db, *context.audit, id, message, actor, context.clock->nowUtc());
                transaction.commit();
                return true;
            } catch (const DatabaseError &) {
                return false; // not held: it stays unresolved, and the next run meets the same answer
            }
        })
        .then(this, [this, error, message](bool held) {
            qCWarning(lcProcess) << "batch" << m_batchId << (held ? "held:" : "could not be held:") << message;
            finish(held ? Result::Held : Result::Unresolved, error, message);
        });
}

void DispatchBatchJob::abort()
{
    m_retryTimer.stop();
    if (m_tokenJob)
        m_tokenJob->cancel();
    if (m_request)
        m_request->cancel();
    if (m_lookup)
        m_lookup->cancel();
    if (m_applying)
        return;
    finish(Result::Unresolved, GoCardsError::Cancelled, tr("Sending the order was stopped."));
}

void DispatchBatchJob::finish(Result result, GoCardsError error, const QString &message)
{
    if (isFinished())
        return;
    m_retryTimer.stop();
    m_result = result;
    // A resolved batch's claim went with its resolution, in the same transaction.
    if (m_claimed && result != Result::Accepted && result != Result::Refused) {
        // Let the next sender in without waiting for the claim to expire.
        const qint64 id = m_batchId;
        const QString holder = m_context.holder;
        m_context.database->writer().run([id, holder](QSqlDatabase &db) {
            try {
                OrderBatchStore::releaseClaim(db, id, holder);
            } catch (const DatabaseError &) {
                // The claim expires by itself.
            }
        });
    }
    Job::finish(int(error), message);
}

} // namespace tempcards
