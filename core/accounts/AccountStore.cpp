// SPDX-License-Identifier: Apache-2.0
#include "AccountStore.h"

#include "Clock.h"
#include "Sql.h"

namespace tempcards {

namespace {

const QString kColumns =
    QStringLiteral("id, username, password_hash, state, must_change_password, failed_logins, locked_until");

QStringList rolesOf(const QSqlDatabase &db, qint64 id)
{
    SqlQuery query(db, QStringLiteral("SELECT role FROM account_roles WHERE account_id = ? ORDER BY role"));
    query.bind(id).exec();
    QStringList roles;
    while (query.next())
        roles << query.value(0).toString();
    return roles;
}

QList<AccountRecord> read(const QSqlDatabase &db, SqlQuery &query)
{
    QList<AccountRecord> accounts;
    while (query.next()) {
        AccountRecord record;
        record.id = query.value(0).toLongLong();
        record.userName = query.value(1).toString();
        record.passwordHash = query.value(2).toString();
        record.active = query.value(3).toString() == QLatin1String("active");
        record.mustChangePassword = query.value(4).toInt() != 0;
        record.failedLogins = query.value(5).toInt();
        if (!query.value(6).isNull() && !query.value(6).toString().isEmpty())
            record.lockedUntil = fromStorageTime(query.value(6).toString());
        accounts << record;
    }
    for (AccountRecord &account : accounts)
        account.roles = rolesOf(db, account.id);
    return accounts;
}

std::optional<AccountRecord> one(const QSqlDatabase &db, const QString &where, const QVariant &key)
{
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM accounts WHERE %2 = ?").arg(kColumns, where));
    query.bind(key).exec();
    const QList<AccountRecord> found = read(db, query);
    return found.isEmpty() ? std::nullopt : std::optional<AccountRecord>(found.first());
}

} // namespace

int AccountStore::count(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM accounts")).scalar().toInt();
}

std::optional<AccountRecord> AccountStore::findByName(const QSqlDatabase &db, const QString &userName)
{
    return one(db, QStringLiteral("username"), userName);
}

std::optional<AccountRecord> AccountStore::findById(const QSqlDatabase &db, qint64 id)
{
    return one(db, QStringLiteral("id"), id);
}

QList<AccountRecord> AccountStore::all(const QSqlDatabase &db)
{
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM accounts ORDER BY username").arg(kColumns));
    query.exec();
    QList<AccountRecord> accounts = read(db, query);
    for (AccountRecord &account : accounts)
        account.passwordHash.clear(); // listings never carry hashes
    return accounts;
}

QSet<QString> AccountStore::permissionsOf(const QSqlDatabase &db, const QStringList &roles)
{
    QSet<QString> permissions;
    for (const QString &role : roles) {
        SqlQuery query(db, QStringLiteral("SELECT permission FROM role_permissions WHERE role = ?"));
        query.bind(role).exec();
        while (query.next())
            permissions.insert(query.value(0).toString());
    }
    return permissions;
}

Session AccountStore::sessionOf(const QSqlDatabase &db, const AccountRecord &account)
{
    Session session;
    session.accountId = account.id;
    session.userName = account.userName;
    session.roles = QSet<QString>(account.roles.cbegin(), account.roles.cend());
    session.permissions = permissionsOf(db, account.roles);
    return session;
}

int AccountStore::activeAdministrators(const QSqlDatabase &db, qint64 except)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN account_roles r ON r.account_id = a.id "
                                       "WHERE r.role = 'administrator' AND a.state = 'active' AND a.id <> ?"))
        .bind(except)
        .scalar()
        .toInt();
}

qint64 AccountStore::insert(const QSqlDatabase &db, const QString &userName, const QString &passwordHash,
                            const QStringList &roles, const QDateTime &now)
{
    const QString at = toStorageTime(now);
    const qint64 id = SqlQuery(db, QStringLiteral("INSERT INTO accounts (username, password_hash, state, created_at, "
                                                  "updated_at) VALUES (?, ?, 'active', ?, ?) RETURNING id"))
                          .bind(userName)
                          .bind(passwordHash)
                          .bind(at)
                          .bind(at)
                          .scalar()
                          .toLongLong();
    setRoles(db, id, roles);
    return id;
}

void AccountStore::setActive(const QSqlDatabase &db, qint64 id, bool active, const QDateTime &now)
{
    SqlQuery(db, QStringLiteral("UPDATE accounts SET state = ?, failed_logins = 0, locked_until = NULL, updated_at = ? "
                                "WHERE id = ?"))
        .bind(active ? QStringLiteral("active") : QStringLiteral("inactive"))
        .bind(toStorageTime(now))
        .bind(id)
        .exec();
}

void AccountStore::setRoles(const QSqlDatabase &db, qint64 id, const QStringList &roles)
{
    SqlQuery(db, QStringLiteral("DELETE FROM account_roles WHERE account_id = ?")).bind(id).exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO account_roles (account_id, role) VALUES (?, ?)"));
    for (const QString &role : roles)
        insert.bind(id).bind(role).exec();
}

void AccountStore::setPassword(const QSqlDatabase &db, qint64 id, const QString &passwordHash, bool mustChange,
                               const QDateTime &now)
{
    SqlQuery(db, QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = ?, failed_logins = 0, "
                                "locked_until = NULL, updated_at = ? WHERE id = ?"))
        .bind(passwordHash)
        .bind(mustChange ? 1 : 0)
        .bind(toStorageTime(now))
        .bind(id)
        .exec();
}

void AccountStore::setFailures(const QSqlDatabase &db, qint64 id, int failedLogins, const QDateTime &lockedUntil)
{
    SqlQuery(db, QStringLiteral("UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?"))
        .bind(failedLogins)
        .bind(lockedUntil.isValid() ? QVariant(toStorageTime(lockedUntil)) : sqlNull())
        .bind(id)
        .exec();
}

} // namespace tempcards
