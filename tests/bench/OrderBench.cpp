// SPDX-License-Identifier: Apache-2.0
// Scenario 1: "Order temporary cards" runs of 9 cards, with their audit records, per second through the
// core on a SQLite file, against the same rows written by the bare SQLite C API in the same transaction
// pattern on a file of the same schema and settings (WAL, synchronous=FULL).
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "AuditLog.h"
#include "Clock.h"
#include "OrderTemporaryCards.h"
#include "OrderTemporaryCardsJob.h"
#include "OrderingService.h"
#include "TempCardOptions.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>

#include <sqlite3.h>

namespace tempcards::bench {

namespace {

constexpr int kCards = 9;

// The same statements the core runs, prepared once, as a hand-written writer would.
class BareWriter
{
public:
    BareWriter(const QString &path, bool flush)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            throw BenchError("sqlite3_open failed");
        exec("PRAGMA journal_mode=WAL");
        exec(flush ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
        exec("PRAGMA foreign_keys=ON");
        m_card = prepare("INSERT INTO cards (external_id, production_type, state, ordered_at, ordered_by, updated_at) "
                         "VALUES (?, 'external', 'processing', ?, 'olle', ?) RETURNING id");
        m_audit =
            prepare("INSERT INTO audit_log (id, at, actor, roles, action, object, before_value, after_value, "
                    "outcome, detail, workstation, prev_hash, hash) VALUES (?, ?, 'olle', 'operator', ?, ?, NULL, "
                    "?, 'success', ?, 'bench', ?, ?)");
        m_head = prepare("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1");
        m_readHead = prepare("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
    }
    ~BareWriter()
    {
        for (sqlite3_stmt *s : {m_card, m_audit, m_head, m_readHead})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    void run()
    {
        exec("BEGIN IMMEDIATE");
        step(m_readHead, SQLITE_ROW);
        qint64 lastId = sqlite3_column_int64(m_readHead, 0);
        QByteArray lastHash(reinterpret_cast<const char *>(sqlite3_column_text(m_readHead, 1)));
        sqlite3_reset(m_readHead);
        const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        auto audit = [&](const QByteArray &action, const QByteArray &object, const char *after,
                         const QByteArray &detail) {
            const QByteArray hash =
                QCryptographicHash::hash(lastHash + at + action + object + after + detail, QCryptographicHash::Sha256)
                    .toHex();
            ++lastId;
            sqlite3_bind_int64(m_audit, 1, lastId);
            bindText(m_audit, 2, at);
            bindText(m_audit, 3, action);
            bindText(m_audit, 4, object);
            sqlite3_bind_text(m_audit, 5, after, -1, SQLITE_STATIC);
            bindText(m_audit, 6, detail);
            bindText(m_audit, 7, lastHash);
            bindText(m_audit, 8, hash);
            step(m_audit, SQLITE_DONE);
            sqlite3_bind_int64(m_head, 1, lastId);
            bindText(m_head, 2, hash);
            step(m_head, SQLITE_DONE);
            lastHash = hash;
        };
        for (int i = 0; i < kCards; ++i) {
            const QByteArray externalId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            bindText(m_card, 1, externalId);
            bindText(m_card, 2, at);
            bindText(m_card, 3, at);
            step(m_card, SQLITE_ROW);
            const qint64 id = sqlite3_column_int64(m_card, 0);
            step(m_card, SQLITE_DONE);
            audit("card.state", "card:" + QByteArray::number(id), "processing", QByteArray());
        }
        audit("process.start", "process:TempCardsAddonExtProdProcOrder", nullptr, "amount=9 queued=1");
        exec("COMMIT");
    }

private:
    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw BenchError(std::string("bare SQLite: ") + sqlite3_errmsg(m_db));
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            throw BenchError(std::string("bare SQLite: ") + sqlite3_errmsg(m_db));
        return statement;
    }
    static void bindText(sqlite3_stmt *s, int index, const QByteArray &text)
    {
        sqlite3_bind_text(s, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    void step(sqlite3_stmt *s, int expected)
    {
        const int result = sqlite3_step(s);
        if (result != expected)
            throw BenchError(std::string("bare SQLite: ") + sqlite3_errmsg(m_db));
        if (result == SQLITE_DONE)
            sqlite3_reset(s);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_card = nullptr;
    sqlite3_stmt *m_audit = nullptr;
    sqlite3_stmt *m_head = nullptr;
    sqlite3_stmt *m_readHead = nullptr;
};

qint64 countRows(Database &database, const QString &table)
{
    return SqlQuery(database.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar().toLongLong();
}

struct Rates
{
    double core = 0;
    double job = 0;
    double bare = 0;
};

// The three ways of writing `runs` orders, each on a new file. `flush` false turns the flush at every commit
// off (synchronous=NORMAL) on both sides, leaving what the code costs.
Rates measure(const QString &folder, int runs, bool flush)
{
    const QString suffix = flush ? QStringLiteral("full") : QStringLiteral("normal");
    const QString noFlush = QStringLiteral("PRAGMA synchronous=NORMAL");
    Rates rates;
    {
        BenchClient client(folder + QStringLiteral("/order-core-%1.sqlite").arg(suffix),
                           QUrl(QStringLiteral("http://127.0.0.1:1")));
        const CoreContext &context = client.backend().context();
        QSqlDatabase db = client.database().connection();
        if (!flush) {
            SqlQuery::run(db, noFlush);
            await(client.database().writer().run([noFlush](QSqlDatabase &writer) {
                SqlQuery::run(writer, noFlush);
                return true;
            }));
        }
        const qint64 cardsBefore = countRows(client.database(), QStringLiteral("cards"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < runs; ++i) {
            const auto placed = OrderTemporaryCards::place(db, *context.audit, *context.clock, client.operatorSession(),
                                                           kCards, QStringLiteral("demo-org"));
            if (placed.status != OrderTemporaryCards::Placed::Status::Queued)
                throw BenchError("an order was not queued: " + placed.message.toStdString());
        }
        rates.core = runs / (double(timer.nsecsElapsed()) / 1e9);
        if (countRows(client.database(), QStringLiteral("cards")) - cardsBefore != qint64(runs) * kCards)
            throw BenchError("the core did not write every card");

        // The same through the job the Order dialog starts: the writer thread, futures and signals too.
        timer.restart();
        for (int i = 0; i < runs; ++i) {
            std::unique_ptr<OrderTemporaryCardsJob> job(
                client.backend().ordering()->orderTemporaryCards(client.operatorSession(), kCards));
            bool done = false;
            QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, [&] { done = true; });
            job->start();
            if (!waitUntil([&] { return done; }, 30000) || job->result() != OrderTemporaryCardsJob::Result::Queued)
                throw BenchError("an order job did not queue its cards");
        }
        rates.job = runs / (double(timer.nsecsElapsed()) / 1e9);
    }
    const QString path = folder + QStringLiteral("/order-bare-%1.sqlite").arg(suffix);
    const SystemClock clock;
    Database::open({path}, clock); // the same schema, then closed
    BareWriter writer(path, flush);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        writer.run();
    rates.bare = runs / (double(timer.nsecsElapsed()) / 1e9);
    return rates;
}

} // namespace

void runOrderScenario(const QString &folder, const Size &size)
{
    const int runs = size.orderRuns;
    const Rates flushed = measure(folder, runs, true);
    const Rates unflushed = measure(folder, runs, false);
    const auto figures = [](const Rates &r) {
        return QJsonObject{{QStringLiteral("coreRunsPerSecond"), round1(r.core)},
                           {QStringLiteral("jobRunsPerSecond"), round1(r.job)},
                           {QStringLiteral("bareSqliteRunsPerSecond"), round1(r.bare)},
                           {QStringLiteral("bareOverCore"), round2(r.bare / r.core)}};
    };
    print(QJsonObject{{QStringLiteral("scenario"), QStringLiteral("order")},
                      {QStringLiteral("runs"), runs},
                      {QStringLiteral("cardsPerRun"), kCards},
                      {QStringLiteral("auditRecordsPerRun"), kCards + 1},
                      {QStringLiteral("flushEveryCommit"), figures(flushed)},
                      {QStringLiteral("noFlush"), figures(unflushed)},
                      {QStringLiteral("targetRunsPerSecond"), 1000},
                      {QStringLiteral("targetRatio"), 3},
                      {QStringLiteral("met"), flushed.core >= 1000 && flushed.bare / flushed.core <= 3}});
}

} // namespace tempcards::bench
