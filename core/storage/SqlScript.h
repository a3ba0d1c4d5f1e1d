// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace tempcards {

// Splits a migration file into single statements, because Qt's drivers execute one statement per call.
// A semicolon ends a statement only outside quotes, comments, dollar-quoted bodies (PostgreSQL) and the
// BEGIN ... END body of a CREATE TRIGGER (SQLite). Comment-only fragments are dropped.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};

} // namespace tempcards
