// SPDX-License-Identifier: Apache-2.0
#include "ServiceConnectionStore.h"

#include "Clock.h"
#include "Sql.h"

#include <QJsonDocument>

namespace tempcards {

std::optional<ServiceConnectionStore::Saved> ServiceConnectionStore::load(const QSqlDatabase &db,
                                                                          const QString &service)
{
    const bool hidden =
        dialectOf(db) == Dialect::Postgres &&
        !SqlQuery(db, QStringLiteral("SELECT has_column_privilege('service_connections', 'secret', 'SELECT')"))
             .scalar()
             .toBool();
    SqlQuery query(db, hidden ? QStringLiteral("SELECT settings, '', updated_at, updated_by, "
                                               "tempcards_service_secret_saved(service) FROM service_connections "
                                               "WHERE service = ?")
                              : QStringLiteral("SELECT settings, secret, updated_at, updated_by, secret <> '' "
                                               "FROM service_connections WHERE service = ?"));
    query.bind(service).exec();
    if (!query.next())
        return std::nullopt;
    Saved saved;
    saved.settings = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    saved.secret = query.value(1).toString();
    saved.secretHidden = hidden;
    saved.updatedAt = fromStorageTime(query.value(2).toString());
    saved.updatedBy = query.value(3).toString();
    saved.secretSaved = query.value(4).toBool();
    return saved;
}

void ServiceConnectionStore::save(const QSqlDatabase &db, const QString &service, const QJsonObject &settings,
                                  const std::optional<QString> &secret, const QString &by, const QDateTime &now)
{
    const QString json = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    if (secret) {
        SqlQuery(db, QStringLiteral("DELETE FROM service_connections WHERE service = ?")).bind(service).exec();
        SqlQuery(db, QStringLiteral("INSERT INTO service_connections (service, settings, secret, updated_at, "
                                    "updated_by) VALUES (?, ?, ?, ?, ?)"))
            .bind(service)
            .bind(json)
            .bind(*secret)
            .bind(toStorageTime(now))
            .bind(by)
            .exec();
        return;
    }
    // A kept secret is not named at all: naming it, even as itself, would need to read it.
    SqlQuery(db, QStringLiteral("UPDATE service_connections SET settings = ?, updated_at = ?, updated_by = ? "
                                "WHERE service = ?"))
        .bind(json)
        .bind(toStorageTime(now))
        .bind(by)
        .bind(service)
        .exec();
}

void ServiceConnectionStore::remove(const QSqlDatabase &db, const QString &service)
{
    SqlQuery(db, QStringLiteral("DELETE FROM service_connections WHERE service = ?")).bind(service).exec();
}

} // namespace tempcards
