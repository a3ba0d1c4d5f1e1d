// SPDX-License-Identifier: Apache-2.0
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTimer>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("the event loop keeps turning while an order waits 2 s on Go Cards", "[integration][responsive]")
{
    TestBackend::Options options;
    options.simulator.responseDelayMs = 2000;
    TestBackend t(options);
    const Session session = orderingOperator(t, false);

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestGap = qMax(longestGap, now - last);
        last = now;
        ++ticks;
    });
    timer.start();
    std::unique_ptr<OrderTemporaryCardsJob> job(t.backend().ordering()->orderTemporaryCards(session, 9));
    bool finished = false;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, [&] { finished = true; });
    last = clock.elapsed();
    job->start();
    // Only the event loop runs here: if anything blocked it, the timer could not fire.
    QEventLoop loop;
    QObject::connect(job.get(), &OrderTemporaryCardsJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    timer.stop();
    REQUIRE(finished);
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Ordered);
    CHECK(clock.elapsed() >= 2000);
    CHECK(ticks >= 100);
    CHECK(longestGap < 100);
}
