// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuditTrail.h"
#include "CoreContext.h"
#include "Outcome.h"
#include "Session.h"

#include <QFuture>
#include <QObject>

namespace tempcards {

// The audit trail for auditors (audit:read, checked in the database on every call). Reads run on the
// context's thread pool, never on the caller's thread; results come back as futures. Nothing here changes a
// record; exporting is itself audited.
class AuditService : public QObject
{
    Q_OBJECT

public:
    explicit AuditService(const CoreContext &context, QObject *parent = nullptr);

    struct Page
    {
        Outcome outcome; // a refusal or a database problem; ok with possibly no rows
        QList<AuditRow> rows;
        QStringList actions; // all actions recorded, for the filter (first page only)
    };
    Page readPage(const Session &by, const AuditFilter &filter, qint64 beforeId, int limit);
    QFuture<Page> page(const Session &by, const AuditFilter &filter, qint64 beforeId, int limit);
    // Writes the matching records to `path` (replaced only when the whole export was written).
    QFuture<Outcome> exportCsv(const Session &by, const AuditFilter &filter, const QString &path);
    // Checks the whole hash chain; the message names the first bad record. Given a checkpoint file (as
    // tempcards-sync --checkpoints writes it), the database is also checked against every checkpoint in it,
    // signed by the key its first line names, whose fingerprint the message gives for the auditor to
    // compare with the recorded public half; it names the newest checkpoint that holds and the first that
    // does not ("restored from a backup, or cut" when the database ends before one).
    QFuture<Outcome> verify(const Session &by, const QString &checkpointFile = {});

private:
    CoreContext m_context;
};

} // namespace tempcards
