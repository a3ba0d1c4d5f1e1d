// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

class QSqlDatabase;

namespace tempcards {

// What every process working on a database sees of the batch sync.
struct SyncStatus
{
    int waiting = 0; // cards in processing
    QDateTime lastRun;
    QDateTime lastSuccess;
    QDateTime lastErrorAt;
    QString lastError; // in words, for the status bar
    QString leaseHolder;
    int held = 0;          // batches set aside for an administrator
    int unknownCards = 0;  // cards Go Cards reported that this database does not know
    int answerUnknown = 0; // orders waiting for Go Cards' word after a restore (OrderLog)

    bool lastRunFailed() const
    {
        return lastErrorAt.isValid() && (!lastSuccess.isValid() || lastErrorAt > lastSuccess);
    }
};

// The batch sync's shared state (the events cursor, the outcome of runs); the lease itself is SyncLease.
// Writers must run inside a WriteTransaction; throws DatabaseError.
class SyncStore
{
public:
    static inline const QString EventsCursor = QStringLiteral("events_cursor");

    // Everything `holder` holds: the lease and its batch claims. For a process that stops, so others need
    // not wait for them to expire. Safe at any moment: a batch is only ever sent again with its own key.
    static void releaseAll(const QSqlDatabase &db, const QString &holder);

    static QString value(const QSqlDatabase &db, const QString &key);
    static void setValue(const QSqlDatabase &db, const QString &key, const QString &value);

    static void recordRun(const QSqlDatabase &db, const QDateTime &now, const QString &error);
    static SyncStatus status(const QSqlDatabase &db, const QDateTime &now);
};

} // namespace tempcards
