// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuditCheckpoint.h"
#include "CheckpointKey.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace tempcards {

class Clock;
class Database;

// Publishes signed checkpoints of the audit trail's head outside the database: appended to the checkpoint
// file the administrator names, and sent to the system log (syslog(3), LOG_AUTHPRIV, so a remote collector
// keeps a copy the database's writer cannot reach). Its owner calls publish() after every run of the batch sync;
// between runs a checkpoint follows whenever `every` records were written since the last (looked at every
// 10 s). Nothing is published while the head has not moved. Lives on the thread that made it; the head is
// read on the database's writer thread, and checked against the last checkpoint first (diverged()). The
// database and clock outlive it.
class CheckpointPublisher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString file;    // the checkpoint file, appended to
        QString keyFile; // the Ed25519 key, made there when missing
        int every = 1000;
    };
    // nullptr (with why) when the key cannot be read or made.
    static std::unique_ptr<CheckpointPublisher> create(Database *database, const Clock *clock, const Options &options,
                                                       QString *problem);

    // Each call ends in one of published(), upToDate() or failed(); a call made while a read is under way
    // is answered by that read's signal, or by a read after it when that one asked for a larger move.
    void publish();
    // Only checks the database against the last checkpoint (diverged()), writing nothing; ends in checked().
    // For a process's start, before its first run.
    void check();

signals:
    // After the line was written to the file and the system log.
    void published(const QString &line);
    // A publish() found the head where the last checkpoint left it: nothing was written.
    void upToDate();
    void failed(const QString &message);
    // The database no longer matches the last checkpoint this publisher knows (the file's last line when it
    // starts, then its own): restored from a backup, cut, rewritten or swapped. `reason` names it. Emitted
    // before the new head's checkpoint is written, once per checkpoint that no longer holds.
    void diverged(const QString &reason);
    void checked();

private:
    CheckpointPublisher(Database *database, const Clock *clock, const Options &options, CheckpointKey key);
    // The file's last checkpoint, read from its end (the file only grows).
    static std::optional<AuditCheckpoint> lastInFile(const QString &path);
    void write(AuditCheckpoint checkpoint);
    void look();
    // Reads the head, and writes a checkpoint when it moved by `atLeast` records (any move for 0).
    void read(qint64 atLeast);
    // Why the database no longer matches m_last, or empty. On the writer thread; throws DatabaseError.
    static QString divergence(const QSqlDatabase &db, const std::optional<AuditCheckpoint> &last);
    // Emits diverged() once for m_last; true when `reason` is not empty.
    bool sayDivergence(const QString &reason);

    Database *m_database;
    const Clock *m_clock;
    Options m_options;
    CheckpointKey m_key;
    qint64 m_lastRecords = -1;
    qint64 m_lastId = -1;
    bool m_reading = false;
    qint64 m_asked = -1;                   // the smallest move asked for while a read was under way, or -1
    std::optional<AuditCheckpoint> m_last; // the newest checkpoint known: the file's last line, then our own
    bool m_divergenceSaid = false;         // diverged() was emitted for m_last
    QTimer m_watch;
};

} // namespace tempcards
