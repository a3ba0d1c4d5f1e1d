// SPDX-License-Identifier: Apache-2.0
#include "Database.h"
#include "DatabaseHealth.h"
#include "DatabaseSettings.h"

#include "InputText.h"
#include "Logging.h"
#include "Migrator.h"
#include "PreparedStatements.h"
#include "PrivateFiles.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <optional>

namespace tempcards {

namespace {
QAtomicInt s_instances;

// libpq's words for a server that is not there, not yet, or not the primary (target_session_attrs).
bool isTransientConnectFailure(const QString &text)
{
    static const char *const kTransient[] = {"Connection refused",
                                             "timeout expired",
                                             "No route to host",
                                             "Network is unreachable",
                                             "could not translate host name",
                                             "No such file or directory",
                                             "server closed the connection unexpectedly",
                                             "Connection reset",
                                             "the database system is starting up",
                                             "the database system is shutting down",
                                             "the database system is in recovery mode",
                                             "the database system is not yet accepting connections",
                                             "session is read-only",
                                             "server is in hot standby mode"};
    return std::any_of(std::begin(kTransient), std::end(kTransient),
                       [&](const char *transient) { return text.contains(QLatin1String(transient)); });
}
constexpr int kMaxPathBytes = 4096; // Linux's PATH_MAX, with its NUL
constexpr int kMaxShownPath = 300;
} // namespace

Database::Database(const DatabaseConfig &config, const Clock &clock)
    : m_config(config), m_prefix(QStringLiteral("tempcards-%1-").arg(s_instances.fetchAndAddRelaxed(1))),
      m_health(std::make_unique<DatabaseHealth>([this](QString *problem) { return probe(problem); }, &clock))
{}

bool Database::probe(QString *problem)
{
    const QString name = m_prefix + QStringLiteral("health-probe");
    Identity identity;
    {
        QMutexLocker lock(&m_connections->mutex);
        identity = {m_connections->role, m_connections->password};
    }
    bool up = false;
    {
        QSqlDatabase db = addConnection(name, identity);
        up = db.open();
        if (!up)
            *problem = db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return up;
}

Database::~Database()
{
    m_health.reset(); // waits for its probe, which uses this object's configuration
    m_writer.reset(); // its thread removes its own connection when it finishes
    QHash<QThread *, QString> names;
    {
        QMutexLocker lock(&m_connections->mutex);
        names.swap(m_connections->names);
    }
    for (const QString &name : std::as_const(names)) {
        PreparedStatements::forget(name);
        QSqlDatabase::removeDatabase(name);
        PreparedStatements::bury(name);
    }
}

QString Database::checkSqliteFile(const QString &path, OpenError *error)
{
    const QFileInfo file(path);
    *error = OpenError::CannotOpen;
    if (path.isEmpty())
        return tr("No database file was given.");
    // Linux allows these in file names; refusing them keeps a disguised or mistyped name from becoming a
    // new, empty database that looks like the real one.
    if (InputText::hasInvisible(path))
        return tr("The database file name \"%1\" contains control characters or invisible formatting marks; choose "
                  "the file again.")
            .arg(InputText::shown(path, kMaxShownPath));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (path.toUtf8().size() >= kMaxPathBytes ||
        std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.toUtf8().size() > 255; }))
        return tr("The database file name is too long (%1 characters): \"%2\".")
            .arg(path.size())
            .arg(InputText::shown(path, kMaxShownPath));
    if (file.isDir())
        return tr("%1 is a folder, not a database file.").arg(path);
    if (!PrivateFiles::makeFolder(file.absolutePath()))
        return tr("The folder %1 for the database could not be created.").arg(file.absolutePath());
    *error = OpenError::ReadOnly;
    if (!QFileInfo(file.absolutePath()).isWritable())
        return tr("The folder %1 is read-only; tempcards needs to write the database and its journal there.")
            .arg(file.absolutePath());
    if (!file.exists()) {
        // Created here, 0600, so that SQLite (and its -wal and -shm, which take the file's mode) never
        // makes it with the umask's 0644.
        QString problem;
        if (!PrivateFiles::createFile(path, &problem))
            return tr("The database file %1 could not be created: %2").arg(path, problem);
        *error = OpenError::None;
        return {};
    }
    if (!file.isWritable())
        return tr("The database file %1 is read-only; tempcards needs to write to it. Check the file's permissions.")
            .arg(path);
    *error = OpenError::NotSqlite;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("The database file %1 could not be read: %2").arg(path, f.errorString());
    const QByteArray header = f.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return tr("%1 is not a SQLite database, so tempcards cannot use it. It was not changed.").arg(path);
    *error = OpenError::None;
    return {};
}

