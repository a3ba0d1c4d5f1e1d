// SPDX-License-Identifier: Apache-2.0
#include "Session.h"

#include <QCoreApplication>

namespace tempcards {

QStringList Roles::all()
{
    return {Operator, Administrator, Auditor};
}

QString Roles::displayName(const QString &role)
{
    if (role == Operator)
        return QCoreApplication::translate("tempcards::Roles", "Operator");
    if (role == Administrator)
        return QCoreApplication::translate("tempcards::Roles", "Administrator");
    if (role == Auditor)
        return QCoreApplication::translate("tempcards::Roles", "Auditor");
    return role;
}

} // namespace tempcards
