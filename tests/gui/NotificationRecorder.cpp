// SPDX-License-Identifier: Apache-2.0
#include "NotificationRecorder.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace tempcards::test {

namespace {
const QString kConnection = QStringLiteral("notification-recorder");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kService = QStringLiteral("org.freedesktop.Notifications");
} // namespace

NotificationRecorder::NotificationRecorder()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, kConnection))
{
    m_registered = m_bus.isConnected() && m_bus.registerObject(kPath, this, QDBusConnection::ExportScriptableSlots) &&
                   m_bus.registerService(kService);
}

NotificationRecorder::~NotificationRecorder()
{
    m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath);
    QDBusConnection::disconnectFromBus(kConnection);
}

uint NotificationRecorder::Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                                  const QString &body, const QStringList &actions, const QVariantMap &hints, int)
{
    const uint id = replacesId != 0 ? replacesId : m_next++;
    m_shown.append({id, appName, replacesId, icon, summary, body, actions, hints});
    return id;
}

QStringList NotificationRecorder::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")};
}

void NotificationRecorder::CloseNotification(uint) {}

QString NotificationRecorder::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("tempcards tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("notification recorder");
}

void NotificationRecorder::click(uint id)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    signal << id << QStringLiteral("default");
    m_bus.send(signal);
}

} // namespace tempcards::test
