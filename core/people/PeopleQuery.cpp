// SPDX-License-Identifier: Apache-2.0
#include "PeopleQuery.h"

#include "InputText.h"
#include "Sql.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace tempcards {

namespace {

const QString kColumns =
    QStringLiteral("id, employee_id, given_name, surname, email, department, state, language, surname_key, given_key");

struct Found
{
    Person person;
    QString surnameKey;
    QString givenKey;
};

QList<Found> readRows(SqlQuery &query)
{
    QList<Found> rows;
    while (query.next()) {
        Found row;
        row.person = PeopleQuery::readRow(query, 0);
        row.surnameKey = query.value(PeopleQuery::kColumnCount).toString();
        row.givenKey = query.value(PeopleQuery::kColumnCount + 1).toString();
        rows << row;
    }
    return rows;
}

QList<Person> people(const QList<Found> &rows)
{
    QList<Person> list;
    list.reserve(rows.size());
    for (const Found &row : rows)
        list << row.person;
    return list;
}

QString likeEscaped(QString word)
{
    return word.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
}

} // namespace

QString PeopleQuery::columns(const QString &alias)
{
    QStringList list;
    for (const char *column :
         {"id", "employee_id", "given_name", "surname", "email", "department", "state", "language"})
        list << (alias.isEmpty() ? QString() : alias + QLatin1Char('.')) + QLatin1String(column);
    return list.join(QStringLiteral(", "));
}

Person PeopleQuery::readRow(const SqlQuery &query, int first)
{
    Person person;
    person.id = query.value(first).toLongLong();
    person.employeeId = query.value(first + 1).toString();
    person.givenName = query.value(first + 2).toString();
    person.surname = query.value(first + 3).toString();
    person.email = query.value(first + 4).toString();
    person.department = query.value(first + 5).toString();
    person.active = query.value(first + 6).toString() == PersonStates::Active;
    person.language = query.value(first + 7).toString();
    return person;
}

QString PeopleQuery::searchKey(const QString &text)
{
    const QString decomposed = InputText::withoutInvisible(text).normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key.toCaseFolded().simplified();
}

QList<Person> PeopleQuery::search(const QSqlDatabase &db, const QString &text, int limit)
{
    const QStringList words = searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0)
        return {};
    const bool postgres = dialectOf(db) == Dialect::Postgres;
    // Every further word starts a word of the person's names or employee id.
    QString rest;
    for (int i = 1; i < words.size(); ++i)
        rest +=
            QStringLiteral(" AND (' ' || given_key || ' ' || surname_key || ' ' || employee_key) LIKE ? ESCAPE '\\'");
    // One index range per key, each in its index's order and cut at `limit`; merged below. Whatever the
    // prefix, no query reads more than `limit` rows of an index.
    QHash<qint64, Found> merged;
    for (const QString &key :
         {QStringLiteral("surname_key"), QStringLiteral("given_key"), QStringLiteral("employee_key")}) {
        const QString order = postgres ? key + QStringLiteral(" COLLATE \"C\"") : key;
        SqlQuery query(db, QStringLiteral("SELECT %1 FROM people WHERE %2%3 ORDER BY %4, id LIMIT %5")
                               .arg(kColumns, prefixRange(db, key), rest, order)
                               .arg(limit));
        query.bind(words.first()).bind(prefixEnd(words.first()));
        for (int i = 1; i < words.size(); ++i)
            query.bind(QStringLiteral("% ") + likeEscaped(words.at(i)) + QLatin1Char('%'));
        query.exec();
        for (const Found &row : readRows(query))
            merged.insert(row.person.id, row);
    }
    QList<Found> rows = merged.values();
    std::sort(rows.begin(), rows.end(), [](const Found &a, const Found &b) {
        if (a.person.active != b.person.active)
            return a.person.active;
        if (a.surnameKey != b.surnameKey)
            return a.surnameKey < b.surnameKey;
        if (a.givenKey != b.givenKey)
            return a.givenKey < b.givenKey;
        return a.person.id < b.person.id;
    });
    if (rows.size() > limit)
        rows.resize(limit);
    return people(rows);
}

std::optional<Person> PeopleQuery::byId(const QSqlDatabase &db, qint64 id)
{
    const QList<Person> found = byIds(db, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Person>(found.first());
}

QList<Person> PeopleQuery::byIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<Person> found;
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(kColumns));
    for (const qint64 id : ids) {
        query.bind(id).exec();
        found << people(readRows(query));
    }
    return found;
}

std::optional<Person> PeopleQuery::byEmployeeId(const QSqlDatabase &db, const QString &employeeId)
{
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM people WHERE employee_id = ?").arg(kColumns));
    query.bind(employeeId).exec();
    const QList<Found> rows = readRows(query);
    return rows.isEmpty() ? std::nullopt : std::optional<Person>(rows.first().person);
}

QHash<QString, Person> PeopleQuery::all(const QSqlDatabase &db)
{
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM people").arg(kColumns));
    query.exec();
    QHash<QString, Person> everyone;
    for (const Found &row : readRows(query))
        everyone.insert(row.person.employeeId, row.person);
    return everyone;
}

int PeopleQuery::count(const QSqlDatabase &db, bool activeOnly)
{
    SqlQuery query(db, activeOnly ? QStringLiteral("SELECT COUNT(*) FROM people WHERE state = 'active'")
                                  : QStringLiteral("SELECT COUNT(*) FROM people"));
    return query.scalar().toInt();
}

void PeopleQuery::lock(const QSqlDatabase &db, qint64 id)
{
    if (dialectOf(db) == Dialect::Postgres)
        SqlQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(7391002, CAST(? % 2147483647 AS INTEGER))"))
            .bind(id)
            .exec();
}

} // namespace tempcards
