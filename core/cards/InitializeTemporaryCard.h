// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class AuditLog;
class Clock;
struct Session;

// "Initialize temporary card" (TempCardsAddonExtProdInitialize): a produced card whose chip UID the
// operator confirms becomes unassigned, ready to hand out. The UID must match the one Go Cards reported.
class InitializeTemporaryCard
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::InitializeTemporaryCard)

public:
    // Upper-case hexadecimal without separators, 4, 7 or 10 bytes (ISO/IEC 14443 UIDs); else nothing and
    // *problem says why. Spaces and colons between the digits are accepted and dropped.
    static std::optional<QString> normalizeUid(const QString &text, QString *problem);

    struct Result
    {
        bool ok = false;
        QString message;
        QList<qint64> changed;
    };
    // One write transaction, on the writer thread.
    static Result initialize(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock, const Session &session,
                             qint64 cardId, const QString &uid);
};

} // namespace tempcards
