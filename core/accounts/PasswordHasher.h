// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace tempcards {

// PBKDF2-HMAC-SHA256 with a 16-byte random salt. The encoded form keeps its parameters, so the iteration
// count can rise later without breaking stored hashes:  pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>.
// hash() and verify() take most of a second at the default count: never call them on the GUI thread.
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 600000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;

    explicit PasswordHasher(int iterations = kDefaultIterations) : m_iterations(iterations) {}
    int iterations() const { return m_iterations; }

    QString hash(const QString &password) const;
    // False for a wrong password and for an encoded hash that does not parse.
    static bool verify(const QString &password, const QString &encoded);
    // The iteration count stored in an encoded hash, or 0 if it does not parse.
    static int iterationsOf(const QString &encoded);

private:
    int m_iterations;
};

} // namespace tempcards
