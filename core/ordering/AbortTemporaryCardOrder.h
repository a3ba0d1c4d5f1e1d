// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace tempcards {

class AuditLog;
class Clock;
struct Session;

// "Abort temporary card order" (TempCardsAddonExtProdProcAbort) on cards in processing. A queued card is
// aborted; a card in a batch that was never sent is taken out of it (the batch gets a new key and body);
// a card whose batch has been sent is refused until Go Cards' answer is known, because Go Cards may hold
// it (design invariant 3). Everything runs in one write transaction, on the writer thread.
class AbortTemporaryCardOrder
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::AbortTemporaryCardOrder)

public:
    struct CardOutcome
    {
        qint64 cardId = 0;
        bool aborted = false;
        QString reason; // why not, when not aborted
    };
    struct Result
    {
        bool started = false;     // false: the process was refused (permission, disabled) or the database failed
        bool mayTryAgain = false; // not started because the connection was lost: nothing was saved
        QString message;
        QList<CardOutcome> cards;
        QList<qint64> changed;
    };

    static Result abort(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                        const QList<qint64> &cardIds);
};

} // namespace tempcards
