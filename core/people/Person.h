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
    QString language; // a primary language subtag ("de"); empty when the source does not say

    QString displayName() const; // "Given Surname (employee id)"
    // The fields an import compares; the id and the times are the database's.
    bool sameAs(const Person &other) const
    {
        return employeeId == other.employeeId && givenName == other.givenName && surname == other.surname &&
               email == other.email && department == other.department && active == other.active &&
               language == other.language;
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

namespace PersonLanguage {
// The primary language subtag of a language tag, lower case: "de" for "de-AT", "DE_de" or (as a
// directory's preferredLanguage may hold an Accept-Language list) "de-CH, en;q=0.8". Empty for empty text;
// empty and *ok false for text that is no language tag.
QString of(const QString &text, bool *ok = nullptr);
} // namespace PersonLanguage

} // namespace tempcards
