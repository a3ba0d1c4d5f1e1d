// SPDX-License-Identifier: Apache-2.0
#include "DesktopColourScheme.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

namespace tempcards {

namespace {
Q_LOGGING_CATEGORY(lcScheme, "tempcards.desktop.scheme")

// Read() answers a variant inside a variant (the portal's documented quirk); ReadOne() and the signal one.
QVariant unwrapped(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}
} // namespace

DesktopColourScheme::DesktopColourScheme(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus) {}

void DesktopColourScheme::start()
{
    if (!m_bus.isConnected()) {
        m_answered = true;
        return;
    }
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
                  SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    QDBusMessage read = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    read << kNamespace << kKey;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(read, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError()) // no portal, or one too old to know the setting: the palette stays the desktop's
            qCInfo(lcScheme, "the desktop's colour scheme is not known: %s", qPrintable(reply.error().message()));
        else
            take(reply.value().variant());
        m_answered = true;
    });
}

void DesktopColourScheme::onSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value)
{
    if (nameSpace == kNamespace && key == kKey)
        take(value.variant());
}

void DesktopColourScheme::take(const QVariant &value)
{
    bool ok = false;
    const uint code = unwrapped(value).toUInt(&ok);
    // 1 prefers dark, 2 prefers light, 0 (and what a later portal may add) no preference.
    const Preference preference = !ok         ? Preference::None
                                  : code == 1 ? Preference::Dark
                                  : code == 2 ? Preference::Light
                                              : Preference::None;
    if (preference == m_preference)
        return;
    m_preference = preference;
    emit changed(preference);
}

} // namespace tempcards
