// SPDX-License-Identifier: Apache-2.0
// The cardholder and circulation windows, clicked with real widgets (offscreen): an administrator imports an
// HR export (a bad file is refused whole, its lines named), an operator finds a person, assigns them a card
// from the person, sees it in the person's history and in Cards out and stock, and exports that view.
#include "CirculationDialog.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "MainWindow.h"
#include "PeopleQuery.h"
#include "PeopleView.h"
#include "TestBackend.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

PeopleView *quickSearchPeople(MainWindow *window)
{
    chooseByTyping(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")),
                   QCoreApplication::translate("tempcards::MainWindow", "Person"));
    REQUIRE(window->peopleView()->isVisible());
    return window->peopleView();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("an administrator imports people, and a refused file changes nothing and names its lines", "[gui][people]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    writeFile(bad, "employee_id,given_name,surname\nE1,Anna,Svensson\nE1,Anders,Sund\n");
    writeFile(good, "employee_id,given_name,surname,department\nE1,Anna,Svensson,HR\nE2,Anders,Sund,IT\n");
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    PeopleView *view = quickSearchPeople(window);

    click(child<QAbstractButton>(view, QStringLiteral("importPeoplePushButton")));
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("importPeopleDialog"));
    auto *file = child<QLineEdit>(dialog, QStringLiteral("fileLineEdit"));
    auto *problems = child<QPlainTextEdit>(dialog, QStringLiteral("problemsPlainTextEdit"));
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    auto *import = child<QAbstractButton>(dialog, QStringLiteral("importPushButton"));
    typeInto(file, bad);
    click(import);
    REQUIRE(waitFor([&] { return problems->isVisible(); }));
    CHECK(problems->toPlainText().contains(QStringLiteral("3")));
    CHECK(PeopleQuery::count(t.database().connection()) == 0);

    typeInto(file, good);
    click(import);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("2 added")); }));
    CHECK_FALSE(problems->isVisible());
    CHECK(PeopleQuery::count(t.database().connection()) == 2);
    click(child<QAbstractButton>(dialog, QStringLiteral("cancelPushButton")));

    // The people view finds them by the start of a name.
    QTest::keyClicks(child<QLineEdit>(view, QStringLiteral("peopleSearchLineEdit")), QStringLiteral("sv"));
    auto *found = child<QTableWidget>(view, QStringLiteral("peopleTableWidget"));
    REQUIRE(waitFor([&] { return found->rowCount() == 1; }));
    CHECK(found->item(0, 0)->text() == QStringLiteral("E1"));
    CHECK(found->item(0, 2)->text() == QStringLiteral("HR"));
}

TEST_CASE("an operator assigns a card from the person, then sees and exports what is out", "[gui][people]")
{
    TestBackend t;
    const qint64 card = t.insertCard(CardState::Unassigned);
    t.createPerson(QStringLiteral("E1"), true, QStringLiteral("Anna"), QStringLiteral("Svensson"));
    t.createPerson(QStringLiteral("E2"), false, QStringLiteral("Anders"), QStringLiteral("Sund"));
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::AssignTemporaryCard);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    PeopleView *view = quickSearchPeople(window);
    // Operators do not import.
    CHECK_FALSE(view->findChild<QWidget *>(QStringLiteral("importPeoplePushButton")));

    auto *search = child<QLineEdit>(view, QStringLiteral("peopleSearchLineEdit"));
    auto *found = child<QTableWidget>(view, QStringLiteral("peopleTableWidget"));
    QAbstractButton *assign = child<QAbstractButton>(view, QStringLiteral("assignToPersonPushButton"));
    QTest::keyClicks(search, QStringLiteral("an"));
    REQUIRE(waitFor([&] { return found->rowCount() == 2; }));
    // An inactive person cannot be given a card.
    found->selectRow(1);
    CHECK(found->item(1, 4)->text() == QStringLiteral("inactive"));
    CHECK_FALSE(assign->isEnabled());
    found->selectRow(0);
    REQUIRE(assign->isEnabled());
    click(assign);
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("assignDialog"));
    auto *cards = child<QComboBox>(dialog, QStringLiteral("cardComboBox"));
    REQUIRE(waitFor([&] { return cards->count() == 1; }));
    click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
    REQUIRE(waitFor([&] { return t.cardState(card) == QStringLiteral("assigned"); }));

    // The person's history shows the card, still held.
    auto *history = child<QTableWidget>(view, QStringLiteral("historyTableWidget"));
    REQUIRE(waitFor([&] { return history->rowCount() == 1 && history->item(0, 0); }));
    CHECK(history->item(0, 0)->text() == QString::number(card));
    CHECK(history->item(0, 4)->text() == QStringLiteral("holds it"));

    // View › Cards out and stock lists it with its holder, and exports the view.
    QAction *circulation = window->findChild<QAction *>(QStringLiteral("circulationAction"));
    REQUIRE(circulation);
    circulation->trigger();
    auto *out = waitForVisible<CirculationDialog>(QStringLiteral("circulationDialog"));
    auto *table = child<QTableView>(out, QStringLiteral("circulationTableView"));
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 1; }));
    CHECK(table->model()->index(0, 2).data().toString() == QStringLiteral("Anna Svensson"));
    CHECK(table->model()->index(0, 3).data().toString() == QStringLiteral("E1"));
    auto *message = child<QLabel>(out, QStringLiteral("circulationMessageLabel"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    out->exportTo(path);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("exported")); }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).contains("E1"));

    // The locked view has nobody; switching views reads again.
    out->showView(CirculationView::Locked);
    REQUIRE(waitFor(
        [&] { return table->model()->rowCount() == 0 && message->text().startsWith(QStringLiteral("0 card")); }));
}
