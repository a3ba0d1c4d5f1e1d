// SPDX-License-Identifier: Apache-2.0
#include "PostgresServer.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tempcards::test {

namespace {
const QString kScript = QStringLiteral(TEMPCARDS_SOURCE_DIR "/scripts/pg-test-server.sh");
}

void PostgresServer::makeReachable()
{
    // Run as root, the script starts the server as an unprivileged user, who must reach the folder.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ExeGroup);
}

PostgresServer::PostgresServer(StandbyOf standby) : m_setsEnvironment(false)
{
    makeReachable();
    QProcess process;
    process.start(kScript, {QStringLiteral("standby"), standby.primary.folder(), folder()});
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    m_options = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

PostgresServer::PostgresServer()
{
    m_hadPrevious = qEnvironmentVariableIsSet("TEMPCARDS_TEST_POSTGRES");
    m_previous = qgetenv("TEMPCARDS_TEST_POSTGRES");
    makeReachable();
    QProcess process;
    process.start(kScript, {QStringLiteral("start"), folder()});
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    m_options = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    useOptions(m_options);
}

PostgresServer::~PostgresServer()
{
    QProcess::execute(kScript, {QStringLiteral("stop"), folder()});
    if (!m_setsEnvironment)
        return;
    if (m_hadPrevious)
        qputenv("TEMPCARDS_TEST_POSTGRES", m_previous);
    else
        qunsetenv("TEMPCARDS_TEST_POSTGRES");
}

int PostgresServer::port() const
{
    return QRegularExpression(QStringLiteral("port=(\\d+)")).match(m_options).captured(1).toInt();
}

void PostgresServer::useOptions(const QString &options)
{
    qputenv("TEMPCARDS_TEST_POSTGRES", options.toUtf8());
}

void PostgresServer::script(const QString &action)
{
    QProcess process;
    process.start(kScript, {action, folder()});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

void PostgresServer::restart()
{
    script(QStringLiteral("restart"));
}

void PostgresServer::down()
{
    script(QStringLiteral("down"));
}

void PostgresServer::up()
{
    script(QStringLiteral("up"));
}

void PostgresServer::promote()
{
    script(QStringLiteral("promote"));
}

bool PostgresServer::inRecovery()
{
    return query(QStringLiteral("SELECT pg_is_in_recovery()")) == QLatin1String("true");
}

int PostgresServer::terminateSessions()
{
    return query(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE application_name = 'tempcards' AND pid <> pg_backend_pid()"))
        .toInt();
}

QString PostgresServer::query(const QString &statement, const QString &database)
{
    const QString name = QStringLiteral("tempcards-test-server-query");
    QString result;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(
            QString(m_options).replace(QStringLiteral("dbname=postgres"), QStringLiteral("dbname=") + database) +
            QStringLiteral(" application_name=tempcards-test"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                problem = q.lastError().text();
            else if (q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    INFO(statement.toStdString() << ": " << problem.toStdString());
    REQUIRE(problem.isEmpty());
    return result;
}

} // namespace tempcards::test
