// SPDX-License-Identifier: Apache-2.0
#include "Job.h"

namespace tempcards {

Job::Job(QObject *parent) : QObject(parent) {}

// The work begins from the event loop because a job's first step often finishes at once (a task the
// database writer completed before its continuation was attached runs that continuation immediately), and
// finished() must never reach a caller that is still inside start().
void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                run();
        },
        Qt::QueuedConnection);
}

void Job::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    ++m_inCall;
    abort();
    --m_inCall;
}

void Job::finish(int errorCode, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorCode = errorCode;
    m_errorString = errorString;
    if (m_inCall > 0)
        QMetaObject::invokeMethod(this, &Job::finished, Qt::QueuedConnection);
    else
        emit finished();
}

} // namespace tempcards