QString Database::tlsWeakness(const QString &options)
{
    const PostgresParameters pg = PostgresParameters::fromConnectOptions(options);
    QString host = pg.host;
    if (host.isEmpty() && pg.service.isEmpty())
        host = qEnvironmentVariable("PGHOST");
    if (pg.service.isEmpty() &&
        (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'))))
        return {}; // a Unix socket: no network path to secure
    QString mode = pg.sslmode;
    if (!PostgresParameters::sets(options, QStringLiteral("sslmode")) && !qEnvironmentVariableIsEmpty("PGSSLMODE"))
        mode = qEnvironmentVariable("PGSSLMODE");
    return PostgresParameters::sslWeakness(mode);
}

QString DatabaseConfig::describe() const
{
    return isPostgres() ? QStringLiteral("PostgreSQL (%1)").arg(postgres.simplified()) : sqlitePath;
}

Database::Opened Database::open(const DatabaseConfig &config, const Clock &clock)
{
    Opened result;
    if (!config.isPostgres()) {
        result.message = checkSqliteFile(config.sqlitePath, &result.error);
        if (result.error != OpenError::None)
            return result;
    }
    std::unique_ptr<Database> database(new Database(config, clock));
    try {
        QSqlDatabase db = database->connection();
        // Nothing is written, not even the journal mode, before the database is known to be ours.
        QString problem = Migrator::refusal(db);
        if (!problem.isEmpty()) {
            result.error = OpenError::ForeignOrNewer;
            result.message = problem;
            return result;
        }
        if (!config.isPostgres())
            SqlQuery::run(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        problem = Migrator::migrate(db, clock);
        PreparedStatements::forget(db.connectionName()); // prepared against the schema before
        if (!problem.isEmpty()) {
            result.error = OpenError::MigrationFailed;
            result.message = problem;
            return result;
        }
    } catch (const DatabaseError &error) {
        qCWarning(lcDatabase) << "opening" << config.describe() << "failed:" << error.message();
        result.error = error.kind() == DatabaseError::Kind::ReadOnly         ? OpenError::ReadOnly
                       : error.kind() == DatabaseError::Kind::NotADatabase   ? OpenError::NotSqlite
                       : error.kind() == DatabaseError::Kind::ConnectionLost ? OpenError::Unreachable
                                                                             : OpenError::CannotOpen;
        result.message =
            database->m_connectProblem.isEmpty()
                ? tr("The database %1 could not be opened. %2").arg(config.describe(), error.userMessage())
                : tr("The database %1 could not be opened: %2").arg(config.describe(), database->m_connectProblem);
        return result;
    }
    if (config.isPostgres()) {
        database->m_warning = tlsWeakness(config.postgres);
        try {
            database->m_rolePrefix = loginRolePrefix(database->connection());
        } catch (const DatabaseError &error) {
            result.error = OpenError::CannotOpen;
            result.message = tr("The database %1 could not be opened. %2").arg(config.describe(), error.userMessage());
            return result;
        }
    } else {
        database->m_warning = PrivateFiles::sqliteExposure(config.sqlitePath);
        if (!database->m_warning.isEmpty())
            qCWarning(lcDatabase) << "other users can read" << config.sqlitePath;
    }
    database->m_writer = std::make_unique<DbWorker>(database.get());
    database->m_opened = true;
    result.database = std::move(database);
    return result;
}

QSqlDatabase Database::connection()
{
    QThread *thread = QThread::currentThread();
    Identity identity;
    QString name;
    QString old;
    {
        QMutexLocker lock(&m_connections->mutex);
        name = QStringLiteral("%1%2-%3")
                   .arg(m_prefix)
                   .arg(reinterpret_cast<quintptr>(thread), 0, 16)
                   .arg(m_connections->generation);
        old = m_connections->names.value(thread);
        identity = {m_connections->role, m_connections->password};
    }
    if (old == name && QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!DatabaseError::connectionLost(db)) {
            m_health->touch();
            return db;
        }
        heal(db, true);
        return db;
    }
    if (!old.isEmpty() && old != name) {
        // Signed in or out since: this thread's connection is the previous identity's.
        PreparedStatements::forget(old);
        QSqlDatabase::removeDatabase(old);
        PreparedStatements::bury(old);
    }
    QSqlDatabase db;
    if (!m_opened || !m_config.isPostgres()) {
        db = openConnection(name, identity);
    } else {
        // PostgreSQL, after open(): a connection that cannot be opened now is kept closed, and heals as one
        // that was cut does.
        db = addConnection(name, identity);
        heal(db, false);
    }
    {
        QMutexLocker lock(&m_connections->mutex);
        m_connections->names.insert(thread, name);
    }
    if (old.isEmpty() && thread != QCoreApplication::instance()->thread()) {
        // QThread::finished is emitted by the finishing thread itself, so the connection is removed on the
        // thread that used it, after its last query. It holds the names, never the Database.
        QObject::connect(
            thread, &QThread::finished, thread,
            [connections = m_connections, thread] {
                QString current;
                {
                    QMutexLocker lock(&connections->mutex);
                    current = connections->names.take(thread); // empty: the Database removed it
                }
                if (current.isEmpty())
                    return;
                PreparedStatements::forget(current);
                QSqlDatabase::removeDatabase(current);
                PreparedStatements::bury(current);
            },
            Qt::DirectConnection);
    }
    return db;
}

void Database::heal(QSqlDatabase &db, bool wasCut)
{
    // Found cut, the GUI thread does not wait for a connection attempt (up to connect_timeout on a dropped
    // network) unless the probe got through a moment ago. Other threads, and new connections, try at once
    // while the server is thought to be up. Otherwise the handle stays closed: its first statement throws
    // ConnectionLost without reaching libpq.
    const bool gui = QThread::currentThread() == QCoreApplication::instance()->thread();
    if (!m_health->reachable() || (wasCut && gui && !m_health->probedWithin(2000))) {
        m_health->lost(QStringLiteral("the connection was cut"));
        return;
    }
    try {
        reopenConnection(db);
        m_health->succeeded();
    } catch (const DatabaseError &error) {
        m_health->lost(error.message());
    }
}

QSqlDatabase Database::openConnection(const QString &name, const Identity &identity)
{
    std::optional<DatabaseError> failure;
    {
        QSqlDatabase db = addConnection(name, identity);
        try {
            if (!db.open()) {
                // libpq says why in words (refused, unknown host, password failed); it never holds the password.
                if (m_config.isPostgres()) {
                    m_connectProblem = db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
                    // The server did not answer, or not yet as the primary: that may pass by itself. A refused
                    // password or certificate does not.
                    if (isTransientConnectFailure(m_connectProblem))
                        throw DatabaseError(DatabaseError::Kind::ConnectionLost,
                                            QStringLiteral("open %1: %2").arg(m_config.describe(), m_connectProblem));
                }
                throw DatabaseError::fromSqlError(db.lastError(), QStringLiteral("open %1").arg(m_config.describe()));
            }
            prepareSession(db);
            return db;
        } catch (const DatabaseError &error) {
            failure = error;
        }
    }
    // The handle is gone, so the half-made connection can be removed before reporting.
    PreparedStatements::forget(name);
    QSqlDatabase::removeDatabase(name);
    throw *failure;
}

QSqlDatabase Database::addConnection(const QString &name, const Identity &identity)
{
    if (!m_config.isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_config.sqlitePath);
        return db;
    }
    // QPSQL appends the connect options to libpq's connection string as they are.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    QString options = m_config.postgres.simplified();
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += QStringLiteral(" connect_timeout=10");
    if (!options.contains(QLatin1String("application_name=")))
        options += QStringLiteral(" application_name=tempcards");
    // A server that vanished without closing the connection (a dropped network, a firewall's idle timeout, a
    // failed-over address) is noticed within about a minute, not after the kernel's two hours of TCP
    // retries: keepalives while idle, and a bound on unacknowledged data while a statement runs.
    if (!options.contains(QLatin1String("keepalives_idle=")))
        options += QStringLiteral(" keepalives_idle=30 keepalives_interval=10 keepalives_count=3");
    if (!options.contains(QLatin1String("tcp_user_timeout=")))
        options += QStringLiteral(" tcp_user_timeout=60000");
    // libpq would take "prefer": TLS without checking the server, or plaintext, without a word. Over a Unix
    // socket libpq does not use TLS and ignores the mode. PGSSLMODE, when set, is the administrator's choice.
    if (!PostgresParameters::sets(options, QStringLiteral("sslmode")) && qEnvironmentVariableIsEmpty("PGSSLMODE"))
        options += QStringLiteral(" sslmode=") + PostgresParameters().sslmode;
    // libpq takes the last of a repeated keyword, so a signed-in role wins over the configuration's user.
    if (!identity.role.isEmpty())
        options += QStringLiteral(" user=") + PostgresParameters::quoted(identity.role);
    db.setConnectOptions(options);
    // A writer that lost a COMMIT's answer waits for the server by itself (WriteTransaction); through this it
    // says at once that the server is away, so the probe and the service's status do not wait for its patience.
    db.driver()->setProperty("tempcardsHealth", QVariant::fromValue<QObject *>(m_health.get()));
    const QString password = identity.role.isEmpty() ? m_config.password : identity.password;
    if (!password.isEmpty())
        db.setPassword(password);
    return db;
}

} // namespace tempcards
