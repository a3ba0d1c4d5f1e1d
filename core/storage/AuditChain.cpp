// SPDX-License-Identifier: Apache-2.0
#include "AuditChain.h"

#include "Sql.h"

#include <QCryptographicHash>

namespace tempcards {

namespace {

void addField(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("N;");
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    hash.addData(QByteArray::number(bytes.size()) + ':');
    hash.addData(bytes);
    hash.addData(";");
}

} // namespace

QString AuditChain::columns()
{
    return QStringLiteral("id, at, actor, roles, action, object, before_value, after_value, outcome, detail, "
                          "workstation, prev_hash, hash");
}

AuditRow AuditChain::readRow(const SqlQuery &query)
{
    AuditRow row;
    row.id = query.value(0).toLongLong();
    row.at = query.value(1).toString();
    row.actor = query.value(2).toString();
    row.roles = query.value(3).toString();
    row.action = query.value(4).toString();
    row.object = query.value(5).toString();
    row.before = query.value(6);
    row.after = query.value(7);
    row.outcome = query.value(8).toString();
    row.detail = query.value(9).toString();
    row.workstation = query.value(10).toString();
    row.prevHash = query.value(11).toString();
    row.hash = query.value(12).toString();
    return row;
}

QString AuditChain::hashOf(const AuditRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("tempcards-audit-v1;");
    for (const QVariant &field :
         {QVariant(row.id), QVariant(row.at), QVariant(row.actor), QVariant(row.roles), QVariant(row.action),
          QVariant(row.object), row.before, row.after, QVariant(row.outcome), QVariant(row.detail),
          QVariant(row.workstation), QVariant(row.prevHash)})
        addField(hash, field);
    return QString::fromLatin1(hash.result().toHex());
}

AuditChain::Verdict AuditChain::verify(const QSqlDatabase &db)
{
    if (dialectOf(db) == Dialect::Postgres &&
        SqlQuery(db, QStringLiteral("SELECT to_regprocedure('tempcards_verify_audit()') IS NOT NULL"))
            .scalar()
            .toBool())
        return verifyInDatabase(db);
    Verdict verdict;
    QString previous = QStringLiteral("");
    qint64 lastId = 0;
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(columns()));
    query.exec();
    auto bad = [&](qint64 id, const QString &reason) {
        verdict.ok = false;
        verdict.firstBadId = id;
        verdict.reason = reason;
        return verdict;
    };
    while (query.next()) {
        const AuditRow row = readRow(query);
        ++verdict.records;
        if (row.prevHash != previous)
            return bad(row.id, tr("Audit record %1 does not follow the record before it: a record before it was "
                                  "removed, changed or moved.")
                                   .arg(row.id));
        if (hashOf(row) != row.hash)
            return bad(row.id, tr("Audit record %1 was changed after it was written.").arg(row.id));
        previous = row.hash;
        lastId = row.id;
    }
    SqlQuery head(db, QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    head.exec();
    if (!head.next())
        return bad(0, tr("The audit trail's head record is missing."));
    if (head.value(0).toLongLong() != lastId || head.value(1).toString() != previous)
        return bad(0, tr("The audit trail ends at record %1, but it was last written up to record %2: records at "
                         "its end were removed.")
                          .arg(lastId)
                          .arg(head.value(0).toLongLong()));
    return verdict;
}

AuditChain::Verdict AuditChain::verifyInDatabase(const QSqlDatabase &db)
{
    SqlQuery query(db, QStringLiteral("SELECT ok, records, first_bad_id, problem, last_id, head_id "
                                      "FROM tempcards_verify_audit()"));
    query.exec();
    if (!query.next())
        throw DatabaseError(DatabaseError::Kind::Other, QStringLiteral("tempcards_verify_audit() gave no answer"));
    Verdict verdict;
    verdict.ok = query.value(0).toBool();
    verdict.records = query.value(1).toLongLong();
    verdict.firstBadId = query.value(2).toLongLong();
    const QString problem = query.value(3).toString();
    // The same sentences as the check above, so an auditor reads one language whichever backend checked.
    if (problem == QLatin1String("order"))
        verdict.reason = tr("Audit record %1 does not follow the record before it: a record before it was removed, "
                            "changed or moved.")
                             .arg(verdict.firstBadId);
    else if (problem == QLatin1String("changed"))
        verdict.reason = tr("Audit record %1 was changed after it was written.").arg(verdict.firstBadId);
    else if (problem == QLatin1String("head"))
        verdict.reason = tr("The audit trail's head record is missing.");
    else if (problem == QLatin1String("tail"))
        verdict.reason = tr("The audit trail ends at record %1, but it was last written up to record %2: records at "
                            "its end were removed.")
                             .arg(query.value(4).toLongLong())
                             .arg(query.value(5).toLongLong());
    return verdict;
}

void AuditChain::chainExisting(const QSqlDatabase &db)
{
    QList<AuditRow> rows;
    {
        SqlQuery query(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(columns()));
        query.exec();
        while (query.next())
            rows << readRow(query);
    }
    QString previous = QStringLiteral("");
    SqlQuery update(db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
    for (AuditRow &row : rows) {
        row.prevHash = previous;
        row.hash = hashOf(row);
        update.bind(row.prevHash).bind(row.hash).bind(row.id).exec();
        previous = row.hash;
    }
    SqlQuery(db, QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"))
        .bind(rows.isEmpty() ? qint64(0) : rows.last().id)
        .bind(previous)
        .exec();
}

} // namespace tempcards
