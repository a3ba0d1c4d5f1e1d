// SPDX-License-Identifier: Apache-2.0
#include "DirectoryPeople.h"

#include "InputText.h"
#include "PersonFields.h"

namespace tempcards {

PeopleCsv::Parsed DirectoryPeople::parsed(const QList<DirectoryPerson> &people)
{
    PeopleCsv::Parsed parsed;
    parsed.hasEmail = true;
    parsed.hasDepartment = true;
    parsed.hasLanguage = true;
    QList<PeopleCsv::Row> rows;
    rows.reserve(people.size());
    const auto problem = [&parsed](const QString &dn, const QString &reason) {
        if (parsed.problems.size() < PeopleCsv::kMaxListedProblems)
            parsed.problems.append({0, dn.isEmpty() ? reason : tr("%1: %2").arg(InputText::shown(dn, 120), reason)});
        else
            ++parsed.moreProblems;
    };
    if (people.size() > PeopleCsv::kMaxPeople)
        problem(QString(), tr("the directory holds more than %1 people").arg(PeopleCsv::kMaxPeople));
    for (const DirectoryPerson &entry : people) {
        Person person;
        person.employeeId = entry.employeeId.trimmed();
        person.givenName = entry.givenName.trimmed();
        person.surname = entry.surname.trimmed();
        person.email = entry.email.trimmed();
        person.department = entry.department.trimmed();
        person.active = entry.active;
        // A directory's language that is no tag is not a reason to refuse everyone: the reminder is English.
        person.language = PersonLanguage::of(entry.language);
        const QString why = PersonFields::personProblem(person);
        if (!why.isEmpty()) {
            problem(entry.dn, why);
            continue;
        }
        rows.append({0, person});
    }
    if (parsed.problems.isEmpty() && rows.isEmpty())
        problem(QString(), tr("the directory's people filter finds nobody with an employee id"));
    if (parsed.problems.isEmpty())
        parsed.rows = std::move(rows);
    return parsed;
}

} // namespace tempcards
