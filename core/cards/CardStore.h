// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class AuditLog;

// Fields that change together with a card's state; unset fields keep their value.
struct CardUpdate
{
    std::optional<QString> goCardsCardId;
    std::optional<QString> goCardsOrderId;
    std::optional<QString> failureReason;
    std::optional<QString> reportUid;
    std::optional<QDateTime> producedAt;
    std::optional<QDateTime> shippedAt;
    std::optional<QString> chipUid;
    std::optional<QDateTime> initializedAt;
    std::optional<qint64> holderId;
    std::optional<QDateTime> assignedAt;
    std::optional<QDateTime> validUntil;
    std::optional<QString> reason;
    bool clearHolder = false; // holder, since and valid-until become empty (Withdraw)
};

// Writes to temporary card rows. Must run inside a WriteTransaction; throws DatabaseError.
class CardStore
{
public:
    struct NewCard
    {
        qint64 id;
        QString externalId;
    };
    // Inserts `count` cards in the initial state, each with an external id that is unique forever (a UUID),
    // and writes their card.state audit records.
    static QList<NewCard> insertNew(const QSqlDatabase &db, const AuditLog &audit, int count,
                                    const QString &productionType, const QString &actor, const QDateTime &now);
    // Moves a card along `event` if the state graph allows it from the card's current state, with its
    // audit record; returns false and changes nothing otherwise.
    static bool apply(const QSqlDatabase &db, const AuditLog &audit, qint64 id, CardEvent event,
                      const CardUpdate &update, const QString &actor, const QDateTime &now);
    struct CardChange
    {
        qint64 id = 0;
        CardEvent event;
        CardUpdate update;
        // The card's state as read in this transaction, when the caller has it; else applyAll() reads it.
        std::optional<CardState> current;
    };
    // apply() for many cards at once, with one read of them, one prepared update and one audit append;
    // returns the ids that changed, in order. A card listed twice moves on from its state after the first.
    static QList<qint64> applyAll(const QSqlDatabase &db, const AuditLog &audit, const QList<CardChange> &changes,
                                  const QString &actor, const QDateTime &now);
    static void setBatch(const QSqlDatabase &db, qint64 id, qint64 batchId);
    // Extend: an assigned card's valid-until moves to `validUntil`, along the graph's Extend edge, audited
    // (card.validity, before and after); false and nothing changed when the card is not assigned.
    static bool extend(const QSqlDatabase &db, const AuditLog &audit, const CardRow &card, const QDateTime &validUntil,
                       const QString &actor, const QDateTime &now);
};

} // namespace tempcards
