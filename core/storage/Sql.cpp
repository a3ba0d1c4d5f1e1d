// SPDX-License-Identifier: Apache-2.0
#include "Sql.h"

#include "Logging.h"
#include "PreparedStatements.h"

#include <QCoreApplication>
#include <QSqlError>

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

DatabaseError DatabaseError::fromSqlError(const QSqlError &error, const QString &context)
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
    }
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
    case Kind::Constraint:
    case Kind::Other:
        break;
    }
    return tr("The database reported an error, so nothing was saved. Details are in the log.");
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &statement)
    : m_db(db), m_query(PreparedStatements::take(db, statement, &m_ok)), m_statement(statement)
{
    if (!m_ok)
        throw DatabaseError::fromSqlError(m_query.lastError(), QStringLiteral("prepare \"%1\"").arg(statement));
}

SqlQuery::~SqlQuery()
{
    // A statement that failed may be left in a state Qt does not reset (PostgreSQL: an aborted
    // transaction's); preparing it again next time is cheap by comparison.
    if (m_ok)
        PreparedStatements::giveBack(m_db, m_statement, std::move(m_query));
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
        throw DatabaseError::fromSqlError(m_query.lastError(), QStringLiteral("exec \"%1\"").arg(m_statement));
    return *this;
}

QVariant SqlQuery::scalar()
{
    exec();
    return m_query.next() ? m_query.value(0) : QVariant();
}

void SqlQuery::run(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw DatabaseError::fromSqlError(query.lastError(), QStringLiteral("exec \"%1\"").arg(statement));
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db, Kind kind) : m_db(db)
{
    const bool sqlite = dialectOf(m_db) == Dialect::Sqlite;
    SqlQuery::run(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_open = true;
    // PostgreSQL: every data write first takes one transaction lock, so all writers take their locks in one
    // order (this one, then cards, batches and the audit head). Without it an abort (card rows, then the head
    // to audit it) and a batch sync (the head for its record, then card rows) deadlocked under load.
    // PostgreSQL's writers take turns as SQLite's do after BEGIN IMMEDIATE; readers never wait. An advisory
    // lock needs no privilege, so it serves roles that may not touch the audit head (login roles).
    if (!sqlite && kind == Kind::Data)
        SqlQuery::run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(7391002)"));
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDatabase) << "rollback failed:" << rollback.lastError().text();
}

void WriteTransaction::commit()
{
    SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace tempcards
