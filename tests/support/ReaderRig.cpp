// SPDX-License-Identifier: Apache-2.0
#include "ReaderRig.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QtEndian>

#include <unistd.h>

namespace tempcards::test {

namespace {
const QString kSocket = QStringLiteral("/run/pcscd/pcscd.comm");
// A contactless card's ATR as PC/SC part 3 builds it (here: a MIFARE Classic 1K).
const QByteArray kAtr = QByteArray::fromHex("3B8F8001804F0CA000000306030001000000006A");

bool daemonAnswers()
{
    QLocalSocket socket;
    socket.connectToServer(kSocket);
    return socket.waitForConnected(500);
}
} // namespace

ReaderRig::ReaderRig() : m_lock(QDir::temp().filePath(QStringLiteral("tempcards-reader-rig.lock")))
{
    m_lock.setStaleLockTime(0);
    if (!m_lock.lock()) {
        m_problem = QStringLiteral("the reader rig's lock file cannot be taken");
        return;
    }
    if (geteuid() != 0) {
        m_problem = QStringLiteral("pcscd listens in /run/pcscd, which only root may give it: run the reader "
                                   "tests as root (scripts/reader-test.sh)");
        return;
    }
    if (daemonAnswers()) {
        m_problem = QStringLiteral("another pcscd is running on this computer; stop it for the reader tests");
        return;
    }
    QDir(m_dir.path()).mkdir(QStringLiteral("conf"));
    QFile conf(QDir(m_dir.path()).filePath(QStringLiteral("conf/vpcd")));
    if (!conf.open(QIODevice::WriteOnly)) {
        m_problem = QStringLiteral("the reader configuration cannot be written");
        return;
    }
    conf.write(QStringLiteral("FRIENDLYNAME \"tempcards test reader\"\nDEVICENAME /dev/null:0x%1\n"
                              "LIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID 0x%1\n")
                   .arg(kPort, 0, 16)
                   .toUtf8());
    conf.close();
    m_pcscd.setProcessChannelMode(QProcess::MergedChannels);
    m_pcscd.start(QStringLiteral("pcscd"), {QStringLiteral("--foreground"), QStringLiteral("--config"),
                                            QDir(m_dir.path()).filePath(QStringLiteral("conf"))});
    if (!m_pcscd.waitForStarted()) {
        m_problem = QStringLiteral("pcscd cannot be started (Debian package pcscd): ") + m_pcscd.errorString();
        return;
    }
    // Ready when its socket answers and the virtual reader waits for its card.
    QTcpSocket probe;
    const bool ready = waitFor(
        [&] {
            if (m_pcscd.state() != QProcess::Running || !daemonAnswers())
                return false;
            probe.connectToHost(QHostAddress::LocalHost, kPort);
            const bool listening = probe.waitForConnected(200);
            probe.abort();
            return listening;
        },
        10000);
    if (!ready)
        m_problem =
            QStringLiteral("pcscd did not come up with the virtual reader: ") + QString::fromUtf8(m_pcscd.readAll());
}

ReaderRig::~ReaderRig()
{
    if (m_pcscd.state() != QProcess::NotRunning) {
        m_pcscd.terminate();
        if (!m_pcscd.waitForFinished(5000))
            m_pcscd.kill();
        m_pcscd.waitForFinished(5000);
    }
}

VirtualCard::VirtualCard(const QByteArray &uid, quint16 port) : m_uid(uid), m_port(port)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &VirtualCard::onReadyRead);
}

void VirtualCard::put()
{
    m_buffer.clear();
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    m_socket.waitForConnected(3000);
}

void VirtualCard::takeOff()
{
    m_socket.disconnectFromHost();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.waitForDisconnected(3000);
}

void VirtualCard::send(const QByteArray &message)
{
    QByteArray frame(2, '\0');
    qToBigEndian(quint16(message.size()), frame.data());
    m_socket.write(frame + message);
}

void VirtualCard::onReadyRead()
{
    m_buffer += m_socket.readAll();
    while (m_buffer.size() >= 2) {
        const quint16 length = qFromBigEndian<quint16>(m_buffer.constData());
        if (m_buffer.size() < 2 + length)
            return;
        const QByteArray message = m_buffer.mid(2, length);
        m_buffer.remove(0, 2 + length);
        if (message.size() == 1) { // power off (0), on (1), reset (2): no answer; the ATR (4)
            if (message.at(0) == 4)
                send(kAtr);
            continue;
        }
        if (message.startsWith(QByteArray::fromHex("FFCA0000"))) {
            ++m_uidRequests;
            QByteArray status(2, '\0');
            qToBigEndian(m_refusal ? m_refusal : quint16(0x9000), status.data());
            send(m_refusal ? status : m_uid + status);
        } else {
            send(QByteArray::fromHex("6D00")); // instruction not supported
        }
    }
}

} // namespace tempcards::test
