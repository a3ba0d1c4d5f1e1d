// SPDX-License-Identifier: Apache-2.0
#include "DirectoryConnectionService.h"

#include "Authorizer.h"
#include "Database.h"
#include "DirectoryPeopleSearch.h"
#include "DirectoryReadJob.h"
#include "InputText.h"
#include "Logging.h"
#include "ServiceConnectionEditor.h"

#include <QSslCertificate>

namespace tempcards {

namespace {
const QString kObject = QStringLiteral("directory:connection");

// The server and account a saved password was saved for.
bool sameAccount(const DirectoryConfig &a, const DirectoryConfig &b)
{
    return a.url == b.url && a.bindDn == b.bindDn;
}
} // namespace

DirectoryConnectionService::DirectoryConnectionService(const CoreContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{}

DirectoryConnectionView DirectoryConnectionService::view()
{
    DirectoryConnectionView view;
    try {
        const auto saved =
            ServiceConnectionStore::load(m_context.database->connection(), ServiceConnectionStore::Directory);
        if (!saved)
            return view;
        view.form.settings = DirectoryConfig::fromJson(saved->settings);
        view.form.address = view.form.settings.url.toString();
        view.saved = true;
        view.passwordSaved = saved->secretSaved;
        view.updatedAt = saved->updatedAt;
        view.updatedBy = saved->updatedBy;
    } catch (const DatabaseError &error) {
        if (!error.isConnectionLost())
            qCWarning(lcDatabase) << "cannot read the saved directory:" << error.what();
    }
    return view;
}

std::optional<DirectoryConfig> DirectoryConnectionService::effective(QString *problem, bool *hidden)
{
    const auto saved =
        ServiceConnectionStore::load(m_context.database->connection(), ServiceConnectionStore::Directory);
    if (!saved)
        return std::nullopt;
    DirectoryConfig config = DirectoryConfig::fromJson(saved->settings);
    config.password = saved->secret;
    if (hidden)
        *hidden = saved->secretHidden;
    if (saved->secretHidden)
        *problem = tr("On this database only the batch sync (tempcards-sync) can read the directory's bind "
                      "password, so the people are brought in there.");
    else
        *problem = config.problem();
    return config;
}

std::optional<DirectoryConfig>
DirectoryConnectionService::resolve(const DirectoryConnectionForm &form,
                                    const std::optional<ServiceConnectionStore::Saved> &saved, QString *problem,
                                    bool *keep)
{
    const QString address = form.address.trimmed();
    if (address.size() > DirectoryConfig::kMaxTextLength || InputText::hasInvisible(address)) {
        *problem = tr("The directory's address is too long or holds control or invisible characters.");
        return std::nullopt;
    }
    DirectoryConfig config = form.settings;
    config.url = QUrl(address, QUrl::StrictMode);
    for (QString *text : {&config.bindDn, &config.baseDn, &config.filter, &config.inactiveFilter,
                          &config.employeeIdAttribute, &config.givenNameAttribute, &config.surnameAttribute,
                          &config.emailAttribute, &config.departmentAttribute, &config.languageAttribute})
        *text = text->trimmed();
    config.caCertificates = config.caCertificates.trimmed();
    bool keeping = false;
    if (config.password.isEmpty() &&
        !ServiceConnectionEditor::takeSaved(
            saved, saved && sameAccount(DirectoryConfig::fromJson(saved->settings), config), keep != nullptr,
            tr("The address or the bind DN changed: type the bind password again to use it with %1.")
                .arg(InputText::shown(address, 120)),
            tr("On this database only the batch sync can read the saved bind password: type it again to test the "
               "directory from here."),
            &config.password, &keeping, problem))
        return std::nullopt;
    DirectoryConfig checked = config;
    if (keeping && saved->secretHidden)
        checked.password = QStringLiteral("kept");
    *problem = checked.problem();
    if (!problem->isEmpty())
        return std::nullopt;
    if (keep)
        *keep = keeping;
    return config;
}

QString DirectoryConnectionService::describe(const DirectoryConfig &config)
{
    QStringList subjects;
    for (const QSslCertificate &certificate : QSslCertificate::fromData(config.caCertificates, QSsl::Pem))
        subjects << certificate.subjectDisplayName();
    return QStringList{QStringLiteral("url=%1").arg(config.url.toString()),
                       QStringLiteral("bind=%1").arg(config.bindDn),
                       QStringLiteral("base=%1").arg(config.baseDn),
                       QStringLiteral("filter=%1").arg(config.filter),
                       QStringLiteral("inactive=%1").arg(config.inactiveFilter),
                       QStringLiteral("attributes=%1,%2,%3,%4,%5,%6")
                           .arg(config.employeeIdAttribute, config.givenNameAttribute, config.surnameAttribute,
                                config.emailAttribute, config.departmentAttribute, config.languageAttribute),
                       QStringLiteral("trusted=[%1]").arg(subjects.join(QStringLiteral(", "))),
                       QStringLiteral("page=%1").arg(config.pageSize),
                       QStringLiteral("interval=%1 min").arg(config.syncIntervalMinutes)}
        .join(QStringLiteral("; "));
}

namespace {
ServiceConnectionEditor editor()
{
    return ServiceConnectionEditor(
        ServiceConnectionStore::Directory, kObject,
        {DirectoryConnectionService::tr("Save the directory settings"),
         DirectoryConnectionService::tr("The directory settings were saved."),
         DirectoryConnectionService::tr("Remove the directory"),
         DirectoryConnectionService::tr("The directory was removed; cardholders come from CSV files again."),
         DirectoryConnectionService::tr("No directory is set; cardholders come from CSV files."),
         QStringLiteral("bind password")},
        [](const QJsonObject &settings) {
            return DirectoryConnectionService::describe(DirectoryConfig::fromJson(settings));
        });
}
} // namespace

QFuture<Outcome> DirectoryConnectionService::save(const Session &by, const DirectoryConnectionForm &form)
{
    const CoreContext context = m_context;
    return m_context.database->writer().run([context, by, form](QSqlDatabase &db) {
        return editor().save(db, context, by,
                             [&form](const std::optional<ServiceConnectionStore::Saved> &before,
                                     QString *problem) -> std::optional<ServiceConnectionEditor::Change> {
                                 bool keep = false;
                                 const std::optional<DirectoryConfig> config = resolve(form, before, problem, &keep);
                                 if (!config)
                                     return std::nullopt;
                                 return ServiceConnectionEditor::Change{
                                     config->toJson(), keep ? std::nullopt : std::optional<QString>(config->password),
                                     describe(*config)};
                             });
    });
}

QFuture<Outcome> DirectoryConnectionService::forget(const Session &by)
{
    const CoreContext context = m_context;
    return m_context.database->writer().run(
        [context, by](QSqlDatabase &db) { return editor().forget(db, context, by); });
}

DirectoryReadJob *DirectoryConnectionService::test(const Session &by, const DirectoryConnectionForm &form, int limit,
                                                   QString *problem)
{
    std::optional<DirectoryConfig> config;
    try {
        const QSqlDatabase db = m_context.database->connection();
        const auto refusal = Authorizer::checkPermission(db, by, Permissions::ManageSettings);
        if (refusal != Authorizer::Refusal::None)
            *problem = Authorizer::message(refusal, tr("Test the directory"));
        else
            config = resolve(form, ServiceConnectionStore::load(db, ServiceConnectionStore::Directory), problem);
    } catch (const DatabaseError &error) {
        *problem = error.userMessage();
    }
    if (!config)
        return nullptr;
    qCInfo(lcDatabase) << by.userName << "tests the directory:" << describe(*config);
    return new DirectoryReadJob(*config, limit);
}

std::unique_ptr<DirectoryPeopleSearch> DirectoryConnectionService::newSearch()
{
    return DirectoryPeopleSearch::create(m_context);
}

} // namespace tempcards
