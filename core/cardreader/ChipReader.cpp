// SPDX-License-Identifier: Apache-2.0
#include "ChipReader.h"

#include <QDeadlineTimer>

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <cstring>
#include <vector>

namespace tempcards {

namespace {

constexpr DWORD kSliceMs = 200;

ChipReader::Result failure(ChipReader::Error error, const QString &message)
{
    ChipReader::Result result;
    result.error = error;
    result.message = message;
    return result;
}

QString describe(LONG code)
{
    return QString::fromUtf8(pcsc_stringify_error(code));
}

// The reader names, or empty when there are none.
QStringList readerNames(SCARDCONTEXT context)
{
    DWORD size = 0;
    if (SCardListReaders(context, nullptr, nullptr, &size) != SCARD_S_SUCCESS || size == 0)
        return {};
    std::vector<char> buffer(size);
    if (SCardListReaders(context, nullptr, buffer.data(), &size) != SCARD_S_SUCCESS)
        return {};
    QStringList names;
    for (const char *name = buffer.data(); *name; name += strlen(name) + 1)
        names << QString::fromUtf8(name);
    return names;
}

ChipReader::Result readFrom(SCARDCONTEXT context, const QString &reader)
{
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    const QByteArray name = reader.toUtf8();
    LONG rv = SCardConnect(context, name.constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card,
                           &protocol);
    if (rv != SCARD_S_SUCCESS)
        return failure(ChipReader::Error::CardUnreadable,
                       ChipReader::tr("The card on %1 cannot be read: %2").arg(reader, describe(rv)));
    const BYTE getUid[] = {0xFF, 0xCA, 0x00, 0x00, 0x00};
    BYTE answer[258];
    DWORD length = sizeof(answer);
    const SCARD_IO_REQUEST *pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    rv = SCardTransmit(card, pci, getUid, sizeof(getUid), nullptr, answer, &length);
    SCardDisconnect(card, SCARD_LEAVE_CARD);
    if (rv != SCARD_S_SUCCESS)
        return failure(ChipReader::Error::CardUnreadable,
                       ChipReader::tr("The card on %1 cannot be read: %2").arg(reader, describe(rv)));
    ChipReader::Result result =
        ChipReader::parseUidAnswer(QByteArray(reinterpret_cast<const char *>(answer), int(length)));
    result.reader = reader;
    if (result.error != ChipReader::Error::None)
        result.message = ChipReader::tr("%1: %2").arg(reader, result.message);
    return result;
}

} // namespace

ChipReader::Result ChipReader::parseUidAnswer(const QByteArray &answer)
{
    if (answer.size() < 2)
        return failure(Error::CardUnreadable, tr("the reader gave no answer to the request for the UID."));
    const auto sw1 = uchar(answer.at(answer.size() - 2));
    const auto sw2 = uchar(answer.at(answer.size() - 1));
    if (sw1 != 0x90 || sw2 != 0x00) {
        const QString status =
            QStringLiteral("%1%2").arg(sw1, 2, 16, QLatin1Char('0')).arg(sw2, 2, 16, QLatin1Char('0')).toUpper();
        return failure(Error::CardUnreadable,
                       sw1 == 0x6A && sw2 == 0x81
                           ? tr("the reader cannot tell this card's UID (status %1).").arg(status)
                           : tr("the card refused to give its UID (status %1).").arg(status));
    }
    const QByteArray uid = answer.left(answer.size() - 2);
    if (uid.isEmpty() || uid.size() > 10) // ISO/IEC 14443 UIDs have 4, 7 or 10 bytes
        return failure(Error::CardUnreadable,
                       tr("the card gave a UID of %n byte(s), which no card has.", nullptr, int(uid.size())));
    Result result;
    result.uid = QString::fromLatin1(uid.toHex().toUpper());
    return result;
}

ChipReader::Result ChipReader::readUid(int waitMs, bool newCardOnly, const std::atomic_bool &cancelled)
{
    SCARDCONTEXT context = 0;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS)
        return failure(Error::NoService, tr("No card reader service is running (pcscd)."));
    struct Release
    {
        SCARDCONTEXT context;
        ~Release() { SCardReleaseContext(context); }
    } release{context};

    const QStringList names = readerNames(context);
    if (names.isEmpty())
        return failure(Error::NoReader, tr("No card reader is connected."));
    std::vector<QByteArray> utf8;
    for (const QString &name : names)
        utf8.push_back(name.toUtf8());
    std::vector<SCARD_READERSTATE> states(names.size());
    for (size_t i = 0; i < states.size(); ++i) {
        states[i] = {};
        states[i].szReader = utf8[i].constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    std::vector<bool> stale(names.size(), false); // a card that was there when the wait began
    bool first = true;
    const QDeadlineTimer deadline(waitMs);
    while (!cancelled) {
        rv = SCardGetStatusChange(context, first ? 0 : kSliceMs, states.data(), DWORD(states.size()));
        if (rv == SCARD_E_CANCELLED || cancelled)
            break;
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
            return failure(Error::NoReader, tr("The card reader went away: %1").arg(describe(rv)));
        for (size_t i = 0; i < states.size(); ++i) {
            const DWORD state = states[i].dwEventState;
            const bool present = (state & SCARD_STATE_PRESENT) && !(state & SCARD_STATE_MUTE);
            if (first && newCardOnly && present)
                stale[i] = true;
            if (state & SCARD_STATE_EMPTY)
                stale[i] = false;
            if (present && !stale[i])
                return readFrom(context, names.at(int(i)));
            states[i].dwCurrentState = state & ~SCARD_STATE_CHANGED;
        }
        first = false;
        if (deadline.hasExpired())
            return failure(Error::Timeout, tr("No card was put on the reader."));
    }
    return failure(Error::Cancelled, tr("Cancelled."));
}

} // namespace tempcards
