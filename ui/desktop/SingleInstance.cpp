// SPDX-License-Identifier: Apache-2.0
#include "SingleInstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QLoggingCategory>

namespace tempcards {

namespace {
Q_LOGGING_CATEGORY(lcDesktop, "tempcards.desktop")
const QString kPath = QStringLiteral("/org/tempcards/Client");
const QString kInterface = QStringLiteral("org.tempcards.Client");
} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent) {}

SingleInstance::~SingleInstance()
{
    if (!m_serviceName.isEmpty()) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(kPath);
        bus.unregisterService(m_serviceName);
    }
}

SingleInstance::Start SingleInstance::claim(const QString &serviceName)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Start::Alone;
    // The object first, so a later start that finds the name finds Activate() behind it.
    if (!bus.registerObject(kPath, this, QDBusConnection::ExportScriptableSlots)) {
        qCInfo(lcDesktop) << "cannot export" << kPath << bus.lastError().message();
        return Start::Alone;
    }
    const auto reply = bus.interface()->registerService(serviceName, QDBusConnectionInterface::DontQueueService,
                                                        QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered) {
        m_serviceName = serviceName;
        return Start::First;
    }
    bus.unregisterObject(kPath);
    const QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName, kPath, kInterface, QStringLiteral("Activate"));
    const QDBusMessage answer = bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (answer.type() == QDBusMessage::ReplyMessage)
        return Start::AlreadyRunning;
    qCWarning(lcDesktop) << "the running client did not answer:" << answer.errorMessage();
    return Start::Alone;
}

void SingleInstance::Activate()
{
    emit activationRequested();
}

} // namespace tempcards
