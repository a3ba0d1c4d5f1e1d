// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace tempcards {

// Tells the service manager how a service is, by systemd's notification protocol (sd_notify): one datagram
// of "KEY=value" lines to the Unix socket in NOTIFY_SOCKET ("@..." is Linux's abstract namespace). Without
// that variable (not run by systemd, or not as Type=notify) nothing is sent. The status text is what
// `systemctl status` shows and what a monitoring system reads; it must not hold a secret.
class ServiceNotifier
{
public:
    // Reads NOTIFY_SOCKET from `socketPath` (the environment's, when null).
    explicit ServiceNotifier(const QByteArray &socketPath);
    ServiceNotifier();
    bool enabled() const { return !m_path.isEmpty(); }
    // READY=1 with a status: the service has started.
    bool ready(const QString &status) { return send("READY=1\nSTATUS=" + status.toUtf8()); }
    bool status(const QString &status) { return send("STATUS=" + status.toUtf8()); }
    // Sends one message; false when it could not be sent (or nothing is listening).
    bool send(const QByteArray &message);

private:
    QByteArray m_path;
};

} // namespace tempcards
