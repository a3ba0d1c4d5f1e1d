// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Person.h"

#include <QList>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class SqlQuery;

// Reads of the cardholders, on any connection. Throws DatabaseError.
class PeopleQuery
{
public:
    // The columns readRow() reads ("alias." first when given), and one person from `query` from column
    // `first`; a NULL id (an outer join that found nobody) reads as a person with id 0.
    static constexpr int kColumnCount = 8;
    static QString columns(const QString &alias = {});
    static Person readRow(const SqlQuery &query, int first);

    // Text as the search compares it: case folded, accents dropped, invisible characters removed, blanks
    // made single spaces; what people.*_key hold.
    static QString searchKey(const QString &text);

    // People whose employee id, given name or surname starts with the first word of `text`, and whose names
    // or employee id hold every other word at a word's start; active people first, then by surname. Served
    // by the three key indexes, so it stays quick among many people. Empty text finds nobody.
    static QList<Person> search(const QSqlDatabase &db, const QString &text, int limit);
    static std::optional<Person> byId(const QSqlDatabase &db, qint64 id);
    static QList<Person> byIds(const QSqlDatabase &db, const QList<qint64> &ids);
    static std::optional<Person> byEmployeeId(const QSqlDatabase &db, const QString &employeeId);
    // Everyone, by employee id: what an import compares its file against.
    static QHash<QString, Person> all(const QSqlDatabase &db);
    static int count(const QSqlDatabase &db, bool activeOnly = false);
    // Locks the person until the caller's transaction ends (PostgreSQL: an advisory lock, which rules.sql's
    // Assign check takes too; a row lock would need UPDATE on people), so that two desks handing the same
    // person a card take turns; SQLite's write transaction already excludes every other writer.
    static void lock(const QSqlDatabase &db, qint64 id);
};

} // namespace tempcards
