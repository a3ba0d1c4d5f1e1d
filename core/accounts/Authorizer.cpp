// SPDX-License-Identifier: Apache-2.0
#include "Authorizer.h"

#include "AccountStore.h"
#include "Session.h"
#include "SettingsStore.h"

namespace tempcards {

Authorizer::Refusal Authorizer::checkPermission(const QSqlDatabase &db, const Session &session,
                                                const QString &permission)
{
    const auto account = AccountStore::findById(db, session.accountId);
    if (!account || !account->active)
        return Refusal::AccountInactive;
    if (account->mustChangePassword)
        return Refusal::PasswordChangeRequired;
    if (!AccountStore::permissionsOf(db, account->roles).contains(permission))
        return Refusal::NotPermitted;
    return Refusal::None;
}

Authorizer::Refusal Authorizer::checkProcess(const QSqlDatabase &db, const Session &session, ProcessId process)
{
    const Refusal refusal = checkPermission(db, session, Processes::permission(process));
    if (refusal != Refusal::None)
        return refusal;
    return SettingsStore::isEnabled(db, process) ? Refusal::None : Refusal::ProcessDisabled;
}

QString Authorizer::message(Refusal refusal, const QString &what)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::AccountInactive:
        return tr("Your account is no longer active, so \"%1\" was not started.").arg(what);
    case Refusal::PasswordChangeRequired:
        return tr("Choose a new password first; \"%1\" was not started.").arg(what);
    case Refusal::NotPermitted:
        return tr("Your roles do not allow \"%1\".").arg(what);
    case Refusal::ProcessDisabled:
        return tr("\"%1\" is not enabled. An administrator can enable it in the settings.").arg(what);
    }
    return {};
}

} // namespace tempcards
