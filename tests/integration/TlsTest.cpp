// SPDX-License-Identifier: Apache-2.0
// HTTPS to Go Cards against the simulator serving certificates made at test time: a verified server
// works; an expired, untrusted or wrong-host certificate fails closed, naming the problem, and nothing is
// sent; mutual TLS works when the server asks for a client certificate.
#include "OrderHelpers.h"
#include "TestCertificates.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;
using Server = TestCertificates::Server;
using Result = OrderTemporaryCardsJob::Result;

namespace {

const TestCertificates &certificates()
{
    static const TestCertificates made;
    return made;
}

TestBackend::Options tls(Server server, bool trustTestCa, bool requireClient = false, bool presentClient = false)
{
    TestBackend::Options options;
    options.simulatorTls = certificates().server(server, requireClient);
    if (trustTestCa)
        options.goCardsExtras.caCertificates = certificates().caPem();
    if (presentClient) {
        options.goCardsExtras.clientCertificate = certificates().clientCertificatePem();
        options.goCardsExtras.clientKey = certificates().clientKeyPem();
    }
    return options;
}

// Two cards ordered at once (queue off) over the given TLS set-up; the job is destroyed before its backend.
struct Ordered
{
    std::unique_ptr<TestBackend> backend;
    std::unique_ptr<OrderTemporaryCardsJob> job;
};

Ordered orderOver(const TestBackend::Options &options)
{
    Ordered ordered;
    ordered.backend = std::make_unique<TestBackend>(options);
    const Session session = orderingOperator(*ordered.backend, false);
    ordered.job = order(*ordered.backend, session, 2);
    return ordered;
}

} // namespace

TEST_CASE("a Go Cards certificate issued by a trusted CA for this host is accepted", "[tls]")
{
    const auto [t, job] = orderOver(tls(Server::Valid, true));
    INFO(job->message());
    CHECK(job->result() == Result::Ordered);
    CHECK(t->simulator().ledger().orderedCardCount() == 2);
    CHECK(t->goCardsConfig().baseUrl.scheme() == QStringLiteral("https"));
}

TEST_CASE("expired, untrusted and wrong-host certificates fail closed, naming the problem", "[tls]")
{
    struct Case
    {
        const char *name;
        TestBackend::Options options;
        QString says;
    };
    const QList<Case> cases = {
        {"expired", tls(Server::Expired, true), QStringLiteral("expired on")},
        {"self-signed", tls(Server::SelfSigned, true), QStringLiteral("is not trusted")},
        {"a CA nobody trusts", tls(Server::Valid, false), QStringLiteral("is not trusted")},
        {"another host", tls(Server::WrongHost, true), QStringLiteral("is for another host")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const auto [t, job] = orderOver(c.options);
        INFO(job->message());
        CHECK(job->result() == Result::Pending);
        CHECK(job->message().contains(c.says));
        CHECK(job->message().contains(QStringLiteral("Nothing was sent")));
        CHECK(t->simulator().exchanges().isEmpty()); // no request got through the handshake
        CHECK(t->cardCount(QStringLiteral("processing")) == 2);
    }
}

TEST_CASE("mutual TLS: the client certificate is presented when Go Cards asks for one", "[tls]")
{
    {
        const auto [t, job] = orderOver(tls(Server::Valid, true, true, true));
        INFO(job->message());
        CHECK(job->result() == Result::Ordered);
        CHECK(t->simulator().ledger().orderedCardCount() == 2);
    }
    const auto [t, job] = orderOver(tls(Server::Valid, true, true, false));
    INFO(job->message());
    CHECK(job->result() == Result::Pending);
    CHECK(job->message().contains(QStringLiteral("client certificate")));
    CHECK(t->simulator().exchanges().isEmpty());
}

TEST_CASE("unusable certificate settings are refused before anything is sent", "[tls]")
{
    TestBackend::Options options = tls(Server::Valid, true);
    options.goCardsExtras.clientCertificate = certificates().clientCertificatePem(); // without its key
    {
        const auto [t, job] = orderOver(options);
        CHECK(job->result() == Result::Pending);
        CHECK(job->message().contains(QStringLiteral("needs its private key")));
        CHECK(t->simulator().exchanges().isEmpty());
    }
    options.goCardsExtras.clientCertificate.clear();
    options.goCardsExtras.caCertificates = "not a certificate";
    const auto [t, job] = orderOver(options);
    CHECK(job->message().contains(QStringLiteral("not PEM certificates")));
    CHECK(t->simulator().exchanges().isEmpty());
}
