// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

// Work handed to the batch sync instead of done from here: on PostgreSQL with login roles only the batch
// sync's role reads the Go Cards secret, so a workstation asks the dispatchers (tempcards-sync services,
// which listen) and watches for the answer. An order: the batch is committed, kChannel notified, and the
// batch watched until it is answered. A refresh: kRefreshChannel notified with the card's id, and the audit
// trail watched for the dispatcher's card.refresh record. Each run of a dispatcher leaves its start in
// sync_state under kSeenKey. Plain reads and notifications; throws DatabaseError.
class HandOver
{
public:
    static inline const QString kChannel = QStringLiteral("tempcards_dispatch");
    static inline const QString kRefreshChannel = QStringLiteral("tempcards_refresh");
    static inline const QString kSeenKey = QStringLiteral("dispatcher.seen");
    // How long a workstation waits for a dispatcher's answer, at most.
    static constexpr int kWaitMs = 10000;

    static void notify(const QSqlDatabase &db);
    static void notifyRefresh(const QSqlDatabase &db, qint64 cardId);
    // The last audit record's id, to look for answers after it.
    static qint64 lastAuditId(const QSqlDatabase &db);
    struct RefreshAnswer
    {
        bool ok = false;
        QString detail; // why not, when not ok
    };
    // The dispatcher's card.refresh record for the card after `afterAuditId`, if there is one yet.
    static std::optional<RefreshAnswer> refreshAnswer(const QSqlDatabase &db, qint64 cardId, qint64 afterAuditId);
    // The batch's state (pending, sent, accepted, refused), or nothing when an abort removed it.
    static std::optional<QString> batchState(const QSqlDatabase &db, qint64 batchId);
    // When a dispatcher last began a run; invalid when none ever did.
    static QDateTime dispatcherSeen(const QSqlDatabase &db);
};

} // namespace tempcards
