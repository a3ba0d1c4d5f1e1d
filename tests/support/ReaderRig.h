// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLockFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

namespace tempcards::test {

// A PC/SC card reader for the tests: pcsc-lite's own daemon (pcscd) started with a reader of vsmartcard's
// virtual reader driver (vpcd), into which VirtualCard puts a card. pcscd listens where every PC/SC program
// looks (/run/pcscd), so it needs root and no other pcscd running; one rig at a time on the computer (a lock
// file). Stopped in the destructor. Used by the [pcsc] tests (scripts/reader-test.sh).
class ReaderRig
{
public:
    static constexpr quint16 kPort = 0x9C5B; // vpcd's port for the virtual card: 40027
    ReaderRig();
    ~ReaderRig();
    ReaderRig(const ReaderRig &) = delete;
    ReaderRig &operator=(const ReaderRig &) = delete;

    // Empty when the reader is up; otherwise why not.
    QString problem() const { return m_problem; }

private:
    QLockFile m_lock;
    QTemporaryDir m_dir;
    QProcess m_pcscd;
    QString m_problem;
};

// A contactless card as vpcd's virtual card protocol speaks it (a TCP connection to the reader's port, each
// message a 2-byte big-endian length and its bytes): connected, the card lies on the reader; it answers the
// reader's requests for its ATR, and GET DATA (FF CA 00 00 00) with its UID and 90 00, or with the status
// word it is told to refuse with. Lives on the test's thread; needs its event loop running.
class VirtualCard : public QObject
{
    Q_OBJECT

public:
    explicit VirtualCard(const QByteArray &uid, quint16 port = ReaderRig::kPort);
    // Puts the card on the reader, and takes it off.
    void put();
    void takeOff();
    bool isOnReader() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // The status word to answer GET DATA with instead of the UID (0: the UID).
    void refuseWith(quint16 statusWord) { m_refusal = statusWord; }
    int uidRequests() const { return m_uidRequests; }

private:
    void onReadyRead();
    void send(const QByteArray &message);

    QByteArray m_uid;
    quint16 m_port;
    quint16 m_refusal = 0;
    int m_uidRequests = 0;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace tempcards::test
