// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace tempcards {

struct AccountRecord
{
    qint64 id = 0;
    QString userName;
    QString passwordHash; // empty in listings
    bool active = false;
    QStringList roles;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked

    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

// Account rows. Writers must be called inside a WriteTransaction; throws DatabaseError.
class AccountStore
{
public:
    static int count(const QSqlDatabase &db);
    static std::optional<AccountRecord> findByName(const QSqlDatabase &db, const QString &userName);
    static std::optional<AccountRecord> findById(const QSqlDatabase &db, qint64 id);
    static QList<AccountRecord> all(const QSqlDatabase &db);
    static QSet<QString> permissionsOf(const QSqlDatabase &db, const QStringList &roles);
    // The session of a logged-in account: its roles and what they permit, as the database has them now.
    static Session sessionOf(const QSqlDatabase &db, const AccountRecord &account);
    // Active accounts holding the administrator role, not counting `except`.
    static int activeAdministrators(const QSqlDatabase &db, qint64 except = 0);

    static qint64 insert(const QSqlDatabase &db, const QString &userName, const QString &passwordHash,
                         const QStringList &roles, const QDateTime &now);
    static void setActive(const QSqlDatabase &db, qint64 id, bool active, const QDateTime &now);
    static void setRoles(const QSqlDatabase &db, qint64 id, const QStringList &roles);
    // A new password; the lock and the failure count are cleared.
    static void setPassword(const QSqlDatabase &db, qint64 id, const QString &passwordHash, bool mustChange,
                            const QDateTime &now);
    // The failure count, and the lock when it reached the threshold (invalid `lockedUntil`: not locked).
    static void setFailures(const QSqlDatabase &db, qint64 id, int failedLogins, const QDateTime &lockedUntil);
};

} // namespace tempcards
