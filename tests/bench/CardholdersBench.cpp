// SPDX-License-Identifier: Apache-2.0
// Scenario 7: cards handed out. A large stock (as the scale scenario's) and a large staff brought in through
// the people import an administrator runs; a share of the cards assigned, some past their validity, some
// expired or locked, and a history of returns. Measured: the import, the people search as the Assign dialog
// and the People view run it, the batch sync's expiry pass with its reminder list (beside a bare UPDATE of
// the same cards as its ceiling), and each circulation view as the operator opens it.
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "CirculationQuery.h"
#include "Clock.h"
#include "ExpiryPass.h"
#include "HandOutService.h"
#include "PeopleImport.h"
#include "PeopleService.h"
#include "Sql.h"

#include <QDir>
#include <QJsonArray>

#include <algorithm>

namespace tempcards::bench {

namespace {

// The staff as an HR export: employee ids E000001.., names with and without accents, eight departments,
// every fiftieth person inactive.
QByteArray staffFile(int people)
{
    static const char *given[] = {"Anna",  "Åsa",  "Björn", "Erik", "Frida", "Jörg",
                                  "Karin", "Lars", "Märta", "Olle", "Sven",  "Zoë"};
    static const char *surnames[] = {"Andersson", "Björk",   "Ekström", "Hansson",  "Lindström", "Müller", "Nilsson",
                                     "Öberg",     "Persson", "Schäfer", "Svensson", "Wagner",    "Åberg"};
    static const char *departments[] = {"Finance",   "Facilities", "IT",    "Legal",
                                        "Logistics", "Research",   "Sales", "Security"};
    QByteArray file("employee_id,given_name,surname,email,department,state\r\n");
    file.reserve(people * 64);
    for (int i = 1; i <= people; ++i) {
        file += QStringLiteral("E%1,%2,%3 %4,p%1@example.org,%5,%6\r\n")
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(QString::fromUtf8(given[i % 12]), QString::fromUtf8(surnames[(i / 12) % 13]),
                         QString::number(i / 156), QLatin1String(departments[i % 8]),
                         i % 50 == 0 ? QStringLiteral("inactive") : QStringLiteral("active"))
                    .toUtf8();
    }
    return file;
}

// The cards fillStock() left assigned, expired and locked get holders, dates and reasons as the hand-out
// processes would have left them; the holdings follow, and a tenth of the shelf has been held and returned.
// Assigned cards were given out 0 to 15 days ago with 14 days' validity: an eighth of them are past it.
int handOut(const QSqlDatabase &db, int people, const QDateTime &now)
{
    const auto at = [&](double days) { return toStorageTime(now.addSecs(qint64(days * 86400))); };
    WriteTransaction transaction(db);
    {
        const QString holder = QStringLiteral("1 + ((id / 100) * 13 + (id % 100)) % %1").arg(people);
        for (int k = 0; k < 16; ++k) {
            SqlQuery(db, QStringLiteral("UPDATE cards SET holder_id = %1, assigned_at = ?, valid_until = ? "
                                        "WHERE state = 'assigned' AND id % 16 = ?")
                             .arg(holder))
                .bind(at(-k))
                .bind(at(14 - k - 1.0 / 24))
                .bind(k)
                .exec();
        }
        SqlQuery(db, QStringLiteral("UPDATE cards SET holder_id = %1, assigned_at = ?, valid_until = ? "
                                    "WHERE state = 'expired'")
                         .arg(holder))
            .bind(at(-30))
            .bind(at(-16))
            .exec();
        SqlQuery(db, QStringLiteral("UPDATE cards SET reason = 'damaged' WHERE state = 'locked'")).exec();
        SqlQuery(db, QStringLiteral("INSERT INTO card_holdings (card_id, person_id, started_at, started_by) "
                                    "SELECT id, holder_id, assigned_at, 'olle' FROM cards WHERE holder_id IS NOT NULL"))
            .exec();
        SqlQuery(db, QStringLiteral("INSERT INTO card_holdings (card_id, person_id, started_at, started_by, ended_at, "
                                    "ended_by, end_reason) SELECT id, 1 + (id * 7) % %1, ?, 'olle', ?, 'olle', "
                                    "'no_usage' FROM cards WHERE state = 'unassigned' AND id % 100 BETWEEN 45 AND 54")
                         .arg(people))
            .bind(at(-60))
            .bind(at(-45))
            .exec();
    }
    SqlQuery overdue(db, QStringLiteral("SELECT count(*) FROM cards WHERE state = 'assigned' AND valid_until <= ?"));
    const int due = overdue.bind(toStorageTime(now)).scalar().toInt();
    transaction.commit();
    return due;
}

} // namespace

void runCardholdersScenario(const QString &folder, const Size &size)
{
    const QString path = folder + QStringLiteral("/cardholders.sqlite");
    BenchClient client(path, QUrl(QStringLiteral("http://127.0.0.1:1")));
    Backend &backend = client.backend();
    const QSqlDatabase db = client.database().connection();
    fillStock(db, size.stockCards);
    const Session importer = client.createAccount(QStringLiteral("bench-importer"), QStringLiteral("a bench password"),
                                                  {Roles::Administrator});

    // The import as an administrator runs it: the whole file parsed, compared and written in one go.
    const QByteArray file = staffFile(size.people);
    const double residentBeforeImport = residentMiB();
    PeopleImport::Result imported;
    const double importMs = timed([&] {
        // Its result is delivered on this thread (the service then says the people changed): the event loop runs.
        imported =
            await(backend.people()->importFile(importer, file, QStringLiteral("people.csv"), PeopleImport::Mode::Full));
    });
    if (!imported.ok || imported.added != size.people)
        throw BenchError("the people import failed: " + imported.message.toStdString());
    const double residentAfterImport = residentMiB();

    // Each search as the Assign dialog (50 rows) and the People view (200) ask for it; the pool answers.
    const QList<std::tuple<const char *, QString, int>> searches{
        {"employee id", QStringLiteral("E%1").arg(size.people / 2 + 7, 6, 10, QLatin1Char('0')), 1},
        {"employee id prefix", QStringLiteral("E00"), -1},
        {"surname prefix", QStringLiteral("Lind"), -1},
        {"given and surname", QStringLiteral("Märta Svensson"), -1},
        {"one letter", QStringLiteral("s"), -1},
        {"without accents", QStringLiteral("asa aberg"), -1},
        {"no match", QStringLiteral("Zzyzx"), 0}};
    QJsonObject searchMs;
    double worstSearch = 0;
    for (const int limit : {50, 200}) {
        QJsonObject perKind;
        for (const auto &[name, text, expected] : searches) {
            QList<double> times;
            PeopleService::Found found;
            for (int i = 0; i < 5; ++i)
                times << timed([&] { found = backend.people()->search(text, limit).result(); });
            const int hits = int(found.people.size());
            if (!found.problem.isEmpty() || (expected >= 0 ? hits != expected : hits == 0))
                throw BenchError(std::string("the people search found the wrong people: ") + name);
            perKind.insert(QLatin1String(name), round2(median(times)));
            worstSearch = std::max(worstSearch, median(times));
        }
        searchMs.insert(QString::number(limit), perKind);
    }

    // The batch sync's expiry pass, checked card by card against its audit trail; then a second pass that
    // finds nothing, as every run after the first that day does.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int overdue = handOut(db, size.people, now);
    QDir().mkpath(folder + QStringLiteral("/ceiling"));
    const QString copy = folder + QStringLiteral("/ceiling/copy.sqlite");
    SqlQuery(db, QStringLiteral("VACUUM INTO '%1'").arg(copy)).exec();
    const AuditLog &audit = *backend.context().audit;
    ExpiryPass::Report report;
    const double expiryMs = timed([&] {
        report = client.database()
                     .writer()
                     .run([&](QSqlDatabase &writer) { return ExpiryPass::run(writer, audit, now); })
                     .result();
    });
    const int audited = SqlQuery(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'card.state' AND "
                                                    "actor = 'batch-sync' AND after_value = 'expired'"))
                            .scalar()
                            .toInt();
    if (overdue == 0 || report.expired.size() != overdue || audited != overdue)
        throw BenchError("the expiry pass did not expire each overdue card once");
    const double idleMs = timed([&] {
        client.database()
            .writer()
            .run([&](QSqlDatabase &writer) { return ExpiryPass::run(writer, audit, now); })
            .result();
    });
    double ceilingMs = 0;
    {
        const QString name = QStringLiteral("bench-expiry-ceiling");
        {
            QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            bare.setDatabaseName(copy);
            if (!bare.open())
                throw BenchError("cannot open the ceiling's copy");
            ceilingMs = timed([&] {
                SqlQuery(bare, QStringLiteral("BEGIN IMMEDIATE")).exec();
                SqlQuery(bare, QStringLiteral("UPDATE cards SET state = 'expired' WHERE state = 'assigned' AND "
                                              "valid_until <= ?"))
                    .bind(toStorageTime(now))
                    .exec();
                SqlQuery(bare, QStringLiteral("COMMIT")).exec();
            });
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The circulation views as the main window opens them (1000 rows, the dialog's most), and the rest.
    QJsonObject viewMs;
    double worstView = 0;
    for (const CirculationView view : CirculationQuery::all()) {
        QList<double> times;
        HandOutService::View shown;
        for (int i = 0; i < 5; ++i)
            times << timed([&] { shown = backend.handOut()->view(view, 1000).result(); });
        if (!shown.problem.isEmpty() || shown.rows.isEmpty())
            throw BenchError("a circulation view showed nothing: " + CirculationQuery::objectName(view).toStdString());
        viewMs.insert(CirculationQuery::objectName(view), QJsonObject{{QStringLiteral("ms"), round2(median(times))},
                                                                      {QStringLiteral("rows"), shown.total}});
        worstView = std::max(worstView, median(times));
    }
    HandOutService::StockLevel stock;
    const double stockMs = timed([&] { stock = backend.handOut()->stock().result(); });
    HandOutService::History history;
    const double historyMs = timed([&] { history = backend.handOut()->historyOf(1, 100).result(); });
    HandOutService::CardDetails details;
    const double detailsMs = timed([&] { details = backend.handOut()->detailsOf(86, 100).result(); });
    if (!stock.problem.isEmpty() || stock.stock.unassigned == 0 || history.holdings.isEmpty() || !details.card)
        throw BenchError("the stock, a person's history or a card's details could not be read");
    Outcome exported;
    const double exportMs = timed([&] {
        exported = backend.handOut()
                       ->exportCsv(client.operatorSession(), CirculationView::InCirculation,
                                   folder + QStringLiteral("/in-circulation.csv"))
                       .result();
    });
    if (!exported.ok)
        throw BenchError("the export failed: " + exported.message.toStdString());

    print(QJsonObject{
        {QStringLiteral("scenario"), QStringLiteral("cardholders")},
        {QStringLiteral("cards"), size.stockCards},
        {QStringLiteral("people"), size.people},
        {QStringLiteral("importMs"), round1(importMs)},
        {QStringLiteral("residentMiBBeforeImport"), residentBeforeImport},
        {QStringLiteral("residentMiBAfterImport"), residentAfterImport},
        {QStringLiteral("searchMedianMs"), searchMs},
        {QStringLiteral("expiry"), QJsonObject{{QStringLiteral("cards"), overdue},
                                               {QStringLiteral("ms"), round1(expiryMs)},
                                               {QStringLiteral("cardsPerSecond"), int(overdue / (expiryMs / 1000))},
                                               {QStringLiteral("remindersListed"), report.remindersListed},
                                               {QStringLiteral("secondPassMs"), round2(idleMs)},
                                               {QStringLiteral("ceilingBareUpdateMs"), round1(ceilingMs)}}},
        {QStringLiteral("viewMedianMs"), viewMs},
        {QStringLiteral("stockMs"), round2(stockMs)},
        {QStringLiteral("personHistoryMs"), round2(historyMs)},
        {QStringLiteral("cardDetailsMs"), round2(detailsMs)},
        {QStringLiteral("exportInCirculationMs"), round1(exportMs)},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("searchMs"), 50}, {QStringLiteral("viewMs"), 100}}},
        {QStringLiteral("met"), worstSearch <= 50 && worstView <= 100}});
    printSortFigures(db, size);
}

} // namespace tempcards::bench
