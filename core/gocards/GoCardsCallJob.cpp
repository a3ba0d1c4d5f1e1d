// SPDX-License-Identifier: Apache-2.0
#include "GoCardsCallJob.h"

#include "GoCardsClient.h"
#include "GoCardsRequestJob.h"

namespace tempcards {

GoCardsCallJob::GoCardsCallJob(GoCardsClient *client, Factory factory, QObject *parent)
    : Job(parent), m_client(client), m_factory(std::move(factory))
{}

void GoCardsCallJob::run()
{
    requestToken();
}

void GoCardsCallJob::requestToken()
{
    GoCardsTokenJob *job = m_client->token();
    job->setParent(this);
    m_tokenJob = job;
    connect(job, &GoCardsTokenJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != GoCardsError::None)
            return finish(job->error(), job->errorString());
        const QString token = job->token();
        GoCardsRequestJob *request = m_factory(token);
        request->setParent(this);
        m_request = request;
        connect(request, &GoCardsRequestJob::finished, this, [this, request, token] {
            request->deleteLater();
            if (request->error() == GoCardsError::InvalidToken && !m_retried) {
                m_retried = true;
                m_client->invalidateToken(token);
                return requestToken();
            }
            m_json = request->json();
            finish(request->error(), request->errorString());
        });
        request->start();
    });
    job->start();
}

void GoCardsCallJob::abort()
{
    if (m_request)
        m_request->cancel();
    else if (m_tokenJob)
        m_tokenJob->cancel();
    else
        finish(GoCardsError::Cancelled, {}); // before run(): nothing is under way
}

void GoCardsCallJob::finish(GoCardsError error, const QString &message)
{
    Job::finish(int(error), message);
}

} // namespace tempcards
