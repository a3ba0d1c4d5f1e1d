// SPDX-License-Identifier: Apache-2.0
#include "ReminderSendJob.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "MailConnectionService.h"
#include "MailSendJob.h"
#include "ReminderOutbox.h"
#include "Sql.h"

namespace tempcards {

namespace {

// Whether a failure is the server's as a whole, so that the other messages would fail the same way.
bool serverWide(MailSendJob::Error error)
{
    switch (error) {
    case MailSendJob::Error::InvalidSettings:
    case MailSendJob::Error::Unreachable:
    case MailSendJob::Error::Tls:
    case MailSendJob::Error::Auth:
    case MailSendJob::Error::Timeout:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<MailConfig> ReminderSendJob::mailServer(const CoreContext &context, QString *problem)
{
    std::optional<MailConfig> config;
    QString unusable;
    bool hidden = false;
    try {
        config = MailConnectionService(context).effective(&unusable, &hidden);
    } catch (const DatabaseError &error) {
        qCWarning(lcProcess) << "cannot read the saved mail server:" << error.message();
        *problem = tr("The mail server's settings could not be read; see the log.");
        return std::nullopt;
    }
    if (!config || hidden)
        return std::nullopt;
    if (!unusable.isEmpty()) {
        *problem = tr("The expiry reminders were not sent: %1").arg(unusable);
        return std::nullopt;
    }
    return config;
}

ReminderSendJob::ReminderSendJob(const CoreContext &context, const LeaseTicket &lease, MailConfig config,
                                 QObject *parent)
    : Job(parent), m_context(context), m_lease(lease), m_config(std::move(config))
{}

void ReminderSendJob::run()
{
    nextPage();
}

void ReminderSendJob::abort()
{
    // A message being handed over may still arrive; its send is recorded as begun, so the next run sends it
    // again under the same Message-ID.
    if (m_send)
        m_send->cancel();
    done(Cancelled, tr("The reminders were stopped."));
}

void ReminderSendJob::nextPage()
{
    const Clock *clock = m_context.clock;
    const qint64 after = m_afterCard;
    m_context.database->writer()
        .run([clock, after](QSqlDatabase &db) -> std::optional<QList<Reminder>> {
            try {
                return ReminderOutbox::pending(db, clock->nowUtc(), after, kPage);
            } catch (const DatabaseError &) {
                return std::nullopt;
            }
        })
        .then(this, [this](const std::optional<QList<Reminder>> &page) {
            if (isFinished())
                return;
            if (!page)
                return done(Database, tr("The reminders to send could not be read; see the log."));
            if (page->isEmpty())
                return done(None);
            m_page = *page;
            sendNext();
        });
}

void ReminderSendJob::sendNext()
{
    if (isFinished())
        return;
    if (m_page.isEmpty())
        return nextPage();
    const Reminder reminder = m_page.takeFirst();
    m_afterCard = reminder.cardId;
    if (reminder.holder.email.isEmpty())
        return fail(reminder, tr("%1 has no e-mail address.").arg(reminder.holder.displayName()), false);
    const MailMessage message = ReminderMail::compose(reminder, m_config, m_context.clock->nowUtc());
    const QString problem = message.problem();
    if (!problem.isEmpty())
        return fail(reminder, problem, false);
    begin(reminder, message);
}

void ReminderSendJob::begin(const Reminder &reminder, const MailMessage &message)
{
    const Clock *clock = m_context.clock;
    const LeaseTicket lease = m_lease;
    const QString to = reminder.holder.email;
    m_context.database->writer()
        .run([=](QSqlDatabase &db) -> std::optional<ReminderOutbox::Begun> {
            try {
                return ReminderOutbox::begin(db, lease, reminder, to, clock->nowUtc());
            } catch (const DatabaseError &) {
                return std::nullopt;
            }
        })
        .then(this, [this, reminder, message](const std::optional<ReminderOutbox::Begun> &begun) {
            if (isFinished())
                return;
            if (!begun)
                return done(Database, tr("A reminder's send could not be recorded, so it was not sent; see the log."));
            if (*begun == ReminderOutbox::Begun::LeaseLost)
                return done(LeaseLost);
            if (*begun == ReminderOutbox::Begun::Gone)
                return sendNext();
            auto *send = new MailSendJob(m_config, message, this);
            m_send = send;
            connect(send, &MailSendJob::finished, this, [this, send, reminder, message] {
                send->deleteLater();
                if (isFinished())
                    return;
                if (send->error() == MailSendJob::Error::Cancelled)
                    return done(Cancelled, send->errorString());
                if (send->error() != MailSendJob::Error::None)
                    return fail(reminder, send->errorString(), serverWide(send->error()));
                const AuditLog *audit = m_context.audit;
                const Clock *clock = m_context.clock;
                m_context.database->writer()
                    .run([=](QSqlDatabase &db) {
                        try {
                            ReminderOutbox::sent(db, *audit, reminder, message.to.value(0), message.messageId,
                                                 clock->nowUtc());
                            return true;
                        } catch (const DatabaseError &) {
                            return false;
                        }
                    })
                    .then(this, [this](bool recorded) {
                        if (isFinished())
                            return;
                        // Not recorded: it stays begun, and the next run sends it again (at least once).
                        if (!recorded)
                            return done(Database, tr("A reminder was sent but could not be recorded; see the log."));
                        ++m_report.sent;
                        sendNext();
                    });
            });
            send->start();
        });
}

void ReminderSendJob::fail(const Reminder &reminder, const QString &why, bool stop)
{
    ++m_report.failed;
    qCWarning(lcProcess) << "the expiry reminder of card" << reminder.cardId << "was not sent:" << why;
    const AuditLog *audit = m_context.audit;
    m_context.database->writer()
        .run([=](QSqlDatabase &db) {
            try {
                ReminderOutbox::failed(db, *audit, reminder, why);
                return true;
            } catch (const DatabaseError &) {
                return false;
            }
        })
        .then(this, [this, why, stop](bool recorded) {
            if (isFinished())
                return;
            if (!recorded)
                return done(Database, tr("A reminder's failure could not be recorded; see the log."));
            if (stop)
                return done(Server, why);
            m_report.problem = why;
            sendNext();
        });
}

void ReminderSendJob::done(Error error, const QString &message)
{
    if (isFinished())
        return;
    const QString last = message.isEmpty() ? m_report.problem : message;
    if (m_report.failed > 0)
        m_report.problem = tr("%n reminder(s) could not be sent; they are tried again at the next run. The last "
                              "reason: %1",
                              nullptr, m_report.failed)
                               .arg(last);
    else
        m_report.problem = message;
    if (m_report.sent > 0 || m_report.failed > 0)
        qCInfo(lcProcess) << "expiry reminders:" << m_report.sent << "sent," << m_report.failed << "not sent";
    finish(error, m_report.problem);
}

} // namespace tempcards
