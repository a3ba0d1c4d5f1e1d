// SPDX-License-Identifier: Apache-2.0
// View › Cards out and stock, every view chosen in its combo box as an operator does: each lists the cards it
// promises and no others, with the columns that view needs (the holder, the state, the lock's reason, the
// reminder's day), the stock beside them, and Export CSV… of a view that is not the first.
#include "CirculationDialog.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "HandOutService.h"
#include "MainWindow.h"
#include "TestBackend.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// The view's rows as {card id: the cell under `header`}, in the table's order.
QList<std::pair<qint64, QString>> cellsUnder(QTableView *table, const QString &header)
{
    QAbstractItemModel *model = table->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            column = c;
    }
    REQUIRE(column >= 0);
    QList<std::pair<qint64, QString>> cells;
    for (int r = 0; r < model->rowCount(); ++r)
        cells.append({model->index(r, 0).data().toLongLong(), model->index(r, column).data().toString()});
    return cells;
}

// Two titles start "Cards" and two "Expir": a keyboard user goes to the first and steps down with the arrows.
void choose(QComboBox *views, CirculationView view)
{
    views->setFocus();
    QTest::keyClick(views, Qt::Key_Home);
    for (int i = 0; i < int(CirculationQuery::all().indexOf(view)); ++i)
        QTest::keyClick(views, Qt::Key_Down);
    REQUIRE_FALSE(views->view()->isVisible());
    REQUIRE(views->currentText() == CirculationQuery::title(view));
}

} // namespace

TEST_CASE("each circulation view lists its cards with the columns it needs, and exports what it shows",
          "[gui][handout][views]")
{
    TestBackend t;
    Session op = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    for (const ProcessId id : {ProcessId::AssignTemporaryCard, ProcessId::LockTemporaryCard})
        t.enableProcess(id);
    HandOutService *handOut = t.backend().handOut();
    const qint64 anna = t.createPerson(QStringLiteral("E1"), true, QStringLiteral("Anna"), QStringLiteral("Svensson"));
    const qint64 bo = t.createPerson(QStringLiteral("E2"), true, QStringLiteral("Bo"), QStringLiteral("Ek"));
    // Bo's card is valid the default 14 days, then Bo leaves; Anna's is valid 7, so its first reminder is due
    // today; the holder of a card inserted as assigned has 4 days left, and one held card has expired.
    const qint64 bos = t.insertCard(CardState::Unassigned);
    REQUIRE(await(handOut->assign(op, bos, bo)).ok);
    t.setPersonActive(QStringLiteral("E2"), false);
    t.setOption(QStringLiteral("TempCardsValidityDays"), 7);
    const qint64 annas = t.insertCard(CardState::Unassigned);
    REQUIRE(await(handOut->assign(op, annas, anna)).ok);
    const qint64 fourDays = t.insertCard(CardState::Assigned);
    const qint64 expired = t.insertCard(CardState::Expired);
    const qint64 locked = t.insertCard(CardState::Unassigned);
    REQUIRE(await(handOut->lock(op, {locked}, QStringLiteral("dropped in the canal"))).ok);
    t.insertCard(CardState::Unassigned);
    t.insertCard(CardState::Produced);
    t.insertCard(CardState::Produced);
    REQUIRE(t.runSync().remindersListed >= 1);

    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    window->findChild<QAction *>(QStringLiteral("circulationAction"))->trigger();
    auto *dialog = waitForVisible<CirculationDialog>(QStringLiteral("circulationDialog"));
    auto *views = child<QComboBox>(dialog, QStringLiteral("viewComboBox"));
    auto *table = child<QTableView>(dialog, QStringLiteral("circulationTableView"));
    auto *message = child<QLabel>(dialog, QStringLiteral("circulationMessageLabel"));
    auto *stock = child<QLabel>(dialog, QStringLiteral("stockLabel"));
    REQUIRE(waitFor([&] { return stock->text().contains(QStringLiteral("1 unassigned, 2 on the way")); }));

    // Each view in turn through the combo box, until the table holds its cards (several views hold one, so the
    // count alone would pass on the view before) and the message says how many.
    const auto show = [&](CirculationView view, const QList<qint64> &cards) {
        choose(views, view);
        REQUIRE(dialog->currentView() == view);
        const int rows = int(cards.size());
        const QString counted = rows == 1 ? QStringLiteral("1 card.") : QStringLiteral("%1 cards.").arg(rows);
        REQUIRE(waitFor([&] {
            QList<qint64> shown;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                shown << table->model()->index(r, 0).data().toLongLong();
            return shown == cards && message->text().startsWith(counted);
        }));
    };
    const QString holder = QStringLiteral("Holder");
    show(CirculationView::InCirculation, {fourDays, annas, bos}); // soonest to run out first
    const auto out = cellsUnder(table, holder);
    CHECK(out.at(1) == std::pair<qint64, QString>{annas, QStringLiteral("Anna Svensson")});
    CHECK(out.at(2) == std::pair<qint64, QString>{bos, QStringLiteral("Bo Ek")});

    show(CirculationView::ExpiringSoon, {fourDays, annas});
    CHECK(cellsUnder(table, holder).at(1) == std::pair<qint64, QString>{annas, QStringLiteral("Anna Svensson")});

    show(CirculationView::ExpiredNotReturned, {expired});
    CHECK(cellsUnder(table, QStringLiteral("State")).first() ==
          std::pair<qint64, QString>{expired, CardStates::displayName(CardState::Expired)});
    CHECK(cellsUnder(table, QStringLiteral("Employee id")).first().second.startsWith(QStringLiteral("holder-")));

    show(CirculationView::Locked, {locked});
    CHECK(cellsUnder(table, QStringLiteral("Reason")).first() ==
          std::pair<qint64, QString>{locked, QStringLiteral("dropped in the canal")});

    show(CirculationView::NeedingAttention, {bos});
    CHECK(cellsUnder(table, holder).first() == std::pair<qint64, QString>{bos, QStringLiteral("Bo Ek")});
    CHECK(cellsUnder(table, QStringLiteral("Employee id")).first().second == QStringLiteral("E2"));

    show(CirculationView::DueReminders, {annas});
    const auto reminder = cellsUnder(table, QStringLiteral("Reminder due")).first();
    CHECK(reminder.first == annas);
    CHECK(reminder.second.endsWith(QStringLiteral(", 7 days before")));
    // No mail server: the reminders are only listed, and the view says so.
    CHECK(cellsUnder(table, QStringLiteral("Mail")).first().second ==
          QStringLiteral("Listed only: no mail server is set"));
    CHECK(message->text().contains(QStringLiteral("only listed here and nothing is sent")));

    // Export CSV… writes the view on screen: the locked cards, with the reason.
    show(CirculationView::Locked, {locked});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.csv"));
    dialog->exportTo(path);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("exported")); }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(QByteArray::number(locked) + ",locked,"));
    CHECK(lines.at(1).contains("dropped in the canal"));
}
