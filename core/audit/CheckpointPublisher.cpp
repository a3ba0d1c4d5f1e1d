// SPDX-License-Identifier: Apache-2.0
#include "CheckpointPublisher.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QFile>

#include <syslog.h>
#include <unistd.h>

namespace tempcards {

std::unique_ptr<CheckpointPublisher> CheckpointPublisher::create(Database *database, const Clock *clock,
                                                                 const Options &options, QString *problem)
{
    auto key = CheckpointKey::loadOrCreate(options.keyFile, problem);
    if (!key)
        return nullptr;
    return std::unique_ptr<CheckpointPublisher>(new CheckpointPublisher(database, clock, options, std::move(*key)));
}

CheckpointPublisher::CheckpointPublisher(Database *database, const Clock *clock, const Options &options,
                                         CheckpointKey key)
    : m_database(database), m_clock(clock), m_options(options), m_key(std::move(key))
{
    m_watch.setInterval(10000);
    connect(&m_watch, &QTimer::timeout, this, &CheckpointPublisher::look);
    m_watch.start();
}

void CheckpointPublisher::publish()
{
    if (m_reading)
        return;
    m_reading = true;
    m_database->writer()
        .run([](QSqlDatabase &db) -> std::optional<AuditCheckpoint> {
            try {
                return AuditCheckpoint::head(db);
            } catch (const DatabaseError &) {
                return std::nullopt;
            }
        })
        .then(this, [this](const std::optional<AuditCheckpoint> &head) {
            m_reading = false;
            if (!head)
                return emit failed(tr("The audit trail's head could not be read for a checkpoint; see the log."));
            if (head->lastId == m_lastId && head->records == m_lastRecords)
                return emit upToDate();
            write(*head);
        });
}

void CheckpointPublisher::look()
{
    if (m_reading || m_lastId < 0)
        return publish();
    m_reading = true;
    const qint64 after = m_lastId;
    m_database->writer()
        .run([after](QSqlDatabase &db) {
            try {
                return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id > ?"))
                    .bind(after)
                    .scalar()
                    .toLongLong();
            } catch (const DatabaseError &) {
                return qint64(0);
            }
        })
        .then(this, [this](qint64 since) {
            m_reading = false;
            if (since >= m_options.every)
                publish();
        });
}

void CheckpointPublisher::write(AuditCheckpoint checkpoint)
{
    checkpoint.at = m_clock->nowUtc();
    checkpoint.signWith(m_key);
    const QString line = checkpoint.line();
    QFile file(m_options.file);
    const QByteArray bytes = line.toUtf8() + '\n';
    // fsync: a checkpoint that a crash could take back would be no commitment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(bytes) != bytes.size() || !file.flush() ||
        ::fsync(file.handle()) != 0) {
        emit failed(tr("The checkpoint could not be written to %1: %2").arg(m_options.file, file.errorString()));
        return;
    }
    file.close();
    syslog(LOG_AUTHPRIV | LOG_NOTICE, "audit checkpoint: %s", line.toUtf8().constData());
    m_lastId = checkpoint.lastId;
    m_lastRecords = checkpoint.records;
    qCInfo(lcDatabase) << "audit checkpoint published: record" << checkpoint.lastId;
    emit published(line);
}

} // namespace tempcards
