// SPDX-License-Identifier: Apache-2.0
#include "PersonFields.h"

#include "InputText.h"

#include <QRegularExpression>

namespace tempcards {

namespace {

const char *const kNames[PersonFields::ColumnCount] = {
    QT_TRANSLATE_NOOP("tempcards::PersonFields", "employee id"),
    QT_TRANSLATE_NOOP("tempcards::PersonFields", "given name"),
    QT_TRANSLATE_NOOP("tempcards::PersonFields", "surname"),
    QT_TRANSLATE_NOOP("tempcards::PersonFields", "e-mail"),
    QT_TRANSLATE_NOOP("tempcards::PersonFields", "department"),
    QT_TRANSLATE_NOOP("tempcards::PersonFields", "state"),
    QT_TRANSLATE_NOOP("tempcards::PersonFields", "language"),
};

} // namespace

QString PersonFields::name(int column)
{
    return tr(kNames[column]);
}

int PersonFields::maxLength(int column)
{
    switch (column) {
    case EmployeeId:
        return 64;
    case Email:
        return 254; // RFC 5321's longest path, less its angle brackets
    case State:
        return 16;
    case Language:
        return 35; // RFC 5646's longest well-formed tag worth keeping
    default:
        return 128;
    }
}

QString PersonFields::problem(int column, const QString &value)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (value.size() > maxLength(column))
        return tr("the %1 is longer than %2 characters").arg(name(column)).arg(maxLength(column));
    if (InputText::hasInvisible(value))
        return tr("the %1 holds a control or invisible character: %2").arg(name(column), InputText::shown(value, 60));
    if (column == Email && !value.isEmpty() && !email.match(value).hasMatch())
        return tr("the e-mail address %1 is not one").arg(InputText::shown(value, 60));
    if (column == State && !value.isEmpty() && value.compare(PersonStates::Active, Qt::CaseInsensitive) != 0 &&
        value.compare(PersonStates::Inactive, Qt::CaseInsensitive) != 0)
        return tr("the state is \"%1\"; it is active or inactive").arg(InputText::shown(value, 20));
    bool ok = true;
    if (column == Language && (PersonLanguage::of(value, &ok), !ok))
        return tr("the language \"%1\" is not a language tag such as de or sv-SE").arg(InputText::shown(value, 20));
    return {};
}

QString PersonFields::personProblem(const Person &person)
{
    const std::pair<int, const QString *> fields[] = {{EmployeeId, &person.employeeId}, {GivenName, &person.givenName},
                                                      {Surname, &person.surname},       {Email, &person.email},
                                                      {Department, &person.department}, {Language, &person.language}};
    for (const auto &[column, value] : fields) {
        const QString why = problem(column, *value);
        if (!why.isEmpty())
            return why;
    }
    if (person.employeeId.isEmpty())
        return tr("the employee id is empty");
    if (person.givenName.isEmpty() && person.surname.isEmpty())
        return tr("the person has neither a given name nor a surname");
    return {};
}

} // namespace tempcards
