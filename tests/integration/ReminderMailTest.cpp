// SPDX-License-Identifier: Apache-2.0
// Expiry reminders by mail, through a real SMTP server, across simulated days: sent on exactly the options'
// days, once each, in the holder's language, to the holder (and the operators' copy in the envelope only);
// a message the server refuses, defers or cuts is sent again by the next run, once; with no mail server they
// are only listed.
#include "CardHandOut.h"
#include "CirculationQuery.h"
#include "HandOutService.h"
#include "MailConnectionService.h"
#include "MailServer.h"
#include "Sql.h"
#include "TestBackend.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

namespace {

constexpr const char *kCopy = "card-desk@example.org";

TestBackend::Options withFakeClock()
{
    TestBackend::Options options;
    options.fakeClock = true;
    return options;
}

struct Desk
{
    explicit Desk(TestBackend &t) : t(t)
    {
        t.enableProcess(ProcessId::AssignTemporaryCard);
        t.enableProcess(ProcessId::ExtendTemporaryCard);
        op = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
        admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    }
    // An unassigned card handed to a new person with this language.
    qint64 handOut(const QString &employeeId, const QString &language)
    {
        const qint64 person = t.createPerson(employeeId, true, QStringLiteral("Kim"), employeeId);
        SqlQuery(t.database().connection(), QStringLiteral("UPDATE people SET language = ? WHERE id = ?"))
            .bind(language)
            .bind(person)
            .exec();
        const qint64 card = t.insertCard(CardState::Unassigned);
        REQUIRE(await(t.backend().handOut()->assign(op, card, person)).ok);
        return card;
    }
    void useMail(const MailServer &server)
    {
        MailConfig config = server.config();
        config.copyTo = QString::fromLatin1(kCopy);
        REQUIRE(await(t.backend().mail()->save(admin, config)).ok);
    }
    // The reminder row of a card due today: attempts, sent or not, last error.
    std::tuple<int, bool, QString> state(qint64 card)
    {
        SqlQuery query(t.database().connection(),
                       QStringLiteral("SELECT attempts, sent_at IS NOT NULL, last_error FROM expiry_reminders "
                                      "WHERE card_id = ? ORDER BY due_on DESC LIMIT 1"));
        query.bind(card).exec();
        REQUIRE(query.next());
        return {query.value(0).toInt(), query.value(1).toBool(), query.value(2).toString()};
    }

    TestBackend &t;
    Session op;
    Session admin;
};

} // namespace

TEST_CASE("reminders go out on exactly the options' days once each in the holder's language", "[mail][reminders]")
{
    MailServer server;
    TestBackend t(withFakeClock());
    Desk desk(t);
    desk.useMail(server);
    t.setOption(QStringLiteral("TempCardsValidityDays"), 10);
    const qint64 german = desk.handOut(QStringLiteral("E1"), QStringLiteral("de-AT"));
    const qint64 swedish = desk.handOut(QStringLiteral("E2"), QStringLiteral("sv"));
    const qint64 english = desk.handOut(QStringLiteral("E3"), QString());
    // Reminders 7 and 3 days before, then every day: due on days 3, 7, 8 and 9 (the card expires on day 10).
    QList<int> mailDays;
    for (int day = 0; day <= 12; ++day) {
        INFO("day " << day);
        const qsizetype before = server.received().size();
        const BatchSyncJob::Report report = t.runSync();
        CHECK(report.reminderProblem.isEmpty());
        const qsizetype sent = server.received().size() - before;
        CHECK(report.remindersSent == sent);
        if (sent > 0) {
            CHECK(sent == 3);
            mailDays << day;
        }
        // A second run the same day sends nothing again.
        CHECK(t.runSync().remindersSent == 0);
        CHECK(server.received().size() == before + sent);
        t.fakeClock().advance(24 * 3600);
    }
    CHECK(mailDays == QList<int>{3, 7, 8, 9});
    const QList<MailServer::Received> received = server.received();
    REQUIRE(received.size() == 12);
    QSet<QString> ids;
    for (const MailServer::Received &mail : received) {
        const QString to = mail.header("To");
        INFO(to.toStdString() << " " << mail.header("Subject").toStdString());
        // The holder in the headers; the copy only in the envelope.
        CHECK(mail.to.size() == 2);
        CHECK(mail.to.contains(QString::fromLatin1(kCopy)));
        CHECK_FALSE(mail.header("To").contains(QString::fromLatin1(kCopy)));
        CHECK(mail.header("Bcc").isEmpty());
        const QString subject = mail.header("Subject");
        if (to.contains(QStringLiteral("E1@"))) {
            CHECK(subject.contains(QStringLiteral("Ihre")));
            CHECK(subject.contains(QString::number(german)));
        } else if (to.contains(QStringLiteral("E2@"))) {
            CHECK(subject.contains(QStringLiteral("Ditt")));
            CHECK(subject.contains(QString::number(swedish)));
        } else {
            CHECK(to.contains(QStringLiteral("E3@")));
            CHECK(subject.startsWith(QStringLiteral("Your temporary card %1 expires on").arg(english)));
            CHECK(mail.body().contains(QStringLiteral("Hello Kim,")));
        }
        ids.insert(mail.header("Message-ID"));
    }
    CHECK(ids.size() == 12); // one per card and day
    CHECK(ids.contains(QStringLiteral("<reminder.%1.%2@example.org>")
                           .arg(english)
                           .arg(t.fakeClock().nowUtc().date().addDays(-10).toString(Qt::ISODate))));
    // Each send audited with where it went, never with its text.
    CHECK(t.auditCount(QStringLiteral("reminder.send"), QStringLiteral("success")) == 12);
    const QString audited = t.auditText();
    CHECK(audited.contains(QStringLiteral("to E1@example.org")));
    CHECK_FALSE(audited.contains(QStringLiteral("Hello Kim")));
    CHECK_FALSE(audited.contains(server.config().password));
}

