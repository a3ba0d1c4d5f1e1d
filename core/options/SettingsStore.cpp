// SPDX-License-Identifier: Apache-2.0
#include "SettingsStore.h"

#include "Clock.h"
#include "Logging.h"
#include "Sql.h"

namespace tempcards {

QSet<ProcessId> SettingsStore::enabledProcesses(const QSqlDatabase &db)
{
    SqlQuery query(db, QStringLiteral("SELECT symbolic_name FROM processes WHERE enabled = 1"));
    query.exec();
    QSet<ProcessId> enabled;
    while (query.next()) {
        if (const auto id = Processes::fromSymbolicName(query.value(0).toString()))
            enabled.insert(*id);
    }
    return enabled;
}

ProcessGrants SettingsStore::processGrants(const QSqlDatabase &db)
{
    ProcessGrants grants;
    for (const ProcessId id : Processes::all()) {
        SqlQuery query(db, QStringLiteral("SELECT role FROM role_permissions WHERE permission = ?"));
        query.bind(Processes::permission(id)).exec();
        QSet<QString> roles;
        while (query.next())
            roles.insert(query.value(0).toString());
        grants.insert(id, roles);
    }
    return grants;
}

void SettingsStore::setGranted(const QSqlDatabase &db, const QString &role, const QString &permission, bool granted)
{
    if (granted)
        SqlQuery(db, QStringLiteral("INSERT INTO role_permissions (role, permission) VALUES (?, ?) "
                                    "ON CONFLICT (role, permission) DO NOTHING"))
            .bind(role)
            .bind(permission)
            .exec();
    else
        SqlQuery(db, QStringLiteral("DELETE FROM role_permissions WHERE role = ? AND permission = ?"))
            .bind(role)
            .bind(permission)
            .exec();
}

bool SettingsStore::isEnabled(const QSqlDatabase &db, ProcessId id)
{
    return SqlQuery(db, QStringLiteral("SELECT enabled FROM processes WHERE symbolic_name = ?"))
               .bind(Processes::symbolicName(id))
               .scalar()
               .toInt() == 1;
}

void SettingsStore::setEnabled(const QSqlDatabase &db, ProcessId id, bool enabled, const QString &by,
                               const QDateTime &now)
{
    SqlQuery(db,
             QStringLiteral("UPDATE processes SET enabled = ?, updated_at = ?, updated_by = ? WHERE symbolic_name = ?"))
        .bind(enabled ? 1 : 0)
        .bind(toStorageTime(now))
        .bind(by)
        .bind(Processes::symbolicName(id))
        .exec();
}

QString SettingsStore::optionsScript(const QSqlDatabase &db, int *version)
{
    SqlQuery query(db, QStringLiteral("SELECT version, script FROM options_scripts ORDER BY version DESC LIMIT 1"));
    query.exec();
    const bool stored = query.next();
    if (version)
        *version = stored ? query.value(0).toInt() : 0;
    return stored ? query.value(1).toString() : TempCardOptions::defaultScript();
}

TempCardOptions SettingsStore::options(const QSqlDatabase &db)
{
    const auto result = TempCardOptions::fromScript(optionsScript(db));
    if (result.error)
        qCWarning(lcOptions) << "stored options script no longer parses, defaults apply:" << result.error->toString();
    return result.options;
}

QList<SettingsStore::OptionsVersion> SettingsStore::optionsHistory(const QSqlDatabase &db)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT version, created_at, created_by FROM options_scripts ORDER BY version DESC"));
    query.exec();
    QList<OptionsVersion> history;
    while (query.next())
        history.append({query.value(0).toInt(), fromStorageTime(query.value(1).toString()), query.value(2).toString()});
    return history;
}

std::optional<QString> SettingsStore::optionsScriptVersion(const QSqlDatabase &db, int version)
{
    SqlQuery query(db, QStringLiteral("SELECT script FROM options_scripts WHERE version = ?"));
    query.bind(version).exec();
    return query.next() ? std::optional<QString>(query.value(0).toString()) : std::nullopt;
}

void SettingsStore::saveOptionsScript(const QSqlDatabase &db, const QString &script, const QString &by,
                                      const QDateTime &now)
{
    SqlQuery(db, QStringLiteral("INSERT INTO options_scripts (script, created_at, created_by) VALUES (?, ?, ?)"))
        .bind(script)
        .bind(toStorageTime(now))
        .bind(by)
        .exec();
}

} // namespace tempcards
