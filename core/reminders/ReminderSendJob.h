// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "Job.h"
#include "MailConfig.h"
#include "ReminderMail.h"
#include "SyncLease.h"

#include <QPointer>

namespace tempcards {

class MailSendJob;

// Sends the standing expiry reminders (ReminderOutbox) through the mail server, one message at a time, for a
// batch sync run that holds `lease`. Each send is recorded before the message leaves and marked sent once the
// server took it. A refusal of one message (5xx, 4xx) or a connection cut in the middle of one is recorded
// and the next reminder goes on; a server that cannot be reached, a TLS or login failure, or a timeout ends
// the job, since every other message would fail the same way. What was not sent is tried again by the next
// run. A Job: finished() on the thread that called start(); errorCode() is an Error; report() says what was
// sent and, in words, what was not.
class ReminderSendJob : public Job
{
    Q_OBJECT

public:
    enum Error { None, Cancelled, LeaseLost, Database, Server };
    struct Report
    {
        int sent = 0;
        int failed = 0;  // sends that failed, and reminders that cannot be sent (no address)
        QString problem; // in words; empty when everything due was sent
    };
    static constexpr int kPage = 200;

    // The saved mail server to send through from this process, or nothing: none is saved (the reminders are
    // only listed), this process may not read its password (a workstation with login roles: tempcards-sync
    // sends them), or, with *problem saying why, it cannot be used. On the caller's connection.
    static std::optional<MailConfig> mailServer(const CoreContext &context, QString *problem);

    ReminderSendJob(const CoreContext &context, const LeaseTicket &lease, MailConfig config, QObject *parent = nullptr);
    const Report &report() const { return m_report; }
    Error error() const { return Error(errorCode()); }

private:
    void run() override;
    void abort() override;
    void nextPage();
    void sendNext();
    void begin(const Reminder &reminder, const MailMessage &message);
    void fail(const Reminder &reminder, const QString &why, bool stop);
    void done(Error error, const QString &message = {});

    CoreContext m_context;
    LeaseTicket m_lease;
    MailConfig m_config;
    Report m_report;
    QList<Reminder> m_page;
    qint64 m_afterCard = 0;
    QPointer<MailSendJob> m_send;
};

} // namespace tempcards
