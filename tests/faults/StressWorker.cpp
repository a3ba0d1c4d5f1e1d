// SPDX-License-Identifier: Apache-2.0
// tempcards-stress-worker: one workstation of the concurrency test. Logs in as an operator and runs a
// random mix of "Order temporary cards" (queued), "Abort temporary card order" on cards anyone queued, and
// runs of the batch sync, one after the other, through the same core the client uses. Takes the client's
// command line (database, Go Cards); the mix comes from the environment:
//   TEMPCARDS_STRESS_USER, TEMPCARDS_STRESS_PASSWORD, TEMPCARDS_STRESS_OPERATIONS, TEMPCARDS_STRESS_SEED.
// Prints one line per fact for the test to check: "created <ids>", "aborted <id>", "error <what>: <message>",
// and at the end "done <orders> <aborts> <syncs> <busy syncs>".
#include "AccountService.h"
#include "Backend.h"
#include "CardService.h"
#include "ClientOptions.h"
#include "Clock.h"
#include "Database.h"
#include "OrderTemporaryCardsJob.h"
#include "OrderingService.h"
#include "Sql.h"
#include "SyncService.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTextStream>

using namespace tempcards;

namespace {

class Worker : public QObject
{
public:
    Worker(Backend &backend, int operations, quint32 seed)
        : m_backend(backend), m_left(operations), m_random(seed), m_out(stdout)
    {}

    void start(const QString &user, const QString &password)
    {
        m_backend.accounts()->login(user, password).then(this, [this](const LoginResult &login) {
            if (!login.ok) {
                fail(QStringLiteral("login"), login.message);
                return QCoreApplication::exit(1);
            }
            m_session = login.session;
            next();
        });
    }

private:
    void next()
    {
        if (m_left-- == 0) {
            m_out << "done " << m_orders << ' ' << m_aborts << ' ' << m_syncs << ' ' << m_busySyncs << Qt::endl;
            return QCoreApplication::exit(m_errors == 0 ? 0 : 1);
        }
        const quint32 dice = m_random.bounded(10);
        if (dice < 5)
            order();
        else if (dice < 8)
            abort();
        else
            sync();
    }

    void order()
    {
        ++m_orders;
        auto *job = m_backend.ordering()->orderTemporaryCards(m_session, int(m_random.bounded(1, 10)));
        connect(job, &OrderTemporaryCardsJob::finished, this, [this, job] {
            job->deleteLater();
            if (!job->cardIds().isEmpty()) {
                QStringList ids;
                for (const qint64 id : job->cardIds())
                    ids << QString::number(id);
                m_out << "created " << ids.join(QLatin1Char(' ')) << Qt::endl;
            }
            if (job->result() != OrderTemporaryCardsJob::Result::Queued)
                fail(QStringLiteral("order"), job->message());
            next();
        });
        job->start();
    }

    // One to three of the newest queued cards, whoever ordered them.
    void abort()
    {
        ++m_aborts;
        QList<qint64> targets;
        try {
            CardFilter queued;
            queued.state = CardState::Processing;
            const QList<CardRow> rows = CardQuery::page(m_backend.context().database->connection(), queued, 0, 12);
            for (int i = 0, n = int(m_random.bounded(1, 4)); i < n && !rows.isEmpty(); ++i)
                targets << rows.at(int(m_random.bounded(rows.size()))).id;
        } catch (const DatabaseError &error) {
            fail(QStringLiteral("abort read"), error.userMessage());
        }
        if (targets.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this] { next(); }, Qt::QueuedConnection);
            return;
        }
        m_backend.ordering()
            ->abortCards(m_session, targets)
            .then(this, [this](const AbortTemporaryCardOrder::Result &result) {
                if (!result.started)
                    fail(QStringLiteral("abort"), result.message);
                for (const auto &card : result.cards) {
                    if (card.aborted)
                        m_out << "aborted " << card.cardId << Qt::endl;
                }
                next();
            });
    }

    void sync()
    {
        ++m_syncs;
        BatchSyncJob *run = m_backend.sync()->newRun();
        connect(run, &BatchSyncJob::finished, this, [this, run] {
            run->deleteLater();
            if (run->report().leaseBusy)
                ++m_busySyncs;
            else if (!run->report().errorString.isEmpty())
                fail(QStringLiteral("sync"), run->report().errorString);
            next();
        });
        run->start();
    }

    void fail(const QString &what, const QString &message)
    {
        ++m_errors;
        m_out << "error " << what << ": " << message << Qt::endl;
    }

    Backend &m_backend;
    Session m_session;
    int m_left;
    QRandomGenerator m_random;
    QTextStream m_out;
    int m_orders = 0, m_aborts = 0, m_syncs = 0, m_busySyncs = 0, m_errors = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qSetMessagePattern(QStringLiteral("%{type} %{category}: %{message}")); // the test looks for warnings
    const ClientOptions options = ClientOptions::parse(app.arguments(), QProcessEnvironment::systemEnvironment());
    if (options.action != ClientOptions::Action::Run) {
        QTextStream(stderr) << options.text << Qt::endl;
        return 2;
    }
    SystemClock clock;
    Database::Opened opened = Database::open({options.databasePath, options.postgres}, clock);
    if (!opened.database) {
        QTextStream(stdout) << "error open: " << opened.message << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    Backend::Options backendOptions = Backend::Options::forThisWorkstation(options.goCards, options.goCardsOverrides);
    backendOptions.workstation = qEnvironmentVariable("TEMPCARDS_STRESS_USER");
    backendOptions.syncRetry = {4, 20, 200, 10000};
    Backend backend(opened.database.get(), &nam, &clock, backendOptions);
    Worker worker(backend, qEnvironmentVariableIntValue("TEMPCARDS_STRESS_OPERATIONS"),
                  quint32(qEnvironmentVariableIntValue("TEMPCARDS_STRESS_SEED")));
    worker.start(qEnvironmentVariable("TEMPCARDS_STRESS_USER"), qEnvironmentVariable("TEMPCARDS_STRESS_PASSWORD"));
    return app.exec();
}
