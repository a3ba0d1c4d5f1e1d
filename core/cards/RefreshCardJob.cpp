// SPDX-License-Identifier: Apache-2.0
#include "RefreshCardJob.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "CardQuery.h"
#include "CardReports.h"
#include "Clock.h"
#include "Database.h"
#include "GoCardsCallJob.h"
#include "GoCardsClient.h"
#include "GoCardsEvents.h"
#include "HandOver.h"
#include "Sql.h"

#include <QTimer>

namespace tempcards {

namespace {
struct Looked
{
    QString problem;
    QString goCardsCardId;
};
struct Refreshed
{
    QString problem;
    bool changed = false;
    CardState state = CardState::Processing;
};
} // namespace

RefreshCardJob::RefreshCardJob(const CoreContext &context, const Session &session, qint64 cardId, QObject *parent)
    : Job(parent), m_context(context), m_session(session), m_cardId(cardId)
{}

void RefreshCardJob::run()
{
    const Session session = m_session;
    const qint64 id = m_cardId;
    const bool forWorkstation = m_forWorkstation;
    m_context.database->writer()
        .run([session, id, forWorkstation](QSqlDatabase &db) {
            Looked looked;
            try {
                const auto refusal = forWorkstation
                                         ? Authorizer::Refusal::None
                                         : Authorizer::checkPermission(db, session, Permissions::RefreshCards);
                const auto card = CardQuery::byId(db, id);
                if (refusal != Authorizer::Refusal::None)
                    looked.problem = Authorizer::message(refusal, tr("Refresh from Go Cards"));
                else if (!card)
                    looked.problem = tr("There is no card %1.").arg(id);
                else if (card->goCardsCardId.isEmpty())
                    looked.problem =
                        tr("Card %1 has not been accepted by Nexus GO Cards yet, so there is nothing to ask.").arg(id);
                else
                    looked.goCardsCardId = card->goCardsCardId;
            } catch (const DatabaseError &error) {
                looked.problem = error.userMessage();
            }
            return looked;
        })
        .then(this, [this](const Looked &looked) {
            if (!looked.problem.isEmpty())
                return finish(false, looked.problem);
            if (m_context.database->hasLoginRoles() && !m_forWorkstation)
                return handOver();
            ask(looked.goCardsCardId);
        });
}

void RefreshCardJob::ask(const QString &goCardsCardId)
{
    if (isCancelRequested())
        return finish(false, {}); // cancelled while the card was read: Go Cards is not asked
    GoCardsClient *client = m_context.goCards;
    auto *call = new GoCardsCallJob(
        client, [client, goCardsCardId](const QString &token) { return client->cardRequest(token, goCardsCardId); },
        this);
    m_call = call;
    connect(call, &GoCardsCallJob::finished, this, [this, call] {
        call->deleteLater();
        if (call->error() != GoCardsError::None)
            return failForWorkstation(call->errorString());
        QString problem;
        const auto report = GoCardsEvents::parseCard(call->json(), &problem);
        if (!report)
            return failForWorkstation(tr("Nexus GO Cards sent a card that tempcards cannot read (%1).").arg(problem));
        const CoreContext context = m_context;
        const QString actor = m_session.userName;
        const qint64 id = m_cardId;
        m_context.database->writer()
            .run([context, actor, id, report = *report](QSqlDatabase &db) {
                Refreshed refreshed;
                try {
                    WriteTransaction transaction(db);
                    CardReports::Applied applied;
                    CardReports::apply(db, *context.audit, actor, context.clock->nowUtc(), report, &applied);
                    context.audit->append(db, {actor, QStringLiteral("card.refresh"), QStringLiteral("card:%1").arg(id),
                                               QVariant(), report.state, AuditRecord::Result::Success, QString()});
                    transaction.commit();
                    refreshed.changed = !applied.changed.isEmpty();
                    refreshed.state = CardQuery::byId(db, id).value_or(CardRow()).state;
                } catch (const DatabaseError &error) {
                    refreshed.problem = error.userMessage();
                }
                return refreshed;
            })
            .then(this, [this](const Refreshed &refreshed) {
                if (!refreshed.problem.isEmpty())
                    return finish(false, refreshed.problem);
                if (refreshed.changed)
                    emit changed({m_cardId});
                finish(
                    true,
                    refreshed.changed
                        ? tr("Card %1 is now %2.").arg(m_cardId).arg(CardStates::displayName(refreshed.state))
                        : tr("Card %1 is unchanged: %2.").arg(m_cardId).arg(CardStates::displayName(refreshed.state)));
            });
    });
    call->start();
}

void RefreshCardJob::handOver()
{
    const qint64 id = m_cardId;
    struct Asked
    {
        qint64 afterAuditId = 0;
        CardState before = CardState::Processing;
        QString problem;
    };
    m_handedAt.start();
    m_context.database->writer()
        .run([id](QSqlDatabase &db) {
            Asked asked;
            try {
                asked.afterAuditId = HandOver::lastAuditId(db);
                asked.before = CardQuery::byId(db, id).value_or(CardRow()).state;
                HandOver::notifyRefresh(db, id);
            } catch (const DatabaseError &error) {
                asked.problem = error.userMessage();
            }
            return asked;
        })
        .then(this, [this](const Asked &asked) {
            if (!asked.problem.isEmpty())
                return finish(false, asked.problem);
            watch(asked.afterAuditId, asked.before);
        });
}

void RefreshCardJob::watch(qint64 afterAuditId, CardState before)
{
    const qint64 id = m_cardId;
    struct Seen
    {
        std::optional<HandOver::RefreshAnswer> answer;
        CardState state = CardState::Processing;
        QString problem;
    };
    m_context.database->writer()
        .run([id, afterAuditId](QSqlDatabase &db) {
            Seen seen;
            try {
                seen.answer = HandOver::refreshAnswer(db, id, afterAuditId);
                seen.state = CardQuery::byId(db, id).value_or(CardRow()).state;
            } catch (const DatabaseError &error) {
                seen.problem = error.userMessage();
            }
            return seen;
        })
        .then(this, [this, afterAuditId, before](const Seen &seen) {
            if (!seen.problem.isEmpty())
                return finish(false, seen.problem);
            if (seen.answer) {
                const bool moved = seen.state != before;
                if (moved)
                    emit changed({m_cardId});
                if (!seen.answer->ok)
                    return finish(false, seen.answer->detail);
                return finish(
                    true, moved
                              ? tr("Card %1 is now %2.").arg(m_cardId).arg(CardStates::displayName(seen.state))
                              : tr("Card %1 is unchanged: %2.").arg(m_cardId).arg(CardStates::displayName(seen.state)));
            }
            if (isCancelRequested())
                return finish(false, {});
            if (m_handedAt.elapsed() >= HandOver::kWaitMs)
                return finish(false, tr("No batch sync service answered, and on this database only it asks Nexus GO "
                                        "Cards. Card %1 was not refreshed.")
                                         .arg(m_cardId));
            QTimer::singleShot(150, this, [this, afterAuditId, before] { watch(afterAuditId, before); });
        });
}

void RefreshCardJob::abort()
{
    if (m_call)
        m_call->cancel(); // else ask() sees the request; an answer being stored is still reported
}

void RefreshCardJob::failForWorkstation(const QString &message)
{
    if (!m_forWorkstation)
        return finish(false, message);
    // The workstation that asked waits for this record: the failure, in words it can show.
    const CoreContext context = m_context;
    const QString actor = m_session.userName;
    const qint64 id = m_cardId;
    m_context.database->writer()
        .run([context, actor, id, message](QSqlDatabase &db) {
            try {
                WriteTransaction transaction(db);
                context.audit->append(db, {actor, QStringLiteral("card.refresh"), QStringLiteral("card:%1").arg(id),
                                           QVariant(), QVariant(), AuditRecord::Result::Failure, message});
                transaction.commit();
            } catch (const DatabaseError &) {
                // logged where it arose; the workstation stops waiting after HandOver::kWaitMs
            }
        })
        .then(this, [this, message] { finish(false, message); });
}

void RefreshCardJob::finish(bool ok, const QString &message)
{
    if (isFinished())
        return;
    m_message = message;
    Job::finish(ok ? 0 : 1, ok ? QString() : message);
}

} // namespace tempcards
