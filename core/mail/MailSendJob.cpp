// SPDX-License-Identifier: Apache-2.0
#include "MailSendJob.h"

#include <QPointer>
#include <QThread>

namespace tempcards {

// What the worker hands back, and who still wants it: `job` is null once the job was cancelled or deleted
// (only touched on the job's thread); `cancelled` is read by the worker.
struct MailSendJob::Shared
{
    QPointer<MailSendJob> job;
    std::atomic_bool cancelled{false};
    SmtpClient::Error error = SmtpClient::Error::None;
    QString message;
};

MailSendJob::MailSendJob(MailConfig config, MailMessage message, QObject *parent)
    : Job(parent), m_config(std::move(config)), m_message(std::move(message))
{}

MailSendJob::~MailSendJob()
{
    cancel();
}

void MailSendJob::run()
{
    m_shared = std::make_shared<Shared>();
    m_shared->job = this;
    const std::shared_ptr<Shared> shared = m_shared;
    QThread *thread = QThread::create([shared, config = m_config, message = m_message] {
        SmtpClient client(config, &shared->cancelled);
        client.send(message);
        shared->error = client.error();
        shared->message = client.message();
    });
    thread->setObjectName(QStringLiteral("tempcards-mail"));
    connect(thread, &QThread::finished, this, [shared] {
        MailSendJob *job = shared->job;
        if (!job)
            return;
        shared->job = nullptr;
        job->finish(int(shared->error), shared->message);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MailSendJob::abort()
{
    if (m_shared) {
        m_shared->cancelled = true;
        m_shared->job = nullptr;
    }
    finish(int(Error::Cancelled), tr("Cancelled."));
}

} // namespace tempcards
