// SPDX-License-Identifier: Apache-2.0
// Audit checkpoints outside the database, as an installation runs them: tempcards-sync publishes a signed
// checkpoint after each run, and --verify-audit --checkpoints catches what the hash chain alone cannot: a
// cut tail (or a restored backup), a history rechained from an early record, another database in its place,
// and a checkpoint file changed by hand. Each is shown to keep the chain itself "intact".
#include "AuditChain.h"
#include "OrderHelpers.h"
#include "SyncProcess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

struct Command
{
    int exitCode = -1;
    QString output;
};

Command runSync(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(TEMPCARDS_SYNC_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    const bool ended = waitFor([&] { return process.state() == QProcess::NotRunning; }, 60000);
    const QString output = QString::fromUtf8(process.readAll());
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << output.toStdString());
    REQUIRE(ended);
    return {process.exitCode(), output};
}

Command verify(const QStringList &database, const QStringList &more = {})
{
    return runSync(QStringList{QStringLiteral("--verify-audit")} + more + database);
}

// A copy of the SQLite file, changed through `statements` (the audit triggers dropped first), as someone
// with the file would.
QString tamperedCopy(TestBackend &t, const QString &name, const std::function<void(QSqlDatabase &)> &change)
{
    SqlQuery::run(t.database().connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString copy = t.databasePath() + QLatin1Char('.') + name;
    QFile::remove(copy);
    REQUIRE(QFile::copy(t.databasePath(), copy));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        REQUIRE(db.open());
        for (const char *statement : {"DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"})
            REQUIRE(QSqlQuery(db).exec(QString::fromLatin1(statement)));
        change(db);
        for (const char *statement : {"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                                      "SELECT RAISE(ABORT, 'append only'); END",
                                      "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                                      "SELECT RAISE(ABORT, 'append only'); END"})
            REQUIRE(QSqlQuery(db).exec(QString::fromLatin1(statement)));
    }
    QSqlDatabase::removeDatabase(name);
    return copy;
}

// Recomputes every hash from record `from` on and moves the head, so the chain holds again.
void rechain(QSqlDatabase &db)
{
    const QSqlDatabase &conn = db;
    SqlQuery rows(conn, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(AuditChain::columns()));
    rows.exec();
    QString previous;
    qint64 last = 0;
    QList<AuditRow> all;
    while (rows.next())
        all << AuditChain::readRow(rows);
    for (AuditRow row : all) {
        row.prevHash = previous;
        row.hash = AuditChain::hashOf(row);
        SqlQuery(conn, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"))
            .bind(row.prevHash)
            .bind(row.hash)
            .bind(row.id)
            .exec();
        previous = row.hash;
        last = row.id;
    }
    SqlQuery(conn, QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"))
        .bind(last)
        .bind(previous)
        .exec();
}

} // namespace

TEST_CASE("signed checkpoints outside the database catch a cut tail, a rechained history and a swapped database",
          "[faults][audit][checkpoints]")
{
    if (TestBackend::onPostgres())
        return; // the database writes the chain there (audit.sql); the tampering below is a SQLite file's
    TestBackend t;
    const Session session = orderingOperator(t, true);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("checkpoints.txt"));
    const QString key = dir.filePath(QStringLiteral("private/checkpoint.key"));
    const QStringList publish{QStringLiteral("--once"), QStringLiteral("--checkpoints"), file,
                              QStringLiteral("--checkpoint-key"), key};
    const QStringList database = databaseArguments(t);
    const QStringList simulator{QStringLiteral("--gocards-url"), t.goCardsConfig().baseUrl.toString()};
    qputenv("TEMPCARDS_GOCARDS_CLIENT_SECRET", t.goCardsConfig().clientSecret.toUtf8());

    order(t, session, 2);
    Command first = runSync(publish + database + simulator);
    INFO(first.output.toStdString());
    REQUIRE(first.exitCode == 0);
    order(t, session, 3);
    REQUIRE(runSync(publish + database + simulator).exitCode == 0);
    // The key is the owner's alone, its public half beside it; one line per run.
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFileInfo(key).permissions() & others) == QFile::Permissions());
    CHECK(QFileInfo(key).permissions().testFlag(QFile::ReadOwner));
    REQUIRE(QFile::exists(key + QStringLiteral(".pub")));
    QFile lines(file);
    REQUIRE(lines.open(QIODevice::ReadOnly));
    const QList<QByteArray> written = lines.readAll().trimmed().split('\n');
    CHECK(written.size() == 2);
    lines.close();

    const QStringList checked{QStringLiteral("--checkpoints"), file, QStringLiteral("--checkpoint-public-key"),
                              key + QStringLiteral(".pub")};
    const Command intact = verify(database, checked);
    INFO(intact.output.toStdString());
    CHECK(intact.exitCode == 0);
    CHECK(intact.output.contains(QStringLiteral("All 2 checkpoints")));

    // The newest records deleted and the head moved back: the chain alone says intact.
    const QString cut = tamperedCopy(t, QStringLiteral("cut"), [](QSqlDatabase &db) {
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 3 FROM "
                                                  "audit_log)")));
        REQUIRE(
            QSqlQuery(db).exec(QStringLiteral("UPDATE audit_head SET last_id = (SELECT MAX(id) FROM audit_log), "
                                              "last_hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)")));
    });
    const QStringList cutDatabase{QStringLiteral("--database"), cut};
    CHECK(verify(cutDatabase).exitCode == 0);
    const Command cutVerdict = verify(cutDatabase, checked);
    INFO(cutVerdict.output.toStdString());
    CHECK(cutVerdict.exitCode == 1);
    CHECK(cutVerdict.output.contains(QStringLiteral("restored from a backup, or cut")));
    CHECK(cutVerdict.output.contains(QStringLiteral("newest checkpoint that holds is number 1 of 2")));

    // An early record changed (an operator made an administrator) and every later hash recomputed.
    const QString rechained = tamperedCopy(t, QStringLiteral("rechained"), [](QSqlDatabase &db) {
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 2")));
        rechain(db);
    });
    const QStringList rechainedDatabase{QStringLiteral("--database"), rechained};
    CHECK(verify(rechainedDatabase).exitCode == 0);
    const Command rewritten = verify(rechainedDatabase, checked);
    INFO(rewritten.output.toStdString());
    CHECK(rewritten.exitCode == 1);
    CHECK(rewritten.output.contains(QStringLiteral("the history was rewritten")));
    CHECK(rewritten.output.contains(QStringLiteral("No checkpoint holds")));

    // Another database, intact in itself.
    TestBackend other;
    order(other, orderingOperator(other, true), 4);
    const Command swapped = verify(databaseArguments(other), checked);
    INFO(swapped.output.toStdString());
    CHECK(swapped.exitCode == 1);
    CHECK(swapped.output.contains(QStringLiteral("No checkpoint holds")));

    // The checkpoint file changed to fit the cut database: its signature no longer holds.
    QByteArray forged = written.last();
    forged.replace("records=", "records=1");
    const QString forgedFile = dir.filePath(QStringLiteral("forged.txt"));
    QFile out(forgedFile);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(written.first() + '\n' + forged + '\n');
    out.close();
    const Command forgedVerdict =
        verify(database, {QStringLiteral("--checkpoints"), forgedFile, QStringLiteral("--checkpoint-public-key"),
                          key + QStringLiteral(".pub")});
    CHECK(forgedVerdict.exitCode == 1);
    CHECK(forgedVerdict.output.contains(QStringLiteral("is not signed by the checkpoint key")));

    // Checkpoints signed with another key than the auditor pinned prove nothing.
    const QString otherKey = dir.filePath(QStringLiteral("other.key"));
    const QString otherFile = dir.filePath(QStringLiteral("other.txt"));
    const QStringList otherPublish{QStringLiteral("--once"), QStringLiteral("--checkpoints"), otherFile,
                                   QStringLiteral("--checkpoint-key"), otherKey};
    REQUIRE(runSync(otherPublish + database + simulator).exitCode == 0);
    CHECK(verify(database, {QStringLiteral("--checkpoints"), otherFile, QStringLiteral("--checkpoint-public-key"),
                            key + QStringLiteral(".pub")})
              .exitCode == 1);

    // A key others may read is refused before anything runs.
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const Command exposed = runSync(publish + database + simulator);
    CHECK(exposed.exitCode == 1);
    CHECK(exposed.output.contains(QStringLiteral("may be read by others")));
}

