// SPDX-License-Identifier: Apache-2.0
// Auditors read the trail a page at a time with filters, export it to CSV (itself audited) and verify its
// chain; other roles are refused; the CSV reads back cell for cell.
#include "AuditService.h"
#include "CsvLine.h"
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// RFC 4180 lines back into cells: enough for what writeCsv() writes.
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            rows << (row << cell);
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

AuditService *audit(TestBackend &t)
{
    return t.backend().audit();
}

} // namespace

TEST_CASE("auditors page through the trail newest first and filter it", "[audit][reading]")
{
    TestBackend t;
    const Session auditor = t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    const Session session = orderingOperator(t, true);
    for (int i = 0; i < 7; ++i)
        order(t, session, 1);
    REQUIRE(t.auditCount(QStringLiteral("process.start")) == 7);

    // Paging: every record exactly once, newest first, however small the pages.
    QList<qint64> seen;
    qint64 before = 0;
    for (;;) {
        const AuditService::Page page = await(audit(t)->page(auditor, {}, before, 4));
        REQUIRE(page.outcome.ok);
        if (before == 0)
            CHECK(page.actions.contains(QStringLiteral("process.start")));
        for (const AuditRow &row : page.rows)
            seen << row.id;
        if (page.rows.size() < 4)
            break;
        before = page.rows.last().id;
    }
    const qint64 total =
        SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toLongLong();
    CHECK(seen.size() == total);
    QList<qint64> sorted = seen;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    CHECK(seen == sorted);
    CHECK(QSet<qint64>(seen.begin(), seen.end()).size() == seen.size());

    AuditFilter filter;
    filter.actor = QStringLiteral("olle");
    filter.action = QStringLiteral("process.start");
    auto page = await(audit(t)->page(auditor, filter, 0, 100));
    CHECK(page.rows.size() == 7);
    for (const AuditRow &row : page.rows)
        CHECK((row.actor == QStringLiteral("olle") && row.action == QStringLiteral("process.start")));
    filter = {};
    filter.object = QStringLiteral("card:");
    page = await(audit(t)->page(auditor, filter, 0, 100));
    CHECK(page.rows.size() == t.auditCount(QStringLiteral("card.state")));
    for (const AuditRow &row : page.rows)
        CHECK(row.object.startsWith(QStringLiteral("card:")));
    filter = {};
    filter.from = QDateTime::currentDateTimeUtc().addDays(1);
    CHECK(await(audit(t)->page(auditor, filter, 0, 100)).rows.isEmpty());
    filter = {};
    filter.until = QDateTime::currentDateTimeUtc().addDays(1);
    filter.outcome = QStringLiteral("success");
    CHECK(!await(audit(t)->page(auditor, filter, 0, 100)).rows.isEmpty());
    filter.object = QStringLiteral("x' OR '1'='1"); // just text
    CHECK(await(audit(t)->page(auditor, filter, 0, 100)).rows.isEmpty());
}

TEST_CASE("only auditors read, export or verify the trail", "[audit][reading]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    QTemporaryDir dir;
    for (const Session &who : {admin, operatorSession}) {
        INFO(who.userName);
        const AuditService::Page page = await(audit(t)->page(who, {}, 0, 10));
        CHECK_FALSE(page.outcome.ok);
        CHECK(page.rows.isEmpty());
        CHECK_FALSE(await(audit(t)->exportCsv(who, {}, dir.filePath(QStringLiteral("x.csv")))).ok);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
        CHECK_FALSE(await(audit(t)->verify(who)).ok);
    }
    // A deactivated auditor is refused too, whatever the session says.
    const Session auditor = t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    t.setAccountActive(QStringLiteral("aud"), false);
    CHECK_FALSE(await(audit(t)->page(auditor, {}, 0, 10)).outcome.ok);
}

TEST_CASE("the CSV export reads back cell for cell, is audited, and never half-written", "[audit][reading]")
{
    TestBackend t;
    const Session auditor = t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    // The options script in the audit record brings quotes and line breaks.
    t.setOption(QStringLiteral("goCardsLayoutId"), QStringLiteral("layout-2"));
    CHECK(CsvLine::cell(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(CsvLine::cell(QStringLiteral("-1")) == QStringLiteral("'-1"));
    CHECK(CsvLine::cell(QStringLiteral("plain")) == QStringLiteral("plain"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trail.csv"));
    const Outcome exported = await(audit(t)->exportCsv(auditor, {}, path));
    INFO(exported.message.toStdString());
    REQUIRE(exported.ok);
    const QList<QStringList> rows = readCsv(path);
    const QList<AuditRow> records = await(audit(t)->page(auditor, {}, 0, 1000)).rows;
    REQUIRE(rows.size() == records.size()); // the header plus every record before the export's own
    CHECK(rows.first().first() == QStringLiteral("id"));
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &cells = rows[i];
        REQUIRE(cells.size() == 13);
        const AuditRow &record = records[records.size() - i]; // the page is newest first and holds the export
        CHECK(cells[0].toLongLong() == record.id);
        CHECK(cells[12] == record.hash);
        const QString after = record.after.toString();
        const bool formula = !after.isEmpty() && QStringLiteral("=+-@").contains(after.front());
        CHECK(cells[7] == (formula ? QLatin1Char('\'') + after : after));
    }
    CHECK(t.auditCount(QStringLiteral("audit.export")) == 1);
    CHECK(exported.message.contains(QString::number(rows.size() - 1)));
    CHECK(await(audit(t)->verify(auditor)).ok);

    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/trail.csv"));
    const Outcome failed = await(audit(t)->exportCsv(auditor, {}, nowhere));
    CHECK_FALSE(failed.ok);
    CHECK(failed.message.contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK(t.auditCount(QStringLiteral("audit.export")) == 1);
}

TEST_CASE("Verify chain names the first bad record after the file was tampered with", "[audit][reading]")
{
    TestBackend t;
    const Session auditor = t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    const Outcome intact = await(audit(t)->verify(auditor));
    CHECK(intact.ok);
    CHECK(intact.message.contains(QStringLiteral("intact")));
    const QSqlDatabase db = t.database().connection();
    SqlQuery::run(db, dropAuditTriggers(db).first());
    const qint64 id = SqlQuery(db, QStringLiteral("SELECT MIN(id) FROM audit_log")).scalar().toLongLong();
    SqlQuery(db, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = ?")).bind(id).exec();
    const Outcome broken = await(audit(t)->verify(auditor));
    CHECK_FALSE(broken.ok);
    INFO(broken.message.toStdString());
    CHECK(broken.message.contains(QStringLiteral("NOT intact")));
    CHECK(broken.message.contains(QString::number(id)));
}
