// SPDX-License-Identifier: Apache-2.0
#include "AccountService.h"

#include "AccountAdministration.h"
#include "AccountStore.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Credentials.h"
#include "Database.h"
#include "InputText.h"
#include "Logging.h"
#include "SettingsStore.h"

#include <QThreadPool>

namespace tempcards {

namespace {

struct Candidate
{
    QString userName;
    std::optional<AccountRecord> account;
    bool passwordOk = false;
    QString problem; // database failure
    // PostgreSQL with login roles: the server checked the password by letting the person connect, and
    // lockout is the server's business (see the README), so there is no failure count to keep.
    bool serverChecked = false;
};

// Verifying against this costs the same as a real verification, so an unknown user name takes as long
// to refuse as a wrong password.
QString dummyHash(int iterations)
{
    return QStringLiteral("pbkdf2-sha256$%1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .arg(iterations);
}

// The decision, the lockout bookkeeping and the audit records of one login, in one transaction.
LoginResult settle(const QSqlDatabase &db, const CoreContext &context, const Candidate &candidate)
{
    LoginResult result;
    WriteTransaction transaction(db);
    const QDateTime now = context.clock->nowUtc();
    const TempCardOptions options = SettingsStore::options(db);
    // Read again inside the transaction: another login may have locked the account meanwhile.
    std::optional<AccountRecord> account =
        candidate.account ? AccountStore::findById(db, candidate.account->id) : std::nullopt;
    const QString object = QStringLiteral("account:%1").arg(candidate.userName);
    auto record = [&](const QString &action, AuditRecord::Result outcome, const QString &detail) {
        context.audit->append(db, {candidate.userName, action, object, QVariant(), QVariant(), outcome, detail});
    };
    if (candidate.serverChecked && account) {
        account->failedLogins = 0;
        account->lockedUntil = {};
    }
    if (account && account->lockedUntil.isValid() && !account->isLockedAt(now)) {
        AccountStore::setFailures(db, account->id, 0, {});
        record(QStringLiteral("account.unlock"), AuditRecord::Result::Success, QStringLiteral("lock expired"));
        account->failedLogins = 0;
        account->lockedUntil = {};
    }
    QString why;
    if (!account) {
        why = QStringLiteral("unknown user name");
    } else if (account->isLockedAt(now)) {
        why = QStringLiteral("account locked");
    } else if (!candidate.passwordOk) {
        why = QStringLiteral("wrong password");
        const int failures = account->failedLogins + 1;
        const bool lock = failures >= options.lockoutThreshold;
        AccountStore::setFailures(db, account->id, failures,
                                  lock ? now.addSecs(60 * options.lockoutMinutes) : QDateTime());
        if (lock)
            record(QStringLiteral("account.lock"), AuditRecord::Result::Success,
                   QStringLiteral("%1 wrong passwords in a row; locked for %2 minutes")
                       .arg(failures)
                       .arg(options.lockoutMinutes));
    } else if (!account->active) {
        why = QStringLiteral("account not active");
    } else if (account->failedLogins > 0) {
        AccountStore::setFailures(db, account->id, 0, {});
    }
    result.ok = why.isEmpty();
    record(QStringLiteral("login"), result.ok ? AuditRecord::Result::Success : AuditRecord::Result::Failure, why);
    transaction.commit();
    if (!result.ok) {
        qCInfo(lcAuth) << "login refused for" << candidate.userName << "-" << why;
        result.message = AccountService::tr("The user name or password is wrong, or the account is not active or "
                                            "locked for a while.");
        return result;
    }
    result.session = AccountStore::sessionOf(db, *account);
    result.mustChangePassword = account->mustChangePassword;
    qCInfo(lcAuth) << "login" << candidate.userName;
    return result;
}

LoginResult settleOrRefuse(const QSqlDatabase &db, const CoreContext &context, const Candidate &candidate)
{
    if (!candidate.problem.isEmpty())
        return LoginResult{false, {}, candidate.problem};
    try {
        return settle(db, context, candidate);
    } catch (const DatabaseError &error) {
        // A login that cannot be audited does not happen.
        return LoginResult{false, {}, error.userMessage()};
    }
}

// PostgreSQL with login roles: the person connects as their own role, so the server checks the password; a
// refusal cannot be audited by a workstation (PostgreSQL's log has it), a login is, in the person's name.
QFuture<LoginResult> loginAsRole(const CoreContext &context, const QString &name, const QString &password,
                                 bool possible)
{
    return QtFuture::makeReadyFuture()
        .then(context.pool,
              [context, name, password, possible] {
                  Candidate candidate{possible ? name : InputText::shown(name, Credentials::kMaxUserNameLength),
                                      std::nullopt,
                                      false,
                                      {},
                                      true};
                  if (!possible)
                      return candidate;
                  QString problem;
                  Database *database = context.database;
                  switch (database->signIn(database->loginRoleOf(name), password, true, &problem)) {
                  case Database::SignIn::Done:
                      candidate.passwordOk = true;
                      break;
                  case Database::SignIn::Refused:
                      break;
                  case Database::SignIn::Failed:
                      candidate.problem = AccountService::tr("The database did not let you in: %1").arg(problem);
                      break;
                  }
                  return candidate;
              })
        .then([context](Candidate candidate) {
            if (!candidate.passwordOk) {
                qCInfo(lcAuth) << "login refused by the database for" << candidate.userName;
                return QtFuture::makeReadyFuture(LoginResult{
                    false,
                    {},
                    candidate.problem.isEmpty()
                        ? AccountService::tr("The user name or password is wrong, or the account is not active.")
                        : candidate.problem});
            }
            return context.database->writer().run([context, candidate](QSqlDatabase &db) mutable {
                LoginResult result;
                try {
                    candidate.account = AccountStore::findByName(db, candidate.userName);
                } catch (const DatabaseError &error) {
                    candidate.problem = error.userMessage();
                }
                result = settleOrRefuse(db, context, candidate);
                if (!result.ok)
                    context.database->signOut();
                return result;
            });
        })
        .unwrap();
}

} // namespace

AccountService::AccountService(const CoreContext &context, const PasswordHasher &hasher, QObject *parent)
    : QObject(parent), m_context(context), m_hasher(hasher)
{}

bool AccountService::hasAccounts()
{
    try {
        return AccountStore::count(m_context.database->connection()) > 0;
    } catch (const DatabaseError &error) {
        // Answering "no" only offers the first-administrator dialog; creating one is refused in the
        // transaction if accounts do exist.
        qCWarning(lcAuth) << "counting accounts failed:" << error.message();
        return false;
    }
}

QFuture<LoginResult> AccountService::login(const QString &userName, const QString &password)
{
    return attempt(userName, password).then(this, [this](const LoginResult &result) {
        if (result.ok)
            emit loggedIn(result.session);
        return result;
    });
}

QFuture<LoginResult> AccountService::attempt(const QString &userName, const QString &password)
{
    const QString name = Credentials::normalizedUserName(userName);
    if (name.isEmpty())
        return QtFuture::makeReadyFuture(LoginResult{false, {}, tr("Enter your user name.")});
    // With login roles an empty password leaves libpq to prove who one is (a client certificate, Kerberos,
    // ~/.pgpass), as pg_hba.conf asks; the server refuses it where a password is wanted.
    if (password.isEmpty() && !m_context.database->hasLoginRoles())
        return QtFuture::makeReadyFuture(LoginResult{false, {}, tr("Enter your password.")});
    // A name no account can have is not looked up (PostgreSQL refuses NUL in text), and is recorded in
    // the audit trail only as shown: bounded, with its invisible characters spelled out.
    const bool possible = Credentials::checkUserName(name).isEmpty();
    const CoreContext context = m_context;
    if (context.database->hasLoginRoles())
        return loginAsRole(context, name, password, possible);
    const int iterations = m_hasher.iterations();
    return m_context.database->writer()
        .run([name, possible](QSqlDatabase &db) {
            Candidate candidate{
                possible ? name : InputText::shown(name, Credentials::kMaxUserNameLength), std::nullopt, false, {}};
            if (!possible)
                return candidate;
            try {
                candidate.account = AccountStore::findByName(db, name);
            } catch (const DatabaseError &error) {
                candidate.problem = error.userMessage();
            }
            return candidate;
        })
        .then(m_context.pool,
              [password, iterations](Candidate candidate) {
                  const QString hash = candidate.account ? candidate.account->passwordHash : dummyHash(iterations);
                  candidate.passwordOk = PasswordHasher::verify(password, hash) && candidate.account;
                  return candidate;
              })
        .then([context](const Candidate &candidate) {
            return context.database->writer().run(
                [context, candidate](QSqlDatabase &db) { return settleOrRefuse(db, context, candidate); });
        })
        .unwrap();
}

void AccountService::logout()
{
    m_context.database->signOut();
}

QFuture<Outcome> AccountService::createFirstAdministrator(const QString &userName, const QString &password,
                                                          const QString &repeated)
{
    QString problem = Credentials::checkUserName(userName);
    if (problem.isEmpty())
        problem = Credentials::checkNewPassword(password, repeated);
    if (!problem.isEmpty())
        return QtFuture::makeReadyFuture(Outcome::failure(problem));
    return AccountAdministration::create(m_context, m_hasher, std::nullopt, userName, password, {Roles::Administrator});
}

QFuture<Outcome> AccountService::changePassword(const Session &session, const QString &current, const QString &password,
                                                const QString &repeated)
{
    if (current.isEmpty())
        return QtFuture::makeReadyFuture(Outcome::failure(tr("Enter your current password.")));
    const QString problem = Credentials::checkNewPassword(password, repeated);
    if (!problem.isEmpty())
        return QtFuture::makeReadyFuture(Outcome::failure(problem));
    if (password == current)
        return QtFuture::makeReadyFuture(Outcome::failure(tr("Choose a password other than the current one.")));
    const CoreContext context = m_context;
    const PasswordHasher hasher = m_hasher;
    const qint64 id = session.accountId;
    return m_context.database->writer()
        .run([id](QSqlDatabase &db) {
            try {
                const auto account = AccountStore::findById(db, id);
                return account ? account->passwordHash : QString();
            } catch (const DatabaseError &) {
                return QString();
            }
        })
        .then(m_context.pool,
              [context, hasher, session, current, password](const QString &stored) {
                  // With login roles the server holds the password: the current one is right when it lets
                  // the person connect with it.
                  Database *database = context.database;
                  const bool right = database->hasLoginRoles()
                                         ? database->signIn(database->loginRoleOf(session.userName), current, false) ==
                                               Database::SignIn::Done
                                         : PasswordHasher::verify(current, stored);
                  return right ? AccountAdministration::storedPassword(context, hasher, password) : QString();
              })
        .then([context, session, password](const QString &hash) {
            return context.database->writer().run([context, session, hash, password](QSqlDatabase &db) {
                try {
                    WriteTransaction transaction(db);
                    const bool right = !hash.isEmpty();
                    if (right)
                        AccountStore::setPassword(db, session.accountId, hash, false, context.clock->nowUtc());
                    context.audit->append(
                        db,
                        {session.userName, QStringLiteral("account.password"),
                         QStringLiteral("account:%1").arg(session.userName), QVariant(), QVariant(),
                         right ? AuditRecord::Result::Success : AuditRecord::Result::Failure,
                         right ? QStringLiteral("changed by its owner") : QStringLiteral("wrong current password")});
                    transaction.commit();
                    // The connections made from now on need the new password.
                    if (right && context.database->hasLoginRoles())
                        context.database->signIn(context.database->loginRoleOf(session.userName), password, true);
                    return right ? Outcome::success(tr("Your password was changed."))
                                 : Outcome::failure(tr("The current password is not right."));
                } catch (const DatabaseError &error) {
                    return Outcome::failure(error.userMessage());
                }
            });
        })
        .unwrap();
}

} // namespace tempcards
