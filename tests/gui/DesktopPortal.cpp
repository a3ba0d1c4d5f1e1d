// SPDX-License-Identifier: Apache-2.0
#include "DesktopPortal.h"

#include <QDBusMessage>

namespace tempcards::test {

namespace {
const QString kConnection = QStringLiteral("desktop-portal");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");
} // namespace

DesktopPortal::DesktopPortal(uint colourScheme)
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, kConnection)), m_colourScheme(colourScheme)
{
    m_registered = m_bus.isConnected() && m_bus.registerObject(kPath, this, QDBusConnection::ExportScriptableSlots) &&
                   m_bus.registerService(kService);
}

DesktopPortal::~DesktopPortal()
{
    m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath);
    QDBusConnection::disconnectFromBus(kConnection);
}

void DesktopPortal::setColourScheme(uint colourScheme)
{
    m_colourScheme = colourScheme;
    QDBusMessage changed = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("SettingChanged"));
    changed << kNamespace << kKey << QVariant::fromValue(QDBusVariant(colourScheme));
    m_bus.send(changed);
}

QDBusVariant DesktopPortal::Read(const QString &nameSpace, const QString &key)
{
    ++m_reads;
    if (nameSpace != kNamespace || key != kKey) { // as the portal answers a setting it does not have
        sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                       QStringLiteral("Requested setting not found"));
        return {};
    }
    return QDBusVariant(QVariant::fromValue(QDBusVariant(m_colourScheme)));
}

} // namespace tempcards::test
