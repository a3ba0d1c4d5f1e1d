// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PeopleCsv.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class AuditLog;
class Clock;

// Brings an HR export's cardholders into the database, whole or not at all: people new to the database are
// added, people whose fields differ are updated, and with a full export, active people the file does not name
// become inactive. A file with any problem changes nothing. Every added or changed person and the import
// itself are audited in the same transaction.
class PeopleImport
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::PeopleImport)

public:
    enum class Mode { Partial, Full };
    struct Request
    {
        QByteArray file;
        QString fileName; // for the audit trail and the messages; no path
        Mode mode = Mode::Partial;
        // Who imports: an account with people:import, or the batch sync's identity (tempcards-sync
        // --import-people) when unset. On PostgreSQL the database checks either again.
        std::optional<Session> session;
        // The people the directory holds, read already (core/peoplesync), instead of a file: `fileName` then
        // names the directory; audited as people.sync. A directory always has e-mail and department.
        std::optional<PeopleCsv::Parsed> directory;
    };
    struct Result
    {
        bool ok = false;
        QString message; // what changed, or why nothing did
        QList<PeopleCsv::Problem> problems;
        int moreProblems = 0;
        int added = 0;
        int changed = 0;
        int deactivated = 0; // active before, inactive now (named inactive, or missing from a full export)
        int unchanged = 0;
        int cardsNeedingAttention = 0; // assigned or expired cards whose holder is inactive, after the import
        QStringList ignoredColumns;
    };

    // One write transaction, on the writer thread.
    static Result run(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Request &request);
};

} // namespace tempcards
