// SPDX-License-Identifier: Apache-2.0
// The hostile-input catalogue through the cardholder windows, clicked offscreen: the lock reason, the person
// searches (the people view and the Assign dialog) and the import dialog's file path. Refusals are said
// readably and change nothing; what is accepted is stored exactly as typed; no search raises a database error.
#include "CardHandOut.h"
#include "CardQuery.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "HostileFields.h"
#include "MainWindow.h"
#include "TestBackend.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

void checkReadable(const QLabel *message)
{
    INFO("said: " << message->text().left(300).toStdString());
    CHECK(message->text().size() < 600);
    CHECK_FALSE(InputText::hasInvisible(message->text()));
}

QDialog *openLock(MainWindow *window, qint64 card)
{
    selectCards(window, {card});
    click(child<QAbstractButton>(window, QStringLiteral("lockTemporaryCardPushButton")));
    return waitForVisible<QDialog>(QStringLiteral("lockDialog"));
}

} // namespace

TEST_CASE("hostile input: the lock reason", "[gui][hostile][handout]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::LockTemporaryCard);
    const qint64 first = t.insertCard(CardState::Unassigned);
    const qint64 second = t.insertCard(CardState::Unassigned);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    REQUIRE(waitFor([&] { return window->temporaryCardView()->model()->rowOf(second) >= 0; }));

    QDialog *dialog = openLock(window, first);
    auto *reason = child<QLineEdit>(dialog, QStringLiteral("reasonLineEdit"));
    auto *next = child<QAbstractButton>(dialog, QStringLiteral("nextPushButton"));
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    for (const HostileText &h : hostileTexts()) {
        INFO(h.name);
        paste(reason, h.text);
        switch (h.kind) {
        case Hostile::Empty: // Next waits for a reason
            CHECK_FALSE(next->isEnabled());
            break;
        case Hostile::Control:
        case Hostile::RightToLeft:
            message->clear();
            click(next);
            CHECK(waitFor([&] { return message->text().contains(QStringLiteral("control or invisible")); }));
            checkReadable(message);
            CHECK(dialog->isVisible());
            CHECK(reason->text() == h.text); // kept, to be mended
            CHECK(t.cardState(first) == QStringLiteral("unassigned"));
            break;
        case Hostile::Long: // cut to the longest reason kept, which is then taken
        case Hostile::Sql:
            break; // below, each on a card of its own
        }
    }
    CHECK(t.auditCount(QStringLiteral("card.state")) == 0);

    // 10,000 characters are cut to the longest reason kept, and that is taken as it is.
    paste(reason, hostileTexts().at(1).text);
    CHECK(reason->text().size() == CardHandOut::kMaxReasonLength);
    click(next);
    REQUIRE(waitFor([&] { return t.cardState(first) == QStringLiteral("locked"); }));
    CHECK(CardQuery::byId(t.database().connection(), first)->reason ==
          QString(CardHandOut::kMaxReasonLength, QLatin1Char('a')));
    // SQL metacharacters are text: stored as typed, and the cards are all still there.
    const QString sql = hostileTexts().at(3).text;
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("lockDialog")); }));
    dialog = openLock(window, second);
    paste(child<QLineEdit>(dialog, QStringLiteral("reasonLineEdit")), sql);
    click(child<QAbstractButton>(dialog, QStringLiteral("nextPushButton")));
    REQUIRE(waitFor([&] { return t.cardState(second) == QStringLiteral("locked"); }));
    CHECK(CardQuery::byId(t.database().connection(), second)->reason == sql);
    CHECK(t.cardCount() == 2);
}

TEST_CASE("hostile input: the person searches and the import dialog's file", "[gui][hostile][people]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("anna"), {Roles::Operator, Roles::Administrator});
    t.enableProcess(ProcessId::AssignTemporaryCard);
    const qint64 card = t.insertCard(CardState::Unassigned);
    t.createPerson(QStringLiteral("E1"), true, QStringLiteral("Anna"), QStringLiteral("Svensson"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("anna"));

    // The people view: each text finds nobody, and none is an error.
    chooseByTyping(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")), QStringLiteral("Person"));
    auto *search = child<QLineEdit>(window, QStringLiteral("peopleSearchLineEdit"));
    auto *found = child<QTableWidget>(window, QStringLiteral("peopleTableWidget"));
    auto *said = child<QLabel>(window, QStringLiteral("peopleMessageLabel"));
    for (const HostileText &h : hostileTexts()) {
        INFO(h.name);
        paste(search, QStringLiteral("Anna"));
        REQUIRE(waitFor([&] { return found->rowCount() == 1; }));
        paste(search, h.text);
        const QString expected = h.kind == Hostile::Empty ? QStringLiteral("Type a name") : QStringLiteral("0 ");
        CHECK(waitFor([&] { return found->rowCount() == 0 && said->text().startsWith(expected); }));
        checkReadable(said);
    }

    // The Assign dialog's search, the same way.
    quickSearchTemporaryCards(window);
    selectCards(window, {card});
    click(child<QAbstractButton>(window, QStringLiteral("assignTemporaryCardPushButton")));
    auto *assign = waitForVisible<QDialog>(QStringLiteral("assignDialog"));
    auto *person = child<QLineEdit>(assign, QStringLiteral("personSearchLineEdit"));
    auto *people = child<QListWidget>(assign, QStringLiteral("peopleListWidget"));
    for (const HostileText &h : hostileTexts()) {
        INFO(h.name);
        paste(person, QStringLiteral("E1"));
        REQUIRE(waitFor([&] { return people->count() == 1; }));
        paste(person, h.text);
        CHECK(waitFor([&] { return people->count() == 0; }));
        CHECK_FALSE(child<QAbstractButton>(assign, QStringLiteral("nextPushButton"))->isEnabled());
        checkReadable(child<QLabel>(assign, QStringLiteral("messageLabel")));
    }
    click(child<QAbstractButton>(assign, QStringLiteral("cancelPushButton")));
    CHECK(t.cardState(card) == QStringLiteral("unassigned"));

    // The import dialog: every path is refused readably, and nobody is added.
    chooseByTyping(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")), QStringLiteral("Person"));
    click(child<QAbstractButton>(window, QStringLiteral("importPeoplePushButton")));
    auto *import = waitForVisible<QDialog>(QStringLiteral("importPeopleDialog"));
    RefusalCase file{import, QStringLiteral("fileLineEdit"), QStringLiteral("importPushButton")};
    file.unchanged = [&] { CHECK(t.auditCount(QStringLiteral("people.import")) == 0); };
    const QString unread = QStringLiteral("could not be read");
    checkRefusals(file, {{Hostile::Empty, QStringLiteral("Choose the file to import.")},
                         {Hostile::Long, unread},
                         {Hostile::Control, unread},
                         {Hostile::Sql, unread},
                         {Hostile::RightToLeft, unread}});
}
