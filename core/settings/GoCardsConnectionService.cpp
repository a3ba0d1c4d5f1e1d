// SPDX-License-Identifier: Apache-2.0
#include "GoCardsConnectionService.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "Database.h"
#include "GoCardsConnectionCheckJob.h"
#include "Logging.h"

namespace tempcards {

GoCardsConnectionService::GoCardsConnectionService(const CoreContext &context, QNetworkAccessManager *nam,
                                                   const GoCardsConfig &given, const GoCardsOverrides &overrides,
                                                   QObject *parent)
    : QObject(parent), m_context(context), m_nam(nam), m_given(given), m_overrides(overrides)
{}

GoCardsConnectionView GoCardsConnectionService::view()
{
    GoCardsConnectionView view;
    view.overrides = m_overrides;
    std::optional<GoCardsConnectionStore::Saved> saved;
    try {
        saved = GoCardsConnectionStore::load(m_context.database->connection());
    } catch (const DatabaseError &error) {
        if (!error.isConnectionLost())
            qCWarning(lcGoCards) << "cannot read the saved Go Cards connection:" << error.what();
    }
    const GoCardsConfig shown = saved ? saved->config : m_given;
    view.form.baseUrl = shown.baseUrl.toString();
    view.form.organisationId = shown.organisationId;
    view.form.clientId = shown.clientId;
    view.form.caCertificates = shown.caCertificates;
    view.form.clientCertificate = shown.clientCertificate;
    if (saved) {
        view.saved = true;
        view.secretSaved = saved->secretSaved;
        view.keySaved = saved->keySaved;
        view.updatedAt = saved->updatedAt;
        view.updatedBy = saved->updatedBy;
    }
    return view;
}

GoCardsConfig GoCardsConnectionService::effective()
{
    try {
        return GoCardsConnectionStore::effective(GoCardsConnectionStore::load(m_context.database->connection()),
                                                 m_given, m_overrides);
    } catch (const DatabaseError &error) {
        if (!error.isConnectionLost()) // a database away is logged once, by its health
            qCWarning(lcGoCards) << "cannot read the saved Go Cards connection:" << error.what();
        return m_given;
    }
}

std::optional<GoCardsConfig>
GoCardsConnectionService::resolve(const GoCardsConnectionForm &form,
                                  const std::optional<GoCardsConnectionStore::Saved> &saved, QString *problem,
                                  GoCardsConnectionStore::Kept *kept)
{
    GoCardsConnectionStore::Kept keeping;
    GoCardsConfig config;
    config.baseUrl = QUrl(form.baseUrl.trimmed(), QUrl::StrictMode);
    config.organisationId = form.organisationId.trimmed();
    config.clientId = form.clientId.trimmed();
    config.caCertificates = form.caCertificates.trimmed();
    config.clientCertificate = form.clientCertificate.trimmed();
    config.clientSecret = form.clientSecret;
    config.clientKey = form.clientKey.trimmed();
    *problem = GoCardsConfig::checkUrlText(form.baseUrl);
    if (!problem->isEmpty())
        return std::nullopt;
    const bool sameAddress = saved && saved->config.baseUrl == config.baseUrl;
    if (config.clientSecret.isEmpty() && saved) {
        if (!sameAddress) {
            *problem = tr("The address changed: type the client secret again to use it with %1.")
                           .arg(config.baseUrl.toDisplayString());
            return std::nullopt;
        }
        config.clientSecret = saved->config.clientSecret;
        keeping.secret = saved->secretHidden && saved->secretSaved;
    }
    // The key belongs to the certificate: keep it only while the same certificate stays.
    if (config.clientKey.isEmpty() && saved && !config.clientCertificate.isEmpty() &&
        config.clientCertificate == saved->config.clientCertificate.trimmed()) {
        config.clientKey = saved->config.clientKey;
        keeping.key = saved->secretHidden && saved->keySaved;
    }
    if ((keeping.secret || keeping.key) && !kept) {
        *problem = tr("On this database only the batch sync can read the saved client secret and key: type them "
                      "again to test the connection from here.");
        return std::nullopt;
    }
    if (config.clientSecret.isEmpty() && !keeping.secret) {
        *problem = tr("Enter the client secret.");
        return std::nullopt;
    }
    // Checked as it will be used: a kept secret or key stands in by a placeholder of its kind.
    GoCardsConfig checked = config;
    if (keeping.secret)
        checked.clientSecret = QStringLiteral("kept");
    if (keeping.key) { // the pair was checked when it was saved, and the certificate is the same
        checked.clientCertificate.clear();
        checked.clientKey.clear();
    }
    *problem = checked.check();
    if (!problem->isEmpty())
        return std::nullopt;
    if (kept)
        *kept = keeping;
    return config;
}

QFuture<Outcome> GoCardsConnectionService::save(const Session &by, const GoCardsConnectionForm &form)
{
    const CoreContext context = m_context;
    return m_context.database->writer()
        .run([context, by, form](QSqlDatabase &db) -> std::pair<Outcome, std::optional<GoCardsConnectionStore::Saved>> {
            try {
                WriteTransaction transaction(db);
                const auto refusal = Authorizer::checkPermission(db, by, Permissions::ManageSettings);
                if (refusal != Authorizer::Refusal::None)
                    return {Outcome::failure(Authorizer::message(refusal, tr("Save the Go Cards connection"))), {}};
                const std::optional<GoCardsConnectionStore::Saved> before = GoCardsConnectionStore::load(db);
                QString problem;
                GoCardsConnectionStore::Kept kept;
                const std::optional<GoCardsConfig> config = resolve(form, before, &problem, &kept);
                if (!config)
                    return {Outcome::failure(problem), {}};
                QStringList replaced;
                if (!kept.secret && (!before || before->config.clientSecret != config->clientSecret))
                    replaced << QStringLiteral("client secret replaced");
                if (!kept.key && !config->clientKey.isEmpty() &&
                    (!before || before->config.clientKey != config->clientKey))
                    replaced << QStringLiteral("client key replaced");
                const QDateTime now = context.clock->nowUtc();
                GoCardsConnectionStore::save(db, *config, by.userName, now, kept);
                context.audit->append(db, {by.userName, QStringLiteral("settings.change"),
                                           QStringLiteral("gocards:connection"),
                                           before ? GoCardsConnectionStore::describe(before->config) : QVariant(),
                                           GoCardsConnectionStore::describe(*config), AuditRecord::Result::Success,
                                           replaced.join(QStringLiteral(", "))});
                transaction.commit();
                qCInfo(lcGoCards) << by.userName
                                  << "saved the Go Cards connection:" << GoCardsConnectionStore::describe(*config);
                return {Outcome::success(tr("The Go Cards connection was saved.")),
                        GoCardsConnectionStore::Saved{*config, now, by.userName}};
            } catch (const DatabaseError &error) {
                return {Outcome::failure(error.userMessage()), {}};
            }
        })
        .then(this, [this](const std::pair<Outcome, std::optional<GoCardsConnectionStore::Saved>> &result) {
            if (result.second)
                emit connectionChanged(GoCardsConnectionStore::effective(result.second, m_given, m_overrides));
            return result.first;
        });
}

GoCardsConnectionCheckJob *GoCardsConnectionService::test(const Session &by, const GoCardsConnectionForm &form)
{
    return new GoCardsConnectionCheckJob(m_context, m_nam, by, form, m_given);
}

} // namespace tempcards
