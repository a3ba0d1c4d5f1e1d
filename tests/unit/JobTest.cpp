// SPDX-License-Identifier: Apache-2.0
// The job contract every asynchronous piece of work relies on (core/base/Job.h), on a job that does only
// what each case tells it to.
#include "Job.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QPointer>
#include <QSignalSpy>

#include <functional>

using namespace tempcards;

namespace {

class ScriptedJob : public Job
{
public:
    std::function<void(ScriptedJob &)> onRun = [](ScriptedJob &) {};
    std::function<void(ScriptedJob &)> onAbort = [](ScriptedJob &job) { job.end(2, QStringLiteral("stopped")); };
    int runs = 0;
    int aborts = 0;

    void end(int code, const QString &message) { finish(code, message); }

private:
    void run() override
    {
        ++runs;
        onRun(*this);
    }
    void abort() override
    {
        ++aborts;
        onAbort(*this);
    }
};

} // namespace

TEST_CASE("a job's work begins from the event loop, once, and finished() comes once", "[job]")
{
    ScriptedJob job;
    job.onRun = [](ScriptedJob &j) {
        j.end(0, {});
        j.end(1, QStringLiteral("too late")); // only the first finish counts
    };
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.start(); // a second start does nothing
    CHECK(job.runs == 0);
    CHECK(job.isRunning());
    CHECK(finished.isEmpty());
    QCoreApplication::processEvents();
    CHECK(job.runs == 1);
    CHECK(finished.count() == 1);
    CHECK(job.isFinished());
    CHECK_FALSE(job.isRunning());
    CHECK(job.errorCode() == 0);
    CHECK(job.errorString().isEmpty());
    job.cancel(); // after the end: nothing
    CHECK(job.aborts == 0);
}

TEST_CASE("a job that ends inside cancel() is finished at once and says so from the event loop", "[job]")
{
    ScriptedJob job;
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QCoreApplication::processEvents(); // running, nothing under way finishes by itself
    REQUIRE(job.runs == 1);
    job.cancel();
    job.cancel(); // asked once
    CHECK(job.aborts == 1);
    CHECK(job.isCancelRequested());
    CHECK(job.isFinished());
    CHECK(job.errorCode() == 2);
    CHECK(job.errorString() == QStringLiteral("stopped"));
    CHECK(finished.isEmpty()); // never from inside cancel()
    QCoreApplication::processEvents();
    CHECK(finished.count() == 1);
}

TEST_CASE("a job cancelled before its work began does not run it", "[job]")
{
    ScriptedJob job;
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.cancel();
    QCoreApplication::processEvents();
    CHECK(job.runs == 0);
    CHECK(finished.count() == 1);
    CHECK(job.errorCode() == 2);
}

TEST_CASE("a job whose abort only asks still runs and finishes when its work does", "[job]")
{
    ScriptedJob job;
    job.onAbort = [](ScriptedJob &) {}; // e.g. an answer being stored is reported anyway
    job.onRun = [](ScriptedJob &j) { j.end(j.isCancelRequested() ? 3 : 0, QStringLiteral("seen")); };
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.cancel();
    CHECK_FALSE(job.isFinished());
    QCoreApplication::processEvents();
    CHECK(job.runs == 1);
    CHECK(finished.count() == 1);
    CHECK(job.errorCode() == 3);
}

TEST_CASE("a job deleted before the event loop ran emits nothing", "[job]")
{
    int finishedCount = 0;
    {
        auto *job = new ScriptedJob;
        QObject::connect(job, &Job::finished, [&] { ++finishedCount; });
        job->start();
        job->cancel(); // finished, its signal queued
        delete job;
    }
    QCoreApplication::processEvents();
    CHECK(finishedCount == 0);
}
