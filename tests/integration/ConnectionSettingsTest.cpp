// SPDX-License-Identifier: Apache-2.0
// The Go Cards connection saved by administrators: put in force at once, audited without the secret, the
// secret write-only (kept when left empty, never reused for a new address), never logged; command-line
// parts win; "Test connection" asks the simulator for a token without saving or changing anything.
#include "BatchSyncScheduler.h"
#include "ClientOptions.h"
#include "GoCardsClient.h"
#include "GoCardsConnectionCheckJob.h"
#include "GoCardsConnectionService.h"
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QLoggingCategory>

using namespace tempcards;
using namespace tempcards::test;
using Ordered = OrderTemporaryCardsJob::Result;

namespace {

const QString kSecret = QStringLiteral("s3cret-Only-Go-Cards-knows");

GoCardsConnectionForm formFor(TestBackend &t, const QString &secret)
{
    const GoCardsConfig config = t.goCardsConfig();
    return {config.baseUrl.toString(), config.organisationId, config.clientId, secret, {}, {}, {}};
}

TestBackend::Options withSecret()
{
    TestBackend::Options options;
    options.simulator.clientSecret = kSecret;
    return options;
}

// Every message logged while the test runs, to prove the secret is not among them.
QStringList &logged()
{
    static QStringList messages;
    return messages;
}

void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logged() << message;
}

// While it lives, every message of our categories, debug included, goes to logged() instead of the output.
struct CaptureLog
{
    CaptureLog() : previous(qInstallMessageHandler(keepMessage))
    {
        logged().clear();
        QLoggingCategory::setFilterRules(QStringLiteral("tempcards.*=true"));
    }
    ~CaptureLog()
    {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(
            qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") ? QStringLiteral("tempcards.*.info=false") : QString());
    }
    QtMessageHandler previous;
};

std::unique_ptr<GoCardsConnectionCheckJob> testConnection(TestBackend &t, const Session &by,
                                                          const GoCardsConnectionForm &form)
{
    std::unique_ptr<GoCardsConnectionCheckJob> test(t.backend().connection()->test(by, form));
    bool finished = false;
    QObject::connect(test.get(), &GoCardsConnectionCheckJob::finished, [&] { finished = true; });
    test->start();
    CHECK_FALSE(finished); // never from start()
    REQUIRE(waitFor([&] { return finished; }));
    return test;
}

} // namespace

TEST_CASE("a saved Go Cards connection is in force at once and audited without its secret", "[connection]")
{
    TestBackend t(withSecret());
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    const Session session = orderingOperator(t, false);
    GoCardsConnectionService *service = t.backend().connection();
    CHECK_FALSE(service->view().saved);

    std::optional<CaptureLog> capture(std::in_place);

    // A wrong secret saved: orders are refused by Go Cards, and nothing is sent.
    Outcome saved = await(service->save(admin, formFor(t, QStringLiteral("wrong-secret"))));
    REQUIRE(saved.ok);
    CHECK(t.backend().goCards()->config().clientSecret == QStringLiteral("wrong-secret"));
    auto job = order(t, session, 1);
    CHECK(job->result() != Ordered::Ordered);
    CHECK(t.simulator().ledger().orderedCardCount() == 0);

    // The right secret saved: the next order goes through without a restart.
    saved = await(service->save(admin, formFor(t, kSecret)));
    REQUIRE(saved.ok);
    job = order(t, session, 2);
    CHECK(job->result() == Ordered::Ordered);

    // Saved again with the secret left empty: the saved secret stays.
    GoCardsConnectionForm form = formFor(t, QString());
    form.clientId = t.goCardsConfig().clientId;
    saved = await(service->save(admin, form));
    REQUIRE(saved.ok);
    CHECK(t.backend().goCards()->config().clientSecret == kSecret);
    const GoCardsConnectionView view = service->view();
    CHECK(view.saved);
    CHECK(view.secretSaved);
    CHECK(view.form.clientSecret.isEmpty()); // the page never receives it
    CHECK(view.updatedBy == QStringLiteral("ada"));

    capture.reset();
    CHECK(t.auditCount(QStringLiteral("settings.change")) >= 3);
    SqlQuery records(t.database().connection(),
                     QStringLiteral("SELECT COALESCE(before_value, '') || COALESCE(after_value, '') || "
                                    "COALESCE(detail, '') FROM audit_log WHERE object = 'gocards:connection'"));
    records.exec();
    int count = 0;
    while (records.next()) {
        ++count;
        CHECK_FALSE(records.value(0).toString().contains(kSecret));
        CHECK_FALSE(records.value(0).toString().contains(QStringLiteral("wrong-secret")));
    }
    CHECK(count == 3);
    CHECK(SqlQuery(t.database().connection(),
                   QStringLiteral("SELECT detail FROM audit_log WHERE object = 'gocards:connection' ORDER BY id"))
              .scalar()
              .toString() == QStringLiteral("client secret replaced"));
    CHECK_FALSE(logged().isEmpty());
    for (const QString &message : logged())
        CHECK_FALSE(message.contains(kSecret));
}

