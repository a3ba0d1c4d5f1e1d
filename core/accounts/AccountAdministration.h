// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountStore.h"
#include "CoreContext.h"
#include "Outcome.h"
#include "PasswordHasher.h"
#include "Session.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <optional>

namespace tempcards {

// Administrators' work on accounts (NIST SP 800-53 AC-2, AC-5, AC-6): create, deactivate, reactivate,
// reset a password (the person must choose a new one at the next login; this also lifts a lock) and set
// roles. Each change is checked against the database and audited in one transaction. Nobody deactivates
// or demotes the last active administrator, deactivates themselves, or changes their own roles.
class AccountAdministration : public QObject
{
    Q_OBJECT

public:
    AccountAdministration(const CoreContext &context, const PasswordHasher &hasher, QObject *parent = nullptr);

    QFuture<QList<AccountRecord>> accounts();
    QFuture<Outcome> createAccount(const Session &by, const QString &userName, const QString &password,
                                   const QString &repeated, const QStringList &roles);
    QFuture<Outcome> setActive(const Session &by, qint64 accountId, bool active);
    QFuture<Outcome> resetPassword(const Session &by, qint64 accountId, const QString &password,
                                   const QString &repeated);
    QFuture<Outcome> setRoles(const Session &by, qint64 accountId, const QStringList &roles);

    // Hashes the password off the caller's thread, then inserts the account. Without `by`, only into a
    // database without accounts (the first administrator).
    static QFuture<Outcome> create(const CoreContext &context, const PasswordHasher &hasher,
                                   const std::optional<Session> &by, const QString &userName, const QString &password,
                                   const QStringList &roles);

    // What is stored for a password: a PBKDF2 hash on SQLite; with login roles (PostgreSQL) the SCRAM-SHA-256
    // verifier PostgreSQL keeps for the person's role, so the password itself never leaves this process.
    // CPU-heavy: call it off the GUI thread.
    static QString storedPassword(const CoreContext &context, const PasswordHasher &hasher, const QString &password);

signals:
    void accountsChanged();

private:
    using Change = std::function<Outcome(const QSqlDatabase &, const AccountRecord &target, const QDateTime &now)>;
    // Checks that `by` may manage accounts and that the account exists, then runs `change` in the same
    // transaction; commits only when it succeeds.
    QFuture<Outcome> change(const Session &by, qint64 accountId, Change change);

    CoreContext m_context;
    PasswordHasher m_hasher;
};

} // namespace tempcards
