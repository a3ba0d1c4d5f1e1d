// SPDX-License-Identifier: Apache-2.0
// Scenario 4: the longest stall of the GUI thread while the in-client batch sync (the scheduler the client
// runs, "Run batch sync now") dispatches a large queue to gocards-sim, with the main window open on the
// Quick search list, which follows every change. A 5 ms timer on the GUI thread measures the gaps.
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "BatchSyncScheduler.h"
#include "CardListModel.h"
#include "MainWindow.h"
#include "SyncService.h"
#include "TempCardOptions.h"
#include "TemporaryCardView.h"

#include <QApplication>
#include <QComboBox>
#include <QTimer>

#include <algorithm>

namespace tempcards::bench {

void runStallScenario(const QString &folder, const Size &size)
{
    SimulatorProcess simulator;
    BenchClient client(folder + QStringLiteral("/stall.sqlite"), simulator.url());
    client.setOption(TempCardOptions::BatchSize, TempCardOptions::kMaxBatchSize);
    fillQueue(client.database().connection(), size.stallCards);

    MainWindow window(&client.backend(), client.operatorSession());
    window.resize(1200, 800);
    window.show();
    window.findChild<QComboBox *>(QStringLiteral("quickSearchComboBox"))->setCurrentIndex(0);
    CardListModel *model = window.temporaryCardView()->model();
    if (!waitUntil([&] { return model->rowCount() > 0; }, 60000))
        throw BenchError("the main window showed no cards");
    QApplication::processEvents();

    BatchSyncScheduler *scheduler = client.backend().sync()->scheduler();
    std::optional<BatchSyncJob::Report> report;
    QObject::connect(scheduler, &BatchSyncScheduler::runFinished,
                     [&](const BatchSyncJob::Report &finished) { report = finished; });
    QElapsedTimer timer;
    timer.start();
    GapMeter meter(5);
    scheduler->runNow();
    if (!waitUntil([&] { return report.has_value(); }, 30 * 60 * 1000))
        throw BenchError("the batch sync did not finish in 30 minutes");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (report->cardsOrdered != size.stallCards)
        throw BenchError("the batch sync did not order every card");
    // The list shows the newest cards, ordered now.
    if (!waitUntil([&] { return model->card(0).state == CardState::Ordered; }, 10000))
        throw BenchError("the list did not follow the batch sync");
    print(QJsonObject{{QStringLiteral("scenario"), QStringLiteral("stall")},
                      {QStringLiteral("cards"), size.stallCards},
                      {QStringLiteral("syncSeconds"), round2(seconds)},
                      {QStringLiteral("timerIntervalMs"), 5},
                      {QStringLiteral("longestStallMs"), meter.longestStallMs()},
                      {QStringLiteral("stall99thPercentileMs"), meter.stallPercentileMs(0.99)},
                      {QStringLiteral("stallsOver50Ms"), meter.stallsOver(50)},
                      {QStringLiteral("targetLongestStallMs"), 50},
                      {QStringLiteral("met"), meter.longestStallMs() <= 50}});
}

} // namespace tempcards::bench
