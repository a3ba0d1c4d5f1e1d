// SPDX-License-Identifier: Apache-2.0
#include "AuditCheckpoint.h"

#include "CheckpointKey.h"
#include "Clock.h"
#include "Sql.h"

#include <QFile>
#include <QHash>

namespace tempcards {

namespace {
const QString kMagic = QStringLiteral("tempcards-checkpoint v1");
} // namespace

AuditCheckpoint AuditCheckpoint::head(const QSqlDatabase &db)
{
    AuditCheckpoint checkpoint;
    SqlQuery head(db, QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    head.exec();
    if (head.next()) {
        checkpoint.lastId = head.value(0).toLongLong();
        checkpoint.lastHash = head.value(1).toString();
    }
    checkpoint.records = SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id <= ?"))
                             .bind(checkpoint.lastId)
                             .scalar()
                             .toLongLong();
    return checkpoint;
}

QByteArray AuditCheckpoint::signedText() const
{
    return QStringLiteral("%1 records=%2 last=%3 hash=%4 at=%5 key=%6")
        .arg(kMagic)
        .arg(records)
        .arg(lastId)
        .arg(lastHash.isEmpty() ? QStringLiteral("-") : lastHash, toStorageTime(at),
             QString::fromLatin1(publicKey.toBase64()))
        .toUtf8();
}

void AuditCheckpoint::signWith(const CheckpointKey &key)
{
    publicKey = key.publicKey();
    signature = key.sign(signedText());
}

QString AuditCheckpoint::line() const
{
    return QString::fromUtf8(signedText()) + QStringLiteral(" sig=") + QString::fromLatin1(signature.toBase64());
}

bool AuditCheckpoint::signatureHolds() const
{
    return CheckpointKey::verify(publicKey, signedText(), signature);
}

std::optional<AuditCheckpoint> AuditCheckpoint::parse(const QString &line, QString *problem)
{
    if (!line.startsWith(kMagic + QLatin1Char(' '))) {
        *problem = tr("it is not a tempcards checkpoint");
        return std::nullopt;
    }
    QHash<QString, QString> fields;
    for (const QString &part : line.mid(kMagic.size() + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals > 0)
            fields.insert(part.left(equals), part.mid(equals + 1));
    }
    AuditCheckpoint checkpoint;
    bool countOk = false, idOk = false;
    checkpoint.records = fields.value(QStringLiteral("records")).toLongLong(&countOk);
    checkpoint.lastId = fields.value(QStringLiteral("last")).toLongLong(&idOk);
    const QString hash = fields.value(QStringLiteral("hash"));
    checkpoint.lastHash = hash == QLatin1String("-") ? QString() : hash;
    checkpoint.at = fromStorageTime(fields.value(QStringLiteral("at")));
    checkpoint.publicKey = QByteArray::fromBase64(fields.value(QStringLiteral("key")).toLatin1());
    checkpoint.signature = QByteArray::fromBase64(fields.value(QStringLiteral("sig")).toLatin1());
    if (fields.size() != 6 || !countOk || !idOk || hash.isEmpty() || !checkpoint.at.isValid() ||
        checkpoint.publicKey.size() != 32 || checkpoint.signature.size() != 64) {
        *problem = tr("a field is missing or malformed");
        return std::nullopt;
    }
    return checkpoint;
}

std::optional<QList<AuditCheckpoint>> AuditCheckpoint::readFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = tr("The checkpoint file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QList<AuditCheckpoint> checkpoints;
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        QString why;
        const auto checkpoint = parse(line, &why);
        if (!checkpoint) {
            *problem = tr("Line %1 of %2: %3.").arg(number).arg(path, why);
            return std::nullopt;
        }
        checkpoints << *checkpoint;
    }
    return checkpoints;
}

AuditCheckpoint::Verdict AuditCheckpoint::verify(const QSqlDatabase &db, const QList<AuditCheckpoint> &checkpoints,
                                                 const QByteArray &pinnedKey)
{
    Verdict verdict;
    if (checkpoints.isEmpty()) {
        verdict.reason = tr("The checkpoint file holds no checkpoint.");
        return verdict;
    }
    const QByteArray key = pinnedKey.isEmpty() ? checkpoints.first().publicKey : pinnedKey;
    const AuditCheckpoint now = head(db);
    QString firstReason;
    for (int i = 0; i < checkpoints.size(); ++i) {
        const AuditCheckpoint &c = checkpoints.at(i);
        const QString name = tr("checkpoint %1 (%2, record %3)").arg(i + 1).arg(toStorageTime(c.at)).arg(c.lastId);
        QString problem;
        if (c.publicKey != key || !c.signatureHolds()) {
            problem = tr("%1 is not signed by the checkpoint key %2: the file was changed, or another key signed it.")
                          .arg(name, CheckpointKey::fingerprint(key));
        } else if (now.lastId < c.lastId) {
            problem = tr("The database ends at record %1, before %2: it was restored from a backup, or cut.")
                          .arg(now.lastId)
                          .arg(name);
        } else {
            SqlQuery record(db, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
            record.bind(c.lastId).exec();
            const qint64 upTo = SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id <= ?"))
                                    .bind(c.lastId)
                                    .scalar()
                                    .toLongLong();
            if (c.lastId > 0 && (!record.next() || record.value(0).toString() != c.lastHash))
                problem = tr("Record %1 is not the one %2 saw: the history was rewritten, or this is another "
                             "database.")
                              .arg(c.lastId)
                              .arg(name);
            else if (upTo != c.records)
                problem = tr("%1 saw %2 records up to it; the database holds %3: records were removed or added.")
                              .arg(name)
                              .arg(c.records)
                              .arg(upTo);
        }
        ++verdict.checked;
        if (problem.isEmpty()) {
            verdict.newestHolding = i;
        } else if (verdict.firstFailing < 0) {
            verdict.firstFailing = i;
            firstReason = problem;
        }
    }
    verdict.ok = verdict.firstFailing < 0;
    const QString holding = verdict.newestHolding < 0
                                ? tr("No checkpoint holds.")
                                : tr("The newest checkpoint that holds is number %1 of %2 (record %3).")
                                      .arg(verdict.newestHolding + 1)
                                      .arg(checkpoints.size())
                                      .arg(checkpoints.at(verdict.newestHolding).lastId);
    verdict.reason = verdict.ok ? tr("All %n checkpoint(s), signed by key %1, hold.", nullptr, int(checkpoints.size()))
                                      .arg(CheckpointKey::fingerprint(key))
                                : tr("The first that does not: %1 %2").arg(firstReason, holding);
    return verdict;
}

} // namespace tempcards
