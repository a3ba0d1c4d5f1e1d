// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

// An order handed to the batch sync instead of sent from here: on PostgreSQL with login roles only the batch
// sync's role reads the Go Cards secret, so a workstation commits the batch, notifies the dispatchers
// (tempcards-sync services, which listen on kChannel and run at once) and watches the batch until it is
// answered. Each run of a dispatcher leaves its start in sync_state under kSeenKey. Plain reads and one
// notification; throws DatabaseError.
class HandOver
{
public:
    static inline const QString kChannel = QStringLiteral("tempcards_dispatch");
    static inline const QString kSeenKey = QStringLiteral("dispatcher.seen");

    static void notify(const QSqlDatabase &db);
    // The batch's state (pending, sent, accepted, refused), or nothing when an abort removed it.
    static std::optional<QString> batchState(const QSqlDatabase &db, qint64 batchId);
    // When a dispatcher last began a run; invalid when none ever did.
    static QDateTime dispatcherSeen(const QSqlDatabase &db);
};

} // namespace tempcards
