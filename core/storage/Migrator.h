// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Sql.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tempcards {

class Clock;

// Applies the numbered migrations in resources/sql (compiled in as :/sql/NNN_name.sql). Each migration runs
// in one transaction together with its row in schema_migrations, so a failure leaves the previous version.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    static QList<Migration> available();
    static int latestVersion();
    // 0 for an empty database; -1 when the database holds tables but is not a tempcards database.
    static int currentVersion(const QSqlDatabase &db);
    // Why this database must not be touched (a foreign one, or one from a newer version), or empty.
    static QString refusal(const QSqlDatabase &db);
    // Brings the database to `target` (the latest when negative). Refuses, without writing anything,
    // a database from a newer version or a foreign one. Returns an empty string or a sentence for the user.
    static QString migrate(const QSqlDatabase &db, const Clock &clock, int target = -1);
    // Keeps the lines of this dialect's "-- @only <dialect>" ... "-- @end" blocks, drops the other dialect's,
    // and replaces the few dialect tokens (@ID@ for an auto-increment primary key).
    static QString forDialect(QString sql, Dialect dialect);
};

} // namespace tempcards
