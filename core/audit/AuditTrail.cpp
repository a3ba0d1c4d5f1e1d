// SPDX-License-Identifier: Apache-2.0
#include "AuditTrail.h"

#include "Clock.h"
#include "CsvLine.h"
#include "InputText.h"
#include "Sql.h"

#include <QIODevice>

namespace tempcards {

namespace {

// The WHERE clause for `filter` (after "WHERE 1 = 1") and its values, in order.
QString where(const QSqlDatabase &db, const AuditFilter &filter, QVariantList *values)
{
    QString clause;
    // Invisible characters never reach the query: nothing recorded is found by them, and PostgreSQL
    // refuses NUL in text.
    const QString actor = InputText::withoutInvisible(filter.actor);
    const QString object = InputText::withoutInvisible(filter.object);
    if (!actor.isEmpty()) {
        clause += QStringLiteral(" AND actor = ?");
        *values << actor;
    }
    if (!filter.action.isEmpty()) {
        clause += QStringLiteral(" AND action = ?");
        *values << filter.action;
    }
    if (!object.isEmpty() && filter.objectExact) {
        clause += QStringLiteral(" AND object = ?");
        *values << object;
    } else if (!object.isEmpty()) {
        clause += QStringLiteral(" AND ") + prefixRange(db, QStringLiteral("object"));
        *values << object << prefixEnd(object);
    }
    if (!filter.outcome.isEmpty()) {
        clause += QStringLiteral(" AND outcome = ?");
        *values << filter.outcome;
    }
    if (filter.from.isValid()) {
        clause += QStringLiteral(" AND at >= ?");
        *values << toStorageTime(filter.from);
    }
    if (filter.until.isValid()) {
        clause += QStringLiteral(" AND at < ?");
        *values << toStorageTime(filter.until);
    }
    return clause;
}

} // namespace

QList<AuditRow> AuditTrail::page(const QSqlDatabase &db, const AuditFilter &filter, qint64 beforeId, int limit)
{
    QVariantList values;
    QString sql =
        QStringLiteral("SELECT %1 FROM audit_log WHERE 1 = 1").arg(AuditChain::columns()) + where(db, filter, &values);
    if (beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        values << beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << limit;
    SqlQuery query(db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    query.exec();
    QList<AuditRow> rows;
    while (query.next())
        rows << AuditChain::readRow(query);
    return rows;
}

QStringList AuditTrail::actions(const QSqlDatabase &db)
{
    SqlQuery query(db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"));
    query.exec();
    QStringList actions;
    while (query.next())
        actions << query.value(0).toString();
    return actions;
}

qint64 AuditTrail::writeCsv(const QSqlDatabase &db, const AuditFilter &filter, QIODevice *out)
{
    QVariantList values;
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM audit_log WHERE 1 = 1").arg(AuditChain::columns()) +
                           where(db, filter, &values) + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : values)
        query.bind(value);
    query.exec();
    out->write("id,at_utc,actor,roles,action,object,before,after,outcome,detail,workstation,prev_hash,hash\r\n");
    qint64 count = 0;
    while (query.next()) {
        const AuditRow row = AuditChain::readRow(query);
        const QStringList cells{QString::number(row.id),
                                row.at,
                                row.actor,
                                row.roles,
                                row.action,
                                row.object,
                                row.before.toString(),
                                row.after.toString(),
                                row.outcome,
                                row.detail,
                                row.workstation,
                                row.prevHash,
                                row.hash};
        if (out->write(CsvLine::of(cells)) < 0)
            return -1;
        ++count;
    }
    return count;
}

} // namespace tempcards
