// SPDX-License-Identifier: Apache-2.0
#include "ReadChipUidJob.h"

#include <QPointer>
#include <QThread>

namespace tempcards {

// What the worker hands back, and who still wants it: `job` is null once the job was cancelled or deleted
// (only touched on the job's thread); `cancelled` is read by the worker.
struct ReadChipUidJob::Shared
{
    QPointer<ReadChipUidJob> job;
    std::atomic_bool cancelled{false};
    ChipReader::Result result;
};

ReadChipUidJob::ReadChipUidJob(int waitMs, bool newCardOnly, QObject *parent)
    : Job(parent), m_waitMs(waitMs), m_newCardOnly(newCardOnly)
{}

ReadChipUidJob::~ReadChipUidJob()
{
    cancel();
}

void ReadChipUidJob::run()
{
    m_shared = std::make_shared<Shared>();
    m_shared->job = this;
    const std::shared_ptr<Shared> shared = m_shared;
    QThread *thread = QThread::create([shared, waitMs = m_waitMs, newCardOnly = m_newCardOnly] {
        shared->result = ChipReader::readUid(waitMs, newCardOnly, shared->cancelled);
    });
    thread->setObjectName(QStringLiteral("tempcards-reader"));
    connect(thread, &QThread::finished, this, [shared] {
        ReadChipUidJob *job = shared->job;
        if (!job)
            return;
        shared->job = nullptr;
        job->m_uid = shared->result.uid;
        job->m_reader = shared->result.reader;
        job->finish(int(shared->result.error), shared->result.message);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ReadChipUidJob::abort()
{
    if (m_shared) {
        m_shared->cancelled = true;
        m_shared->job = nullptr;
    }
    finish(int(Error::Cancelled), tr("Cancelled."));
}

} // namespace tempcards
