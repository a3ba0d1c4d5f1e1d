// SPDX-License-Identifier: Apache-2.0
#include "GoCardsConnectionCheckJob.h"

#include "Authorizer.h"
#include "Database.h"
#include "GoCardsClient.h"
#include "Logging.h"


namespace tempcards {

GoCardsConnectionCheckJob::GoCardsConnectionCheckJob(const CoreContext &context, QNetworkAccessManager *nam,
                                                     const Session &by, const GoCardsConnectionForm &form,
                                                     const GoCardsConfig &timeouts, QObject *parent)
    : Job(parent), m_context(context), m_nam(nam), m_by(by), m_form(form), m_timeouts(timeouts)
{}

GoCardsConnectionCheckJob::~GoCardsConnectionCheckJob()
{
    delete m_token;
}

void GoCardsConnectionCheckJob::run()
{
    std::optional<GoCardsConfig> config;
    QString problem;
    try {
        const QSqlDatabase db = m_context.database->connection();
        const auto refusal = Authorizer::checkPermission(db, m_by, Permissions::ManageSettings);
        if (refusal != Authorizer::Refusal::None)
            problem = Authorizer::message(refusal, tr("Test the Go Cards connection"));
        else
            config = GoCardsConnectionService::resolve(m_form, GoCardsConnectionStore::load(db), &problem);
    } catch (const DatabaseError &error) {
        problem = error.userMessage();
    }
    if (!config)
        return finish(GoCardsError::Configuration, problem);
    config->transferTimeoutMs = m_timeouts.transferTimeoutMs;
    config->deadlineMs = m_timeouts.deadlineMs;
    m_client = new GoCardsClient(m_nam, m_context.clock, *config, this);
    m_token = m_client->token();
    const QString where = config->baseUrl.toDisplayString();
    const QString client = config->clientId;
    connect(m_token, &GoCardsTokenJob::finished, this, [this, where, client] {
        const GoCardsError error = m_token->error();
        finish(error, error == GoCardsError::None
                          ? tr("Connected: Nexus GO Cards at %1 accepted client %2.").arg(where, client)
                          : m_token->errorString());
    });
    m_token->start();
}

void GoCardsConnectionCheckJob::abort()
{
    if (m_token)
        m_token->cancel();
    else
        finish(GoCardsError::Cancelled, {}); // before run(): nothing was asked
}

void GoCardsConnectionCheckJob::finish(GoCardsError error, const QString &message)
{
    if (isFinished())
        return;
    m_message = message;
    qCInfo(lcGoCards) << "connection test by" << m_by.userName << ":" << GoCardsErrors::name(error);
    Job::finish(int(error), error == GoCardsError::None ? QString() : message);
}

} // namespace tempcards
