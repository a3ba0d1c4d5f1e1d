// SPDX-License-Identifier: Apache-2.0
#include "PeopleImport.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "InputText.h"
#include "PeopleQuery.h"
#include "PeopleStore.h"
#include "Sql.h"

#include <QSet>

namespace tempcards {

namespace {

QString object(const Person &person)
{
    return QStringLiteral("person:") + person.employeeId;
}

// The names of the fields that differ, as the audit trail records them (never their values).
QString changedFields(const Person &before, const Person &after)
{
    QStringList fields;
    if (before.givenName != after.givenName)
        fields << QStringLiteral("given name");
    if (before.surname != after.surname)
        fields << QStringLiteral("surname");
    if (before.email != after.email)
        fields << QStringLiteral("e-mail");
    if (before.department != after.department)
        fields << QStringLiteral("department");
    if (before.active != after.active)
        fields << QStringLiteral("state");
    if (before.language != after.language)
        fields << QStringLiteral("language");
    return fields.join(QStringLiteral(", "));
}

// Assigned or expired cards whose holder is inactive: the attention list, as the import leaves it.
int heldByInactive(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM cards c JOIN people p ON p.id = c.holder_id "
                                       "WHERE c.state IN ('assigned', 'expired') AND p.state = 'inactive'"))
        .scalar()
        .toInt();
}

} // namespace

PeopleImport::Result PeopleImport::run(const QSqlDatabase &db, const AuditLog &audit, const Clock &clock,
                                       const Request &request)
{
    const QString actor = request.session ? request.session->userName : Actors::BatchSync;
    const QString file = InputText::shown(request.fileName, 80);
    const bool full = request.mode == Mode::Full;
    const bool fromDirectory = request.directory.has_value();
    const PeopleCsv::Parsed parsed = fromDirectory ? *request.directory : PeopleCsv::parse(request.file);
    const QString action = fromDirectory ? QStringLiteral("people.sync") : QStringLiteral("people.import");
    Result result;
    result.ignoredColumns = parsed.ignoredColumns;
    try {
        WriteTransaction transaction(db);
        const QDateTime now = clock.nowUtc();
        auto refuse = [&](const QString &message, AuditRecord::Result outcome) {
            audit.append(db, {actor, action, QStringLiteral("people"), QVariant(), QVariant(), outcome,
                              QStringLiteral("%1: %2").arg(file, message)});
            transaction.commit();
            result.message = message;
            return result;
        };
        if (request.session) {
            const auto refusal = Authorizer::checkPermission(db, *request.session, Permissions::ImportPeople);
            if (refusal != Authorizer::Refusal::None)
                return refuse(Authorizer::message(refusal, fromDirectory ? tr("Bring cardholders in from the directory")
                                                                         : tr("Import cardholders")),
                              AuditRecord::Result::Refused);
        }
        if (!parsed.ok()) {
            result.problems = parsed.problems;
            result.moreProblems = parsed.moreProblems;
            const int count = int(parsed.problems.size()) + parsed.moreProblems;
            const QString first = parsed.problems.first().toString();
            return refuse(fromDirectory ? tr("The people of %1 were not brought in: %n entry(s) cannot be taken, and "
                                             "nothing was changed. The first: %2",
                                             nullptr, count)
                                              .arg(file, first)
                                        : tr("%1 was not imported: it has %n problem(s), and nothing was changed. The "
                                             "first: %2",
                                             nullptr, count)
                                              .arg(file, first),
                          AuditRecord::Result::Failure);
        }
        const QHash<QString, Person> existing = PeopleQuery::all(db);
        QList<Person> added;
        QList<Person> changed;
        QList<AuditRecord> records;
        QList<qint64> nowInactive;
        QSet<QString> named;
        for (const PeopleCsv::Row &row : parsed.rows) {
            named.insert(row.person.employeeId);
            const auto known = existing.constFind(row.person.employeeId);
            if (known == existing.cend()) {
                added << row.person;
                records.append({actor, QStringLiteral("person.add"), object(row.person), QVariant(),
                                PersonStates::of(row.person.active), AuditRecord::Result::Success, file});
                continue;
            }
            Person updated = row.person;
            updated.id = known->id;
            if (!parsed.hasEmail && !fromDirectory)
                updated.email = known->email;
            if (!parsed.hasDepartment && !fromDirectory)
                updated.department = known->department;
            if (!parsed.hasLanguage && !fromDirectory)
                updated.language = known->language;
            if (updated.sameAs(*known)) {
                ++result.unchanged;
                continue;
            }
            changed << updated;
            if (known->active && !updated.active)
                nowInactive << updated.id;
            records.append({actor, QStringLiteral("person.change"), object(updated), PersonStates::of(known->active),
                            PersonStates::of(updated.active), AuditRecord::Result::Success,
                            QStringLiteral("%1: %2").arg(file, changedFields(*known, updated))});
        }
        if (full) {
            for (const Person &person : existing) {
                if (!person.active || named.contains(person.employeeId))
                    continue;
                Person updated = person;
                updated.active = false;
                changed << updated;
                nowInactive << updated.id;
                records.append({actor, QStringLiteral("person.change"), object(updated), PersonStates::Active,
                                PersonStates::Inactive, AuditRecord::Result::Success,
                                fromDirectory ? QStringLiteral("%1: no longer in the directory").arg(file)
                                              : QStringLiteral("%1: not in a full export").arg(file)});
            }
        }
        PeopleStore::insert(db, added, actor, now);
        PeopleStore::update(db, changed, actor, now);
        result.added = int(added.size());
        result.changed = int(changed.size()) - int(nowInactive.size());
        result.deactivated = int(nowInactive.size());
        result.cardsNeedingAttention = heldByInactive(db);
        records.append({actor, action, QStringLiteral("people"), QVariant(), QVariant(), AuditRecord::Result::Success,
                        QStringLiteral("%1 (%2): %3 added, %4 changed, %5 set inactive, %6 unchanged")
                            .arg(file, full ? QStringLiteral("full") : QStringLiteral("partial"))
                            .arg(result.added)
                            .arg(result.changed)
                            .arg(result.deactivated)
                            .arg(result.unchanged)});
        audit.appendAll(db, records);
        transaction.commit();
        result.ok = true;
        QStringList parts{tr("%n added", nullptr, result.added), tr("%n changed", nullptr, result.changed),
                          tr("%n set inactive", nullptr, result.deactivated),
                          tr("%n unchanged", nullptr, result.unchanged)};
        result.message = fromDirectory
                             ? tr("The people of %1 were brought in: %2.").arg(file, parts.join(QStringLiteral(", ")))
                             : tr("%1 imported: %2.").arg(file, parts.join(QStringLiteral(", ")));
        if (result.cardsNeedingAttention > 0)
            result.message += QLatin1Char(' ') + tr("%n card(s) are held by people who are inactive; see Cards "
                                                    "needing attention.",
                                                    nullptr, result.cardsNeedingAttention);
        if (!result.ignoredColumns.isEmpty())
            result.message +=
                QLatin1Char(' ') + tr("Columns not used: %1.").arg(result.ignoredColumns.join(QStringLiteral(", ")));
    } catch (const DatabaseError &error) {
        result = Result();
        result.message =
            fromDirectory
                ? tr("The people of %1 were not brought in, and nothing was changed: %2").arg(file, error.userMessage())
                : tr("%1 was not imported, and nothing was changed: %2").arg(file, error.userMessage());
    }
    return result;
}

} // namespace tempcards
