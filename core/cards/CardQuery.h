// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardState.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

struct CardRow
{
    qint64 id = 0;
    QString externalId;
    CardState state = CardState::Processing;
    QDateTime orderedAt;
    QString orderedBy;
    QString goCardsCardId;
    QString goCardsOrderId;
    QString failureReason;
    qint64 batchId = 0;
    QString reportUid;
    QDateTime producedAt;
    QString chipUid;
    qint64 holderId = 0;  // while assigned or expired
    QDateTime assignedAt; // since when the holder has it
    QDateTime validUntil; // while assigned or expired
    QString reason;       // given at the last withdraw or lock
};

// What Quick search shows: a state, and text that is a card id, or the start of a Go Cards card id or
// order id. Each part is served by an index, so filtering stays fast on a large card stock.
struct CardFilter
{
    std::optional<CardState> state;
    QString text;

    bool matches(const CardRow &card) const;
};

class SqlQuery;

// Reads of temporary card rows, on any connection. Throws DatabaseError.
class CardQuery
{
public:
    // The columns readRow() reads, in its order, each led by "alias." when an alias is given; and one row
    // of them from `query`, starting at column `first`: for other features' queries that join cards.
    static QString columns(const QString &alias = {});
    static CardRow readRow(const SqlQuery &query, int first);
    static constexpr int kColumnCount = 16;

    // Newest first; `beforeId` 0 starts at the newest card.
    static QList<CardRow> page(const QSqlDatabase &db, const CardFilter &filter, qint64 beforeId, int limit);
    static QList<CardRow> byIds(const QSqlDatabase &db, const QList<qint64> &ids);
    static std::optional<CardRow> byId(const QSqlDatabase &db, qint64 id);
    static QList<CardRow> inBatch(const QSqlDatabase &db, qint64 batchId);
    static int countInBatch(const QSqlDatabase &db, qint64 batchId);
    // A card Go Cards reports on: by its Go Cards card id, else by the client's own external id.
    static std::optional<CardRow> byGoCardsIds(const QSqlDatabase &db, const QString &cardId,
                                               const QString &externalId);
    // Cards waiting for a batch (processing, in no batch) with ids up to `upToId`, oldest first; on
    // PostgreSQL locked for the caller's transaction, skipping cards another transaction holds.
    static QList<CardRow> queued(const QSqlDatabase &db, int limit, qint64 upToId);
    // The newest card's id, 0 when there is none.
    static qint64 newestId(const QSqlDatabase &db);
    // Locks these cards' rows until the caller's transaction ends (PostgreSQL; SQLite's write transaction
    // already excludes every other writer). Read the cards after it: they are then current.
    static void lock(const QSqlDatabase &db, const QList<qint64> &ids);
    // Cards changed at or after `since` (storage time), oldest change first: (id, updated_at) pairs.
    static QList<QPair<qint64, QString>> changedSince(const QSqlDatabase &db, const QString &since, int limit);
};

} // namespace tempcards
