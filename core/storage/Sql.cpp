// SPDX-License-Identifier: Apache-2.0
#include "Sql.h"
#include "DatabaseHealth.h"

#include "Backoff.h"
#include "Logging.h"
#include "PreparedStatements.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <optional>

namespace tempcards {

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::Postgres : Dialect::Sqlite;
}

QString forUpdate(const QSqlDatabase &db)
{
    return dialectOf(db) == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

QString prefixRange(const QSqlDatabase &db, const QString &column, bool scan)
{
    const QString compared = dialectOf(db) == Dialect::Postgres ? column + QStringLiteral(" COLLATE \"C\"")
                                                                : (scan ? QStringLiteral("+") : QString()) + column;
    return QStringLiteral("%1 >= ? AND %1 < ?").arg(compared);
}

QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

DatabaseError::DatabaseError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
{}

namespace {
std::atomic<int> s_outcomePatienceMs{30000};
} // namespace

bool DatabaseError::connectionLost(const QSqlDatabase &db)
{
    // QPSQL's isOpen() is libpq's PQstatus(): CONNECTION_BAD once a read or write on the socket failed.
    return dialectOf(db) == Dialect::Postgres && !db.isOpen();
}

DatabaseError DatabaseError::fromSqlError(const QSqlError &error, const QString &context, const QSqlDatabase *db)
{
    const QString native = error.nativeErrorCode();
    Kind kind = Kind::Other;
    bool numeric = false;
    // SQLite's (extended) result codes have at most four digits; PostgreSQL's SQLSTATEs are five characters,
    // often all digits (42501 would otherwise read as SQLITE_BUSY).
    const int code = native.toInt(&numeric) & 0xff; // SQLite primary result code
    if (numeric && native.size() < 5) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            kind = Kind::Busy;
            break;
        case 8: // SQLITE_READONLY
            kind = Kind::ReadOnly;
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            kind = Kind::NotADatabase;
            break;
        case 13: // SQLITE_FULL
            kind = Kind::DiskFull;
            break;
        case 19: // SQLITE_CONSTRAINT
            kind = Kind::Constraint;
            break;
        default:
            break;
        }
    } else if (native == QLatin1String("40001") || native == QLatin1String("40P01")) {
        kind = Kind::Busy; // PostgreSQL serialization failure or deadlock
    } else if (native.startsWith(QLatin1String("23"))) {
        kind = Kind::Constraint;
    } else if (native == QLatin1String("42501")) {
        kind = Kind::Refused; // PostgreSQL: insufficient privilege, or a tempcards trigger's refusal
    } else if (native == QLatin1String("53100")) {
        kind = Kind::DiskFull; // PostgreSQL: disk_full
    } else if (native.startsWith(QLatin1String("08")) || native == QLatin1String("57P01") ||
               native == QLatin1String("57P02") || native == QLatin1String("57P03")) {
        // connection_exception, or the server shutting down (admin_shutdown, crash_shutdown, cannot_connect_now)
        kind = Kind::ConnectionLost;
    }
    if (db && connectionLost(*db))
        kind = Kind::ConnectionLost;
    const QString message = QStringLiteral("%1: %2 (%3)").arg(context, error.text(), native);
    // Logged where it arises, so "details are in the log" holds for every message built from it.
    qCWarning(lcDatabase).noquote() << message;
    return DatabaseError(kind, message);
}

QString DatabaseError::userMessage() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("tempcards::DatabaseError", text); };
    switch (m_kind) {
    case Kind::Busy:
        return tr("The database is busy with another workstation's change. Nothing was saved; please try again.");
    case Kind::ReadOnly:
        return tr("The database is read-only, so nothing could be saved. Check the file's permissions.");
    case Kind::NotADatabase:
        return tr("The database file is damaged or is not a tempcards database. Nothing was saved.");
    case Kind::DiskFull:
        return tr("The disk holding the database is full. Nothing was saved.");
    case Kind::Refused:
        return tr("The database does not allow you this change. Nothing was saved. Details are in the log.");
    case Kind::ConnectionLost:
        return tr("The connection to the database was lost, so nothing was saved. tempcards reconnects by itself; "
                  "try again in a moment.");
    case Kind::OutcomeUnknown:
        return tr("The connection to the database was lost while the change was being saved, and it did not come "
                  "back in time to tell whether the change was saved. Check the card list once the database is "
                  "back before trying again.");
    case Kind::Constraint:
    case Kind::Other:
        break;
    }
    return tr("The database reported an error, so nothing was saved. Details are in the log.");
}

