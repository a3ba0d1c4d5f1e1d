// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Person.h"

#include <QDateTime>
#include <QList>

class QSqlDatabase;

namespace tempcards {

// Writes to the cardholders' rows, with their search keys. Must run inside a WriteTransaction; throws
// DatabaseError. Auditing is the caller's (PeopleImport), which knows why a row changed.
class PeopleStore
{
public:
    // Inserts each person (id ignored) and returns their new ids, in order.
    static QList<qint64> insert(const QSqlDatabase &db, const QList<Person> &people, const QString &by,
                                const QDateTime &now);
    // Writes each person's fields (found by id).
    static void update(const QSqlDatabase &db, const QList<Person> &people, const QString &by, const QDateTime &now);
};

} // namespace tempcards
