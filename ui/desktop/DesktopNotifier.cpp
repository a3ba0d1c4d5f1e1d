// SPDX-License-Identifier: Apache-2.0
#include "DesktopNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QSet>

namespace tempcards {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "tempcards.desktop.notify")
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    // Whether bodies are read as markup, so a failure reason or an error shows as written either way.
    const QDBusMessage ask =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *done) {
        done->deleteLater();
        const QDBusPendingReply<QStringList> reply = *done;
        if (!reply.isError())
            m_markup = reply.value().contains(QStringLiteral("body-markup"));
    });
}

bool DesktopNotifier::notify(Kind kind, const QString &summary, const QString &body, Urgency urgency)
{
    if (!isEnabled(kind) || !m_bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("org.tempcards.tempcards")},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency))}};
    call << QStringLiteral("tempcards") << (replacesPrevious(kind) ? m_shown.value(kind) : 0u)
         << QStringLiteral("org.tempcards.tempcards") << summary << (m_markup ? body.toHtmlEscaped() : body)
         << QStringList{kDefaultAction, tr("Show tempcards")} << hints << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, kind](QDBusPendingCallWatcher *done) {
        done->deleteLater();
        const QDBusPendingReply<uint> reply = *done;
        if (reply.isError()) {
            qCInfo(lcNotify) << "the desktop's notification service did not take a notification:"
                             << reply.error().message();
            return;
        }
        m_shown[kind] = reply.value();
        m_ours.insert(reply.value());
        ++m_answered;
    });
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action == kDefaultAction && m_ours.contains(id))
        emit activated();
}

} // namespace tempcards
