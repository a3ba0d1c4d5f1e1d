// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "Outcome.h"
#include "PasswordHasher.h"
#include "Session.h"

#include <QFuture>
#include <QObject>

namespace tempcards {

struct LoginResult
{
    bool ok = false;
    Session session;
    QString message;
    // The password was reset by an administrator: the person must choose a new one before working.
    bool mustChangePassword = false;
};

// What concerns the person at the keyboard: the first administrator, login, their own password.
// Password hashing runs on the context's thread pool and writes on the writer thread, so no call blocks
// the caller; results come back as futures (use .then(context, ...) to continue on the caller's thread).
class AccountService : public QObject
{
    Q_OBJECT

public:
    AccountService(const CoreContext &context, const PasswordHasher &hasher, QObject *parent = nullptr);

    // A quick read on the caller's connection.
    bool hasAccounts();
    // Only an active, unlocked account with the right password gets in; every failure gets one message that
    // does not say which part was wrong or whether the account exists. With login roles (PostgreSQL) the
    // person connects as their own role and the server checks the password; the client's lockout is SQLite's.
    // lockoutThreshold wrong passwords in a row lock the account for lockoutMinutes (options); the lock, its end and
    // every attempt are audited.
    QFuture<LoginResult> login(const QString &userName, const QString &password);
    // Allowed only while the database has no account at all (checked in the transaction).
    QFuture<Outcome> createFirstAdministrator(const QString &userName, const QString &password,
                                              const QString &repeated);
    // The session's own password, after checking the current one; ends a forced change.
    QFuture<Outcome> changePassword(const Session &session, const QString &current, const QString &password,
                                    const QString &repeated);
    // The person logged out: with login roles, the connections made from now on are the workstation's again.
    void logout();

signals:
    // A login succeeded; emitted on the service's thread before the login's future is finished.
    void loggedIn(const tempcards::Session &session);

private:
    QFuture<LoginResult> attempt(const QString &userName, const QString &password);

    CoreContext m_context;
    PasswordHasher m_hasher;
};

} // namespace tempcards
