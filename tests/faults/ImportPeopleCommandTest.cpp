// SPDX-License-Identifier: Apache-2.0
// tempcards-sync --import-people as the nightly job runs it, a child process on the test's database: what changed
// on standard output and exit code 0; a refused file, a missing one and one too large exit 1, say why on
// standard error, and change nothing.
#include "PeopleCsv.h"
#include "PeopleQuery.h"
#include "SyncProcess.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run importPeople(TestBackend &t, const QStringList &arguments)
{
    auto process = startClientProgram(t, QStringLiteral(TEMPCARDS_SYNC_BINARY),
                                      QStringList{QStringLiteral("--import-people")} + arguments, {},
                                      QProcess::SeparateChannels);
    REQUIRE(waitFor([&] { return process->state() == QProcess::NotRunning; }, 30000));
    REQUIRE(process->exitStatus() == QProcess::NormalExit);
    return {process->exitCode(), QString::fromUtf8(process->readAllStandardOutput()),
            QString::fromUtf8(process->readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

int peopleCount(TestBackend &t)
{
    return int(PeopleQuery::all(t.database().connection()).size());
}

} // namespace

TEST_CASE("tempcards-sync --import-people says what changed and exits 0, or names what it refused and exits 1",
          "[faults][people]")
{
    TestBackend t;
    QTemporaryDir dir;
    const QString staff = dir.filePath(QStringLiteral("staff.csv"));
    writeFile(staff, "employee_id,given_name,surname,department\nE1,Anna,Svensson,HR\nE2,Anders,Sund,IT\n");

    Run run = importPeople(t, {staff, QStringLiteral("--partial")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2 added")));
    CHECK(peopleCount(t) == 2);
    CHECK(t.auditCount(QStringLiteral("people.import"), QStringLiteral("success")) == 1);

    // A full export without E2: E2 becomes inactive.
    const QString fewer = dir.filePath(QStringLiteral("fewer.csv"));
    writeFile(fewer, "employee_id,given_name,surname,department\nE1,Anna,Svensson,HR\n");
    run = importPeople(t, {fewer, QStringLiteral("--full")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("1 set inactive")));
    CHECK_FALSE(PeopleQuery::byEmployeeId(t.database().connection(), QStringLiteral("E2"))->active);

    // A refused file: each bad line on standard error, nothing changed.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, "employee_id,given_name,surname\nE3,Cecilia,Berg\nE3,Cecilia,Berg\n,No,Id\n");
    run = importPeople(t, {bad, QStringLiteral("--partial")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("line 3"), Qt::CaseInsensitive));
    CHECK(run.err.contains(QStringLiteral("line 4"), Qt::CaseInsensitive));
    CHECK(peopleCount(t) == 2);
    CHECK_FALSE(PeopleQuery::byEmployeeId(t.database().connection(), QStringLiteral("E3")));

    // A file that is not there, and one larger than the cap (sparse: it takes no room), are not read at all.
    run = importPeople(t, {dir.filePath(QStringLiteral("missing.csv"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("could not be read")));
    const QString huge = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(PeopleCsv::kMaxFileBytes + 1));
    }
    run = importPeople(t, {huge});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("it is too large")));
    CHECK(peopleCount(t) == 2);
    CHECK(t.auditCount(QStringLiteral("people.import"), QStringLiteral("success")) == 2);
}
