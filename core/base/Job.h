// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

namespace tempcards {

// The one contract of every asynchronous piece of work in tempcards (a call to Go Cards, a batch sync run,
// opening a database, ...), so that callers can rely on it without reading each job:
// - start() only schedules the work: run() begins from the event loop, never inside start(). A second
//   start() does nothing.
// - cancel() asks the job to stop (abort()); what it then reports is the job's own (most say cancelled; a
//   job whose answer is already being stored reports that answer). Calls after the first, or after the
//   job finished, do nothing.
// - finished() is emitted exactly once, never from inside start() or cancel(): a finish() reached from
//   there is recorded at once and announced from the event loop.
// - After finished(), errorCode() is 0 when the job succeeded, or one of the job's own error codes (each
//   job names them as an enum, read through its error()); errorString() is a sentence for the user.
// Jobs live on the thread that created them; a job deleted before it finished emits nothing.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject *parent = nullptr);

    void start();
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool isCancelRequested() const { return m_cancelRequested; }
    int errorCode() const { return m_errorCode; }
    QString errorString() const { return m_errorString; }

signals:
    void finished();

protected:
    // The work, from the event loop after start(); not called when the job finished before (cancelled).
    virtual void run() = 0;
    // Stop what is under way; finish() now or once it has stopped.
    virtual void abort() = 0;
    // Records the outcome and announces it; only the first call counts.
    void finish(int errorCode, const QString &errorString);

private:
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    int m_inCall = 0; // start() or cancel() is on the stack
    int m_errorCode = 0;
    QString m_errorString;
};

} // namespace tempcards
