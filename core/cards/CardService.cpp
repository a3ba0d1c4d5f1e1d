// SPDX-License-Identifier: Apache-2.0
#include "CardService.h"

#include "CardListQuery.h"
#include "Database.h"
#include "RefreshCardJob.h"
#include "Sql.h"

namespace tempcards {

CardService::CardService(const CoreContext &context, QObject *parent) : QObject(parent), m_context(context) {}

QList<CardRow> CardService::page(const CardFilter &filter, qint64 beforeId, int limit)
{
    try {
        return CardQuery::page(m_context.database->connection(), filter, beforeId, limit);
    } catch (const DatabaseError &) {
        return {}; // logged where it arose
    }
}

QList<CardRow> CardService::byIds(const QList<qint64> &ids)
{
    try {
        return CardQuery::byIds(m_context.database->connection(), ids);
    } catch (const DatabaseError &) {
        return {};
    }
}

QList<SortedCard> CardService::sortedPage(const CardFilter &filter, const CardSort &sort,
                                          const std::optional<CardPosition> &after, int limit)
{
    try {
        return CardListQuery::page(m_context.database->connection(), filter, sort, after, limit);
    } catch (const DatabaseError &) {
        return {};
    }
}

QList<SortedCard> CardService::sortedByIds(const CardSort &sort, const QList<qint64> &ids)
{
    try {
        return CardListQuery::byIds(m_context.database->connection(), sort, ids);
    } catch (const DatabaseError &) {
        return {};
    }
}

QFuture<InitializeTemporaryCard::Result> CardService::initialize(const Session &session, qint64 cardId,
                                                                 const QString &uid)
{
    const CoreContext context = m_context;
    return m_context.database->writer()
        .run([context, session, cardId, uid](QSqlDatabase &db) {
            return InitializeTemporaryCard::initialize(db, *context.audit, *context.clock, session, cardId, uid);
        })
        .then(this, [this](const InitializeTemporaryCard::Result &result) {
            if (!result.changed.isEmpty())
                noteChanged(result.changed);
            return result;
        });
}

RefreshCardJob *CardService::refresh(const Session &session, qint64 cardId)
{
    auto *job = new RefreshCardJob(m_context, session, cardId);
    connect(job, &RefreshCardJob::changed, this, &CardService::noteChanged);
    return job;
}

void CardService::noteChanged(const QList<qint64> &cardIds)
{
    emit changed(cardIds);
}

} // namespace tempcards
