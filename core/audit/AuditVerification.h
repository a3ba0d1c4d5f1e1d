// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace tempcards {

// tempcards-sync --verify-audit: the hash chain, then, given a checkpoint file, the database against every
// checkpoint in it (AuditCheckpoint::verify), signed by the pinned public key when one is given.
class AuditVerification
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::AuditVerification)

public:
    struct Result
    {
        int exitCode = 1; // 0: intact (and matching), 1: not, 2: the command was wrong
        QString text;
    };
    // `publicKey`: base64, or a file holding it; empty: the key the first checkpoint names.
    static Result run(const QSqlDatabase &db, const QString &checkpointFile, const QString &publicKey);
};

} // namespace tempcards
