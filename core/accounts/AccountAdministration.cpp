// SPDX-License-Identifier: Apache-2.0
#include "AccountAdministration.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "Credentials.h"
#include "Database.h"
#include "Logging.h"
#include "ScramVerifier.h"

#include <QRandomGenerator>

#include <QThreadPool>

namespace tempcards {

namespace {

QString checkRoles(const QStringList &roles)
{
    if (roles.isEmpty())
        return AccountAdministration::tr("Choose at least one role.");
    for (const QString &role : roles) {
        if (!Roles::all().contains(role))
            return AccountAdministration::tr("There is no role \"%1\".").arg(role);
    }
    return {};
}

} // namespace

AccountAdministration::AccountAdministration(const CoreContext &context, const PasswordHasher &hasher, QObject *parent)
    : QObject(parent), m_context(context), m_hasher(hasher)
{}

QString AccountAdministration::storedPassword(const CoreContext &context, const PasswordHasher &hasher,
                                              const QString &password)
{
    if (context.database->hasLoginRoles())
        return QString::fromLatin1(ScramVerifier::compute(password, *QRandomGenerator::system()));
    return hasher.hash(password);
}

QFuture<QList<AccountRecord>> AccountAdministration::accounts()
{
    return m_context.database->writer().run([](QSqlDatabase &db) {
        try {
            return AccountStore::all(db);
        } catch (const DatabaseError &) {
            return QList<AccountRecord>(); // logged where it arose
        }
    });
}

QFuture<Outcome> AccountAdministration::createAccount(const Session &by, const QString &userName,
                                                      const QString &password, const QString &repeated,
                                                      const QStringList &roles)
{
    QString problem = Credentials::checkUserName(userName);
    if (problem.isEmpty())
        problem = Credentials::checkNewPassword(password, repeated);
    if (problem.isEmpty())
        problem = checkRoles(roles);
    if (!problem.isEmpty())
        return QtFuture::makeReadyFuture(Outcome::failure(problem));
    return create(m_context, m_hasher, by, userName, password, roles).then(this, [this](const Outcome &outcome) {
        if (outcome.ok)
            emit accountsChanged();
        return outcome;
    });
}

QFuture<Outcome> AccountAdministration::create(const CoreContext &context, const PasswordHasher &hasher,
                                               const std::optional<Session> &by, const QString &userName,
                                               const QString &password, const QStringList &roles)
{
    const QString name = Credentials::normalizedUserName(userName);
    return QtFuture::makeReadyFuture()
        .then(context.pool, [context, hasher, password] { return storedPassword(context, hasher, password); })
        .then([context, by, name, roles](const QString &hash) {
            return context.database->writer().run([context, by, name, roles, hash](QSqlDatabase &db) {
                try {
                    WriteTransaction transaction(db);
                    const QString actor = by ? by->userName : name;
                    if (!by && AccountStore::count(db) > 0)
                        return Outcome::failure(tr("An administrator already exists. Log in instead."));
                    if (by) {
                        const auto refusal = Authorizer::checkPermission(db, *by, Permissions::ManageAccounts);
                        if (refusal != Authorizer::Refusal::None)
                            return Outcome::failure(Authorizer::message(refusal, tr("Create account")));
                    }
                    if (AccountStore::findByName(db, name))
                        return Outcome::failure(tr("The user name \"%1\" is already taken.").arg(name));
                    AccountStore::insert(db, name, hash, roles, context.clock->nowUtc());
                    context.audit->append(db, {actor, QStringLiteral("account.create"),
                                               QStringLiteral("account:%1").arg(name), QVariant(),
                                               roles.join(QLatin1Char(',')), AuditRecord::Result::Success,
                                               by ? QString() : QStringLiteral("first administrator")});
                    transaction.commit();
                    qCInfo(lcAuth) << actor << "created account" << name << roles;
                    return Outcome::success(tr("The account \"%1\" was created.").arg(name));
                } catch (const DatabaseError &error) {
                    return Outcome::failure(error.userMessage());
                }
            });
        })
        .unwrap();
}

QFuture<Outcome> AccountAdministration::change(const Session &by, qint64 accountId, Change change)
{
    const CoreContext context = m_context;
    return m_context.database->writer()
        .run([context, by, accountId, change](QSqlDatabase &db) {
            try {
                WriteTransaction transaction(db);
                const auto refusal = Authorizer::checkPermission(db, by, Permissions::ManageAccounts);
                if (refusal != Authorizer::Refusal::None)
                    return Outcome::failure(Authorizer::message(refusal, tr("Change account")));
                const auto target = AccountStore::findById(db, accountId);
                if (!target)
                    return Outcome::failure(tr("There is no such account."));
                const Outcome outcome = change(db, *target, context.clock->nowUtc());
                if (outcome.ok)
                    transaction.commit();
                return outcome;
            } catch (const DatabaseError &error) {
                return Outcome::failure(error.userMessage());
            }
        })
        .then(this, [this](const Outcome &outcome) {
            if (outcome.ok)
                emit accountsChanged();
            return outcome;
        });
}

QFuture<Outcome> AccountAdministration::setActive(const Session &by, qint64 accountId, bool active)
{
    const AuditLog *audit = m_context.audit;
    return change(
        by, accountId, [by, active, audit](const QSqlDatabase &db, const AccountRecord &target, const QDateTime &now) {
            if (target.active == active)
                return Outcome::success();
            if (!active && target.id == by.accountId)
                return Outcome::failure(tr("You cannot deactivate your own account; another administrator can."));
            if (!active && target.roles.contains(Roles::Administrator) &&
                AccountStore::activeAdministrators(db, target.id) == 0)
                return Outcome::failure(
                    tr("\"%1\" is the last active administrator and cannot be deactivated.").arg(target.userName));
            AccountStore::setActive(db, target.id, active, now);
            audit->append(db, {by.userName,
                               active ? QStringLiteral("account.reactivate") : QStringLiteral("account.deactivate"),
                               QStringLiteral("account:%1").arg(target.userName),
                               active ? QStringLiteral("inactive") : QStringLiteral("active"),
                               active ? QStringLiteral("active") : QStringLiteral("inactive"),
                               AuditRecord::Result::Success, QString()});
            return Outcome::success(active ? tr("\"%1\" is active again.").arg(target.userName)
                                           : tr("\"%1\" is deactivated.").arg(target.userName));
        });
}

QFuture<Outcome> AccountAdministration::resetPassword(const Session &by, qint64 accountId, const QString &password,
                                                      const QString &repeated)
{
    const QString problem = Credentials::checkNewPassword(password, repeated);
    if (!problem.isEmpty())
        return QtFuture::makeReadyFuture(Outcome::failure(problem));
    const AuditLog *audit = m_context.audit;
    const PasswordHasher hasher = m_hasher;
    return QtFuture::makeReadyFuture()
        .then(m_context.pool,
              [context = m_context, hasher, password] { return storedPassword(context, hasher, password); })
        .then(this,
              [this, by, accountId, audit](const QString &hash) {
                  return change(
                      by, accountId,
                      [by, hash, audit](const QSqlDatabase &db, const AccountRecord &target, const QDateTime &now) {
                          AccountStore::setPassword(db, target.id, hash, true, now);
                          audit->append(
                              db, {by.userName, QStringLiteral("account.password"),
                                   QStringLiteral("account:%1").arg(target.userName), QVariant(), QVariant(),
                                   AuditRecord::Result::Success,
                                   QStringLiteral("reset by an administrator; must be changed at the next login")});
                          return Outcome::success(
                              tr("The password of \"%1\" was reset. It must be changed at the next login.")
                                  .arg(target.userName));
                      });
              })
        .unwrap();
}

QFuture<Outcome> AccountAdministration::setRoles(const Session &by, qint64 accountId, const QStringList &roles)
{
    const QString problem = checkRoles(roles);
    if (!problem.isEmpty())
        return QtFuture::makeReadyFuture(Outcome::failure(problem));
    const AuditLog *audit = m_context.audit;
    QStringList sorted = roles;
    sorted.sort();
    sorted.removeDuplicates();
    return change(
        by, accountId, [by, sorted, audit](const QSqlDatabase &db, const AccountRecord &target, const QDateTime &) {
            if (target.roles == sorted)
                return Outcome::success();
            if (target.id == by.accountId)
                return Outcome::failure(tr("You cannot change your own roles; another administrator must."));
            if (target.active && target.roles.contains(Roles::Administrator) &&
                !sorted.contains(Roles::Administrator) && AccountStore::activeAdministrators(db, target.id) == 0)
                return Outcome::failure(
                    tr("\"%1\" is the last active administrator and must keep that role.").arg(target.userName));
            AccountStore::setRoles(db, target.id, sorted);
            audit->append(db, {by.userName, QStringLiteral("account.roles"),
                               QStringLiteral("account:%1").arg(target.userName), target.roles.join(QLatin1Char(',')),
                               sorted.join(QLatin1Char(',')), AuditRecord::Result::Success, QString()});
            return Outcome::success(tr("The roles of \"%1\" were changed.").arg(target.userName));
        });
}

} // namespace tempcards
