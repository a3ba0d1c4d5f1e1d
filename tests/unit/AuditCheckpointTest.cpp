// SPDX-License-Identifier: Apache-2.0
// Audit checkpoints as text: signed with the key, read back, and refused with a reason when a field or the
// signature was changed; the key file is made 0600 and refused when others may read it.
#include "AuditCheckpoint.h"
#include "CheckpointKey.h"
#include "PrivateFiles.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace tempcards;

TEST_CASE("a checkpoint line is signed, read back, and refused when any of it changes", "[audit][checkpoints]")
{
    QTemporaryDir dir;
    QString problem;
    const auto key = CheckpointKey::loadOrCreate(dir.filePath(QStringLiteral("k")), &problem);
    REQUIRE(key);
    AuditCheckpoint checkpoint;
    checkpoint.records = 41;
    checkpoint.lastId = 42;
    checkpoint.lastHash = QStringLiteral("hmac-sha256:ab12");
    checkpoint.at = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    checkpoint.signWith(*key);
    CHECK(checkpoint.signatureHolds());
    const QString line = checkpoint.line();
    const auto read = AuditCheckpoint::parse(line, &problem);
    REQUIRE(read);
    CHECK(read->signatureHolds());
    CHECK(read->records == 41);
    CHECK(read->lastHash == checkpoint.lastHash);
    CHECK(read->publicKey == key->publicKey());

    for (const auto &[from, to] : {std::pair{QStringLiteral("records=41"), QStringLiteral("records=40")},
                                   std::pair{QStringLiteral("last=42"), QStringLiteral("last=43")},
                                   std::pair{QStringLiteral("ab12"), QStringLiteral("ab13")}}) {
        QString changed = line;
        changed.replace(from, to);
        const auto forged = AuditCheckpoint::parse(changed, &problem);
        REQUIRE(forged);
        CHECK_FALSE(forged->signatureHolds());
    }
    for (const QString &bad : {QString(), QStringLiteral("hello"), line.left(line.indexOf(QStringLiteral(" sig="))),
                               QString(line).replace(QStringLiteral("last=42"), QStringLiteral("last=x"))}) {
        problem.clear();
        CHECK_FALSE(AuditCheckpoint::parse(bad, &problem));
        CHECK_FALSE(problem.isEmpty());
    }
}

TEST_CASE("the checkpoint key is its owner's alone, and read back the same", "[audit][checkpoints]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/checkpoint.key"));
    QString problem;
    const auto made = CheckpointKey::loadOrCreate(path, &problem);
    REQUIRE(made);
    CHECK(PrivateFiles::readableByOthers({path}).isEmpty());
    const auto again = CheckpointKey::loadOrCreate(path, &problem);
    REQUIRE(again);
    CHECK(again->publicKey() == made->publicKey());
    QFile pub(path + QStringLiteral(".pub"));
    REQUIRE(pub.open(QIODevice::ReadOnly));
    CHECK(QByteArray::fromBase64(pub.readAll().trimmed()) == made->publicKey());
    const QByteArray signature = made->sign("text");
    CHECK(CheckpointKey::verify(again->publicKey(), "text", signature));
    CHECK_FALSE(CheckpointKey::verify(again->publicKey(), "texT", signature));

    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    CHECK_FALSE(CheckpointKey::loadOrCreate(path, &problem));
    CHECK(problem.contains(QStringLiteral("chmod 600")));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not a key\n");
    file.close();
    CHECK_FALSE(CheckpointKey::loadOrCreate(path, &problem));
    CHECK(problem.contains(QStringLiteral("not a tempcards checkpoint key")));
}
