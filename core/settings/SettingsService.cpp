// SPDX-License-Identifier: Apache-2.0
#include "SettingsService.h"

#include "AccountStore.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "SettingsStore.h"

namespace tempcards {

SettingsService::SettingsService(const CoreContext &context, QObject *parent) : QObject(parent), m_context(context) {}

TempCardSettings SettingsService::load()
{
    TempCardSettings settings;
    try {
        const QSqlDatabase db = m_context.database->connection();
        settings.enabled = SettingsStore::enabledProcesses(db);
        settings.grants = SettingsStore::processGrants(db);
        settings.optionsScript = SettingsStore::optionsScript(db, &settings.optionsVersion);
    } catch (const DatabaseError &error) {
        qCWarning(lcOptions) << "reading the settings failed:" << error.message();
        settings.optionsScript = TempCardOptions::defaultScript();
    }
    settings.options = TempCardOptions::fromScript(settings.optionsScript).options;
    return settings;
}

QList<SettingsStore::OptionsVersion> SettingsService::optionsHistory()
{
    try {
        return SettingsStore::optionsHistory(m_context.database->connection());
    } catch (const DatabaseError &) {
        return {};
    }
}

QString SettingsService::optionsScript(int version)
{
    if (version == 0)
        return TempCardOptions::defaultScript();
    try {
        return SettingsStore::optionsScriptVersion(m_context.database->connection(), version).value_or(QString());
    } catch (const DatabaseError &) {
        return {};
    }
}

QSet<ProcessId> SettingsService::startableProcesses(const Session &session)
{
    QSet<ProcessId> startable;
    try {
        const QSqlDatabase db = m_context.database->connection();
        const auto account = AccountStore::findById(db, session.accountId);
        if (!account || !account->active)
            return startable;
        const QSet<QString> permissions = AccountStore::permissionsOf(db, account->roles);
        for (const ProcessId id : SettingsStore::enabledProcesses(db)) {
            if (permissions.contains(Processes::permission(id)))
                startable.insert(id);
        }
    } catch (const DatabaseError &error) {
        qCWarning(lcOptions) << "reading the processes failed:" << error.message();
    }
    return startable;
}

QFuture<Outcome> SettingsService::save(const Session &by, const QSet<ProcessId> &enabled, const QString &optionsScript,
                                       const std::optional<ProcessGrants> &grants)
{
    const auto parsed = TempCardOptions::fromScript(optionsScript);
    if (parsed.error) {
        return QtFuture::makeReadyFuture(
            Outcome::failure(tr("The options script was not saved. %1").arg(parsed.error->toString())));
    }
    const CoreContext context = m_context;
    return m_context.database->writer()
        .run([context, by, enabled, optionsScript, grants](QSqlDatabase &db) {
            try {
                WriteTransaction transaction(db);
                const auto refusal = Authorizer::checkPermission(db, by, Permissions::ManageSettings);
                if (refusal != Authorizer::Refusal::None)
                    return Outcome::failure(Authorizer::message(refusal, tr("Save settings")));
                const QDateTime now = context.clock->nowUtc();
                const QSet<ProcessId> before = SettingsStore::enabledProcesses(db);
                for (const ProcessId id : Processes::all()) {
                    if (before.contains(id) == enabled.contains(id))
                        continue;
                    SettingsStore::setEnabled(db, id, enabled.contains(id), by.userName, now);
                    context.audit->append(
                        db, {by.userName, QStringLiteral("settings.change"),
                             QStringLiteral("process:") + Processes::symbolicName(id),
                             before.contains(id) ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                             enabled.contains(id) ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                             AuditRecord::Result::Success, QString()});
                }
                if (grants) {
                    const ProcessGrants current = SettingsStore::processGrants(db);
                    for (const ProcessId id : Processes::all()) {
                        for (const QString &role : Roles::all()) {
                            const bool was = current.value(id).contains(role);
                            const bool is = grants->value(id).contains(role);
                            if (was == is)
                                continue;
                            SettingsStore::setGranted(db, role, Processes::permission(id), is);
                            context.audit->append(db,
                                                  {by.userName, QStringLiteral("settings.change"),
                                                   QStringLiteral("grant:%1:%2").arg(role, Processes::symbolicName(id)),
                                                   was ? QStringLiteral("granted") : QStringLiteral("not granted"),
                                                   is ? QStringLiteral("granted") : QStringLiteral("not granted"),
                                                   AuditRecord::Result::Success, QString()});
                        }
                    }
                }
                int version = 0;
                const QString current = SettingsStore::optionsScript(db, &version);
                if (current != optionsScript) {
                    SettingsStore::saveOptionsScript(db, optionsScript, by.userName, now);
                    context.audit->append(db, {by.userName, QStringLiteral("settings.change"),
                                               QStringLiteral("options:temporary-card"), current, optionsScript,
                                               AuditRecord::Result::Success,
                                               QStringLiteral("replaces version %1").arg(version)});
                }
                transaction.commit();
                qCInfo(lcOptions) << by.userName << "saved the temporary card settings";
                return Outcome::success(tr("The settings were saved."));
            } catch (const DatabaseError &error) {
                return Outcome::failure(error.userMessage());
            }
        })
        .then(this, [this](const Outcome &outcome) {
            if (outcome.ok)
                emit settingsChanged();
            return outcome;
        });
}

} // namespace tempcards
