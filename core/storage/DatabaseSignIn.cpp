// SPDX-License-Identifier: Apache-2.0
// Logging in as a PostgreSQL role of one's own (resources/postgres/accounts.sql).
#include "Database.h"

#include "Logging.h"

#include <QAtomicInt>
#include <QSqlError>

namespace tempcards {

namespace {
QAtomicInt s_probes;

// libpq's words for a role and password the server did not accept. PostgreSQL does not say whether the role
// exists; a NOLOGIN role (a deactivated account) is refused after its password was checked.
bool isRefusal(const QString &text)
{
    return text.contains(QLatin1String("password authentication failed")) ||
           text.contains(QLatin1String("is not permitted to log in")) ||
           text.contains(QLatin1String("password is not valid")) ||
           text.contains(QLatin1String("no password supplied"));
}
} // namespace

std::optional<QString> Database::loginRolePrefix(const QSqlDatabase &db)
{
    if (SqlQuery(db, QStringLiteral("SELECT to_regclass('public.database_roles') IS NOT NULL")).scalar().toBool())
        return SqlQuery(db, QStringLiteral("SELECT prefix FROM database_roles")).scalar().toString();
    return std::nullopt;
}

Database::SignIn Database::signIn(const QString &role, const QString &password, bool keep, QString *problem)
{
    const QString name = QStringLiteral("%1probe-%2").arg(m_prefix).arg(s_probes.fetchAndAddRelaxed(1));
    SignIn outcome = SignIn::Failed;
    {
        QSqlDatabase db = addConnection(name, {role, password});
        if (db.open()) {
            outcome = SignIn::Done;
            db.close();
        } else {
            // The first line of libpq's text names the role at most, never the password.
            const QString text = db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
            outcome = isRefusal(text) ? SignIn::Refused : SignIn::Failed;
            qCInfo(lcDatabase) << "signing in as" << role << "failed:" << text;
            if (problem)
                *problem = text;
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (outcome == SignIn::Done && keep) {
        QMutexLocker lock(&m_connections->mutex);
        m_connections->role = role;
        m_connections->password = password;
        ++m_connections->generation;
    }
    return outcome;
}

void Database::signOut()
{
    QMutexLocker lock(&m_connections->mutex);
    if (m_connections->role.isEmpty())
        return;
    m_connections->role.clear();
    m_connections->password.clear();
    ++m_connections->generation;
}

QString Database::signedInRole() const
{
    QMutexLocker lock(&m_connections->mutex);
    return m_connections->role;
}

} // namespace tempcards
