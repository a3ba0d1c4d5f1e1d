// SPDX-License-Identifier: Apache-2.0
// The simulator's faults drawn at a rate (gocards-sim --fault): parsing the flag, the shares, the bursts.
#include "SimulatorFaults.h"

#include <catch2/catch.hpp>

using namespace tempcards::sim;

TEST_CASE("gocards-sim --fault takes name=rate and says what is wrong otherwise", "[simulator]")
{
    QString problem;
    const auto stall = parseFaultRate(QStringLiteral("stall=0.25"), &problem);
    REQUIRE(stall);
    CHECK(stall->fault == Fault::Stall);
    CHECK(stall->rate == 0.25);
    for (Fault fault : rateFaults())
        CHECK(parseFaultRate(faultName(fault) + QStringLiteral("=1"), &problem));

    CHECK_FALSE(parseFaultRate(QStringLiteral("meteor=0.1"), &problem));
    CHECK(problem.contains(QStringLiteral("unknown fault \"meteor\"")));
    CHECK(problem.contains(QStringLiteral("drop-after-commit")));
    CHECK_FALSE(parseFaultRate(QStringLiteral("invalid-request=0.1"), &problem)); // queued tests only
    CHECK_FALSE(parseFaultRate(QStringLiteral("stall"), &problem));
    CHECK(problem.contains(QStringLiteral("stall=0.05")));
    CHECK_FALSE(parseFaultRate(QStringLiteral("stall=1.5"), &problem));
    CHECK_FALSE(parseFaultRate(QStringLiteral("stall=-0.1"), &problem));
    CHECK_FALSE(parseFaultRate(QStringLiteral("stall=nan"), &problem));
    CHECK_FALSE(parseFaultRate(QStringLiteral("stall=lots"), &problem));
}

TEST_CASE("faults strike their share of the requests they apply to, repeatably for a seed", "[simulator]")
{
    const QList<FaultRate> rates{{Fault::Stall, 0.1}, {Fault::DropAfterCommit, 0.05}, {Fault::EventsRepeated, 0.2}};
    FaultInjector injector(rates, 7);
    FaultInjector again(rates, 7);
    int stalls = 0, drops = 0, onOrders = 0;
    for (int i = 0; i < 20000; ++i) {
        const auto fault = injector.draw(QStringLiteral("/api/v2/orders"));
        CHECK(fault == again.draw(QStringLiteral("/api/v2/orders")));
        stalls += fault == Fault::Stall ? 1 : 0;
        drops += fault == Fault::DropAfterCommit ? 1 : 0;
        onOrders += fault == Fault::EventsRepeated ? 1 : 0;
    }
    CHECK(stalls == Approx(2000).margin(200));
    CHECK(drops == Approx(1000).margin(150));
    CHECK(onOrders == 0); // events faults strike only the events feed
    int repeated = 0;
    for (int i = 0; i < 10000; ++i) {
        const auto fault = injector.draw(QStringLiteral("/api/v2/events"));
        repeated += fault == Fault::EventsRepeated ? 1 : 0;
        stalls += fault == Fault::Stall ? 1 : 0;
        drops += fault == Fault::DropAfterCommit ? 1 : 0;
    }
    CHECK(repeated == Approx(2000).margin(250));
    CHECK(injector.injected().value(QStringLiteral("stall")) == stalls);
    CHECK(injector.injected().value(QStringLiteral("events-repeated")) == repeated);
    CHECK(injector.injectedTotal() == stalls + drops + repeated);
}

TEST_CASE("key-expiry strikes only orders", "[simulator]")
{
    FaultInjector injector({{Fault::KeyExpiry, 0.5}}, 3);
    int onOrders = 0, elsewhere = 0;
    for (int i = 0; i < 2000; ++i) {
        onOrders += injector.draw(QStringLiteral("/api/v2/orders")) == Fault::KeyExpiry ? 1 : 0;
        elsewhere += injector.draw(QStringLiteral("/api/v2/events")).has_value() ? 1 : 0;
        elsewhere += injector.draw(QStringLiteral("/api/v2/order-log")).has_value() ? 1 : 0;
    }
    CHECK(onOrders == Approx(1000).margin(120));
    CHECK(elsewhere == 0);
}

TEST_CASE("a server error drawn at a rate comes as a burst of 3 to 5", "[simulator]")
{
    FaultInjector injector({{Fault::ServerError, 0.01}}, 3);
    QList<int> bursts;
    int run = 0;
    for (int i = 0; i < 50000; ++i) {
        if (injector.draw(QStringLiteral("/api/v2/orders")) == Fault::ServerError) {
            ++run;
        } else if (run > 0) {
            bursts << run;
            run = 0;
        }
    }
    REQUIRE(bursts.size() > 50);
    // A new burst may start right after one ends, so a few runs are longer than 5; none is shorter than 3.
    CHECK(*std::min_element(bursts.begin(), bursts.end()) >= 3);
    const auto longer = std::count_if(bursts.begin(), bursts.end(), [](int length) { return length > 5; });
    CHECK(longer * 20 < bursts.size());
}
