// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Job.h"
#include "SmtpClient.h"

#include <memory>

namespace tempcards {

// Sends one message through the mail server on a thread of its own (libcurl blocks). A Job: finished() comes
// on the thread that called start(); errorCode() is an SmtpClient::Error. cancel() finishes at once,
// Cancelled; the worker stops within about a second, and a message it had handed over may still arrive.
class MailSendJob : public Job
{
    Q_OBJECT

public:
    using Error = SmtpClient::Error;

    MailSendJob(MailConfig config, MailMessage message, QObject *parent = nullptr);
    ~MailSendJob() override;

    Error error() const { return Error(errorCode()); }

private:
    struct Shared;
    void run() override;
    void abort() override;

    MailConfig m_config;
    MailMessage m_message;
    std::shared_ptr<Shared> m_shared;
};

} // namespace tempcards
