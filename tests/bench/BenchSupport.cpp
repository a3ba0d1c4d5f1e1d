// SPDX-License-Identifier: Apache-2.0
#include "BenchSupport.h"

#include "AccountStore.h"
#include "Clock.h"
#include "OptionsScript.h"
#include "PasswordHasher.h"
#include "SettingsService.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

#include <signal.h>
#include <sys/prctl.h>

namespace tempcards::bench {

void print(const QJsonObject &figures)
{
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
}

double millis(qint64 nanoseconds)
{
    return round1(double(nanoseconds) / 1e6);
}

double round1(double value)
{
    return std::round(value * 10) / 10;
}

double round2(double value)
{
    return std::round(value * 100) / 100;
}

double timed(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    return millis(timer.nsecsElapsed());
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return round1(line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024);
    }
    return -1;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // An event loop woken by a coarse timer: polling with processEvents() would keep a core busy and slow
    // down the very threads and processes being measured.
    if (done())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

GapMeter::GapMeter(int intervalMs) : m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_gapsNs << now - m_last;
        m_last = now;
    });
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

double GapMeter::longestStallMs() const
{
    const qint64 longest = m_gapsNs.isEmpty() ? 0 : *std::max_element(m_gapsNs.cbegin(), m_gapsNs.cend());
    return round1(std::max(0.0, millis(longest) - m_intervalMs));
}

double GapMeter::stallPercentileMs(double share) const
{
    QList<qint64> sorted = m_gapsNs;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        return 0;
    return round1(
        std::max(0.0, millis(sorted.at(std::min(sorted.size() - 1, qsizetype(sorted.size() * share)))) - m_intervalMs));
}

int GapMeter::stallsOver(double ms) const
{
    return int(
        std::count_if(m_gapsNs.cbegin(), m_gapsNs.cend(), [&](qint64 gap) { return millis(gap) - m_intervalMs > ms; }));
}

SimulatorProcess::SimulatorProcess(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A bench that dies (a crash, a kill) takes its simulator with it instead of leaving it listening.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(QStringLiteral(TEMPCARDS_SIM_BINARY),
                    QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--production-step-ms"),
                                QStringLiteral("0"), QStringLiteral("--failure-rate"), QStringLiteral("0")} +
                        arguments);
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QByteArray out;
    const bool up = waitUntil(
        [&] {
            out += m_process.readAllStandardOutput();
            return listening.match(QString::fromUtf8(out)).hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        10000);
    const auto match = listening.match(QString::fromUtf8(out));
    if (!up || !match.hasMatch())
        throw BenchError("gocards-sim did not start");
    m_url = QUrl(match.captured(1));
}

SimulatorProcess::~SimulatorProcess()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

BenchClient::BenchClient(const QString &databasePath, const QUrl &goCards, int passwordIterations)
    : m_clock(std::make_unique<SystemClock>()), m_iterations(passwordIterations)
{
    Database::Opened opened = Database::open({databasePath}, *m_clock);
    if (!opened.database)
        throw BenchError(opened.message.toStdString());
    m_database = std::move(opened.database);
    Backend::Options options = Backend::Options::forThisWorkstation(goCardsConfig(goCards));
    options.workstation = QStringLiteral("bench");
    options.passwordIterations = passwordIterations;
    m_backend = std::make_unique<Backend>(m_database.get(), &m_nam, m_clock.get(), options);
    const QString name = QStringLiteral("olle");
    if (!AccountStore::findByName(m_database->connection(), name)) {
        createAccount(name, QStringLiteral("a bench password"), {Roles::Operator});
        SettingsService *settings = m_backend->settings();
        const TempCardSettings current = settings->load();
        const QList<ProcessId> all = Processes::all();
        const QSet<ProcessId> processes(all.cbegin(), all.cend());
        const Outcome outcome = await(settings->save(administrator(), processes, current.optionsScript));
        if (!outcome.ok)
            throw BenchError(outcome.message.toStdString());
    }
    m_operator = sessionOf(name);
}

BenchClient::~BenchClient()
{
    m_backend.reset();
    m_database.reset();
}

