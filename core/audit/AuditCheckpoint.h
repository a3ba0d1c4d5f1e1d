// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class CheckpointKey;

// A signed statement of the audit trail's head at a moment: how many records, the last one's id and hash.
// Published outside the database (a checkpoint file, the system log), it is a commitment the database's
// writer cannot take back: a tail cut, a history rechained from any record up to the head, or another
// database in its place no longer matches it (after Crosby & Wallach; Certificate Transparency's signed
// tree heads). One text line each:
//   tempcards-checkpoint v1 records=<n> last=<id> hash=<hex> at=<UTC> key=<base64> sig=<base64>
// the signature (Ed25519) covering the line before " sig=".
struct AuditCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::AuditCheckpoint)

public:
    qint64 records = 0;
    qint64 lastId = 0;
    QString lastHash;
    QDateTime at;
    QByteArray publicKey;
    QByteArray signature;

    // The trail's head now. Throws DatabaseError.
    static AuditCheckpoint head(const QSqlDatabase &db);
    void signWith(const CheckpointKey &key);
    QString line() const;
    QByteArray signedText() const;
    bool signatureHolds() const;
    // A line of a checkpoint file; nullopt (with why) for anything else.
    static std::optional<AuditCheckpoint> parse(const QString &line, QString *problem);

    struct Verdict
    {
        bool ok = false;
        int checked = 0;
        int newestHolding = -1; // index of the newest checkpoint the database still matches, or -1
        int firstFailing = -1;  // index of the first it does not match, or -1
        QString reason;         // in words, naming both
    };
    // Checks the database against every checkpoint, in the file's order. Every signature must hold under
    // one key: `pinnedKey` when given (the auditor's copy of <key>.pub), otherwise the first line's, whose
    // fingerprint the verdict names. Throws DatabaseError.
    static Verdict verify(const QSqlDatabase &db, const QList<AuditCheckpoint> &checkpoints,
                          const QByteArray &pinnedKey);
    // Reads a checkpoint file. nullopt (with the line and why) when a line is not a checkpoint.
    static std::optional<QList<AuditCheckpoint>> readFile(const QString &path, QString *problem);
};

} // namespace tempcards
