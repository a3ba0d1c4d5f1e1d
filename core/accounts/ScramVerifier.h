// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

class QRandomGenerator;

namespace tempcards {

// A PostgreSQL SCRAM-SHA-256 password verifier ("SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>",
// RFC 5802 and 7677), computed here so that a password set for a PostgreSQL login role never reaches the
// server, its log or pg_stat_statements in clear: ALTER ROLE ... PASSWORD '<verifier>' stores it as it is,
// as psql's \password does. The password is prepared with SaslPrep, as libpq prepares it at login.
class ScramVerifier
{
public:
    static constexpr int kIterations = 4096; // PostgreSQL 15's own (scram_iterations arrives in 16)
    static constexpr int kSaltBytes = 16;

    static QByteArray compute(const QString &password, QRandomGenerator &random, int iterations = kIterations);
    static QByteArray compute(const QString &password, const QByteArray &salt, int iterations = kIterations);
    // Whether `verifier` is one of these (shape only), for refusing anything else before it is sent.
    static bool looksValid(const QByteArray &verifier);
};

} // namespace tempcards
