// SPDX-License-Identifier: Apache-2.0
#include "MailConnectionService.h"

#include "Authorizer.h"
#include "Clock.h"
#include "Database.h"
#include "InputText.h"
#include "Logging.h"
#include "MailSendJob.h"
#include "ServiceConnectionEditor.h"

#include <QUuid>

namespace tempcards {

namespace {

ServiceConnectionEditor editor()
{
    return ServiceConnectionEditor(
        ServiceConnectionStore::Mail, QStringLiteral("mail:connection"),
        {MailConnectionService::tr("Save the mail server settings"),
         MailConnectionService::tr("The mail server settings were saved."),
         MailConnectionService::tr("Remove the mail server"),
         MailConnectionService::tr("The mail server was removed; due reminders are listed and not sent."),
         MailConnectionService::tr("No mail server is set; due reminders are listed and not sent."),
         QStringLiteral("mail password")},
        [](const QJsonObject &settings) { return MailConfig::fromJson(settings).describe(); });
}

// The server and account a saved password was saved for.
bool sameAccount(const MailConfig &a, const MailConfig &b)
{
    return a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.port == b.port && a.user == b.user;
}

} // namespace

MailConnectionService::MailConnectionService(const CoreContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{}

MailConnectionView MailConnectionService::view()
{
    MailConnectionView view;
    try {
        const auto saved = ServiceConnectionStore::load(m_context.database->connection(), ServiceConnectionStore::Mail);
        if (!saved)
            return view;
        view.settings = MailConfig::fromJson(saved->settings);
        view.saved = true;
        view.passwordSaved = saved->secretSaved;
        view.updatedAt = saved->updatedAt;
        view.updatedBy = saved->updatedBy;
    } catch (const DatabaseError &error) {
        if (!error.isConnectionLost())
            qCWarning(lcDatabase) << "cannot read the saved mail server:" << error.what();
    }
    return view;
}

std::optional<MailConfig> MailConnectionService::effective(QString *problem, bool *hidden)
{
    const auto saved = ServiceConnectionStore::load(m_context.database->connection(), ServiceConnectionStore::Mail);
    if (!saved)
        return std::nullopt;
    MailConfig config = MailConfig::fromJson(saved->settings);
    config.password = saved->secret;
    if (hidden)
        *hidden = saved->secretHidden;
    *problem = saved->secretHidden ? tr("On this database only the batch sync (tempcards-sync) can read the mail "
                                        "server's password, so the reminders are sent there.")
                                   : config.problem();
    return config;
}

std::optional<MailConfig> MailConnectionService::resolve(const MailConfig &form,
                                                         const std::optional<ServiceConnectionStore::Saved> &saved,
                                                         QString *problem, bool *keep)
{
    MailConfig config = form;
    for (QString *text : {&config.host, &config.user, &config.sender, &config.copyTo})
        *text = text->trimmed();
    config.caCertificates = config.caCertificates.trimmed();
    bool keeping = false;
    if (config.password.isEmpty() && !config.user.isEmpty() &&
        !ServiceConnectionEditor::takeSaved(
            saved, saved && sameAccount(MailConfig::fromJson(saved->settings), config), keep != nullptr,
            tr("The host, port or user changed: type the password again to use it with %1.")
                .arg(InputText::shown(config.host, 60)),
            tr("On this database only the batch sync can read the saved mail password: type it again to test the "
               "mail server from here."),
            &config.password, &keeping, problem))
        return std::nullopt;
    MailConfig checked = config;
    if (keeping && saved->secretHidden)
        checked.password = QStringLiteral("kept");
    *problem = checked.problem();
    if (!problem->isEmpty())
        return std::nullopt;
    if (keep)
        *keep = keeping;
    return config;
}

QFuture<Outcome> MailConnectionService::save(const Session &by, const MailConfig &form)
{
    const CoreContext context = m_context;
    return m_context.database->writer().run([context, by, form](QSqlDatabase &db) {
        return editor().save(db, context, by,
                             [&form](const std::optional<ServiceConnectionStore::Saved> &before,
                                     QString *problem) -> std::optional<ServiceConnectionEditor::Change> {
                                 bool keep = false;
                                 const std::optional<MailConfig> config = resolve(form, before, problem, &keep);
                                 if (!config)
                                     return std::nullopt;
                                 return ServiceConnectionEditor::Change{
                                     config->toJson(), keep ? std::nullopt : std::optional<QString>(config->password),
                                     config->describe()};
                             });
    });
}

QFuture<Outcome> MailConnectionService::forget(const Session &by)
{
    const CoreContext context = m_context;
    return m_context.database->writer().run(
        [context, by](QSqlDatabase &db) { return editor().forget(db, context, by); });
}

MailSendJob *MailConnectionService::test(const Session &by, const MailConfig &form, QString *problem)
{
    std::optional<MailConfig> config;
    try {
        const QSqlDatabase db = m_context.database->connection();
        const auto refusal = Authorizer::checkPermission(db, by, Permissions::ManageSettings);
        if (refusal != Authorizer::Refusal::None)
            *problem = Authorizer::message(refusal, tr("Test the mail server"));
        else
            config = resolve(form, ServiceConnectionStore::load(db, ServiceConnectionStore::Mail), problem);
    } catch (const DatabaseError &error) {
        *problem = error.userMessage();
    }
    if (!config)
        return nullptr;
    if (config->copyTo.isEmpty()) {
        *problem = tr("Enter the operators' copy address: the test message goes there, as mail goes only to a "
                      "card's holder or to that address.");
        return nullptr;
    }
    MailMessage message;
    message.from = config->sender;
    message.to = {config->copyTo};
    message.subject = tr("tempcards: test message");
    message.body = tr("This message was sent by %1 from the tempcards settings to test the mail server %2.")
                       .arg(by.userName, config->host);
    message.messageId =
        QStringLiteral("test.%1@%2")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), config->sender.section(QLatin1Char('@'), 1));
    message.date = m_context.clock->nowUtc();
    qCInfo(lcDatabase).noquote() << by.userName << "tests the mail server:" << config->describe();
    return new MailSendJob(*config, message);
}

} // namespace tempcards