TEST_CASE("a message the server refuses defers or cuts is sent again by the next run once", "[mail][reminders]")
{
    MailServer server;
    TestBackend t(withFakeClock());
    Desk desk(t);
    desk.useMail(server);
    t.setOption(QStringLiteral("TempCardsValidityDays"), 7); // due at once: seven days left
    for (const char *mode : {"cut", "reject", "defer"}) {
        INFO(mode);
        const qint64 card = desk.handOut(QStringLiteral("E-%1").arg(QLatin1String(mode)), QString());
        const qsizetype before = server.received().size();
        server.failNext(QLatin1String(mode));
        const BatchSyncJob::Report failed = t.runSync();
        CHECK(failed.remindersSent == 0);
        CHECK(failed.remindersNotSent == 1);
        CHECK(failed.reminderProblem.contains(QStringLiteral("tried again at the next run")));
        CHECK(server.received().size() == before);
        auto [attempts, sent, error] = desk.state(card);
        CHECK(attempts == 1);
        CHECK_FALSE(sent);
        CHECK_FALSE(error.isEmpty());
        // The administrator sees why in the due reminders' view.
        const auto rows = CirculationQuery::rows(t.database().connection(), CirculationView::DueReminders,
                                                 t.fakeClock().nowUtc(), 100);
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.card.id == card; });
        REQUIRE(row != rows.cend());
        CHECK(row->reminderError == error);
        CHECK_FALSE(row->reminderSentAt.isValid());

        const BatchSyncJob::Report again = t.runSync();
        CHECK(again.remindersSent == 1);
        CHECK(again.reminderProblem.isEmpty());
        CHECK(server.received().size() == before + 1);
        std::tie(attempts, sent, error) = desk.state(card);
        CHECK(attempts == 2);
        CHECK(sent);
        CHECK(error.isEmpty());
        CHECK(t.runSync().remindersSent == 0);
        CHECK(server.received().size() == before + 1);
    }
    CHECK(t.auditCount(QStringLiteral("reminder.send"), QStringLiteral("failure")) == 3);
    CHECK(t.auditCount(QStringLiteral("reminder.send"), QStringLiteral("success")) == 3);
}

TEST_CASE("a server that cannot be reached stops the reminders of a run and says so", "[mail][reminders]")
{
    TestBackend t(withFakeClock());
    Desk desk(t);
    std::optional<MailServer> server;
    server.emplace();
    desk.useMail(*server);
    server.reset(); // stopped: nothing listens on its port any more
    t.setOption(QStringLiteral("TempCardsValidityDays"), 7);
    const qint64 first = desk.handOut(QStringLiteral("E1"), QString());
    const qint64 second = desk.handOut(QStringLiteral("E2"), QString());
    const BatchSyncJob::Report report = t.runSync();
    CHECK(report.remindersSent == 0);
    CHECK(report.remindersNotSent == 1); // the first; the second was not tried
    CHECK_FALSE(report.reminderProblem.isEmpty());
    CHECK(std::get<0>(desk.state(first)) == 1);
    CHECK(std::get<0>(desk.state(second)) == 0);
    // The same reason again is not audited again.
    t.runSync();
    CHECK(std::get<0>(desk.state(first)) == 2);
    CHECK(t.auditCount(QStringLiteral("reminder.send"), QStringLiteral("failure")) == 1);
}

TEST_CASE("with no mail server the due reminders are listed and nothing is sent", "[mail][reminders]")
{
    TestBackend t(withFakeClock());
    Desk desk(t);
    t.setOption(QStringLiteral("TempCardsValidityDays"), 7);
    const qint64 card = desk.handOut(QStringLiteral("E1"), QStringLiteral("de"));
    const BatchSyncJob::Report report = t.runSync();
    CHECK(report.remindersListed == 1);
    CHECK(report.remindersSent == 0);
    CHECK(report.reminderProblem.isEmpty());
    CHECK(desk.state(card) == std::tuple<int, bool, QString>{0, false, QString()});
    CHECK(t.auditCount(QStringLiteral("reminder.send")) == 0);
}

TEST_CASE("a holder without an e-mail address is named and the others still get theirs", "[mail][reminders]")
{
    MailServer server;
    TestBackend t(withFakeClock());
    Desk desk(t);
    desk.useMail(server);
    t.setOption(QStringLiteral("TempCardsValidityDays"), 7);
    const qint64 nobody = desk.handOut(QStringLiteral("E1"), QString());
    SqlQuery::run(t.database().connection(), QStringLiteral("UPDATE people SET email = '' WHERE employee_id = 'E1'"));
    const qint64 someone = desk.handOut(QStringLiteral("E2"), QString());
    const BatchSyncJob::Report report = t.runSync();
    CHECK(report.remindersSent == 1);
    CHECK(report.remindersNotSent == 1);
    CHECK(report.reminderProblem.contains(QStringLiteral("no e-mail address")));
    REQUIRE(server.received().size() == 1);
    CHECK(server.received().first().header("To") == QStringLiteral("E2@example.org"));
    CHECK(std::get<0>(desk.state(nobody)) == 0); // never begun: nothing could be sent
    CHECK(std::get<1>(desk.state(someone)));
}
