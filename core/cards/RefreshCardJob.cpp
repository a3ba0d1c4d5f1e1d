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
#include "Sql.h"

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
    m_context.database->writer()
        .run([session, id](QSqlDatabase &db) {
            Looked looked;
            try {
                const auto refusal = Authorizer::checkPermission(db, session, Permissions::RefreshCards);
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
            return finish(false, call->errorString());
        QString problem;
        const auto report = GoCardsEvents::parseCard(call->json(), &problem);
        if (!report)
            return finish(false, tr("Nexus GO Cards sent a card that tempcards cannot read (%1).").arg(problem));
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

void RefreshCardJob::abort()
{
    if (m_call)
        m_call->cancel(); // else ask() sees the request; an answer being stored is still reported
}

void RefreshCardJob::finish(bool ok, const QString &message)
{
    if (isFinished())
        return;
    m_message = message;
    Job::finish(ok ? 0 : 1, ok ? QString() : message);
}

} // namespace tempcards
