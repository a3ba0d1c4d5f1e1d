// SPDX-License-Identifier: Apache-2.0
#include "CheckpointPublisher.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"

#include <QFile>

#include <syslog.h>
#include <unistd.h>
#include <utility>

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
    read(0);
}

void CheckpointPublisher::look()
{
    read(m_options.every);
}

void CheckpointPublisher::read(qint64 atLeast)
{
    if (m_reading) {
        // Answered by the read under way, unless this asks for less: then it is read again after.
        m_asked = m_asked < 0 ? atLeast : qMin(m_asked, atLeast);
        return;
    }
    m_reading = true;
    m_database->writer()
        .run([](QSqlDatabase &db) -> std::optional<AuditCheckpoint> {
            try {
                return AuditCheckpoint::head(db);
            } catch (const DatabaseError &) {
                return std::nullopt;
            }
        })
        .then(this, [this, atLeast](const std::optional<AuditCheckpoint> &head) {
            m_reading = false;
            const qint64 asked = std::exchange(m_asked, -1);
            if (asked >= 0 && asked < atLeast)
                return read(asked);
            if (!head)
                return emit failed(tr("The audit trail's head could not be read for a checkpoint; see the log."));
            const bool moved = head->lastId != m_lastId || head->records != m_lastRecords;
            // The first checkpoint of a process is written whatever the count, so each start leaves one.
            if (!moved || (m_lastId >= 0 && head->records - m_lastRecords < atLeast))
                return emit upToDate();
            write(*head);
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
