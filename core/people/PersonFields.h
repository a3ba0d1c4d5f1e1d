// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Person.h"

#include <QCoreApplication>

namespace tempcards {

// The checks every cardholder's fields pass, wherever the person comes from (a CSV file's row, a directory's
// entry): each field's length and characters, the e-mail address, the state and the language. Each problem
// is a phrase for a line of a file's problems ("the e-mail address x is not one"). Plain functions.
class PersonFields
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::PersonFields)

public:
    enum Column { EmployeeId, GivenName, Surname, Email, Department, State, Language, ColumnCount };

    static QString name(int column);  // translated: "employee id"
    static int maxLength(int column); // in characters
    // Why a field's value is refused, or empty.
    static QString problem(int column, const QString &value);
    // Why a person cannot be taken (a field's problem, no employee id, no name), or empty.
    static QString personProblem(const Person &person);
};

} // namespace tempcards
