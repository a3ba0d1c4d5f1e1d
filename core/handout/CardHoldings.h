// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace tempcards {

// One time a card was held: from Assign until Withdraw or Lock (open while ended is invalid).
struct Holding
{
    qint64 id = 0;
    qint64 cardId = 0;
    qint64 personId = 0;
    QDateTime started;
    QString startedBy;
    QDateTime ended;
    QString endedBy;
    QString endReason; // "lost", "no_usage", or "locked: <reason>"
};

// The card_holdings rows: a card's holding opens with Assign and closes with Withdraw or Lock, so a card is
// held (exactly one open row, of its holder) exactly while it is assigned or expired. Writes must run inside
// the WriteTransaction that moves the card; throws DatabaseError.
class CardHoldings
{
public:
    static void open(const QSqlDatabase &db, qint64 cardId, qint64 personId, const QString &by, const QDateTime &now);
    // Closes the card's open holding; false when it had none.
    static bool close(const QSqlDatabase &db, qint64 cardId, const QString &reason, const QString &by,
                      const QDateTime &now);
    // Assigned or expired cards `personId` holds now.
    static int heldBy(const QSqlDatabase &db, qint64 personId);
    // Newest first.
    static QList<Holding> ofPerson(const QSqlDatabase &db, qint64 personId, int limit);
    static QList<Holding> ofCard(const QSqlDatabase &db, qint64 cardId, int limit);
};

} // namespace tempcards
