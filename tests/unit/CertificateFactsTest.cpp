// SPDX-License-Identifier: Apache-2.0
// What the settings pages say of a pasted certificate: whose it is, who issued it, until when, and the
// flag within 30 days of its end, after it, and before it begins.
#include "CertificateFacts.h"
#include "TestCertificates.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("a certificate's subject, issuer and end of validity are read from PEM")
{
    TestCertificates made;
    const QList<CertificateFacts> ca = CertificateFacts::fromPem(made.caPem());
    REQUIRE(ca.size() == 1);
    CHECK(ca.first().subject == QStringLiteral("tempcards test CA"));
    CHECK(ca.first().issuer == QStringLiteral("tempcards test CA"));
    const QList<CertificateFacts> client = CertificateFacts::fromPem(made.clientCertificatePem());
    REQUIRE(client.size() == 1);
    CHECK(client.first().subject == QStringLiteral("tempcards client"));
    CHECK(client.first().issuer == QStringLiteral("tempcards test CA"));
    // Made for two days from now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(client.first().notAfter > now.addDays(1));
    CHECK(client.first().notAfter <= now.addDays(2).addSecs(60));

    // Two in one text, as a chain is pasted.
    CHECK(CertificateFacts::fromPem(made.caPem() + made.clientCertificatePem()).size() == 2);
    CHECK(CertificateFacts::fromPem("not a certificate").isEmpty());
    CHECK(CertificateFacts::fromPem(made.clientKeyPem()).isEmpty());
}

TEST_CASE("a certificate is flagged within 30 days of its end, after it and before it begins")
{
    CertificateFacts facts;
    facts.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    facts.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    using V = CertificateFacts::Validity;
    CHECK(facts.validityAt(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC)) == V::Valid);
    CHECK(facts.validityAt(QDateTime(QDate(2026, 12, 1), QTime(23, 59), Qt::UTC)) == V::Valid); // 30 days and a minute
    const QDateTime soon(QDate(2026, 12, 20), QTime(12, 0), Qt::UTC);
    CHECK(facts.validityAt(soon) == V::ExpiresSoon);
    CHECK(facts.daysLeftAt(soon) == 12);
    CHECK(facts.validityAt(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)) == V::Expired);
    CHECK(facts.validityAt(QDateTime(QDate(2025, 12, 31), QTime(0, 0), Qt::UTC)) == V::NotYetValid);
}
