// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace tempcards {

// The Ed25519 key that signs audit checkpoints (OpenSSL). It lives in a file outside the database, 0600,
// on the host of the batch sync that publishes them (or on a single workstation), so whoever can write the
// database cannot sign a checkpoint for a history they rewrote. Its public half is written next to it
// (<file>.pub) and into every checkpoint, for the auditor to pin.
class CheckpointKey
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::CheckpointKey)

public:
    ~CheckpointKey();
    CheckpointKey(CheckpointKey &&) noexcept;

    // Reads the key from `path`, or makes a new one there (0600, with <path>.pub) when there is none. A key
    // file others may read is refused: its signatures would prove nothing.
    static std::optional<CheckpointKey> loadOrCreate(const QString &path, QString *problem);

    QByteArray publicKey() const { return m_publicKey; } // 32 bytes
    QByteArray sign(const QByteArray &message) const;    // 64 bytes
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    // A short text to compare by eye: the first 16 hex digits of the public key's SHA-256.
    static QString fingerprint(const QByteArray &publicKey);

private:
    struct Private;
    explicit CheckpointKey(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    QByteArray m_publicKey;
};

} // namespace tempcards
