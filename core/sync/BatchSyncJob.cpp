// SPDX-License-Identifier: Apache-2.0
#include "BatchSyncJob.h"

#include "AuditLog.h"
#include "CardQuery.h"
#include "CardReports.h"
#include "Clock.h"
#include "Database.h"
#include "DispatchBatchJob.h"
#include "EventsFeed.h"
#include "ExpiryPass.h"
#include "GoCardsCallJob.h"
#include "GoCardsClient.h"
#include "HeldBatchDecisionJob.h"
#include "Logging.h"
#include "ReconcileJob.h"
#include "ReminderSendJob.h"
#include "SyncRunSteps.h"
#include "SyncStore.h"

namespace tempcards {

namespace {

constexpr int kEventPage = 500;

struct PageApplied
{
    bool failed = false;
    bool leaseLost = false;
    CardReports::Applied applied;
};

} // namespace

BatchSyncJob::BatchSyncJob(const CoreContext &context, QObject *parent) : Job(parent), m_context(context)
{
    m_renewal.setInterval(qMax(1, m_context.leaseSeconds / 3) * 1000);
    connect(&m_renewal, &QTimer::timeout, this, [this] {
        const LeaseTicket lease = m_lease;
        const Clock *clock = m_context.clock;
        const int seconds = m_context.leaseSeconds;
        m_context.database->writer()
            .run([lease, clock, seconds](QSqlDatabase &db) {
                return SyncRunSteps::renew(db, lease, clock->nowUtc(), seconds);
            })
            .then(this, [this](bool kept) {
                if (!kept && !isFinished()) {
                    qCWarning(lcProcess) << "the batch sync lost its lease; stopping this run";
                    m_report.leaseLost = true;
                    cancel();
                }
            });
    });
}

void BatchSyncJob::run()
{
    m_organisationId = m_context.goCards->config().organisationId;
    const QString holder = m_context.holder;
    const Clock *clock = m_context.clock;
    const int seconds = m_context.leaseSeconds;
    m_context.database->writer()
        .run([holder, clock, seconds](QSqlDatabase &db) {
            return SyncRunSteps::start(db, holder, clock->nowUtc(), seconds);
        })
        .then(this, [this](const SyncRunSteps::Started &started) {
            if (!started.problem.isEmpty()) {
                m_report.errorString = started.problem;
                m_report.databaseLost = started.databaseLost;
                return finish();
            }
            if (!started.lease.isHeld()) {
                m_report.leaseBusy = true;
                qCInfo(lcProcess) << "another process runs the batch sync; this run does nothing";
                return finish();
            }
            m_lease = started.lease;
            m_renewal.start();
            m_productionType = started.options.productionType;
            m_layoutId = started.options.layoutId;
            m_batchSize = started.options.batchSize;
            m_context.syncRetry.maxDelayMs = started.options.retryBackoffCapSeconds * 1000;
            m_cursor = started.cursor;
            m_newestCard = started.newestCard;
            expire();
        });
}

void BatchSyncJob::expire()
{
    const CoreContext context = m_context;
    m_context.database->writer()
        .run([context](QSqlDatabase &db) -> std::pair<ExpiryPass::Report, QString> {
            try {
                return {ExpiryPass::run(db, *context.audit, context.clock->nowUtc()), QString()};
            } catch (const DatabaseError &error) {
                qCWarning(lcProcess) << "the expiry pass failed:" << error.message();
                return {ExpiryPass::Report(), error.userMessage()};
            }
        })
        .then(this, [this](const std::pair<ExpiryPass::Report, QString> &pass) {
            m_report.cardsExpired = int(pass.first.expired.size());
            m_report.remindersListed = pass.first.remindersListed;
            m_report.expiryProblem = pass.second;
            if (!pass.first.expired.isEmpty())
                emit changed(pass.first.expired);
            reconcile();
        });
}

void BatchSyncJob::reconcile()
{
    if (isCancelRequested())
        return stopped();
    auto *job = new ReconcileJob(m_context, m_lease, Actor, this);
    m_reconcile = job;
    connect(job, &ReconcileJob::changed, this, &BatchSyncJob::changed);
    connect(job, &ReconcileJob::finished, this, [this, job] {
        job->deleteLater();
        const ReconcileJob::Report &report = job->report();
        m_report.restoreRecognised = report.findings.restoreRecognised;
        m_report.answersFound = report.accepted + report.adopted;
        if (job->leaseLost())
            return leaseLost();
        if (job->error() == GoCardsError::Cancelled)
            return stopped();
        if (!job->errorString().isEmpty())
            return end(job->error(), job->errorString());
        decideAfter(0);
    });
    job->start();
}

void BatchSyncJob::followEvents()
{
    if (isCancelRequested())
        return stopped();
    GoCardsClient *client = m_context.goCards;
    const QString cursor = m_cursor;
    auto *job = new GoCardsCallJob(
        client, [client, cursor](const QString &token) { return client->eventsRequest(token, cursor, kEventPage); },
        this);
    m_events = job;
    connect(job, &GoCardsCallJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != GoCardsError::None)
            return end(job->error(), job->errorString());
        QString problem;
        const auto page = GoCardsEvents::parsePage(job->json(), &problem);
        if (!page)
            return end(GoCardsError::BadResponse,
                       tr("Nexus GO Cards sent an events page that tempcards cannot read (%1).").arg(problem));
        const CoreContext context = m_context;
        m_context.database->writer()
            .run([context, lease = m_lease, page = *page](QSqlDatabase &db) {
                PageApplied result;
                try {
                    const auto applied =
                        EventsFeed::applyPage(db, *context.audit, Actor, context.clock->nowUtc(), page, lease);
                    result.leaseLost = !applied;
                    if (applied)
                        result.applied = *applied;
                } catch (const DatabaseError &) {
                    result.failed = true;
                }
                return result;
            })
            .then(this, [this, more = !page->events.isEmpty() || page->skipped > 0,
                         next = page->nextCursor](const PageApplied &result) {
                if (result.leaseLost)
                    return leaseLost();
                if (result.failed)
                    return end(GoCardsError::None, tr("Production events could not be stored; see the log."));
                const CardReports::Applied *applied = &result.applied;
                m_report.eventsApplied += int(applied->changed.size());
                m_report.unknownEvents += applied->unknown;
                if (!applied->changed.isEmpty())
                    emit changed(applied->changed);
                const bool advanced = next != m_cursor;
                m_cursor = next;
                if (more && advanced)
                    return followEvents();
                end(m_report.error, m_report.errorString);
            });
    });
    job->start();
}

