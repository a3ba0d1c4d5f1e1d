// SPDX-License-Identifier: Apache-2.0
// SASLprep as PostgreSQL applies it to SCRAM passwords: RFC 4013's examples, and PostgreSQL's fallback to
// the password's own bytes where the profile prohibits it. The verifier is checked against a real server
// in tests/integration/ScramVerifierTest.
#include "SaslPrep.h"
#include "ScramVerifier.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace tempcards;

namespace {
QByteArray prep(const char16_t *text)
{
    return SaslPrep::prepare(QString::fromUtf16(text));
}
} // namespace

TEST_CASE("SASLprep maps, normalises and falls back to the password's bytes as PostgreSQL does", "[accounts]")
{
    CHECK(prep(u"user") == "user");                                 // ASCII stays as it is
    CHECK(prep(u"p\u00E4ssw\u00F6rd") == "p\xC3\xA4ssw\xC3\xB6rd"); // already NFKC
    CHECK(prep(u"I\u00ADX") == "IX");                               // RFC 4013: soft hyphen mapped to nothing
    CHECK(prep(u"\u00AA") == "a");                                  // RFC 4013: NFKC
    CHECK(prep(u"\u2168") == "IX");                                 // RFC 4013: ROMAN NUMERAL NINE
    CHECK(prep(u"a\u00A0b\u3000c") == "a b c");                     // non-ASCII spaces become spaces
    CHECK(prep(u"\uFF21\uFF22\uFF23\uFF11") == "ABC1");             // full-width letters and digits
    // Prohibited: PostgreSQL then uses the bytes as typed (RFC 4013 would refuse them).
    CHECK(prep(u"\u00E4\u0007") == QString::fromUtf16(u"\u00E4\u0007").toUtf8());   // a control character
    CHECK(prep(u"\uE000\u00E4") == QString::fromUtf16(u"\uE000\u00E4").toUtf8());   // private use
    CHECK(prep(u"\u0627\u0031") == QString::fromUtf16(u"\u0627\u0031").toUtf8());   // RFC 4013: bidi rule
    CHECK(prep(u"\u0627a\u0628") == QString::fromUtf16(u"\u0627a\u0628").toUtf8()); // RTL mixed with LTR
    CHECK(prep(u"\u0627\u0644\u0633\u0631") == QString::fromUtf16(u"\u0627\u0644\u0633\u0631").toUtf8());
    CHECK(prep(u"\u00AD") == "\xC2\xAD"); // nothing left after mapping: the bytes as typed
}

TEST_CASE("a SCRAM verifier has PostgreSQL's form and depends on password, salt and iterations", "[accounts]")
{
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const QByteArray pencil = ScramVerifier::compute(QStringLiteral("pencil"), salt);
    INFO(pencil.toStdString());
    CHECK(ScramVerifier::looksValid(pencil));
    CHECK(pencil.startsWith("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"));
    CHECK(ScramVerifier::compute(QStringLiteral("pencil"), salt) == pencil);
    CHECK(ScramVerifier::compute(QStringLiteral("pencil!"), salt) != pencil);
    CHECK(ScramVerifier::compute(QStringLiteral("pencil"), salt, 4097) != pencil);
    // Two passwords that SASLprep makes the same have the same verifier.
    CHECK(ScramVerifier::compute(QString::fromUtf16(u"penc\u00ADil"), salt) == pencil);
    QRandomGenerator random(7);
    const QByteArray first = ScramVerifier::compute(QStringLiteral("pencil"), random);
    CHECK(ScramVerifier::looksValid(first));
    CHECK(ScramVerifier::compute(QStringLiteral("pencil"), random) != first); // a new salt each time
    CHECK_FALSE(ScramVerifier::looksValid("pencil"));
    CHECK_FALSE(ScramVerifier::looksValid("md5" + QByteArray(32, 'a')));
    CHECK_FALSE(ScramVerifier::looksValid(pencil + "'; DROP ROLE x; --"));
}