TEST_CASE("the Go Cards connection is refused with a reason, and nothing is saved", "[connection]")
{
    TestBackend t(withSecret());
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    GoCardsConnectionService *service = t.backend().connection();
    REQUIRE(await(service->save(admin, formFor(t, kSecret))).ok);
    const int audited = t.auditCount(QStringLiteral("settings.change"));

    struct Case
    {
        const char *name;
        GoCardsConnectionForm form;
        QString says;
    };
    GoCardsConnectionForm moved = formFor(t, QString());
    moved.baseUrl = QStringLiteral("https://gocards.elsewhere.example");
    GoCardsConnectionForm plain = formFor(t, kSecret);
    plain.baseUrl = QStringLiteral("http://gocards.elsewhere.example");
    GoCardsConnectionForm noClient = formFor(t, kSecret);
    noClient.clientId = QStringLiteral("   ");
    GoCardsConnectionForm keyless = formFor(t, kSecret);
    keyless.clientCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    GoCardsConnectionForm notPem = formFor(t, kSecret);
    notPem.caCertificates = "'; DROP TABLE cards; --";
    const QList<Case> cases = {
        {"a new address without the secret typed again", moved, QStringLiteral("type the client secret again")},
        {"plain http to another machine", plain, QStringLiteral("only https is allowed")},
        {"no client id", noClient, QStringLiteral("Enter the Go Cards client id")},
        {"a certificate without its key", keyless, QStringLiteral("needs its private key")},
        {"trusted certificates that are not PEM", notPem, QStringLiteral("not PEM certificates")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const Outcome outcome = await(service->save(admin, c.form));
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.message.contains(c.says));
    }
    const Outcome refused = await(service->save(operatorSession, formFor(t, kSecret)));
    CHECK_FALSE(refused.ok);
    CHECK(t.auditCount(QStringLiteral("settings.change")) == audited);
    CHECK(t.backend().goCards()->config().clientSecret == kSecret);
    CHECK(service->view().form.baseUrl == t.goCardsConfig().baseUrl.toString());
}

TEST_CASE("Test connection asks Go Cards for a token and changes nothing", "[connection]")
{
    TestBackend t(withSecret());
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    auto test = testConnection(t, admin, formFor(t, QStringLiteral("wrong-secret")));
    CHECK_FALSE(test->ok());
    CHECK(test->error() == GoCardsError::InvalidClient);
    INFO(test->message());
    CHECK(test->message().contains(QStringLiteral("credentials")));

    test = testConnection(t, admin, formFor(t, kSecret));
    CHECK(test->ok());
    CHECK(test->message().contains(QStringLiteral("Connected")));
    CHECK_FALSE(t.backend().connection()->view().saved);

    GoCardsConnectionForm unreachable = formFor(t, kSecret);
    unreachable.baseUrl = QStringLiteral("http://127.0.0.1:1");
    test = testConnection(t, admin, unreachable);
    CHECK_FALSE(test->ok());
    CHECK(test->message().contains(QStringLiteral("could not be reached")));

    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    const int tokens = ordersAt(t, QStringLiteral("/api/v2/auth/token"));
    test = testConnection(t, operatorSession, formFor(t, kSecret));
    CHECK_FALSE(test->ok());
    CHECK(ordersAt(t, QStringLiteral("/api/v2/auth/token")) == tokens); // refused before anything was sent
}

