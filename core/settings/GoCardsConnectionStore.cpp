// SPDX-License-Identifier: Apache-2.0
#include "GoCardsConnectionStore.h"

#include "Clock.h"
#include "Sql.h"

#include <QSslCertificate>

namespace tempcards {

std::optional<GoCardsConnectionStore::Saved> GoCardsConnectionStore::load(const QSqlDatabase &db)
{
    // resources/postgres/rules.sql gives the secret's columns to the batch sync's role alone; the others learn
    // only whether they are set.
    const bool hidden =
        dialectOf(db) == Dialect::Postgres &&
        !SqlQuery(db, QStringLiteral("SELECT has_column_privilege('gocards_connection', 'client_secret', 'SELECT')"))
             .scalar()
             .toBool();
    SqlQuery query(db, hidden
                           ? QStringLiteral("SELECT base_url, organisation_id, client_id, '', ca_certificates, "
                                            "client_certificate, '', updated_at, updated_by, s.secret_saved, "
                                            "s.key_saved FROM gocards_connection, tempcards_gocards_secrets_saved() s "
                                            "WHERE id = 1")
                           : QStringLiteral("SELECT base_url, organisation_id, client_id, client_secret, "
                                            "ca_certificates, client_certificate, client_key, updated_at, updated_by "
                                            "FROM gocards_connection WHERE id = 1"));
    query.exec();
    if (!query.next())
        return std::nullopt;
    Saved saved;
    saved.secretHidden = hidden;
    saved.secretSaved = hidden ? query.value(9).toBool() : !query.value(3).toString().isEmpty();
    saved.keySaved = hidden ? query.value(10).toBool() : !query.value(6).toString().isEmpty();
    saved.config.baseUrl = QUrl(query.value(0).toString(), QUrl::StrictMode);
    saved.config.organisationId = query.value(1).toString();
    saved.config.clientId = query.value(2).toString();
    saved.config.clientSecret = query.value(3).toString();
    saved.config.caCertificates = query.value(4).toString().toUtf8();
    saved.config.clientCertificate = query.value(5).toString().toUtf8();
    saved.config.clientKey = query.value(6).toString().toUtf8();
    saved.updatedAt = fromStorageTime(query.value(7).toString());
    saved.updatedBy = query.value(8).toString();
    return saved;
}

void GoCardsConnectionStore::save(const QSqlDatabase &db, const GoCardsConfig &config, const QString &by,
                                  const QDateTime &now, Kept kept)
{
    if (!kept.secret && !kept.key) {
        SqlQuery::run(db, QStringLiteral("DELETE FROM gocards_connection"));
        SqlQuery(db, QStringLiteral("INSERT INTO gocards_connection (id, base_url, organisation_id, client_id, "
                                    "client_secret, ca_certificates, client_certificate, client_key, updated_at, "
                                    "updated_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .bind(config.baseUrl.toString())
            .bind(config.organisationId)
            .bind(config.clientId)
            .bind(config.clientSecret)
            .bind(QString::fromUtf8(config.caCertificates))
            .bind(QString::fromUtf8(config.clientCertificate))
            .bind(QString::fromUtf8(config.clientKey))
            .bind(toStorageTime(now))
            .bind(by)
            .exec();
        return;
    }
    // A kept secret or key is not named at all: naming it, even as itself, would need to read it.
    QString statement = QStringLiteral("UPDATE gocards_connection SET base_url = ?, organisation_id = ?, "
                                       "client_id = ?, ca_certificates = ?, client_certificate = ?, updated_at = ?, "
                                       "updated_by = ?");
    if (!kept.secret)
        statement += QStringLiteral(", client_secret = ?");
    if (!kept.key)
        statement += QStringLiteral(", client_key = ?");
    SqlQuery update(db, statement + QStringLiteral(" WHERE id = 1"));
    update.bind(config.baseUrl.toString())
        .bind(config.organisationId)
        .bind(config.clientId)
        .bind(QString::fromUtf8(config.caCertificates))
        .bind(QString::fromUtf8(config.clientCertificate))
        .bind(toStorageTime(now))
        .bind(by);
    if (!kept.secret)
        update.bind(config.clientSecret);
    if (!kept.key)
        update.bind(QString::fromUtf8(config.clientKey));
    update.exec();
}

namespace {
// The same server and base path, however it was spelt (a host's case, a default port, trailing slashes).
bool sameAddress(const QUrl &a, const QUrl &b)
{
    const auto path = [](const QUrl &url) {
        QString p = url.path(QUrl::FullyEncoded);
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        return p;
    };
    const auto port = [](const QUrl &url) { return url.port(url.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().toLower() == b.scheme().toLower() && a.host().toLower() == b.host().toLower() &&
           port(a) == port(b) && path(a) == path(b) && a.userInfo() == b.userInfo();
}
} // namespace

GoCardsConfig GoCardsConnectionStore::effective(const std::optional<Saved> &saved, const GoCardsConfig &given,
                                                const GoCardsOverrides &overrides)
{
    if (!saved)
        return given;
    GoCardsConfig config = saved->config;
    if (overrides.url && !sameAddress(given.baseUrl, saved->config.baseUrl)) {
        // The saved secret and client key were saved for the saved address: another one given on the
        // command line gets only what was given with it (as the settings page asks for the secret again
        // when the address changes).
        config.baseUrl = given.baseUrl;
        config.clientSecret.clear();
        config.clientCertificate.clear();
        config.clientKey.clear();
    }
    if (overrides.organisationId)
        config.organisationId = given.organisationId;
    if (overrides.clientId)
        config.clientId = given.clientId;
    if (overrides.secret)
        config.clientSecret = given.clientSecret;
    config.transferTimeoutMs = given.transferTimeoutMs;
    config.deadlineMs = given.deadlineMs;
    return config;
}

QString GoCardsConnectionStore::describe(const GoCardsConfig &config)
{
    QStringList parts{QStringLiteral("url=%1").arg(config.baseUrl.toString()),
                      QStringLiteral("organisation=%1").arg(config.organisationId),
                      QStringLiteral("client=%1").arg(config.clientId)};
    const QList<QSslCertificate> cas = QSslCertificate::fromData(config.caCertificates, QSsl::Pem);
    QStringList subjects;
    for (const QSslCertificate &certificate : cas)
        subjects << certificate.subjectDisplayName();
    parts << QStringLiteral("trusted=[%1]").arg(subjects.join(QStringLiteral(", ")));
    const QList<QSslCertificate> client = QSslCertificate::fromData(config.clientCertificate, QSsl::Pem);
    parts << QStringLiteral("client certificate=%1")
                 .arg(client.isEmpty() ? QStringLiteral("none")
                                       : client.first().subjectDisplayName() + QStringLiteral(" (serial ") +
                                             QString::fromLatin1(client.first().serialNumber()) + QLatin1Char(')'));
    return parts.join(QStringLiteral("; "));
}

} // namespace tempcards