GoCardsConfig BenchClient::goCardsConfig(const QUrl &url)
{
    GoCardsConfig config;
    config.baseUrl = url;
    config.clientId = QStringLiteral("demo");
    config.clientSecret = QStringLiteral("demo-secret");
    config.organisationId = QStringLiteral("demo-org");
    return config;
}

Session BenchClient::createAccount(const QString &userName, const QString &password, const QStringList &roles)
{
    const QString hash = PasswordHasher(m_iterations).hash(password);
    await(m_database->writer().run([&](QSqlDatabase &db) {
        WriteTransaction transaction(db);
        AccountStore::insert(db, userName, hash, roles, QDateTime::currentDateTimeUtc());
        transaction.commit();
        return true;
    }));
    return sessionOf(userName);
}

Session BenchClient::sessionOf(const QString &userName)
{
    const QSqlDatabase db = m_database->connection();
    const auto account = AccountStore::findByName(db, userName);
    if (!account)
        throw BenchError("no bench account " + userName.toStdString());
    return AccountStore::sessionOf(db, *account);
}

Session BenchClient::administrator()
{
    const QString name = QStringLiteral("bench-admin");
    if (AccountStore::findByName(m_database->connection(), name))
        throw BenchError("the bench administrator exists already");
    return createAccount(name, QStringLiteral("a bench password"), {Roles::Administrator});
}

void BenchClient::setOption(const QString &name, const QVariant &value)
{
    SettingsService *settings = m_backend->settings();
    const TempCardSettings current = settings->load();
    const QString script = OptionsScript::withValue(current.optionsScript, name, value);
    const Outcome outcome = await(settings->save(sessionOf(QStringLiteral("bench-admin")), current.enabled, script));
    if (!outcome.ok)
        throw BenchError(outcome.message.toStdString());
}

namespace {

// Inserts `count` cards numbered from the current maximum, in one transaction; `stateSql` and the id
// columns are SQL expressions over i, the card's number.
void insertCards(const QSqlDatabase &db, int count, const QString &stateSql, const QString &cardIdSql,
                 const QString &orderIdSql)
{
    WriteTransaction transaction(db);
    SqlQuery(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                "INSERT INTO cards (external_id, production_type, state, ordered_at, ordered_by, "
                                "gocards_card_id, gocards_order_id, updated_at) "
                                "SELECT printf('bench-%1-%d', i), 'external', %2, '2026-01-01T08:00:00.000Z', 'olle', "
                                "%3, %4, '2026-01-01T08:00:00.000Z' FROM n")
                     .arg(QString::number(QDateTime::currentMSecsSinceEpoch()), stateSql, cardIdSql, orderIdSql))
        .bind(count)
        .exec();
    transaction.commit();
}

} // namespace

void fillQueue(const QSqlDatabase &db, int count)
{
    insertCards(db, count, QStringLiteral("'processing'"), QStringLiteral("NULL"), QStringLiteral("NULL"));
}

void fillStock(const QSqlDatabase &db, int count)
{
    // Per hundred cards: 1 processing, 4 ordered, 5 in production, 30 produced, 3 failed, 2 aborted, 40
    // on the shelf (unassigned), 10 handed out (assigned), 3 expired, 2 locked.
    const QString state = QStringLiteral("CASE WHEN i % 100 < 1 THEN 'processing' WHEN i % 100 < 5 THEN 'ordered' "
                                         "WHEN i % 100 < 10 THEN 'in_production' WHEN i % 100 < 40 THEN 'produced' "
                                         "WHEN i % 100 < 43 THEN 'failed' WHEN i % 100 < 45 THEN 'aborted' "
                                         "WHEN i % 100 < 85 THEN 'unassigned' WHEN i % 100 < 95 THEN 'assigned' "
                                         "WHEN i % 100 < 98 THEN 'expired' ELSE 'locked' END");
    insertCards(db, count, state, QStringLiteral("CASE WHEN i % 100 < 1 THEN NULL ELSE printf('gc-%08d', i) END"),
                QStringLiteral("CASE WHEN i % 100 < 1 THEN NULL ELSE printf('ord-%06d', i / 500) END"));
}

} // namespace tempcards::bench
