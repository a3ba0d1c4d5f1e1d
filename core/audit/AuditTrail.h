// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuditChain.h"

#include <QDateTime>
#include <QList>

class QIODevice;
class QSqlDatabase;

namespace tempcards {

// What an auditor narrows the trail to; empty fields do not narrow.
struct AuditFilter
{
    QString actor;            // exact user name
    QString action;           // exact action, e.g. "login"
    QString object;           // prefix, e.g. "card:" or "card:42"
    bool objectExact = false; // `object` whole: "card:4" without "card:42"
    QString outcome;          // "success", "failure" or "refused"
    QDateTime from;           // UTC, inclusive
    QDateTime until;          // UTC, exclusive
};

// Reading the audit trail; nothing here writes to it (it is append-only, enforced by triggers).
class AuditTrail
{
public:
    // Up to `limit` records older than `beforeId` (0: the newest), newest first. Throws DatabaseError.
    static QList<AuditRow> page(const QSqlDatabase &db, const AuditFilter &filter, qint64 beforeId, int limit);
    // The distinct actions recorded so far, for the filter's drop-down.
    static QStringList actions(const QSqlDatabase &db);
    // Every matching record, oldest first, as CSV (RFC 4180, UTF-8, header line) with its hashes, so the
    // export can be checked against the chain. Cells that a spreadsheet would run as a formula are prefixed
    // with an apostrophe. Returns the number of records written, or -1 when `out` refused a write.
    // Throws DatabaseError.
    static qint64 writeCsv(const QSqlDatabase &db, const AuditFilter &filter, QIODevice *out);
};

} // namespace tempcards
