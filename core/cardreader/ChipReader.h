// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace tempcards {

// Blocking reads from the PC/SC readers of this computer (pcsc-lite): waits for a card on any reader and
// asks it for its UID with the PC/SC GET DATA command (FF CA 00 00 00, which contactless readers answer for
// every card type). For a worker thread: it blocks up to `waitMs`, looking at `cancelled` every 200 ms.
class ChipReader
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::ChipReader)

public:
    enum class Error { None, NoService, NoReader, Timeout, CardUnreadable, Cancelled };
    struct Result
    {
        Error error = Error::None;
        QString uid;    // upper-case hex, no separators ("04A1B2C3D4E5F6"), when read
        QString reader; // the reader's name, when a card was on it
        QString message;
    };

    // With `newCardOnly`, a card already lying on a reader when the wait begins does not count until it has
    // been taken off (so the card read just before is not read again).
    static Result readUid(int waitMs, bool newCardOnly, const std::atomic_bool &cancelled);
    // The UID in a GET DATA answer (data and status word 90 00), or the reason it holds none.
    static Result parseUidAnswer(const QByteArray &answer);
};

} // namespace tempcards
