// SPDX-License-Identifier: Apache-2.0
#include "PeopleStore.h"

#include "Clock.h"
#include "PeopleQuery.h"
#include "Sql.h"

namespace tempcards {

QList<qint64> PeopleStore::insert(const QSqlDatabase &db, const QList<Person> &people, const QString &by,
                                  const QDateTime &now)
{
    const QString at = toStorageTime(now);
    SqlQuery query(db, QStringLiteral("INSERT INTO people (employee_id, given_name, surname, email, department, state, "
                                      "language, employee_key, given_key, surname_key, created_at, updated_at, "
                                      "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QList<qint64> ids;
    ids.reserve(people.size());
    for (const Person &p : people) {
        query.bind(p.employeeId)
            .bind(p.givenName)
            .bind(p.surname)
            .bind(p.email)
            .bind(p.department)
            .bind(PersonStates::of(p.active))
            .bind(p.language)
            .bind(PeopleQuery::searchKey(p.employeeId))
            .bind(PeopleQuery::searchKey(p.givenName))
            .bind(PeopleQuery::searchKey(p.surname))
            .bind(at)
            .bind(at)
            .bind(by);
        ids << query.scalar().toLongLong();
    }
    return ids;
}

void PeopleStore::update(const QSqlDatabase &db, const QList<Person> &people, const QString &by, const QDateTime &now)
{
    const QString at = toStorageTime(now);
    SqlQuery query(db, QStringLiteral("UPDATE people SET given_name = ?, surname = ?, email = ?, department = ?, "
                                      "state = ?, language = ?, given_key = ?, surname_key = ?, updated_at = ?, "
                                      "updated_by = ? "
                                      "WHERE id = ?"));
    for (const Person &p : people) {
        query.bind(p.givenName)
            .bind(p.surname)
            .bind(p.email)
            .bind(p.department)
            .bind(PersonStates::of(p.active))
            .bind(p.language)
            .bind(PeopleQuery::searchKey(p.givenName))
            .bind(PeopleQuery::searchKey(p.surname))
            .bind(at)
            .bind(by)
            .bind(p.id)
            .exec();
    }
}

} // namespace tempcards
