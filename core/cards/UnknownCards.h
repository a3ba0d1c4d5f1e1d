// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsEvents.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace tempcards {

// A card Go Cards reported that this database does not know, with what Go Cards last said of it.
struct UnknownCard
{
    QString goCardsCardId;
    QString externalId;
    QString state;  // as Go Cards says it: ORDERED, IN_PRODUCTION, PRODUCED, FAILED
    QString detail; // the chip UID it reported, or why it failed
    QDateTime firstReported;
    QDateTime lastReported;
};

// The cards Go Cards reports that this database does not know: after a restore from a backup, the cards
// ordered since; or another installation's. Kept (not only logged) so an administrator can account for
// them. Writers must run inside a WriteTransaction; throws DatabaseError.
class UnknownCards
{
public:
    static void note(const QSqlDatabase &db, const CardReport &report, const QDateTime &now);
    // Found in Go Cards' order log rather than reported: noted unless the card is already listed.
    static void noteOrdered(const QSqlDatabase &db, const CardReport &report, const QDateTime &now);
    static QList<UnknownCard> list(const QSqlDatabase &db, int limit = 1000);
    static int count(const QSqlDatabase &db);
};

} // namespace tempcards
