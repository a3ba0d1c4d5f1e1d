// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace tempcards {

class SqlQuery;

// One audit record as stored.
struct AuditRow
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString roles;
    QString action;
    QString object;
    QVariant before; // null or text
    QVariant after;
    QString outcome;
    QString detail;
    QString workstation;
    QString prevHash;
    QString hash;
};

// The audit trail's hash chain (NIST SP 800-53 AU-9): each record holds the SHA-256 of its own content,
// its id and the hash of the record before it; audit_head holds the last id and hash, so a removed tail is
// noticed too. Changing, removing or reordering any record breaks the chain from there on.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::AuditChain)

public:
    // The columns of audit_log in AuditRow's order, and a row read from a query that selects them.
    static QString columns();
    static AuditRow readRow(const SqlQuery &query);
    // Hex SHA-256 over the record's fields, each length-prefixed so no two records serialize alike.
    static QString hashOf(const AuditRow &row);

    struct Verdict
    {
        bool ok = true;
        qint64 records = 0;
        qint64 firstBadId = 0; // 0 when ok, or when the bad part is the missing tail
        QString reason;        // a sentence naming the first bad record
    };
    // Reads the whole trail in id order. Throws DatabaseError.
    // On PostgreSQL with audit.sql the database checks it (the keyed part needs a key only it reads).
    static Verdict verify(const QSqlDatabase &db);

    // Migration step: chains the records written before the chain existed, in id order.
    static void chainExisting(const QSqlDatabase &db);

private:
    static Verdict verifyInDatabase(const QSqlDatabase &db);
};

} // namespace tempcards
