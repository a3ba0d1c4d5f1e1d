// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ChipReader.h"
#include "Job.h"

#include <memory>

namespace tempcards {

// Waits for a card on a PC/SC reader and reads its chip UID, on a thread of its own (pcsc-lite blocks). A
// Job: finished() comes on the thread that called start(); errorCode() is a ChipReader::Error. NoService and
// NoReader come at once when this computer has no reader, so the caller can offer typing instead; Timeout
// after `waitMs` without a card. cancel() finishes at once, Cancelled; the worker stops within 200 ms.
class ReadChipUidJob : public Job
{
    Q_OBJECT

public:
    using Error = ChipReader::Error;

    // `newCardOnly`: see ChipReader::readUid.
    explicit ReadChipUidJob(int waitMs, bool newCardOnly, QObject *parent = nullptr);
    ~ReadChipUidJob() override;

    Error error() const { return Error(errorCode()); }
    QString uid() const { return m_uid; }
    QString reader() const { return m_reader; }

private:
    struct Shared;
    void run() override;
    void abort() override;

    int m_waitMs;
    bool m_newCardOnly;
    QString m_uid;
    QString m_reader;
    std::shared_ptr<Shared> m_shared;
};

} // namespace tempcards
