// SPDX-License-Identifier: Apache-2.0
#include "GoCardsConnectionTest.h"

#include "Authorizer.h"
#include "Database.h"
#include "GoCardsClient.h"
#include "Logging.h"

#include <QTimer>

namespace tempcards {

GoCardsConnectionTest::GoCardsConnectionTest(const CoreContext &context, QNetworkAccessManager *nam, const Session &by,
                                             const GoCardsConnectionForm &form, const GoCardsConfig &timeouts,
                                             QObject *parent)
    : QObject(parent), m_context(context), m_nam(nam), m_by(by), m_form(form), m_timeouts(timeouts)
{}

GoCardsConnectionTest::~GoCardsConnectionTest()
{
    delete m_token;
}

void GoCardsConnectionTest::start()
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
    if (!config) {
        QTimer::singleShot(0, this, [this, problem] { finish(GoCardsError::Configuration, problem); });
        return;
    }
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

void GoCardsConnectionTest::cancel()
{
    if (m_token)
        m_token->cancel();
}

void GoCardsConnectionTest::finish(GoCardsError error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_message = message;
    qCInfo(lcGoCards) << "connection test by" << m_by.userName << ":" << GoCardsErrors::name(error);
    emit finished();
}

} // namespace tempcards