void BatchSyncJob::end(GoCardsError error, const QString &message)
{
    if (!message.isEmpty()) {
        m_report.error = error;
        m_report.errorString = message;
    }
    if (!m_reminded && !m_report.leaseLost && !isCancelRequested())
        return remind();
    m_renewal.stop();
    const QString holder = m_context.holder;
    const Clock *clock = m_context.clock;
    const QString recorded = m_report.errorString;
    m_context.database->writer()
        .run([holder, clock, recorded](QSqlDatabase &db) {
            SyncRunSteps::finish(db, holder, clock->nowUtc(), recorded);
        })
        .then(this, [this] { finish(); });
}

void BatchSyncJob::remind()
{
    m_reminded = true;
    const std::optional<MailConfig> config = ReminderSendJob::mailServer(m_context, &m_report.reminderProblem);
    if (!config)
        return end(m_report.error, QString());
    auto *job = new ReminderSendJob(m_context, m_lease, *config, this);
    m_reminders = job;
    connect(job, &ReminderSendJob::finished, this, [this, job] {
        job->deleteLater();
        m_report.remindersSent = job->report().sent;
        m_report.remindersNotSent = job->report().failed;
        m_report.reminderProblem = job->errorString();
        if (job->error() == ReminderSendJob::LeaseLost)
            return leaseLost();
        if (job->error() == ReminderSendJob::Cancelled)
            return stopped();
        end(m_report.error, QString());
    });
    job->start();
}

void BatchSyncJob::stopped()
{
    if (m_report.leaseLost)
        return leaseLost();
    end(GoCardsError::Cancelled, tr("The batch sync was stopped."));
}

void BatchSyncJob::leaseLost()
{
    m_report.leaseLost = true;
    end(GoCardsError::None, tr("Another process took over the batch sync; this run stopped and sent nothing more."));
}

void BatchSyncJob::abort()
{
    // Every step looks at isCancelRequested() before it begins; what is under way is stopped here.
    if (m_dispatch)
        m_dispatch->cancel();
    if (m_reconcile)
        m_reconcile->cancel();
    if (m_decision)
        m_decision->cancel();
    if (m_events)
        m_events->cancel();
    if (m_reminders)
        m_reminders->cancel();
}

void BatchSyncJob::finish()
{
    if (isFinished())
        return;
    m_renewal.stop();
    if (m_report.leaseBusy)
        qCInfo(lcProcess) << "batch sync skipped: lease held elsewhere";
    else if (!m_report.databaseLost) // a database that does not answer is said once, by its health
        qCInfo(lcProcess) << "batch sync:" << m_report.batchesSent << "batches," << m_report.cardsOrdered << "ordered,"
                          << m_report.cardsFailed << "failed," << m_report.eventsApplied << "cards moved by events"
                          << (m_report.errorString.isEmpty() ? QString() : QStringLiteral("- ") + m_report.errorString);
    Job::finish(int(m_report.error), m_report.errorString);
}

} // namespace tempcards
