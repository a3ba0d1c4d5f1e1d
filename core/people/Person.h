// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace tempcards {

// A cardholder: someone who may be given a temporary card while active. The employee id is the person's key
// in every import; names, e-mail and department are as the source last said.
struct Person
{
    qint64 id = 0; // 0 for a person not stored yet
    QString employeeId;
    QString givenName;
    QString surname;
    QString email;
    QString department;
    bool active = true;

    QString displayName() const; // "Given Surname (employee id)"
    // The fields an import compares; the id and the times are the database's.
    bool sameAs(const Person &other) const
    {
        return employeeId == other.employeeId && givenName == other.givenName && surname == other.surname &&
               email == other.email && department == other.department && active == other.active;
    }
};

namespace PersonStates {
inline const QString Active = QStringLiteral("active");
inline const QString Inactive = QStringLiteral("inactive");
// The state as stored.
inline QString of(bool active)
{
    return active ? Active : Inactive;
}
} // namespace PersonStates

} // namespace tempcards
