// SPDX-License-Identifier: Apache-2.0
#include "DatabaseSettings.h"

#include "InputText.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>

namespace tempcards {

namespace {

const QString kBackend = QStringLiteral("database/backend");
const QString kSqlitePath = QStringLiteral("database/sqliteFile");
const QString kPostgres = QStringLiteral("database/postgres/");

} // namespace

// libpq: a value with spaces, quotes or backslashes, or an empty one, is written in single quotes with \ and '
// escaped by a backslash.
QString PostgresParameters::quoted(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

namespace {

// libpq's keyword=value list as pairs; an unterminated quote ends the value at the end of the text. A keyword
// without "=" has a null value.
QList<std::pair<QString, QString>> parsePairs(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    int i = 0;
    const int n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        QString key;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            key += text.at(i++);
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value; // null when the keyword has no "="
        if (i < n && text.at(i) == QLatin1Char('=')) {
            value = QLatin1String("");
            ++i;
            while (i < n && text.at(i).isSpace())
                ++i;
            if (i < n && text.at(i) == QLatin1Char('\'')) {
                for (++i; i < n && text.at(i) != QLatin1Char('\''); ++i) {
                    if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                        ++i;
                    value += text.at(i);
                }
                ++i;
            } else {
                while (i < n && !text.at(i).isSpace())
                    value += text.at(i++);
            }
        }
        pairs.append({key, value});
    }
    return pairs;
}

} // namespace

const QStringList &PostgresParameters::sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString PostgresParameters::sslWeakness(const QString &mode)
{
    if (mode == QLatin1String("verify-full"))
        return {};
    if (mode == QLatin1String("verify-ca"))
        return tr("SSL mode verify-ca checks the server's certificate but not its name: any server with a "
                  "certificate from the same authority is accepted. Use verify-full across a network.");
    if (mode == QLatin1String("require"))
        return tr("SSL mode require encrypts the connection but does not check the server's certificate: whoever "
                  "sits on the network path can pose as the server. Use verify-full across a network.");
    return tr("SSL mode %1 may connect without encryption and never checks the server: whoever sits on the "
              "network path can read and change everything, your password included. Use verify-full across a "
              "network.")
        .arg(mode);
}

QString PostgresParameters::toConnectOptions() const
{
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + quoted(value.trimmed());
    };
    add("service", service);
    add("host", host);
    if (port != 5432 || service.trimmed().isEmpty())
        add("port", QString::number(port));
    add("dbname", dbname);
    add("user", user);
    add("sslmode", sslmode);
    if (!extra.trimmed().isEmpty())
        parts << extra.simplified();
    return parts.join(QLatin1Char(' '));
}

PostgresParameters PostgresParameters::fromConnectOptions(const QString &options)
{
    PostgresParameters parameters;
    parameters.sslmode.clear(); // libpq's default unless the text names one
    QStringList rest;
    for (const auto &[key, value] : parsePairs(options)) {
        if (key == QLatin1String("host"))
            parameters.host = value;
        else if (key == QLatin1String("port") && value.toInt() > 0)
            parameters.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            parameters.dbname = value;
        else if (key == QLatin1String("user"))
            parameters.user = value;
        else if (key == QLatin1String("sslmode"))
            parameters.sslmode = value;
        else if (key == QLatin1String("service"))
            parameters.service = value;
        else
            rest << key + QLatin1Char('=') + quoted(value);
    }
    if (parameters.sslmode.isEmpty())
        parameters.sslmode = PostgresParameters().sslmode;
    parameters.extra = rest.join(QLatin1Char(' '));
    return parameters;
}

bool PostgresParameters::sets(const QString &options, const QString &keyword)
{
    const auto pairs = parsePairs(options);
    return std::any_of(pairs.cbegin(), pairs.cend(), [&](const auto &pair) { return pair.first == keyword; });
}

