// SPDX-License-Identifier: Apache-2.0
#include "AuditVerification.h"

#include "AuditChain.h"
#include "AuditCheckpoint.h"
#include "Sql.h"

#include <QFile>

namespace tempcards {

AuditVerification::Result AuditVerification::run(const QSqlDatabase &db, const QString &checkpointFile,
                                                 const QString &publicKey)
{
    QByteArray pinned;
    if (!publicKey.isEmpty()) {
        QFile file(publicKey);
        pinned =
            QByteArray::fromBase64(file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : publicKey.toLatin1());
        if (pinned.size() != 32)
            return {2, tr("--checkpoint-public-key is not an Ed25519 public key (base64, or a file holding it).")};
    }
    try {
        const AuditChain::Verdict chain = AuditChain::verify(db);
        if (!chain.ok)
            return {1, tr("The audit trail is NOT intact. %1").arg(chain.reason)};
        const QString intact = tr("The audit trail is intact: %n record(s).", nullptr, int(chain.records));
        if (checkpointFile.isEmpty())
            return {0, intact};
        QString problem;
        const auto checkpoints = AuditCheckpoint::readFile(checkpointFile, &problem);
        if (!checkpoints)
            return {1, intact + QLatin1Char('\n') + problem};
        const AuditCheckpoint::Verdict verdict = AuditCheckpoint::verify(db, *checkpoints, pinned);
        if (verdict.ok)
            return {0, intact + QLatin1Char('\n') + verdict.reason};
        return {1, tr("The audit trail does NOT match its checkpoints. %1").arg(verdict.reason)};
    } catch (const DatabaseError &error) {
        return {1, error.userMessage()};
    }
}

} // namespace tempcards
