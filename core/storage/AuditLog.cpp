// SPDX-License-Identifier: Apache-2.0
#include "AuditLog.h"

#include "AuditChain.h"
#include "Clock.h"
#include "Sql.h"

#include <QStringList>

namespace tempcards {

namespace {
QString outcomeName(AuditRecord::Result result)
{
    switch (result) {
    case AuditRecord::Result::Success:
        return QStringLiteral("success");
    case AuditRecord::Result::Failure:
        return QStringLiteral("failure");
    case AuditRecord::Result::Refused:
        return QStringLiteral("refused");
    }
    Q_UNREACHABLE();
}
// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

void AuditLog::appendAll(const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    if (records.isEmpty())
        return;
    if (m_byDatabase)
        return appendThroughDatabase(db, records);
    // The head row is read and moved in the caller's write transaction, which also serializes appends.
    SqlQuery head(db, QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1") + forUpdate(db));
    head.exec();
    if (!head.next())
        throw DatabaseError(DatabaseError::Kind::Other, QStringLiteral("the audit trail has no head record"));
    qint64 lastId = head.value(0).toLongLong();
    QString lastHash = head.value(1).toString();
    QHash<QString, QString> roles; // per actor, looked up once
    const QString at = toStorageTime(m_clock->nowUtc());
    QList<AuditRow> rows;
    rows.reserve(records.size());
    for (const AuditRecord &record : records) {
        AuditRow row;
        row.id = lastId + 1;
        row.prevHash = lastHash;
        row.at = at;
        row.actor = text(record.actor);
        if (!record.roles.isEmpty()) {
            row.roles = record.roles;
        } else {
            auto known = roles.find(record.actor);
            if (known == roles.end())
                known = roles.insert(record.actor, rolesOf(db, record.actor));
            row.roles = *known;
        }
        row.action = text(record.action);
        row.object = text(record.object);
        row.before = record.before.isValid() ? QVariant(record.before.toString()) : sqlNull();
        row.after = record.after.isValid() ? QVariant(record.after.toString()) : sqlNull();
        row.outcome = outcomeName(record.result);
        row.detail = text(record.detail);
        row.workstation = m_workstation;
        row.hash = AuditChain::hashOf(row);
        lastId = row.id;
        lastHash = row.hash;
        rows.append(row);
    }
    SqlQuery insert(
        db, QStringLiteral(
                "INSERT INTO audit_log (id, at, actor, roles, action, object, before_value, after_value, "
                "outcome, detail, workstation, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AuditRow &row : std::as_const(rows)) {
        insert.bind(row.id)
            .bind(row.at)
            .bind(row.actor)
            .bind(row.roles)
            .bind(row.action)
            .bind(row.object)
            .bind(row.before)
            .bind(row.after)
            .bind(row.outcome)
            .bind(row.detail)
            .bind(row.workstation)
            .bind(row.prevHash)
            .bind(row.hash)
            .exec();
    }
    SqlQuery(db, QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"))
        .bind(lastId)
        .bind(lastHash)
        .exec();
}

void AuditLog::appendThroughDatabase(const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    SqlQuery append(db, QStringLiteral("SELECT tempcards_audit(?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AuditRecord &record : records) {
        append.bind(text(record.actor))
            .bind(text(record.action))
            .bind(text(record.object))
            .bind(record.before.isValid() ? QVariant(record.before.toString()) : sqlNull())
            .bind(record.after.isValid() ? QVariant(record.after.toString()) : sqlNull())
            .bind(outcomeName(record.result))
            .bind(text(record.detail))
            .bind(m_workstation)
            .exec();
    }
}

QString AuditLog::rolesOf(const QSqlDatabase &db, const QString &actor)
{
    SqlQuery query(db, QStringLiteral("SELECT r.role FROM account_roles r JOIN accounts a ON a.id = r.account_id "
                                      "WHERE a.username = ? ORDER BY r.role"));
    query.bind(actor).exec();
    QStringList roles;
    while (query.next())
        roles << query.value(0).toString();
    return roles.isEmpty() ? QStringLiteral("-") : roles.join(QLatin1Char(','));
}

} // namespace tempcards