TEST_CASE("parts given on the command line win over the saved connection", "[connection]")
{
    std::optional<GoCardsConnectionStore::Saved> saved = GoCardsConnectionStore::Saved{};
    saved->config.baseUrl = QUrl(QStringLiteral("https://saved.example"));
    saved->config.clientId = QStringLiteral("saved-client");
    saved->config.organisationId = QStringLiteral("saved-org");
    saved->config.clientSecret = QStringLiteral("saved-secret");
    GoCardsConfig given;
    given.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    given.clientId = QStringLiteral("given-client");
    given.organisationId = QStringLiteral("given-org");
    given.clientSecret = QStringLiteral("given-secret");
    given.deadlineMs = 1234;

    GoCardsConfig effective = GoCardsConnectionStore::effective(saved, given, {});
    CHECK(effective.baseUrl == saved->config.baseUrl);
    CHECK(effective.clientSecret == QStringLiteral("saved-secret"));
    CHECK(effective.deadlineMs == 1234);
    effective = GoCardsConnectionStore::effective(saved, given, {true, false, false, true});
    CHECK(effective.baseUrl == given.baseUrl);
    CHECK(effective.clientId == QStringLiteral("saved-client"));
    CHECK(effective.clientSecret == QStringLiteral("given-secret"));
    CHECK(GoCardsConnectionStore::effective(std::nullopt, given, {}).clientId == QStringLiteral("given-client"));
    // Another address without a secret of its own gets none of the saved address's: every call is refused.
    saved->config.clientCertificate = "saved certificate";
    saved->config.clientKey = "saved key";
    effective = GoCardsConnectionStore::effective(saved, given, {true, false, false, false});
    CHECK(effective.baseUrl == given.baseUrl);
    CHECK(effective.clientSecret.isEmpty());
    CHECK(effective.clientCertificate.isEmpty());
    CHECK(effective.clientKey.isEmpty());
    CHECK(effective.check().contains(QStringLiteral("never sent to http://127.0.0.1:8080")));
    // The saved address given again (as a script might) keeps what was saved for it.
    given.baseUrl = QUrl(QStringLiteral("https://saved.example/"));
    effective = GoCardsConnectionStore::effective(saved, given, {true, false, false, false});
    CHECK(effective.clientSecret == QStringLiteral("saved-secret"));
    CHECK(effective.clientKey == "saved key");

    const ClientOptions options = ClientOptions::parse(
        {QStringLiteral("tempcards"), QStringLiteral("--gocards-url"), QStringLiteral("http://127.0.0.1:9")},
        QProcessEnvironment(), ClientOptions::Program::Client);
    CHECK(options.goCardsOverrides.url);
    CHECK_FALSE(options.goCardsOverrides.clientId);
    CHECK_FALSE(options.goCardsOverrides.secret);
}

TEST_CASE("a running batch sync takes up a connection saved at another workstation before its next run", "[connection]")
{
    TestBackend t(withSecret());
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    // The other workstation: its own core on the same database.
    QNetworkAccessManager nam;
    SystemClock clock;
    Backend::Options options;
    options.goCards = t.goCardsConfig();
    options.passwordIterations = 1000;
    Backend elsewhere(&t.database(), &nam, &clock, options);
    const QString rotated = QStringLiteral("rotated-secret");
    REQUIRE(await(elsewhere.connection()->save(admin, formFor(t, rotated))).ok);
    CHECK(t.backend().goCards()->config().clientSecret == kSecret); // not yet

    bool finished = false;
    QObject context;
    QObject::connect(t.backend().sync()->scheduler(), &BatchSyncScheduler::runFinished, &context,
                     [&] { finished = true; });
    t.backend().sync()->scheduler()->runNow();
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(t.backend().goCards()->config().clientSecret == rotated);
}
