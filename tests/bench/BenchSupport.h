// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Backend.h"
#include "Database.h"
#include "Processes.h"
#include "Session.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>
#include <stdexcept>

namespace tempcards::bench {

// A scenario that cannot run (a setup step failed, a result is wrong) throws this; the bench then exits
// non-zero. A target that is missed is a figure, not a failure.
struct BenchError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

struct Size
{
    bool small = false; // the test command's run: every scenario once, at a size that only proves it works
    int orderRuns = 2000;
    int dispatchCards = 100000;
    int stockCards = 1000000;
    int stallCards = 100000;
    int people = 100000; // the cardholders scenario's staff
};

// One JSON object on one line on stdout.
void print(const QJsonObject &figures);
double millis(qint64 nanoseconds);
double round1(double value);
double round2(double value);
// Milliseconds `action` takes, on the calling thread.
double timed(const std::function<void()> &action);
double median(QList<double> values);
// The process's resident set size (VmRSS), in MiB.
double residentMiB();
// Runs the event loop until `done` holds; false after `timeoutMs`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

template <typename T> T await(QFuture<T> future, int timeoutMs = 600000)
{
    if (!waitUntil([&] { return future.isFinished(); }, timeoutMs) || future.isCanceled())
        throw BenchError("a future did not finish");
    return future.result();
}

// Measures how late a timer on the GUI thread fires: a stall is the gap beyond its interval. Counts from
// construction until destruction.
class GapMeter
{
public:
    explicit GapMeter(int intervalMs);
    double longestStallMs() const;
    double stallPercentileMs(double share) const;
    int stallsOver(double ms) const;

private:
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_gapsNs;
};

// gocards-sim as its own process on a free loopback port, as the client meets it in production.
class SimulatorProcess
{
public:
    explicit SimulatorProcess(const QStringList &arguments = {});
    ~SimulatorProcess();
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

// The client's core on a SQLite file of its own, with an operator account and the processes enabled.
class BenchClient
{
public:
    BenchClient(const QString &databasePath, const QUrl &goCards, int passwordIterations = 1000);
    ~BenchClient();
    Database &database() { return *m_database; }
    Backend &backend() { return *m_backend; }
    const Session &operatorSession() const { return m_operator; }
    void setOption(const QString &name, const QVariant &value);
    Session createAccount(const QString &userName, const QString &password, const QStringList &roles);
    static GoCardsConfig goCardsConfig(const QUrl &url);

private:
    Session administrator();
    Session sessionOf(const QString &userName);

    std::unique_ptr<Database> m_database;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Backend> m_backend;
    Session m_operator;
    int m_iterations;
};

// `count` cards waiting for the batch sync (processing, in no batch), written in one transaction.
void fillQueue(const QSqlDatabase &db, int count);
// `count` cards spread over every state, as a large installation's stock: most handed out or produced,
// some in flight, a few failed or aborted. Each has a Go Cards card id gc-NNNNNNNN and order id, except
// the processing ones.
void fillStock(const QSqlDatabase &db, int count);

} // namespace tempcards::bench
