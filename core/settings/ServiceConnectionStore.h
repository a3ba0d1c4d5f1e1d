// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

// The saved connection to one of the organisation's own services (the directory, the mail server): one row
// each in service_connections, written by administrators. The secret (a bind or SMTP password) is stored in
// the database only, never in QSettings, logs or the audit trail; with login roles on PostgreSQL only the
// batch sync's role reads it (resources/postgres/rules.sql), and every other learns whether it is saved.
class ServiceConnectionStore
{
public:
    static inline const QString Directory = QStringLiteral("directory");
    static inline const QString Mail = QStringLiteral("mail");

    struct Saved
    {
        QJsonObject settings;
        QString secret;            // empty when hidden
        bool secretHidden = false; // this connection may not read it
        bool secretSaved = false;
        QDateTime updatedAt;
        QString updatedBy;
    };

    static std::optional<Saved> load(const QSqlDatabase &db, const QString &service);
    // Writes the service's row; without a secret the saved one is kept unread (the database refuses that
    // when the server's address changes). In the caller's write transaction.
    static void save(const QSqlDatabase &db, const QString &service, const QJsonObject &settings,
                     const std::optional<QString> &secret, const QString &by, const QDateTime &now);
    // Forgets the service: people come from CSV again, or no mail is sent.
    static void remove(const QSqlDatabase &db, const QString &service);
};

} // namespace tempcards
