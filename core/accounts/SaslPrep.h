// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace tempcards {

// SASLprep (RFC 4013, the stringprep profile for passwords) the way PostgreSQL and libpq apply it to a
// SCRAM password (src/common/saslprep.c): pure ASCII is used as it is; otherwise the text is mapped
// (non-ASCII spaces to a space, "mapped to nothing" characters removed) and NFKC-normalised, and when the
// result holds a prohibited character or breaks the bidirectional rule, the password's own UTF-8 bytes are
// used instead. Both sides must agree byte for byte, or a person whose verifier tempcards computed could
// not log in; tests/integration/ScramVerifierTest logs in with libpq to check it.
class SaslPrep
{
public:
    static QByteArray prepare(const QString &password);

private:
    static bool prohibited(char32_t c);
    static bool mappedToNothing(char32_t c);
    static bool nonAsciiSpace(char32_t c);
};

} // namespace tempcards