TEST_CASE("between runs a checkpoint follows every --checkpoint-every records", "[faults][audit][checkpoints]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("checkpoints.txt"));
    // Runs are an hour apart: only the records written meanwhile bring the second checkpoint.
    auto service = startSync(t, {QStringLiteral("--interval"), QStringLiteral("3600"), QStringLiteral("--checkpoints"),
                                 file, QStringLiteral("--checkpoint-key"), dir.filePath(QStringLiteral("k")),
                                 QStringLiteral("--checkpoint-every"), QStringLiteral("3")});
    const auto lineCount = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    };
    REQUIRE(waitFor([&] { return lineCount() == 1; }, 20000)); // after the first run
    order(t, session, 1);                                      // fewer records than 3: nothing
    waitFor([] { return false; }, 11000);
    CHECK(lineCount() == 1);
    order(t, session, 2);
    CHECK(waitFor([&] { return lineCount() == 2; }, 15000));
    kill(*service);
    const Command verdict = verify(databaseArguments(t), {QStringLiteral("--checkpoints"), file});
    INFO(verdict.output.toStdString());
    CHECK(verdict.exitCode == 0);
}

TEST_CASE("tempcards-sync started on a database restored behind its last checkpoint holds back every unresolved "
          "order before its first run",
          "[faults][audit][checkpoints][restore]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("checkpoints.txt"));
    const QStringList publish = QStringList{QStringLiteral("--once"), QStringLiteral("--checkpoints"), file,
                                            QStringLiteral("--checkpoint-key"), dir.filePath(QStringLiteral("key"))} +
                                databaseArguments(t) +
                                QStringList{QStringLiteral("--gocards-url"), t.goCardsConfig().baseUrl.toString()};
    qputenv("TEMPCARDS_GOCARDS_CLIENT_SECRET", t.goCardsConfig().clientSecret.toUtf8());
    // A batch made from the queue, then a backup; after it the batch is sent and a checkpoint written.
    order(t, session, 2);
    REQUIRE(pendingBatch(t) > 0);
    const QString backup = t.backUp();
    REQUIRE(runSync(publish).exitCode == 0);
    REQUIRE(t.cardCount(QStringLiteral("ordered")) == 2);

    t.restore(backup);
    const Command restored = runSync(publish);
    INFO(restored.output.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(restored.output.contains(QStringLiteral("restored from a backup, or cut")));
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sync.restore' AND detail LIKE "
                                  "'%no longer matches its last checkpoint%'"))
              .scalar()
              .toInt() == 1);
    // The batch waited for Go Cards' word, which was its order: nothing sent twice, nothing failed.
    CHECK(t.cardCount(QStringLiteral("ordered")) == 2);
    CHECK(t.simulator().ledger().orders().size() == 1);
    // The next start finds the database where its own checkpoint left it.
    const Command again = runSync(publish);
    CHECK_FALSE(again.output.contains(QStringLiteral("restored from a backup")));
}
