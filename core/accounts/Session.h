// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace tempcards {

// Role names as stored; permissions are granted to roles (table role_permissions).
namespace Roles {
inline const QString Operator = QStringLiteral("operator");
inline const QString Administrator = QStringLiteral("administrator");
inline const QString Auditor = QStringLiteral("auditor");
QStringList all();
QString displayName(const QString &role);
} // namespace Roles

namespace Permissions {
inline const QString ManageSettings = QStringLiteral("settings:manage");
inline const QString ManageAccounts = QStringLiteral("accounts:manage");
inline const QString RefreshCards = QStringLiteral("cards:refresh");
inline const QString ReadAudit = QStringLiteral("audit:read");
inline const QString ImportPeople = QStringLiteral("people:import");
} // namespace Permissions

// The technical identity the batch sync (in the client or tempcards-sync) acts and audits as.
namespace Actors {
inline const QString BatchSync = QStringLiteral("batch-sync");
} // namespace Actors

// Who is logged in, as read at login. The UI uses it to decide what to offer; the core checks the account
// and its permissions again, in the transaction, before it changes anything.
struct Session
{
    qint64 accountId = 0;
    QString userName;
    QSet<QString> roles;
    QSet<QString> permissions;

    bool isValid() const { return accountId > 0; }
    bool can(const QString &permission) const { return permissions.contains(permission); }
};

} // namespace tempcards
