// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Processes.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace tempcards {

struct Session;

// Checks, against the database and inside the caller's transaction, that the session's account may do a
// thing now: the session's own copy of roles is only a hint for the UI.
class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::Authorizer)

public:
    enum class Refusal { None, AccountInactive, PasswordChangeRequired, NotPermitted, ProcessDisabled };

    static Refusal checkPermission(const QSqlDatabase &db, const Session &session, const QString &permission);
    // Account active, permission held, process enabled.
    static Refusal checkProcess(const QSqlDatabase &db, const Session &session, ProcessId process);
    static QString message(Refusal refusal, const QString &what);
};

} // namespace tempcards
