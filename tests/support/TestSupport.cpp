// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "Sql.h"
#include <QAtomicInt>
#include <QElapsedTimer>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

namespace tempcards::test {

const Clock &wallClock()
{
    static const SystemClock clock;
    return clock;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

QVariant queryValue(const QString &databasePath, const QString &sql)
{
    static QAtomicInt serial;
    const QString name = QStringLiteral("test-probe-%1").arg(serial.fetchAndAddRelaxed(1));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QStringList dropAuditTriggers(const QSqlDatabase &db)
{
    const QString on = dialectOf(db) == Dialect::Postgres ? QStringLiteral(" ON audit_log") : QString();
    return {QStringLiteral("DROP TRIGGER audit_log_no_update") + on,
            QStringLiteral("DROP TRIGGER audit_log_no_delete") + on};
}

void failInsertsAfter(const QSqlDatabase &db, const QString &table, int rows)
{
    if (dialectOf(db) == Dialect::Sqlite) {
        SqlQuery::run(db, QStringLiteral("CREATE TRIGGER fail_insert BEFORE INSERT ON %1 WHEN (SELECT COUNT(*) FROM "
                                         "%1) >= %2 BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")
                              .arg(table)
                              .arg(rows));
        return;
    }
    SqlQuery::run(db, QStringLiteral("CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                                     "IF (SELECT COUNT(*) FROM %1) >= %2 THEN RAISE EXCEPTION 'simulated write "
                                     "failure'; END IF; RETURN NEW; END $f$")
                          .arg(table)
                          .arg(rows));
    SqlQuery::run(db, QStringLiteral("CREATE TRIGGER fail_insert BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                     "fail_insert()")
                          .arg(table));
}

} // namespace tempcards::test
