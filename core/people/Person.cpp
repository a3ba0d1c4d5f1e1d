// SPDX-License-Identifier: Apache-2.0
#include "Person.h"

#include <QStringList>

namespace tempcards {

QString Person::displayName() const
{
    QStringList names;
    if (!givenName.isEmpty())
        names << givenName;
    if (!surname.isEmpty())
        names << surname;
    return QStringLiteral("%1 (%2)").arg(names.join(QLatin1Char(' ')), employeeId);
}

} // namespace tempcards