namespace {
// A connection known to be cut is not asked at all: Qt would log "database not open" for every statement, and
// the loss is logged once, by DatabaseHealth.
void refuseIfCut(const QSqlDatabase &db)
{
    if (DatabaseError::connectionLost(db))
        throw DatabaseError(DatabaseError::Kind::ConnectionLost,
                            QStringLiteral("%1: not connected").arg(db.connectionName()));
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &statement)
    : m_db((refuseIfCut(db), db)), m_query(PreparedStatements::take(db, statement, &m_ok, &m_session)),
      m_statement(statement)
{
    if (!m_ok)
        throw DatabaseError::fromSqlError(m_query.lastError(), QStringLiteral("prepare \"%1\"").arg(statement), &m_db);
}

SqlQuery::~SqlQuery()
{
    // A statement that failed may be left in a state Qt does not reset (PostgreSQL: an aborted
    // transaction's); preparing it again next time is cheap by comparison.
    if (m_ok)
        PreparedStatements::giveBack(m_db, m_statement, std::move(m_query), m_session);
    else if (DatabaseError::connectionLost(m_db))
        PreparedStatements::keepAside(m_db, std::move(m_query));
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    const bool nullString = !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
    m_query.bindValue(m_nextBind++, nullString ? QVariant(QStringLiteral("")) : value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    m_nextBind = 0;
    m_ok = m_query.exec();
    if (!m_ok)
        throw DatabaseError::fromSqlError(m_query.lastError(), QStringLiteral("exec \"%1\"").arg(m_statement), &m_db);
    return *this;
}

QVariant SqlQuery::scalar()
{
    exec();
    return m_query.next() ? m_query.value(0) : QVariant();
}

void SqlQuery::run(const QSqlDatabase &db, const QString &statement)
{
    refuseIfCut(db);
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw DatabaseError::fromSqlError(query.lastError(), QStringLiteral("exec \"%1\"").arg(statement), &db);
}

void prepareSession(const QSqlDatabase &db)
{
    if (dialectOf(db) == Dialect::Postgres) {
        // As SQLite's busy timeout: a row lock held elsewhere is waited for, then reported, never forever.
        SqlQuery::run(db, QStringLiteral("SET lock_timeout = '5s'"));
        SqlQuery::run(db, QStringLiteral("SET TIME ZONE 'UTC'"));
        SqlQuery::run(db, QStringLiteral("SET client_min_messages = warning")); // no NOTICE chatter in the log
        // Which server process this session is, so that a COMMIT whose answer was lost can make sure the old
        // session is over before deciding that it did not happen (WriteTransaction::resolveLostCommit).
        SqlQuery backend(
            db, QStringLiteral("SELECT pid, backend_start::text FROM pg_stat_activity WHERE pid = pg_backend_pid()"));
        backend.exec();
        if (backend.next())
            db.driver()->setProperty("tempcardsBackend",
                                     QStringList{backend.value(0).toString(), backend.value(1).toString()});
        return;
    }
    // FULL: a committed order or idempotency key survives a power cut, not only a crash of the process.
    SqlQuery::run(db, QStringLiteral("PRAGMA busy_timeout=5000"));
    SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    SqlQuery::run(db, QStringLiteral("PRAGMA synchronous=FULL"));
}

void reopenConnection(QSqlDatabase &db)
{
    PreparedStatements::retire(db.connectionName());
    db.close();
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString message = QStringLiteral("reconnect: %1 (%2)").arg(error.text(), error.nativeErrorCode());
        throw DatabaseError(DatabaseError::Kind::ConnectionLost, message);
    }
    prepareSession(db);
    qCInfo(lcDatabase) << "connection" << db.connectionName() << "opened again";
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db, Kind kind) : m_db(db)
{
    try {
        begin(kind);
    } catch (const DatabaseError &error) {
        // Most often a connection that was idle when the server restarted or a firewall dropped it: nothing
        // has run in this transaction yet, so it is opened again and the transaction begun once more.
        if (!error.isConnectionLost() || dialectOf(m_db) != Dialect::Postgres)
            throw;
        reopenConnection(m_db);
        begin(kind);
    }
}

void WriteTransaction::begin(Kind kind)
{
    const bool sqlite = dialectOf(m_db) == Dialect::Sqlite;
    SqlQuery::run(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_open = true;
    // PostgreSQL: every data write first takes one transaction lock, so all writers take their locks in one
    // order (this one, then cards, batches and the audit head). Without it an abort (card rows, then the head
    // to audit it) and a batch sync (the head for its record, then card rows) deadlocked under load.
    // PostgreSQL's writers take turns as SQLite's do after BEGIN IMMEDIATE; readers never wait. An advisory
    // lock needs no privilege, so it serves roles that may not touch the audit head (login roles).
    if (!sqlite && kind == Kind::Data) {
        SqlQuery::run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(7391002)"));
        m_receipt = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SqlQuery(m_db, QStringLiteral("INSERT INTO write_receipts (receipt) VALUES (?)")).bind(m_receipt).exec();
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (DatabaseError::connectionLost(m_db))
        return; // the server rolled it back when the session ended
    QSqlQuery rollback(m_db);
    // SQLite ends the transaction itself after some errors (a full disk, an I/O error): nothing to roll back.
    if (!rollback.exec(QStringLiteral("ROLLBACK")) &&
        !rollback.lastError().databaseText().contains(QLatin1String("no transaction is active")))
        qCWarning(lcDatabase) << "rollback failed:" << rollback.lastError().text();
}

void WriteTransaction::commit()
{
    try {
        SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    } catch (const DatabaseError &error) {
        if (!error.isConnectionLost() || m_receipt.isEmpty())
            throw;
        m_open = false;
        resolveLostCommit(error);
    }
    m_open = false;
}

void WriteTransaction::pruneReceipts(const QSqlDatabase &db)
{
    if (dialectOf(db) == Dialect::Postgres)
        SqlQuery::run(
            db, QStringLiteral("DELETE FROM write_receipts WHERE written_at < CURRENT_TIMESTAMP - INTERVAL '1 day'"));
}

void WriteTransaction::setOutcomePatienceMs(int ms)
{
    s_outcomePatienceMs = ms;
}

void WriteTransaction::resolveLostCommit(const DatabaseError &lost)
{
    // The COMMIT may have happened on the server before its answer was lost. Its receipt says which: the
    // connection is opened again (with backoff; this is the writer thread, and nothing else of this process
    // may be written before the answer is known) and asked for it.
    qCWarning(lcDatabase).noquote() << "COMMIT's answer lost; asking for receipt" << m_receipt;
    const QStringList oldSession = m_db.driver()->property("tempcardsBackend").toStringList();
    bool oldSessionOver = oldSession.size() != 2;
    const RetryPolicy policy{1000, 100, 2000, s_outcomePatienceMs.load()};
    QDeadlineTimer patience(policy.deadlineMs);
    for (int failures = 1;; ++failures) {
        std::optional<bool> committed;
        try {
            reopenConnection(m_db);
            const auto hasReceipt = [this] {
                return SqlQuery(m_db, QStringLiteral("SELECT 1 FROM write_receipts WHERE receipt = ?"))
                    .bind(m_receipt)
                    .scalar()
                    .isValid();
            };
            committed = hasReceipt();
            if (!*committed && !oldSessionOver) {
                // Not there yet. If the old session still lives (its socket cut on our side only), its COMMIT
                // could still arrive: it is ended first (a person's own sessions may be ended by them), and
                // asked again. backend_start keeps a reused process id from being hit.
                SqlQuery(m_db, QStringLiteral("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                                              "WHERE pid = ? AND backend_start::text = ?"))
                    .bind(oldSession.at(0).toInt())
                    .bind(oldSession.at(1))
                    .exec();
                oldSessionOver = true;
                committed = hasReceipt();
            }
        } catch (const DatabaseError &error) {
            if (!error.isConnectionLost())
                throw DatabaseError(DatabaseError::Kind::OutcomeUnknown, error.message());
            if (failures == 1)
                if (auto *health = qobject_cast<DatabaseHealth *>(
                        m_db.driver()->property("tempcardsHealth").value<QObject *>()))
                    health->lost(error.message());
        }
        if (committed) {
            qCInfo(lcDatabase).noquote() << "receipt" << m_receipt
                                         << (*committed ? "found: the transaction happened" : "absent: it did not");
            if (*committed)
                return;
            throw DatabaseError(DatabaseError::Kind::ConnectionLost, lost.message());
        }
        const int wait = Backoff::delayMs(policy, failures, 0, *QRandomGenerator::global());
        if (patience.remainingTime() <= wait) {
            qCWarning(lcDatabase).noquote() << "the outcome of the transaction with receipt" << m_receipt
                                            << "is unknown: the database did not come back in time";
            throw DatabaseError(DatabaseError::Kind::OutcomeUnknown, lost.message());
        }
        QThread::msleep(wait);
    }
}

} // namespace tempcards
