// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Processes.h"
#include "TempCardOptions.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

#include <optional>

class QSqlDatabase;

namespace tempcards {

// Which roles may start each process: process -> roles.
using ProcessGrants = QMap<ProcessId, QSet<QString>>;

// Which processes are enabled, who may start them, and which options script is in force. Writers must be called inside
// a WriteTransaction; throws DatabaseError.
class SettingsStore
{
public:
    static QSet<ProcessId> enabledProcesses(const QSqlDatabase &db);
    static ProcessGrants processGrants(const QSqlDatabase &db);
    static void setGranted(const QSqlDatabase &db, const QString &role, const QString &permission, bool granted);
    static bool isEnabled(const QSqlDatabase &db, ProcessId id);
    static void setEnabled(const QSqlDatabase &db, ProcessId id, bool enabled, const QString &by, const QDateTime &now);

    // The script in force: the newest saved version, or the built-in default (version 0).
    static QString optionsScript(const QSqlDatabase &db, int *version = nullptr);
    // The options in force. A stored script always parsed when it was saved; should it not parse now (a
    // newer build removed an option), the defaults apply and the problem is logged.
    static TempCardOptions options(const QSqlDatabase &db);
    struct OptionsVersion
    {
        int version = 0;
        QDateTime createdAt;
        QString createdBy;
    };
    // Every saved version, newest first.
    static QList<OptionsVersion> optionsHistory(const QSqlDatabase &db);
    // The text of one saved version, or nothing.
    static std::optional<QString> optionsScriptVersion(const QSqlDatabase &db, int version);
    static void saveOptionsScript(const QSqlDatabase &db, const QString &script, const QString &by,
                                  const QDateTime &now);
};

} // namespace tempcards
