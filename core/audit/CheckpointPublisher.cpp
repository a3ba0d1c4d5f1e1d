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
    : m_database(database), m_clock(clock), m_options(options), m_key(std::move(key)), m_last(lastInFile(options.file))
{
    m_watch.setInterval(10000);
    connect(&m_watch, &QTimer::timeout, this, &CheckpointPublisher::look);
    m_watch.start();
}

std::optional<AuditCheckpoint> CheckpointPublisher::lastInFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    file.seek(qMax<qint64>(0, file.size() - 8192));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QString why;
    return lines.isEmpty() ? std::nullopt
                           : AuditCheckpoint::parse(QString::fromUtf8(lines.constLast()).trimmed(), &why);
}

QString CheckpointPublisher::divergence(const QSqlDatabase &db, const std::optional<AuditCheckpoint> &last)
{
    if (!last)
        return {};
    const AuditCheckpoint::Verdict verdict = AuditCheckpoint::verify(db, {*last}, last->publicKey);
    return verdict.ok ? QString() : verdict.reason;
}

bool CheckpointPublisher::sayDivergence(const QString &reason)
{
    if (reason.isEmpty())
        return false;
    if (!std::exchange(m_divergenceSaid, true)) {
        qCWarning(lcDatabase).noquote() << "the audit trail no longer matches its last checkpoint:" << reason;
        emit diverged(reason);
    }
    return true;
}

void CheckpointPublisher::check()
{
    m_database->writer()
        .run([last = m_last](QSqlDatabase &db) -> std::optional<QString> {
            try {
                return divergence(db, last);
            } catch (const DatabaseError &) {
                return std::nullopt;
            }
        })
        .then(this, [this](const std::optional<QString> &reason) {
            if (!reason)
                emit failed(tr("The audit trail's head could not be read for a checkpoint; see the log."));
            else
                sayDivergence(*reason);
            emit checked();
        });
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
    struct Read
    {
        std::optional<AuditCheckpoint> head;
        QString diverged; // why the last checkpoint no longer holds, or empty
    };
    m_database->writer()
        .run([last = m_last](QSqlDatabase &db) {
            Read read;
            try {
                read.head = AuditCheckpoint::head(db);
                // A head where the last checkpoint left it is that checkpoint's: the chain ends in its hash.
                const bool unmoved = last && read.head->lastId == last->lastId &&
                                     read.head->lastHash == last->lastHash && read.head->records == last->records;
                if (!unmoved)
                    read.diverged = divergence(db, last);
            } catch (const DatabaseError &) {
                read.head.reset();
            }
            return read;
        })
        .then(this, [this, atLeast](const Read &result) {
            m_reading = false;
            const qint64 asked = std::exchange(m_asked, -1);
            if (asked >= 0 && asked < atLeast)
                return read(asked);
            const std::optional<AuditCheckpoint> &head = result.head;
            if (!head)
                return emit failed(tr("The audit trail's head could not be read for a checkpoint; see the log."));
            // The checkpoint written next is the new head's; the file keeps both, for --verify-audit to name.
            if (sayDivergence(result.diverged))
                return write(*head);
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
    m_last = checkpoint;
    m_divergenceSaid = false;
    qCInfo(lcDatabase) << "audit checkpoint published: record" << checkpoint.lastId;
    emit published(line);
}

} // namespace tempcards
