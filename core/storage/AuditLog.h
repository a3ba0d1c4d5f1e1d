// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace tempcards {

class Clock;

struct AuditRecord
{
    // Stored in the record's outcome column as success, failure or refused.
    enum class Result { Success, Failure, Refused };
    AuditRecord(QString actor, QString action, QString object, QVariant before, QVariant after, Result result,
                QString detail, QString roles = {})
        : actor(std::move(actor)), action(std::move(action)), object(std::move(object)), before(std::move(before)),
          after(std::move(after)), result(result), detail(std::move(detail)), roles(std::move(roles))
    {}

    QString actor;  // user name, or the technical identity of the batch sync
    QString action; // e.g. "login", "process.start", "card.state", "settings.change"
    QString object; // e.g. "card:42", "process:TempCardsAddonExtProdProcOrder"
    QVariant before;
    QVariant after;
    Result result = Result::Success;
    QString detail;
    QString roles; // the actor's roles; looked up in the database when empty ("-": not an account)
};

// Appends audit records: who (and with which roles), what, which object, before and after, outcome, UTC
// time, workstation, chained by SHA-256 to the record before (AuditChain). append() must run inside the
// write transaction of the change it records, so the record and the change are committed, or rolled back,
// together (design invariant 5).
class AuditLog
{
public:
    AuditLog(const Clock *clock, const QString &workstation) : m_clock(clock), m_workstation(workstation) {}
    void append(const QSqlDatabase &db, const AuditRecord &record) const { appendAll(db, {record}); }
    // The records in their order, as append() each would, with one read and one write of the chain's head
    // and one prepared insert: a batch of 500 cards records 500 changes.
    void appendAll(const QSqlDatabase &db, const QList<AuditRecord> &records) const;
    QString workstation() const { return m_workstation; }
    // PostgreSQL with login roles (resources/postgres/audit.sql): the database writes each record, with its
    // actor checked against who is connected, its time from the server's clock and its keyed chain; the
    // record's roles and time given here are not used.
    void setWrittenByDatabase(bool byDatabase) { m_byDatabase = byDatabase; }

private:
    void appendThroughDatabase(const QSqlDatabase &db, const QList<AuditRecord> &records) const;

    static QString rolesOf(const QSqlDatabase &db, const QString &actor);
    const Clock *m_clock;
    QString m_workstation;
    bool m_byDatabase = false;
};

} // namespace tempcards
