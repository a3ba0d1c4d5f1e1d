// SPDX-License-Identifier: Apache-2.0
#include "ServiceNotifier.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

namespace tempcards {

ServiceNotifier::ServiceNotifier(const QByteArray &socketPath) : m_path(socketPath) {}

ServiceNotifier::ServiceNotifier() : ServiceNotifier(qgetenv("NOTIFY_SOCKET")) {}

bool ServiceNotifier::send(const QByteArray &message)
{
    sockaddr_un address{};
    if (m_path.isEmpty() || size_t(m_path.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, m_path.constData(), size_t(m_path.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0'; // the abstract namespace
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(m_path.size()));
    const ssize_t sent = ::sendto(fd, message.constData(), size_t(message.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    return sent == message.size();
}

} // namespace tempcards