QString PostgresParameters::check(Server server) const
{
    const QList<std::pair<QString, QString>> fields{{tr("Host"), host},
                                                    {tr("Database"), dbname},
                                                    {tr("User"), user},
                                                    {tr("Service"), service},
                                                    {tr("More options"), extra}};
    for (const auto &[name, value] : fields) {
        if (InputText::hasInvisible(value))
            return tr("%1 contains control characters or invisible formatting marks; type it again.").arg(name);
        if (value.size() > 1000)
            return tr("%1 is longer than 1,000 characters.").arg(name);
        // Qt's PostgreSQL driver turns every ';' of the options into a space, quoted or not.
        if (value.contains(QLatin1Char(';')))
            return tr("%1 contains \";\", which the PostgreSQL driver cannot pass on.").arg(name);
    }
    if (server == Server::Required && host.trimmed().isEmpty() && service.trimmed().isEmpty())
        return tr("Give the PostgreSQL server's host name, or a service from pg_service.conf.");
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (!sslModes().contains(sslmode))
        return tr("The SSL mode must be one of %1.").arg(sslModes().join(QStringLiteral(", ")));
    for (const auto &[key, value] : parsePairs(extra)) {
        if (key.isEmpty() || value.isNull() || !key.contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))))
            return tr("More options must be libpq keyword=value pairs; \"%1\" is not one.")
                .arg(InputText::shown(key, 60));
        if (key == QLatin1String("password"))
            return tr("Do not save the database password in the settings, where other programs can read it; type "
                      "it in the Password field for this session, or use ~/.pgpass.");
    }
    return {};
}

bool PostgresParameters::operator==(const PostgresParameters &other) const
{
    return host == other.host && port == other.port && dbname == other.dbname && user == other.user &&
           sslmode == other.sslmode && service == other.service && extra == other.extra;
}

DatabaseSettings DatabaseSettings::load(const QSettings &settings, const QString &defaultSqlitePath)
{
    DatabaseSettings saved;
    saved.backend =
        settings.value(kBackend).toString() == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
    saved.sqlitePath = settings.value(kSqlitePath, defaultSqlitePath).toString();
    if (saved.sqlitePath.trimmed().isEmpty())
        saved.sqlitePath = defaultSqlitePath;
    PostgresParameters &pg = saved.postgres;
    pg.host = settings.value(kPostgres + QLatin1String("host")).toString();
    pg.port = settings.value(kPostgres + QLatin1String("port"), 5432).toInt();
    pg.dbname = settings.value(kPostgres + QLatin1String("dbname"), QStringLiteral("tempcards")).toString();
    pg.user = settings.value(kPostgres + QLatin1String("user")).toString();
    pg.sslmode = settings.value(kPostgres + QLatin1String("sslmode"), PostgresParameters().sslmode).toString();
    pg.service = settings.value(kPostgres + QLatin1String("service")).toString();
    pg.extra = settings.value(kPostgres + QLatin1String("options")).toString();
    return saved;
}

void DatabaseSettings::save(QSettings &settings) const
{
    settings.setValue(kBackend, backend == Backend::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"));
    settings.setValue(kSqlitePath, sqlitePath);
    settings.setValue(kPostgres + QLatin1String("host"), postgres.host);
    settings.setValue(kPostgres + QLatin1String("port"), postgres.port);
    settings.setValue(kPostgres + QLatin1String("dbname"), postgres.dbname);
    settings.setValue(kPostgres + QLatin1String("user"), postgres.user);
    settings.setValue(kPostgres + QLatin1String("sslmode"), postgres.sslmode);
    settings.setValue(kPostgres + QLatin1String("service"), postgres.service);
    settings.setValue(kPostgres + QLatin1String("options"), postgres.extra);
    settings.sync();
}

DatabaseConfig DatabaseSettings::config() const
{
    return backend == Backend::Postgres ? DatabaseConfig(sqlitePath, postgres.toConnectOptions())
                                        : DatabaseConfig(sqlitePath);
}

DatabaseSettings DatabaseSettings::fromConfig(const DatabaseConfig &config)
{
    DatabaseSettings settings;
    settings.sqlitePath = config.sqlitePath;
    if (config.isPostgres()) {
        settings.backend = Backend::Postgres;
        settings.postgres = PostgresParameters::fromConnectOptions(config.postgres);
    }
    return settings;
}

QString DatabaseSettings::checkPassword(const QString &password)
{
    if (password.size() > 1000)
        return tr("The password is longer than 1,000 characters.");
    if (InputText::hasControl(password) || InputText::hasBidiControl(password))
        return tr("The password contains control characters or invisible text-direction marks; type it again.");
    return {};
}

QString DatabaseSettings::check() const
{
    if (backend == Backend::Postgres)
        return postgres.check();
    if (sqlitePath.trimmed().isEmpty())
        return tr("Choose the database file.");
    if (InputText::hasInvisible(sqlitePath))
        return tr("The file name contains control characters or invisible formatting marks; choose the file "
                  "again.");
    // Relative to what? The client's working folder depends on how it was started.
    if (QDir::isRelativePath(sqlitePath.trimmed()))
        return tr("Give the database file's full path, starting with /, or choose it with Browse….");
    return {};
}

} // namespace tempcards
