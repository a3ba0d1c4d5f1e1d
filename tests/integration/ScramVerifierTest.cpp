// SPDX-License-Identifier: Apache-2.0
// A password set as a SCRAM verifier computed by tempcards (the server never sees it in clear) lets that
// role log in with libpq over TLS, whatever the password's script; another password does not. This is how
// a person's own PostgreSQL login role gets its password.
#include "ScramVerifier.h"
#include "Sql.h"
#include "TestBackend.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSqlError>

using namespace tempcards;
using namespace tempcards::test;

namespace {
// Logs in as `role` with `password` through Qt's PostgreSQL driver; the server's error when refused.
QString logIn(const TestBackend &t, const QString &role, const QString &password)
{
    static int serial = 0;
    const QString name = QStringLiteral("scram-login-%1").arg(++serial);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(t.postgresAs(role) + QStringLiteral(" sslmode=verify-full connect_timeout=10"));
        db.setPassword(password);
        if (!db.open())
            problem = db.lastError().databaseText();
        else if (SqlQuery(db, QStringLiteral("SELECT session_user")).scalar().toString() != role)
            problem = QStringLiteral("logged in as someone else");
    }
    QSqlDatabase::removeDatabase(name);
    return problem.isEmpty() ? QString() : problem;
}
} // namespace

TEST_CASE("PostgreSQL accepts tempcards' SCRAM verifiers: the right password logs in, another does not",
          "[postgres][accounts][security]")
{
    TestBackend t;
    if (!TestBackend::onPostgres())
        return; // the test command runs this suite again on its PostgreSQL server
    const QSqlDatabase db = t.database().connection();
    // Roles belong to the whole server, which the suites share: a name of this test's own.
    const QString role = QStringLiteral("tc_scram_%1").arg(QRandomGenerator::global()->generate());
    SqlQuery::run(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    QRandomGenerator random(11);
    struct Case
    {
        const char16_t *password;
        const char16_t *alsoAccepted; // the same after SASLprep, or null
    };
    const Case cases[] = {
        {u"correct horse battery staple", nullptr},
        {u"p\u00E4ssw\u00F6rd \u00C5ngstr\u00F6m", nullptr},
        {u"\uFF21\uFF22\uFF23\uFF11\uFF12\uFF13\u00E9", u"ABC123\u00E9"}, // full-width, NFKC
        {u"soft\u00ADhyphen\u00E9", u"softhyphen\u00E9"},                 // mapped to nothing
        {u"no\u00A0break\u00E9", u"no break\u00E9"},                      // a non-ASCII space
        {u"\uE000private use \u00E9", nullptr},                           // prohibited: as typed
        {u"\u0627\u0644\u0633\u0631", nullptr},                           // right to left
        {u"\u0627mixed\u0628", nullptr},                                  // bidi rule broken: as typed
    };
    for (const Case &c : cases) {
        const QString password = QString::fromUtf16(c.password);
        INFO(password.toStdString());
        const QByteArray verifier = ScramVerifier::compute(password, random);
        REQUIRE(ScramVerifier::looksValid(verifier));
        SqlQuery::run(db, QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, QString::fromLatin1(verifier)));
        // Stored as sent: the server never had the password.
        CHECK(SqlQuery(db, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(role))
                  .scalar()
                  .toByteArray() == verifier);
        CHECK(logIn(t, role, password).isEmpty());
        if (c.alsoAccepted)
            CHECK(logIn(t, role, QString::fromUtf16(c.alsoAccepted)).isEmpty());
        CHECK(logIn(t, role, password + QLatin1Char('x')).contains(QStringLiteral("password authentication failed")));
    }
    SqlQuery::run(db, QStringLiteral("DROP ROLE %1").arg(role));
}
