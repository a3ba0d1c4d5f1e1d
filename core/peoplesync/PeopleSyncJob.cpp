// SPDX-License-Identifier: Apache-2.0
#include "PeopleSyncJob.h"

#include "AuditLog.h"
#include "Database.h"
#include "DirectoryPeople.h"
#include "DirectoryReadJob.h"
#include "Logging.h"
#include "Sql.h"

namespace tempcards {

PeopleSyncJob::PeopleSyncJob(const CoreContext &context, DirectoryConfig config, std::optional<Session> session,
                             QObject *parent)
    : Job(parent), m_context(context), m_config(std::move(config)), m_session(std::move(session))
{}

PeopleSyncJob::~PeopleSyncJob()
{
    delete m_read;
}

void PeopleSyncJob::run()
{
    const QString problem = m_config.problem();
    if (!problem.isEmpty()) {
        m_message = tr("The people were not brought in from the directory, and nothing was changed: %1").arg(problem);
        recordFailure(problem);
        return finish(Directory, m_message);
    }
    m_read = new DirectoryReadJob(m_config);
    connect(m_read, &DirectoryReadJob::finished, this, &PeopleSyncJob::readFinished);
    m_read->start();
}

void PeopleSyncJob::abort()
{
    if (m_read && m_read->isRunning()) {
        m_read->cancel();
        return;
    }
    if (!m_read)
        finish(Cancelled, tr("Cancelled."));
}

void PeopleSyncJob::readFinished()
{
    const QString where = m_config.url.toDisplayString();
    if (m_read->error() == DirectoryReadJob::Error::Cancelled) {
        m_message = tr("Cancelled.");
        return finish(Cancelled, m_message);
    }
    if (m_read->error() != DirectoryReadJob::Error::None) {
        m_message =
            tr("The people of %1 were not brought in, and nothing was changed: %2").arg(where, m_read->errorString());
        recordFailure(m_read->errorString());
        return finish(Directory, m_message);
    }
    m_skipped = int(m_read->skipped().size());
    m_pages = m_read->pages();
    PeopleImport::Request request;
    request.fileName = where;
    request.mode = PeopleImport::Mode::Full;
    request.session = m_session;
    request.directory = DirectoryPeople::parsed(m_read->people());
    const CoreContext context = m_context;
    m_context.database->writer()
        .run([context, request](QSqlDatabase &db) {
            return PeopleImport::run(db, *context.audit, *context.clock, request);
        })
        .then(this, [this](const PeopleImport::Result &result) {
            m_result = result;
            m_message = result.message;
            if (result.ok && m_skipped > 0)
                m_message += QLatin1Char(' ') + tr("%n entry(s) without an employee id, or with one already taken, "
                                                   "were left out.",
                                                   nullptr, m_skipped);
            qCInfo(lcDatabase).noquote() << "directory sync:" << m_message;
            finish(result.ok ? None : Refused, result.ok ? QString() : m_message);
        });
}

void PeopleSyncJob::recordFailure(const QString &reason)
{
    const CoreContext context = m_context;
    const QString actor = m_session ? m_session->userName : Actors::BatchSync;
    const QString where = m_config.url.toDisplayString();
    // Fire and forget: the failure is the job's answer; its record follows on the writer.
    m_context.database->writer().run([context, actor, where, reason](QSqlDatabase &db) {
        try {
            WriteTransaction transaction(db);
            context.audit->append(db, {actor, QStringLiteral("people.sync"), QStringLiteral("people"), QVariant(),
                                       QVariant(), AuditRecord::Result::Failure,
                                       QStringLiteral("%1: %2").arg(where, reason)});
            transaction.commit();
        } catch (const DatabaseError &error) {
            qCWarning(lcDatabase) << "the failed directory sync was not audited:" << error.what();
        }
        return 0;
    });
}

} // namespace tempcards
