// SPDX-License-Identifier: Apache-2.0
// Scenario 3: a database with a large stock of temporary cards in mixed states. From opening it to a
// usable main window showing the first page of the Quick search list; the first page, each state filter
// and several kinds of search as the operator meets them (typed into the widgets, the list updated); and
// the resident memory afterwards.
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "CardListModel.h"
#include "CardQuery.h"
#include "Clock.h"
#include "MainWindow.h"
#include "TemporaryCardView.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QTest>

#include <algorithm>

namespace tempcards::bench {

void runScaleScenario(const QString &folder, const Size &size)
{
    const QString path = folder + QStringLiteral("/scale.sqlite");
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:1"));
    QElapsedTimer build;
    build.start();
    Session session;
    {
        BenchClient setup(path, nowhere);
        fillStock(setup.database().connection(), size.stockCards);
        session = setup.operatorSession();
    }
    const double buildSeconds = double(build.nsecsElapsed()) / 1e9;
    const double residentBefore = residentMiB();

    // The client's start after login: open and check the database, build the core, show the main window,
    // choose Temporary card in Quick search, and the first page is on screen.
    QElapsedTimer start;
    start.start();
    SystemClock clock;
    Database::Opened opened = Database::open({path}, clock);
    if (!opened.database)
        throw BenchError(opened.message.toStdString());
    QNetworkAccessManager nam;
    Backend::Options options = Backend::Options::forThisWorkstation(BenchClient::goCardsConfig(nowhere));
    Backend backend(opened.database.get(), &nam, &clock, options);
    MainWindow window(&backend, session);
    window.resize(1200, 800);
    window.show();
    auto *quickSearch = window.findChild<QComboBox *>(QStringLiteral("quickSearchComboBox"));
    quickSearch->setCurrentIndex(0);
    CardListModel *model = window.temporaryCardView()->model();
    if (!waitUntil([&] { return window.temporaryCardView()->isVisible() && model->rowCount() > 0; }, 60000))
        throw BenchError("the main window showed no cards");
    QApplication::processEvents();
    const double startMs = millis(start.nsecsElapsed());

    QSqlDatabase db = opened.database->connection();
    QList<double> firstPages;
    for (int i = 0; i < 20; ++i)
        firstPages << timed([&] { CardQuery::page(db, {}, 0, CardListModel::kPageSize); });

    // Through the widgets: the state filter, each state in turn, then back to all.
    auto *state = window.findChild<QComboBox *>(QStringLiteral("stateFilterComboBox"));
    QJsonObject perState;
    double worstState = 0;
    for (int i = 1; i < state->count(); ++i) {
        const double ms = timed([&] { state->setCurrentIndex(i); });
        if (model->rowCount() == 0 && !state->itemText(i).isEmpty() && size.stockCards >= 100)
            throw BenchError("a state filter found no cards");
        perState.insert(state->itemText(i), ms);
        worstState = std::max(worstState, ms);
    }
    state->setCurrentIndex(0);

    // Searches as typed and confirmed with Return: a Go Cards card id, a prefix that matches ten thousand
    // cards, one that matches nearly all, an order id, a card number, and a miss.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    const int someCard = size.stockCards / 2 + 55;
    const QList<std::pair<const char *, QString>> searches{
        {"card id", QStringLiteral("gc-%1").arg(someCard, 8, 10, QLatin1Char('0'))},
        {"prefix of 1%", QStringLiteral("gc-%1").arg(someCard / 100, 6, 10, QLatin1Char('0'))},
        {"prefix of all", QStringLiteral("gc-")},
        {"order id", QStringLiteral("ord-%1").arg(someCard / 500, 6, 10, QLatin1Char('0'))},
        {"card number", QString::number(someCard)},
        {"no match", QStringLiteral("zz-nothing")}};
    QJsonObject perSearch;
    double worstSearch = 0;
    for (const auto &[name, text] : searches) {
        search->setText(text);
        const double ms = timed([&] { QTest::keyClick(search, Qt::Key_Return); });
        if ((model->rowCount() == 0) != (QLatin1String(name) == QLatin1String("no match")))
            throw BenchError(std::string("the search found the wrong cards: ") + name);
        perSearch.insert(QLatin1String(name), ms);
        worstSearch = std::max(worstSearch, ms);
    }
    const double resident = residentMiB();
    const double firstPage = median(firstPages);
    print(QJsonObject{{QStringLiteral("scenario"), QStringLiteral("scale")},
                      {QStringLiteral("cards"), size.stockCards},
                      {QStringLiteral("buildSeconds"), round1(buildSeconds)},
                      {QStringLiteral("startToMainWindowMs"), startMs},
                      {QStringLiteral("firstPageMedianMs"), firstPage},
                      {QStringLiteral("firstPageMaxMs"), *std::max_element(firstPages.cbegin(), firstPages.cend())},
                      {QStringLiteral("stateFilterMs"), perState},
                      {QStringLiteral("searchMs"), perSearch},
                      {QStringLiteral("worstFilterOrSearchMs"), std::max(worstState, worstSearch)},
                      {QStringLiteral("residentMiBBeforeStart"), residentBefore},
                      {QStringLiteral("residentMiB"), resident},
                      {QStringLiteral("targets"), QJsonObject{{QStringLiteral("startToMainWindowMs"), 1000},
                                                              {QStringLiteral("firstPageMs"), 50},
                                                              {QStringLiteral("filterOrSearchMs"), 100},
                                                              {QStringLiteral("residentMiB"), 150}}},
                      {QStringLiteral("met"), startMs <= 1000 && firstPage <= 50 &&
                                                  std::max(worstState, worstSearch) <= 100 && resident <= 150}});
}

} // namespace tempcards::bench
